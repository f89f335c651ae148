"""Routines: which exercises to do, in which order, with which hold, reps, rest and sides.

A routine item stores only the numbers the user set; the rest follow the exercise's defaults,
so a later change to a default (docs/exercises.md) shows through wherever the user kept it,
and never changes a number the user chose.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from backcoach.core.catalogue import Catalogue
from backcoach.core.i18n import QT_TRANSLATE_NOOP, Context
from backcoach.core.input_limits import MAX_TEXT_READ_CHARS
from backcoach.core.resources import load_asset_json
from backcoach.core.text_rules import text_problem

CoreText = Context("CoreText")


@dataclass(frozen=True)
class Bound:
    label: str
    low: int
    high: int
    unit: str = ""

    def check(self, value: object) -> str | None:
        """A message saying what is wrong with the value, or None when it is fine."""
        if isinstance(value, bool) or not isinstance(value, int):
            if isinstance(value, float) and value.is_integer():
                value = int(value)
            else:
                return CoreText.tr(
                    "{label} must be a whole number from {low} to {high}{unit}."
                ).format(
                    label=CoreText.tr(self.label), low=self.low, high=self.high, unit=self.unit
                )
        if not self.low <= value <= self.high:
            return CoreText.tr("{label} must be from {low} to {high}{unit}, not {value}.").format(
                label=CoreText.tr(self.label),
                low=self.low,
                high=self.high,
                unit=self.unit,
                value=value,
            )
        return None


# The bounds a routine item's numbers must keep to; the editor shows these messages as they are.
BOUNDS: Mapping[str, Bound] = {
    "hold_seconds": Bound(QT_TRANSLATE_NOOP("CoreText", "Hold"), 1, 300, " s"),
    "reps": Bound(QT_TRANSLATE_NOOP("CoreText", "Repetitions"), 1, 50),
    "rest_seconds": Bound(QT_TRANSLATE_NOOP("CoreText", "Rest"), 0, 600, " s"),
    "sets": Bound(QT_TRANSLATE_NOOP("CoreText", "Sets"), 1, 10),
    "get_ready_seconds": Bound(QT_TRANSLATE_NOOP("CoreText", "Get ready"), 0, 120, " s"),
}
DEFAULT_SETS = 1


class RoutineError(ValueError):
    """A routine that cannot be used, with a message a person can act on."""


@dataclass(frozen=True)
class RoutineItem:
    """One exercise in a routine; None means "the exercise's default"."""

    exercise_id: str
    hold_seconds: int | None = None
    reps: int | None = None
    rest_seconds: int | None = None
    sets: int | None = None
    get_ready_seconds: int | None = None
    both_sides: bool | None = None
    enabled: bool = True

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"exercise": self.exercise_id}
        for name in (*BOUNDS, "both_sides"):
            value = getattr(self, name)
            if value is not None:
                data[name] = value
        if not self.enabled:
            data["enabled"] = False
        return data


@dataclass(frozen=True)
class ResolvedItem:
    """A routine item with every number filled in from the catalogue: what the engine runs."""

    exercise_id: str
    hold_seconds: int
    reps: int
    rest_seconds: int
    sets: int
    get_ready_seconds: int
    both_sides: bool


@dataclass(frozen=True)
class Routine:
    id: str
    name: str
    items: tuple[RoutineItem, ...]
    description: str = ""
    builtin: bool = False
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False)

    def resolved(self, catalogue: Catalogue) -> tuple[ResolvedItem, ...]:
        """The enabled items with the catalogue's defaults filled in."""
        out = []
        for item in self.items:
            if not item.enabled:
                continue
            exercise = catalogue.get(item.exercise_id)
            out.append(
                ResolvedItem(
                    exercise_id=item.exercise_id,
                    hold_seconds=_pick(item.hold_seconds, exercise.hold_seconds),
                    reps=_pick(item.reps, exercise.reps),
                    rest_seconds=_pick(item.rest_seconds, exercise.rest_seconds),
                    sets=_pick(item.sets, DEFAULT_SETS),
                    get_ready_seconds=_pick(item.get_ready_seconds, exercise.get_ready_seconds),
                    both_sides=_pick(item.both_sides, exercise.per_side),
                )
            )
        return tuple(out)

    def with_items(self, items: tuple[RoutineItem, ...]) -> Routine:
        return replace(self, items=items)

    def to_json(self) -> dict[str, Any]:
        return {
            **self.extra,
            "id": self.id,
            "name": self.name,
            "description": self.description,
            "exercises": [item.to_json() for item in self.items],
        }


