"""The library of the poses shipped with the app (assets/poses/), each file checked on loading."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache

from backcoach.core.pose.model import Pose, PoseError, pose_from_json
from backcoach.core.resources import asset


@dataclass(frozen=True)
class PoseLibrary:
    """Every pose shipped with the app, by id."""

    poses: Mapping[str, Pose]

    def __contains__(self, pose_id: object) -> bool:
        return pose_id in self.poses

    def __iter__(self) -> Iterator[Pose]:
        return iter(self.poses.values())

    def __len__(self) -> int:
        return len(self.poses)

    def get(self, pose_id: str) -> Pose:
        try:
            return self.poses[pose_id]
        except KeyError:
            raise PoseError(f"no pose with the id {pose_id!r}") from None

    def choices(self) -> list[tuple[str, str]]:
        """(id, name) of each pose, by name: what a person picks from for an exercise they add."""
        return sorted(((p.id, p.name) for p in self), key=lambda pair: pair[1].casefold())


@cache
def load_pose_library() -> PoseLibrary:
    """The poses in assets/poses/, each file checked; a bad file raises a PoseError naming it."""
    import json

    poses: dict[str, Pose] = {}
    folder = asset("poses")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".json"):
            continue
        try:
            data = json.loads(entry.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise PoseError(f"{entry.name}: cannot be read as JSON ({error})") from None
        pose = pose_from_json(data)
        if entry.name != f"{pose.id}.json":
            raise PoseError(f"{entry.name}: holds the pose {pose.id!r}; name it {pose.id}.json")
        poses[pose.id] = pose
    return PoseLibrary(poses)
