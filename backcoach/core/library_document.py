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
from backcoach.core.i18n import Context
from backcoach.core.input_limits import MAX_TEXT_READ_CHARS
from backcoach.core.library import Library, custom_exercise_json
from backcoach.core.routine import Routine, RoutineError, routine_from_json
from backcoach.core.text_rules import text_problem

CoreText = Context("CoreText")


def library_from_store_data(
    guide: Catalogue, builtins: tuple[Routine, ...], data: Mapping[str, Any]
) -> tuple[Library, list[str]]:
    """The library from routines.json's content, and messages about entries not readable."""
    problems: list[str] = []
    builtin_ids = {r.id for r in builtins}
    exercises: list[Exercise] = []
    exercise_ids: set[str] = set()
    kept_exercises: list[Any] = []
    for raw in _list(data.get("exercises")):
        try:
            exercise = exercise_from_json(raw, custom=True)
            if exercise.id in guide or exercise.id in exercise_ids:
                raise CatalogueError(
                    CoreText.tr("the id {id!r} is already used").format(id=exercise.id)
                )
            problem = _text_problem(exercise)
            if problem:
                raise CatalogueError(problem)
        except (CatalogueError, TypeError, ValueError) as error:
            kept_exercises.append(raw)
            problems.append(
                CoreText.tr(
                    "One of your exercises could not be read ({error}); it is "
                    "kept in routines.json but not shown."
                ).format(error=error)
            )
            continue
        exercises.append(exercise)
        exercise_ids.add(exercise.id)
    catalogue = guide.with_custom(exercises)
    routines: list[Routine] = []
    routine_ids: set[str] = set()
    kept_routines: list[Any] = []
    for raw in _list(data.get("routines")):
        try:
            routine = routine_from_json(raw, catalogue, builtin=raw.get("id") in builtin_ids)
            if routine.id in routine_ids:
                raise RoutineError(CoreText.tr("the id {id!r} appears twice").format(id=routine.id))
        except (RoutineError, AttributeError) as error:
            kept_routines.append(raw)
            problems.append(
                CoreText.tr(
                    "One of your routines could not be read ({error}); it is "
                    "kept in routines.json but not shown."
                ).format(error=error)
            )
            continue
        routines.append(routine)
        routine_ids.add(routine.id)
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


def _text_problem(exercise: Exercise) -> str | None:
    """What is wrong with the texts of one of the user's exercises read from the file: the same
    characters are refused as where they are typed (text_rules.py)."""
    lines = [
        (CoreText.tr("its name"), exercise.name),
        (CoreText.tr("its side's name"), exercise.side_label),
    ]
    lines += [(CoreText.tr("a position's name"), p.name) for p in exercise.positions]
    texts = [
        (CoreText.tr("its instructions"), exercise.instructions),
        (CoreText.tr("its safety note"), exercise.safety),
    ]
    texts += [(CoreText.tr("its purpose"), exercise.purpose)] + [
        (CoreText.tr("a cue"), p.cue) for p in exercise.positions
    ]
    for label, text in lines:
        problem = text_problem(label, text, single_line=True)
        if problem:
            return problem
    for label, text in texts:
        problem = text_problem(label, text)
        if problem:
            return problem
    if sum(len(text) for _, text in lines + texts) > MAX_TEXT_READ_CHARS:
        return CoreText.tr("its texts are far longer than any exercise's")
    return None


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []
