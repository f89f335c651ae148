"""The library as routines.json stores it: read back, keeping what cannot be read, and written.

How it is stored (routines.json, through backcoach.core.storage.store):

    {"schema": 1,
     "routines": [...],          the user's own routines, and edited built-ins under their id
     "exercises": [...],         the user's own exercises
     "hidden_builtins": [...]}   ids of built-in routines the user deleted

Entries this version cannot read (and keys it does not know) are written back unchanged, so
nothing of the user's is ever dropped.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from backcoach.core.catalogue import Catalogue, CatalogueError, Exercise, exercise_from_json
from backcoach.core.library import Library, custom_exercise_json
from backcoach.core.routine import Routine, RoutineError, routine_from_json


def library_from_store_data(
    guide: Catalogue, builtins: tuple[Routine, ...], data: Mapping[str, Any]
) -> tuple[Library, list[str]]:
    """The library from routines.json's content, and messages about entries not readable."""
    problems: list[str] = []
    builtin_ids = {r.id for r in builtins}
    exercises: list[Exercise] = []
    kept_exercises: list[Any] = []
    for raw in _list(data.get("exercises")):
        try:
            exercise = exercise_from_json(raw, custom=True)
            if exercise.id in guide or any(e.id == exercise.id for e in exercises):
                raise CatalogueError(f"the id {exercise.id!r} is already used")
        except (CatalogueError, TypeError, ValueError) as error:
            kept_exercises.append(raw)
            problems.append(
                f"One of your exercises could not be read ({error}); it is kept "
                "in routines.json but not shown."
            )
            continue
        exercises.append(exercise)
    catalogue = guide.with_custom(exercises)
    routines: list[Routine] = []
    kept_routines: list[Any] = []
    for raw in _list(data.get("routines")):
        try:
            routine = routine_from_json(raw, catalogue, builtin=raw.get("id") in builtin_ids)
            if any(r.id == routine.id for r in routines):
                raise RoutineError(f"the id {routine.id!r} appears twice")
        except (RoutineError, AttributeError) as error:
            kept_routines.append(raw)
            problems.append(
                f"One of your routines could not be read ({error}); it is kept "
                "in routines.json but not shown."
            )
            continue
        routines.append(routine)
    hidden = frozenset(
        h for h in _list(data.get("hidden_builtins")) if isinstance(h, str) and h in builtin_ids
    )
    known = {"schema", "routines", "exercises", "hidden_builtins"}
    library = Library(
        guide=guide,
        builtins=builtins,
        user_routines=tuple(routines),
        custom_exercises=tuple(exercises),
        hidden_builtins=hidden,
        kept_routines=tuple(kept_routines),
        kept_exercises=tuple(kept_exercises),
        extra={k: v for k, v in data.items() if k not in known},
    )
    if not library.routines:  # every built-in deleted and nothing else: never an empty app
        library = library.restore_builtins()
    return library, problems


def library_to_store_data(library: Library) -> dict[str, Any]:
    """What routines.json holds for the library, with what it kept unread, to pass to the store."""
    return {
        **library.extra,
        "routines": [r.to_json() for r in library.user_routines] + list(library.kept_routines),
        "exercises": [custom_exercise_json(e) for e in library.custom_exercises]
        + list(library.kept_exercises),
        "hidden_builtins": sorted(library.hidden_builtins),
    }


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []
