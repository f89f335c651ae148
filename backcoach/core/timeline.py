"""A routine laid out as a timeline of steps: get ready, move, hold, release, rest, switch sides."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from backcoach.core.catalogue import Catalogue, Exercise, Position
from backcoach.core.routine import ResolvedItem, Routine
from backcoach.core.words import phase_label, side_text

SWITCH_SIDES_SECONDS = 5


class Phase(Enum):
    GET_READY = "get_ready"
    MOVE = "move"
    HOLD = "hold"
    RELEASE = "release"
    REST = "rest"
    SWITCH_SIDES = "switch_sides"

    @property
    def label(self) -> str:
        return phase_label(self)

    @property
    def is_active(self) -> bool:
        """Whether time in this phase counts as exercise."""
        return self in (Phase.MOVE, Phase.HOLD, Phase.RELEASE)


class Side(Enum):
    LEFT = "left"
    RIGHT = "right"


@dataclass(frozen=True)
class Step:
    index: int
    phase: Phase
    duration: float
    item_index: int  # which exercise of the routine, counting only enabled ones
    exercise: Exercise
    item: ResolvedItem
    rep: int  # 1-based, within the current side and set
    set: int  # 1-based
    side: Side | None
    # The position the body moves from and to during this step (equal when it stays still).
    from_position: Position
    to_position: Position

    @property
    def position(self) -> Position:
        return self.to_position

    @property
    def side_text(self) -> str:
        """ "Left leg", "Right knee", or "" for an exercise done once."""
        if self.side is None:
            return ""
        return side_text(self.side, self.exercise.side_label)


@dataclass(frozen=True)
class Timeline:
    routine: Routine
    items: tuple[ResolvedItem, ...]
    exercises: tuple[Exercise, ...]
    steps: tuple[Step, ...]

    @property
    def total_seconds(self) -> float:
        return sum(step.duration for step in self.steps)

    def seconds_after(self, index: int) -> float:
        """The planned length of every step after the given one."""
        return sum(step.duration for step in self.steps[index + 1 :])

    def first_step_of_item(self, item_index: int) -> int:
        for step in self.steps:
            if step.item_index == item_index:
                return step.index
        raise IndexError(item_index)

    def holds_planned(self, item_index: int) -> int:
        item = self.items[item_index]
        return item.reps * item.sets * (2 if item.both_sides else 1)


def build_timeline(routine: Routine, catalogue: Catalogue) -> Timeline:
    items = routine.resolved(catalogue)
    exercises = tuple(catalogue.get(item.exercise_id) for item in items)
    steps: list[Step] = []
    for item_index, (item, exercise) in enumerate(zip(items, exercises, strict=True)):
        steps.extend(_exercise_steps(len(steps), item_index, item, exercise))
    return Timeline(routine, items, exercises, tuple(steps))


def routine_seconds(routine: Routine, catalogue: Catalogue) -> float:
    """How long a routine takes as planned: every rest and get-ready included."""
    return build_timeline(routine, catalogue).total_seconds


def _exercise_steps(
    first_index: int, item_index: int, item: ResolvedItem, exercise: Exercise
) -> list[Step]:
    """One exercise's steps: get ready, then per set and side each rep's move, hold, release."""
    start, hold = exercise.start_position, exercise.hold_position
    sides: Sequence[Side | None] = (Side.LEFT, Side.RIGHT) if item.both_sides else (None,)
    steps: list[Step] = []

    def add(
        phase: Phase,
        seconds: float,
        rep: int,
        set_: int,
        side: Side | None,
        from_: Position = start,
        to: Position = start,
    ) -> None:
        if seconds > 0:
            index = first_index + len(steps)
            steps.append(
                Step(
                    index,
                    phase,
                    float(seconds),
                    item_index,
                    exercise,
                    item,
                    rep,
                    set_,
                    side,
                    from_,
                    to,
                )
            )

    add(Phase.GET_READY, item.get_ready_seconds, 1, 1, sides[0], exercise.setup_position, start)
    for set_ in range(1, item.sets + 1):
        for side_index, side in enumerate(sides):
            if side_index > 0:
                add(Phase.SWITCH_SIDES, SWITCH_SIDES_SECONDS, 1, set_, side)
            for rep in range(1, item.reps + 1):
                add(Phase.MOVE, exercise.move_seconds, rep, set_, side, start, hold)
                add(Phase.HOLD, item.hold_seconds, rep, set_, side, hold, hold)
                add(Phase.RELEASE, exercise.release_seconds, rep, set_, side, hold, start)
                # Between sides the switch step is the pause; after the exercise, the next
                # exercise's get-ready.
                last_side = side_index == len(sides) - 1
                if rep < item.reps or (set_ < item.sets and last_side):
                    add(Phase.REST, item.rest_seconds, rep, set_, side)
    return steps
