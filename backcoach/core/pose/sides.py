"""Which side of the body a picture shows: the rule every picture of a step follows.

A side-view pose shows the side of the body nearest the viewer doing the work: facing right, the
right side. So a pose is drawn mirrored exactly when the side a step names is not the side the
pose shows; a step done once (no side) shows the pose as it is. Every picture of an exercise
done on each side takes the rule from the exercise's held position (the one-sided one): so the
positions it moves from and back to (knees up, standing) face the same way, and the figure moves
between them without turning round.
"""

from __future__ import annotations

from enum import Enum

from backcoach.core.pose.library import load_pose_library
from backcoach.core.pose.model import Pose, PoseError


def mirrored_for(pose: Pose | str, side: Enum | str | None) -> bool:
    """Whether to mirror `pose` (a pose or a pose id) so that it shows `side` ("left", "right",
    or the timeline's Side) working; False for no side or an unknown pose."""
    if side is None:
        return False
    wanted = side.value if isinstance(side, Enum) else side
    if isinstance(pose, str):
        try:
            pose = load_pose_library().get(pose)
        except PoseError:
            return False
    return pose.near_side != wanted
