"""The user's routine library: the built-in routines, the user's own, and their own exercises.

A Library is immutable: every change returns a new one, which the app saves through the store
and then shows. So a change that fails validation (or a save that fails) leaves nothing half
done, and a session in progress keeps the routine it started with.

A built-in routine the user edits is kept as a copy under the same id, which overrides the
shipped one; restoring it removes the copy. How the library is stored in routines.json, keeping
what this version cannot read, is library_document.py's job.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any

from backcoach.core.catalogue import Catalogue, Exercise
from backcoach.core.custom_exercise import (
    MAX_NAME_CHARS,
    check_text,
    exercise_from_fields,
)
from backcoach.core.i18n import Context
from backcoach.core.library_items import (  # noqa: F401 (the app imports them from here)
    ITEM_FIELDS,
    custom_exercise_json,
    has_overrides,
    item_defaults,
    item_values,
)
from backcoach.core.routine import (
    Routine,
    RoutineItem,
    validate_item_fields,
)

CoreText = Context("CoreText")

MAX_ITEMS = 100


class LibraryError(ValueError):
    """A change to the library that cannot be made; the message says why, for a person."""


class ItemFieldsError(LibraryError):
    """Numbers of a routine item that cannot be used: field name to message."""

    def __init__(self, errors: Mapping[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__(" ".join(self.errors.values()))


def new_id(prefix: str, name: str, taken: Iterable[str]) -> str:
    """A stable id for something the user made: readable, and unique however it is renamed."""
    slug = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")[:24] or prefix
    taken = set(taken)
    while True:
        candidate = f"{prefix}_{slug}_{secrets.token_hex(3)}"
        if candidate not in taken:
            return candidate


def check_routine_name(name: object) -> str:
    """The name, trimmed; LibraryError when it is empty, too long or not plain text."""
    problem = check_text(
        CoreText.tr("The name"), name, required=True, limit=MAX_NAME_CHARS, single_line=True
    )
    if problem:
        raise LibraryError(problem)
    assert isinstance(name, str)
    return name.strip()


@dataclass(frozen=True)
class Library:
    guide: Catalogue
    builtins: tuple[Routine, ...]
    # The user's own routines, and edited built-ins (same id as the built-in), in creation order.
    user_routines: tuple[Routine, ...] = ()
    custom_exercises: tuple[Exercise, ...] = ()
    hidden_builtins: frozenset[str] = frozenset()
    # What the stored file held that this version could not read or does not know: kept as is.
    kept_routines: tuple[Any, ...] = ()
    kept_exercises: tuple[Any, ...] = ()
    extra: Mapping[str, Any] = field(default_factory=dict)
    make_id: Callable[[str, str, Iterable[str]], str] = field(default=new_id, compare=False)

    # --- reading ---------------------------------------------------------------------------

    @cached_property
    def catalogue(self) -> Catalogue:
        """The guide's exercises plus the user's own."""
        return self.guide.with_custom(self.custom_exercises)

    @cached_property
    def routines(self) -> tuple[Routine, ...]:
        """Every routine the user can choose: built-ins first (edited or not), then their own."""
        edited = {r.id: r for r in self.user_routines if r.id in self._builtin_ids}
        shown = tuple(
            edited.get(r.id, r) for r in self.builtins if r.id not in self.hidden_builtins
        )
        return shown + tuple(r for r in self.user_routines if r.id not in self._builtin_ids)

    @cached_property
    def _builtin_ids(self) -> frozenset[str]:
        return frozenset(r.id for r in self.builtins)

    def routine(self, routine_id: str) -> Routine:
        for routine in self.routines:
            if routine.id == routine_id:
                return routine
        raise LibraryError(
            CoreText.tr("There is no routine with the id {routine_id!r}.").format(
                routine_id=routine_id
            )
        )

    def is_builtin(self, routine_id: str) -> bool:
        return routine_id in self._builtin_ids

    def is_edited_builtin(self, routine_id: str) -> bool:
        return self.is_builtin(routine_id) and any(r.id == routine_id for r in self.user_routines)

    def can_reset_routine(self, routine_id: str) -> bool:
        """Whether "reset to defaults" would change the routine."""
        if self.is_builtin(routine_id):
            return self.is_edited_builtin(routine_id)
        return any(has_overrides(item) for item in self.routine(routine_id).items)

    def custom_exercise(self, exercise_id: str) -> Exercise:
        for exercise in self.custom_exercises:
            if exercise.id == exercise_id:
                return exercise
        raise LibraryError(
            CoreText.tr("There is no exercise of yours with the id {exercise_id!r}.").format(
                exercise_id=exercise_id
            )
        )

    def routines_using(self, exercise_id: str) -> tuple[Routine, ...]:
        return tuple(r for r in self.routines if any(i.exercise_id == exercise_id for i in r.items))

    # --- routines --------------------------------------------------------------------------

    def create_routine(
        self, name: str, first_exercise: str, description: str = ""
    ) -> tuple[Library, str]:
        """A new routine with one exercise to start from; returns the library and its id."""
        name = self._free_name(check_routine_name(name))
        self._check_exercise(first_exercise)
        routine_id = self.make_id("routine", name, self._all_routine_ids())
        routine = Routine(routine_id, name, (RoutineItem(first_exercise),), description)
        return replace(self, user_routines=(*self.user_routines, routine)), routine_id

    def rename(self, routine_id: str, name: str) -> Library:
        routine = self.routine(routine_id)
        name = check_routine_name(name)
        if name != routine.name:
            self._free_name(name, but=routine_id)
        return self._put(replace(routine, name=name))

    def duplicate(self, routine_id: str) -> tuple[Library, str]:
        original = self.routine(routine_id)
        name = self._copy_name(original.name)
        copy_id = self.make_id("routine", name, self._all_routine_ids())
        copy = replace(original, id=copy_id, name=name, builtin=False)
        return replace(self, user_routines=(*self.user_routines, copy)), copy_id

    def delete(self, routine_id: str) -> Library:
        self.routine(routine_id)
        if len(self.routines) == 1:
            raise LibraryError(
                CoreText.tr("This is your only routine; make another before deleting it.")
            )
        user_routines = tuple(r for r in self.user_routines if r.id != routine_id)
        hidden = self.hidden_builtins
        if self.is_builtin(routine_id):
            hidden = hidden | {routine_id}
        return replace(self, user_routines=user_routines, hidden_builtins=hidden)

    def restore_builtins(self) -> Library:
        """Every built-in routine back, as shipped: deleted ones return, edits are undone."""
        return replace(
            self,
            user_routines=tuple(r for r in self.user_routines if not self.is_builtin(r.id)),
            hidden_builtins=frozenset(),
        )

    def reset_routine(self, routine_id: str) -> Library:
        """A built-in as shipped; the user's own routine with every exercise at its defaults."""
        routine = self.routine(routine_id)
        if self.is_builtin(routine_id):
            return replace(
                self, user_routines=tuple(r for r in self.user_routines if r.id != routine_id)
            )
        items = tuple(RoutineItem(i.exercise_id, enabled=i.enabled) for i in routine.items)
        return self._put(routine.with_items(items))

    def reset_everything(self) -> Library:
        """Built-ins as shipped, and every exercise of the user's routines at its defaults.

        The user's own routines and exercises stay: resetting numbers never deletes their work.
        """
        library = self.restore_builtins()
        for routine in library.user_routines:
            library = library.reset_routine(routine.id)
        return library

    # --- the exercises of a routine ----------------------------------------------------------

    def add_item(self, routine_id: str, exercise_id: str, at: int | None = None) -> Library:
        routine = self.routine(routine_id)
        self._check_exercise(exercise_id)
        if len(routine.items) >= MAX_ITEMS:
            raise LibraryError(
                CoreText.tr("A routine holds at most {MAX_ITEMS} exercises.").format(
                    MAX_ITEMS=MAX_ITEMS
                )
            )
        items = list(routine.items)
        items.insert(len(items) if at is None else at, RoutineItem(exercise_id))
        return self._put(routine.with_items(tuple(items)))

    def remove_item(self, routine_id: str, index: int) -> Library:
        routine = self.routine(routine_id)
        items = list(routine.items)
        self._item(routine, index)
        del items[index]
        return self._put(self._with_something_enabled(routine, tuple(items), "remove"))

    def move_item(self, routine_id: str, index: int, to: int) -> Library:
        routine = self.routine(routine_id)
        self._item(routine, index)
        if not 0 <= to < len(routine.items):
            raise LibraryError(CoreText.tr("An exercise cannot move past the ends of the routine."))
        items = list(routine.items)
        items.insert(to, items.pop(index))
        return self._put(routine.with_items(tuple(items)))

    def reorder(self, routine_id: str, order: Sequence[int]) -> Library:
        """The items in a new order, given as the old index of each (as a drag and drop leaves)."""
        routine = self.routine(routine_id)
        if sorted(order) != list(range(len(routine.items))):
            raise LibraryError(
                CoreText.tr("The new order must name each exercise of the routine once.")
            )
        return self._put(routine.with_items(tuple(routine.items[i] for i in order)))

    def set_enabled(self, routine_id: str, index: int, enabled: bool) -> Library:
        routine = self.routine(routine_id)
        item = self._item(routine, index)
        items = list(routine.items)
        items[index] = replace(item, enabled=bool(enabled))
        return self._put(
            self._with_something_enabled(routine, tuple(items), CoreText.tr("turn off"))
        )

    def set_item(self, routine_id: str, index: int, **values: Any) -> Library:
        """Change an item's numbers (and sides); ItemFieldsError with a message per bad field.

        A value the user sets is theirs and stays, even one equal to today's default, so a
        change to the exercise's defaults never changes what they chose; None (and Reset) makes
        the item follow the exercise's default again.
        """
        routine = self.routine(routine_id)
        item = self._item(routine, index)
        unknown = set(values) - set(ITEM_FIELDS)
        if unknown:
            raise LibraryError(
                CoreText.tr("Unknown fields: {join}.").format(join=", ".join(sorted(unknown)))
            )
        errors = validate_item_fields(values)
        both = values.get("both_sides")
        if both is not None and not isinstance(both, bool):
            errors["both_sides"] = CoreText.tr("Sides must be one side, or left then right.")
        if errors:
            raise ItemFieldsError(errors)
        changes: dict[str, Any] = {}  # field name to value: the names were checked above
        for name, value in values.items():
            if value is not None and name != "both_sides":
                value = int(value)
            changes[name] = value
        items = list(routine.items)
        items[index] = replace(item, **changes)
        return self._put(routine.with_items(tuple(items)))

    def reset_item(self, routine_id: str, index: int) -> Library:
        routine = self.routine(routine_id)
        item = self._item(routine, index)
        items = list(routine.items)
        items[index] = RoutineItem(item.exercise_id, enabled=item.enabled)
        return self._put(routine.with_items(tuple(items)))

    # --- the user's own exercises ------------------------------------------------------------

    def add_exercise(self, fields: Mapping[str, Any], poses: Sequence[str]) -> tuple[Library, str]:
        """A new exercise of the user's; ExerciseFieldsError (a message per field) otherwise."""
        taken = set(self.catalogue.exercises) | {e.id for e in self.custom_exercises}
        exercise_id = self.make_id("exercise", str(fields.get("name", "")), taken)
        exercise = exercise_from_fields(fields, exercise_id, poses)
        return replace(self, custom_exercises=(*self.custom_exercises, exercise)), exercise_id

    def update_exercise(
        self, exercise_id: str, fields: Mapping[str, Any], poses: Sequence[str]
    ) -> Library:
        self.custom_exercise(exercise_id)
        exercise = exercise_from_fields(fields, exercise_id, poses)
        return replace(
            self,
            custom_exercises=tuple(
                exercise if e.id == exercise_id else e for e in self.custom_exercises
            ),
        )

    def delete_exercise(self, exercise_id: str) -> Library:
        self.custom_exercise(exercise_id)
        using = self.routines_using(exercise_id)
        if using:
            names = ", ".join(f"“{r.name}”" for r in using)
            raise LibraryError(
                CoreText.tr("This exercise is part of {names}. Remove it from there first.").format(
                    names=names
                )
            )
        return replace(
            self, custom_exercises=tuple(e for e in self.custom_exercises if e.id != exercise_id)
        )

    def with_imported(self, routine: Routine, exercises: Sequence[Exercise]) -> tuple[Library, str]:
        """A routine from a file (and the exercises of its own it uses) added to the library.

        Nothing here is ever replaced: an exercise whose id is taken by a different one gets a
        new id, and a routine whose id or name is taken is added beside it. Importing the same
        file twice finds the first copy and changes nothing.
        """
        library = self
        renamed: dict[str, str] = {}
        for exercise in exercises:
            match = next((e for e in library.custom_exercises if e.id == exercise.id), None)
            if match is not None and custom_exercise_json(match) == custom_exercise_json(exercise):
                continue
            if match is None and exercise.id not in library.catalogue:
                new = exercise
            else:
                taken = set(library.catalogue.exercises)
                new = replace(exercise, id=self.make_id("exercise", exercise.name, taken))
                renamed[exercise.id] = new.id
            library = replace(library, custom_exercises=(*library.custom_exercises, new))
        items = tuple(
            replace(item, exercise_id=renamed.get(item.exercise_id, item.exercise_id))
            for item in routine.items
        )
        routine = replace(routine, items=items, builtin=False, extra={})
        # The same routine already here (perhaps as "Name (2)"): nothing to add. The same by what
        # it does, not by how it is written: an export writes every number, the library only
        # those that differ from the exercise's defaults.
        numbered = re.compile(re.escape(routine.name) + r" \(\d+\)")
        meaning = library._meaning(routine)
        for existing in library.routines:
            same_name = existing.name == routine.name or numbered.fullmatch(existing.name)
            if same_name and not existing.builtin and library._meaning(existing) == meaning:
                return library, existing.id
        if routine.id in library._all_routine_ids():
            routine = replace(
                routine, id=self.make_id("routine", routine.name, library._all_routine_ids())
            )
        routine = replace(routine, name=library._free_name(routine.name, numbered=True))
        return replace(library, user_routines=(*library.user_routines, routine)), routine.id

    # --- inside ----------------------------------------------------------------------------

    def _meaning(self, routine: Routine) -> list[tuple[str, bool, dict[str, Any]]]:
        """What a routine does: each exercise, whether it is on, and its numbers as they run."""
        return [
            (item.exercise_id, item.enabled, item_values(item, self.catalogue))
            for item in routine.items
        ]

    def _put(self, routine: Routine) -> Library:
        """The library with this routine changed (an edited built-in becomes an override)."""
        if any(r.id == routine.id for r in self.user_routines):
            user = tuple(routine if r.id == routine.id else r for r in self.user_routines)
        else:
            user = (*self.user_routines, routine)
        return replace(self, user_routines=user)

    def _item(self, routine: Routine, index: int) -> RoutineItem:
        if not 0 <= index < len(routine.items):
            raise LibraryError(
                CoreText.tr("The routine has no exercise number {value}.").format(value=index + 1)
            )
        return routine.items[index]

    def _check_exercise(self, exercise_id: str) -> None:
        if exercise_id not in self.catalogue:
            raise LibraryError(
                CoreText.tr("There is no exercise with the id {exercise_id!r}.").format(
                    exercise_id=exercise_id
                )
            )

    def _with_something_enabled(
        self, routine: Routine, items: tuple[RoutineItem, ...], verb: str
    ) -> Routine:
        if not any(item.enabled for item in items):
            raise LibraryError(
                CoreText.tr(
                    "A routine needs at least one exercise turned on, so you "
                    "cannot {verb} the last one. Add or turn on another first."
                ).format(verb=verb)
            )
        return routine.with_items(items)

    def _all_routine_ids(self) -> set[str]:
        return (
            {r.id for r in self.builtins}
            | {r.id for r in self.user_routines}
            | {
                raw["id"]
                for raw in self.kept_routines
                if isinstance(raw, Mapping) and isinstance(raw.get("id"), str)
            }
        )

    def _free_name(self, name: str, but: str | None = None, numbered: bool = False) -> str:
        names = {r.name.casefold() for r in self.routines if r.id != but}
        if name.casefold() not in names:
            return name
        if not numbered:
            raise LibraryError(
                CoreText.tr("You already have a routine called “{name}”.").format(name=name)
            )
        number = 2
        while f"{name} ({number})".casefold() in names:
            number += 1
        return f"{name} ({number})"

    def _copy_name(self, name: str) -> str:
        names = {r.name.casefold() for r in self.routines}
        candidate = f"{name} (copy)"[:MAX_NAME_CHARS]
        number = 2
        while candidate.casefold() in names:
            candidate = f"{name} (copy {number})"[:MAX_NAME_CHARS]
            number += 1
        return candidate
