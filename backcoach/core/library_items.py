"""One routine item's numbers as they run (the user's, else the exercise's), and an exercise of
the user's as routines.json keeps it."""

from __future__ import annotations

from typing import Any

from backcoach.core.catalogue import Catalogue, Exercise
from backcoach.core.routine import BOUNDS, DEFAULT_SETS, RoutineItem

ITEM_FIELDS = (*BOUNDS, "both_sides")


def item_defaults(item: RoutineItem, catalogue: Catalogue) -> dict[str, Any]:
    """What each field of the item is when the user has not set it."""
    exercise = catalogue.get(item.exercise_id)
    return {
        "hold_seconds": exercise.hold_seconds,
        "reps": exercise.reps,
        "rest_seconds": exercise.rest_seconds,
        "sets": DEFAULT_SETS,
        "get_ready_seconds": exercise.get_ready_seconds,
        "both_sides": exercise.per_side,
    }


def item_values(item: RoutineItem, catalogue: Catalogue) -> dict[str, Any]:
    """Each field of the item as it will run: the user's value, else the exercise's default."""
    defaults = item_defaults(item, catalogue)
    return {
        name: defaults[name] if getattr(item, name) is None else getattr(item, name)
        for name in ITEM_FIELDS
    }


def has_overrides(item: RoutineItem) -> bool:
    return any(getattr(item, name) is not None for name in ITEM_FIELDS)


def custom_exercise_json(exercise: Exercise) -> dict[str, Any]:
    """An exercise of the user's as routines.json keeps it: with its moving and release times."""
    return {
        **exercise.to_json(),
        "move_seconds": exercise.move_seconds,
        "release_seconds": exercise.release_seconds,
    }
