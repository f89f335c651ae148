"""The user's own exercises: what they may hold, checked field by field with clear messages.

The same checks serve the exercise dialog (a message next to each field) and routine files from
elsewhere (one message for the whole file), so nothing reaches the store that the player could
not show: every position must be a pose the app can draw, every number within its bounds.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from backcoach.core.catalogue import (
    DEFAULT_MOVE_SECONDS,
    DEFAULT_RELEASE_SECONDS,
    Exercise,
    Position,
)
from backcoach.core.i18n import QT_TRANSLATE_NOOP, Context
from backcoach.core.pose.library import load_pose_library
from backcoach.core.routine import BOUNDS, Bound
from backcoach.core.text_rules import text_problem

CoreText = Context("CoreText")

MAX_NAME_CHARS = 80
MAX_TEXT_CHARS = 4000
MAX_CUE_CHARS = 300
MAX_SIDE_LABEL_CHARS = 20
MAX_POSITIONS = 6
# Moving into and out of a position: part of the exercise, not something the dialog asks for.
TRANSITION_BOUND = Bound(
    QT_TRANSLATE_NOOP("CoreText", "Moving into or out of a position"), 0, 30, " s"
)


class ExerciseFieldsError(ValueError):
    """Fields of an exercise that cannot be used: field name to message."""

    def __init__(self, errors: Mapping[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__(" ".join(self.errors.values()))


@dataclass(frozen=True)
class PoseChoice:
    id: str
    name: str


def pose_choices() -> tuple[PoseChoice, ...]:
    """Every pose of the pose library, by name: what a position of the user's exercise may use."""
    return tuple(PoseChoice(pose_id, name) for pose_id, name in load_pose_library().choices())


def _humane(pose_id: str) -> str:
    return pose_id.replace("_", " ").strip().capitalize()


def check_text(
    label: str, value: object, *, required: bool, limit: int, single_line: bool
) -> str | None:
    """A message saying what is wrong with a piece of text, or None."""
    if not isinstance(value, str):
        return CoreText.tr("{label} must be text.").format(label=label)
    if required and not value.strip():
        return CoreText.tr("{label} cannot be empty.").format(label=label)
    if len(value) > limit:
        return CoreText.tr("{label} is {len} characters long; at most {limit} fit.").format(
            label=label, len=len(value), limit=limit
        )
    return text_problem(label, value, single_line=single_line)


def exercise_from_fields(
    fields: Mapping[str, Any], exercise_id: str, poses: Sequence[str]
) -> Exercise:
    """An exercise made from the dialog's (or a file's) fields; ExerciseFieldsError otherwise.

    Fields: name, instructions, positions (a list of {"pose", "cue"}), hold_seconds, reps,
    rest_seconds, per_side, side_label, safety, and optionally purpose, move_seconds,
    release_seconds.
    """
    errors: dict[str, str] = {}

    def text(key: str, label: str, *, required: bool, limit: int, single: bool) -> str:
        value = fields.get(key, "")
        problem = check_text(label, value, required=required, limit=limit, single_line=single)
        if problem:
            errors[key] = problem
            return ""
        return str(value).strip()

    name = text("name", CoreText.tr("The name"), required=True, limit=MAX_NAME_CHARS, single=True)
    instructions = text(
        "instructions",
        CoreText.tr("The instructions"),
        required=True,
        limit=MAX_TEXT_CHARS,
        single=False,
    )
    purpose = text(
        "purpose", CoreText.tr("The purpose"), required=False, limit=MAX_NAME_CHARS, single=True
    )
    safety = text(
        "safety", CoreText.tr("The safety note"), required=False, limit=MAX_TEXT_CHARS, single=False
    )
    side_label = text(
        "side_label",
        CoreText.tr("The side's name"),
        required=False,
        limit=MAX_SIDE_LABEL_CHARS,
        single=True,
    )
    numbers: dict[str, int] = {}
    for key in ("hold_seconds", "reps", "rest_seconds"):
        problem = BOUNDS[key].check(fields.get(key))
        if problem:
            errors[key] = problem
        else:
            numbers[key] = int(fields[key])
    for key, default in (
        ("move_seconds", DEFAULT_MOVE_SECONDS),
        ("release_seconds", DEFAULT_RELEASE_SECONDS),
    ):
        value = fields.get(key, default)
        problem = TRANSITION_BOUND.check(value)
        if problem:
            errors[key] = problem
        else:
            numbers[key] = int(value)
    per_side = fields.get("per_side", False)
    if not isinstance(per_side, bool):
        errors["per_side"] = CoreText.tr("Whether it is done on each side must be true or false.")
    positions = _positions(fields.get("positions"), poses, errors)
    if errors:
        raise ExerciseFieldsError(errors)
    return Exercise(
        id=exercise_id,
        name=name,
        instructions=instructions,
        positions=positions,
        per_side=bool(per_side),
        purpose=purpose,
        side_label=side_label or "side",
        safety=safety,
        custom=True,
        hold_seconds=numbers["hold_seconds"],
        reps=numbers["reps"],
        rest_seconds=numbers["rest_seconds"],
        move_seconds=numbers["move_seconds"],
        release_seconds=numbers["release_seconds"],
    )


def _positions(raw: object, poses: Sequence[str], errors: dict[str, str]) -> tuple[Position, ...]:
    if not isinstance(raw, list) or not raw:
        errors["positions"] = CoreText.tr("Choose at least one position.")
        return ()
    if len(raw) > MAX_POSITIONS:
        errors["positions"] = CoreText.tr(
            "An exercise has at most {MAX_POSITIONS} positions, not {len}."
        ).format(MAX_POSITIONS=MAX_POSITIONS, len=len(raw))
        return ()
    known = set(poses)
    positions = []
    for number, entry in enumerate(raw, start=1):
        if not isinstance(entry, Mapping):
            errors["positions"] = CoreText.tr("Position {number} must be an object.").format(
                number=number
            )
            return ()
        pose = entry.get("pose")
        if not isinstance(pose, str) or pose not in known:
            errors["positions"] = CoreText.tr(
                "Position {number} uses a pose this app cannot draw: {str!r}."
            ).format(number=number, str=str(pose)[:40])
            return ()
        cue = entry.get("cue", "")
        problem = check_text(
            CoreText.tr("The cue of position {number}").format(number=number),
            cue,
            required=False,
            limit=MAX_CUE_CHARS,
            single_line=True,
        )
        if problem:
            errors["positions"] = problem
            return ()
        name = entry.get("name") or _humane(pose)
        problem = check_text(
            CoreText.tr("The name of position {number}").format(number=number),
            name,
            required=True,
            limit=MAX_NAME_CHARS,
            single_line=True,
        )
        if problem:
            errors["positions"] = problem
            return ()
        positions.append(Position(id=f"p{number}", name=str(name), pose=pose, cue=str(cue).strip()))
    return tuple(positions)


def exercise_fields(exercise: Exercise) -> dict[str, Any]:
    """The fields of an exercise, as exercise_from_fields takes them (to edit or to export)."""
    return {
        "name": exercise.name,
        "instructions": exercise.instructions,
        "purpose": exercise.purpose,
        "positions": [{"pose": p.pose, "cue": p.cue, "name": p.name} for p in exercise.positions],
        "hold_seconds": exercise.hold_seconds,
        "reps": exercise.reps,
        "rest_seconds": exercise.rest_seconds,
        "per_side": exercise.per_side,
        "side_label": exercise.side_label,
        "safety": exercise.safety,
        "move_seconds": exercise.move_seconds,
        "release_seconds": exercise.release_seconds,
    }
