"""What a routine's printed handout says, in plain Python: each exercise with its pictures, its
words and its numbers, the guide's general safety advice, and a tick-box table for two weeks.

The ui draws it (ui/paper/handout_pdf.py); the command line and the window both make it here, so
the paper and the player never disagree about a routine.
"""

from __future__ import annotations

from dataclasses import dataclass

from backcoach.core.catalogue import Catalogue, Exercise
from backcoach.core.i18n import Context
from backcoach.core.pose.library import PoseLibrary
from backcoach.core.pose.sides import mirrored_for
from backcoach.core.routine import ResolvedItem, Routine
from backcoach.core.words import item_text, plural

CoreText = Context("CoreText")

# The paper table: two weeks, a row a day, so a person can tick each session done.
TICK_DAYS = 14


@dataclass(frozen=True)
class Figure:
    """One picture of an exercise: a pose, shown for a side ("left", "right") or as it is."""

    pose_id: str
    mirrored: bool  # draw the pose's mirror image, so that the side named works
    caption: str  # the position's name, and the side when it matters
    cue: str  # what the player says in this position, on this side


@dataclass(frozen=True)
class HandoutExercise:
    number: int
    name: str
    purpose: str
    figures: tuple[Figure, ...]
    instructions: str
    dose: str  # "3 × 30 s hold, each side"
    rest: str  # "Rest 10 s between repetitions."
    safety: str


@dataclass(frozen=True)
class Handout:
    routine_name: str
    description: str
    exercises: tuple[HandoutExercise, ...]
    safety: tuple[tuple[str, str], ...]  # the guide's general advice: (title, text)
    tick_exercises: tuple[str, ...]  # the rows' heading words in the two-week table


def handout(routine: Routine, catalogue: Catalogue, poses: PoseLibrary) -> Handout:
    """The handout of a routine: its enabled exercises, in its order, with its numbers."""
    exercises = tuple(
        _exercise(number, catalogue.get(item.exercise_id), item, poses)
        for number, item in enumerate(routine.resolved(catalogue), start=1)
    )
    return Handout(
        routine_name=routine.name,
        description=routine.description,
        exercises=exercises,
        safety=tuple((note.title, note.text) for note in catalogue.safety),
        tick_exercises=tuple(e.name for e in exercises),
    )


def _exercise(
    number: int, exercise: Exercise, item: ResolvedItem, poses: PoseLibrary
) -> HandoutExercise:
    return HandoutExercise(
        number=number,
        name=exercise.name,
        purpose=exercise.purpose,
        figures=figures(exercise, item.both_sides, poses),
        instructions=exercise.instructions,
        dose=item_text(item.reps, item.hold_seconds, item.sets, item.both_sides),
        rest=rest_text(item.rest_seconds),
        safety=exercise.safety,
    )


def figures(exercise: Exercise, both_sides: bool, poses: PoseLibrary) -> tuple[Figure, ...]:
    """A picture of each position the exercise goes through, each pose once; on each side when
    it is done on both sides and its pose is not the same seen from either side."""
    found: list[Figure] = []
    seen: set[tuple[str, str | None]] = set()
    sides: tuple[str | None, ...] = ("left", "right") if both_sides else (None,)
    for side in sides:
        for position in exercise.positions:
            pose = poses.get(position.pose) if position.pose in poses else None
            one_sided = pose is not None and not pose.is_symmetric()
            shown_side = side if one_sided else None
            if (position.pose, shown_side) in seen:
                continue
            seen.add((position.pose, shown_side))
            caption = position.name
            if shown_side:
                caption += f" ({shown_side} {exercise.side_label})"
            found.append(
                Figure(
                    pose_id=position.pose,
                    mirrored=bool(shown_side) and mirrored_for(pose or position.pose, shown_side),
                    caption=caption,
                    cue=position.cue_for(side),
                )
            )
    return tuple(found)


def rest_text(seconds: int) -> str:
    if seconds <= 0:
        return CoreText.tr("No rest between repetitions: go on at an easy pace.")
    return CoreText.tr("Rest {plural} between repetitions.").format(
        plural=plural(seconds, "second")
    )