def _pick(value: Any, default: Any) -> Any:
    return default if value is None else value


def validate_item_fields(values: Mapping[str, object]) -> dict[str, str]:
    """Field name to message for every number that is out of bounds or not a number."""
    errors = {}
    for name, bound in BOUNDS.items():
        if name in values and values[name] is not None:
            message = bound.check(values[name])
            if message:
                errors[name] = message
    return errors


def item_from_json(data: Any, catalogue: Catalogue) -> RoutineItem:
    if not isinstance(data, Mapping):
        raise RoutineError(CoreText.tr("Each exercise of a routine must be an object."))
    exercise_id = data.get("exercise")
    if not isinstance(exercise_id, str) or exercise_id not in catalogue:
        raise RoutineError(
            CoreText.tr(
                "The routine names an exercise this app does not know: {exercise_id!r}."
            ).format(exercise_id=exercise_id)
        )
    errors = validate_item_fields(data)
    if errors:
        raise RoutineError(" ".join(errors.values()))
    both_sides = data.get("both_sides")
    if both_sides is not None and not isinstance(both_sides, bool):
        raise RoutineError(CoreText.tr("'both_sides' must be true or false."))
    enabled = data.get("enabled", True)
    if not isinstance(enabled, bool):
        raise RoutineError(CoreText.tr("'enabled' must be true or false."))
    numbers = {name: (int(data[name]) if data.get(name) is not None else None) for name in BOUNDS}
    return RoutineItem(exercise_id=exercise_id, both_sides=both_sides, enabled=enabled, **numbers)


def routine_from_json(data: Any, catalogue: Catalogue, *, builtin: bool = False) -> Routine:
    if not isinstance(data, Mapping):
        raise RoutineError(CoreText.tr("A routine must be a JSON object."))
    routine_id = data.get("id")
    name = data.get("name")
    if not isinstance(routine_id, str) or not routine_id.strip():
        raise RoutineError(CoreText.tr("A routine needs an 'id' (text)."))
    if not isinstance(name, str) or not name.strip():
        raise RoutineError(CoreText.tr("A routine needs a 'name' (text)."))
    description = data.get("description", "")
    if not isinstance(description, str):
        raise RoutineError(CoreText.tr("A routine's 'description' must be text."))
    problem = text_problem(CoreText.tr("Its name"), name, single_line=True) or text_problem(
        CoreText.tr("Its description"), description
    )
    if problem or len(name) + len(description) > MAX_TEXT_READ_CHARS:
        raise RoutineError(problem or CoreText.tr("Its name or description is far too long."))
    raw_items = data.get("exercises")
    if not isinstance(raw_items, list):
        raise RoutineError(CoreText.tr("A routine needs a list of 'exercises'."))
    items = tuple(item_from_json(raw, catalogue) for raw in raw_items)
    known = {"id", "name", "description", "exercises"}
    return Routine(
        id=routine_id,
        name=name.strip(),
        description=description,
        items=items,
        builtin=builtin,
        extra={k: v for k, v in data.items() if k not in known},
    )


def load_builtin_routines(catalogue: Catalogue) -> tuple[Routine, ...]:
    """The routines shipped with the app."""
    from backcoach.core.catalogue_translation import translated_routine

    data = load_asset_json("routines.json")
    return tuple(
        translated_routine(routine_from_json(raw, catalogue, builtin=True))
        for raw in data["routines"]
    )
