"""The exercises and safety notes of the guide, loaded from assets/exercises.json."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from backcoach.core.resources import load_asset_json

# How long moving into a held position and releasing it take, when an exercise does not say.
DEFAULT_MOVE_SECONDS = 3
DEFAULT_RELEASE_SECONDS = 2
# How long the get ready before an exercise lasts, when the exercise does not say: the guide's
# exercises each say (docs/exercises.md has the reasons); an exercise of the user's takes this.
DEFAULT_GET_READY_SECONDS = 5


class CatalogueError(ValueError):
    """The catalogue data is not what the app expects."""


@dataclass(frozen=True)
class Position:
    """One position of an exercise, illustrated by a pose of the pose library."""

    id: str
    name: str
    pose: str
    cue: str = ""
    # The cue said on one side: ("left", "Left foot back, ..."), for an exercise done on each
    # side whose words name the side, as the guide does for the hip stretch.
    side_cues: tuple[tuple[str, str], ...] = ()

    def cue_for(self, side: str | None) -> str:
        """The cue on this side ("left", "right"), or the plain cue when it has no side."""
        return dict(self.side_cues).get(side or "", self.cue)


@dataclass(frozen=True)
class Exercise:
    id: str
    name: str
    instructions: str
    positions: tuple[Position, ...]
    hold_seconds: int
    reps: int
    rest_seconds: int
    per_side: bool
    purpose: str = ""
    side_label: str = "side"
    safety: str = ""
    variation_of: str | None = None
    move_seconds: int = DEFAULT_MOVE_SECONDS
    release_seconds: int = DEFAULT_RELEASE_SECONDS
    get_ready_seconds: int = DEFAULT_GET_READY_SECONDS
    # What to do before the exercise begins, said and shown at its get ready ("roll onto your
    # side..."); what to mind while holding; how to come back. Empty: the player's plain words.
    get_ready: str = ""
    hold_cue: str = ""
    release_cue: str = ""
    guide: tuple[str, ...] = ()
    # The guide's sentences its safety note carries; the rest of the note is the app's own.
    safety_guide: tuple[str, ...] = ()
    custom: bool = False

    @property
    def setup_position(self) -> Position:
        """Where the exercise begins: shown while the user gets ready."""
        return self.positions[0]

    @property
    def start_position(self) -> Position:
        """The position each repetition starts from and returns to."""
        return self.positions[-2] if len(self.positions) > 1 else self.positions[0]

    @property
    def hold_position(self) -> Position:
        return self.positions[-1]

    def to_json(self) -> dict[str, Any]:
        """The form kept in the store for an exercise the user made."""
        return {
            "id": self.id,
            "name": self.name,
            "purpose": self.purpose,
            "instructions": self.instructions,
            "positions": [
                {"id": p.id, "name": p.name, "pose": p.pose, "cue": p.cue} for p in self.positions
            ],
            "hold_seconds": self.hold_seconds,
            "reps": self.reps,
            "rest_seconds": self.rest_seconds,
            "per_side": self.per_side,
            "side_label": self.side_label,
            "safety": self.safety,
        }


@dataclass(frozen=True)
class SafetyNote:
    id: str
    title: str
    text: str
    guide: tuple[str, ...] = ()


@dataclass(frozen=True)
class Catalogue:
    exercises: Mapping[str, Exercise]
    safety: tuple[SafetyNote, ...] = field(default=())

    def __iter__(self) -> Iterator[Exercise]:
        return iter(self.exercises.values())

    def __contains__(self, exercise_id: object) -> bool:
        return exercise_id in self.exercises

    def get(self, exercise_id: str) -> Exercise:
        try:
            return self.exercises[exercise_id]
        except KeyError:
            raise CatalogueError(f"no exercise with the id {exercise_id!r}") from None

    def with_custom(self, extra: Iterable[Exercise]) -> Catalogue:
        """This catalogue plus the user's own exercises (which never replace the guide's)."""
        merged = dict(self.exercises)
        for exercise in extra:
            if exercise.id not in merged:
                merged[exercise.id] = exercise
        return Catalogue(merged, self.safety)


def _require(data: Mapping[str, Any], key: str, kind: type, where: str) -> Any:
    value = data.get(key)
    if not isinstance(value, kind) or isinstance(value, bool) and kind is not bool:
        raise CatalogueError(f"{where}: {key!r} must be a {kind.__name__}")
    return value


def exercise_from_json(data: Any, *, custom: bool = False) -> Exercise:
    if not isinstance(data, Mapping):
        raise CatalogueError("an exercise must be an object")
    where = f"exercise {data.get('id', '?')!r}"
    raw_positions = _require(data, "positions", list, where)
    if not raw_positions:
        raise CatalogueError(f"{where}: needs at least one position")
    positions = []
    for raw in raw_positions:
        if not isinstance(raw, Mapping):
            raise CatalogueError(f"{where}: a position must be an object")
        side_cues = raw.get("side_cues", {})
        if not isinstance(side_cues, Mapping) or not set(side_cues) <= {"left", "right"}:
            raise CatalogueError(f"{where}: 'side_cues' may only hold a 'left' and a 'right' cue")
        positions.append(
            Position(
                id=_require(raw, "id", str, where),
                name=_require(raw, "name", str, where),
                pose=_require(raw, "pose", str, where),
                cue=str(raw.get("cue", "")),
                side_cues=tuple((side, str(cue)) for side, cue in side_cues.items()),
            )
        )
    return Exercise(
        id=_require(data, "id", str, where),
        name=_require(data, "name", str, where),
        instructions=_require(data, "instructions", str, where),
        positions=tuple(positions),
        hold_seconds=_require(data, "hold_seconds", int, where),
        reps=_require(data, "reps", int, where),
        rest_seconds=_require(data, "rest_seconds", int, where),
        per_side=_require(data, "per_side", bool, where),
        purpose=str(data.get("purpose", "")),
        side_label=str(data.get("side_label", "side")),
        safety=str(data.get("safety", "")),
        variation_of=data.get("variation_of"),
        move_seconds=int(data.get("move_seconds", DEFAULT_MOVE_SECONDS)),
        release_seconds=int(data.get("release_seconds", DEFAULT_RELEASE_SECONDS)),
        get_ready_seconds=int(data.get("get_ready_seconds", DEFAULT_GET_READY_SECONDS)),
        get_ready=str(data.get("get_ready", "")),
        hold_cue=str(data.get("hold_cue", "")),
        release_cue=str(data.get("release_cue", "")),
        guide=tuple(data.get("guide", ())),
        safety_guide=tuple(data.get("safety_guide", ())),
        custom=custom,
    )


def catalogue_from_json(data: Any) -> Catalogue:
    if not isinstance(data, Mapping):
        raise CatalogueError("the catalogue must be an object")
    exercises = {}
    for raw in _require(data, "exercises", list, "catalogue"):
        exercise = exercise_from_json(raw)
        if exercise.id in exercises:
            raise CatalogueError(f"the exercise id {exercise.id!r} appears twice")
        exercises[exercise.id] = exercise
    safety = tuple(
        SafetyNote(
            id=_require(raw, "id", str, "safety note"),
            title=_require(raw, "title", str, "safety note"),
            text=_require(raw, "text", str, "safety note"),
            guide=tuple(raw.get("guide", ())),
        )
        for raw in _require(data, "safety", list, "catalogue")
    )
    return Catalogue(exercises, safety)


def load_catalogue() -> Catalogue:
    """The guide's exercises and safety notes, as shipped with the app, in the language in use
    (core/catalogue_translation.py)."""
    from backcoach.core.catalogue_translation import translated_catalogue

    return translated_catalogue(catalogue_from_json(load_asset_json("exercises.json")))
