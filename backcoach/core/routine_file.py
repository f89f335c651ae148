"""Routine files: one routine, with the user's own exercises it uses, to share as a prescription.

The format is documented in docs/data-format.md, "Routine files" (with its JSON Schema). A file
from elsewhere is untrusted: it is refused, with a message that says what is wrong, if it is not a
regular file, is larger than a routine could be, is nested too deeply, is not JSON, or holds
anything the player could not run. Reading a file never changes the store; adding it is the
library's job.
"""

from __future__ import annotations

import re
import stat
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from backcoach import __version__
from backcoach.core.catalogue import Catalogue, Exercise
from backcoach.core.custom_exercise import (
    MAX_TEXT_CHARS,
    ExerciseFieldsError,
    check_text,
    exercise_fields,
    exercise_from_fields,
    pose_choices,
)
from backcoach.core.i18n import Context
from backcoach.core.input_limits import ROUTINE_FILE
from backcoach.core.library import MAX_ITEMS, LibraryError, check_routine_name, item_values
from backcoach.core.routine import Routine, RoutineError, item_from_json
from backcoach.core.storage.files import FileProblem, parse_json, read_at_most, write_json_atomic
from backcoach.core.words import cannot_read, cannot_write

CoreText = Context("CoreText")

FORMAT = "backcoach-routine"
VERSION = 1
FILE_SUFFIX = ".backcoach-routine.json"
MAX_ROUTINE_FILE_BYTES = ROUTINE_FILE.max_bytes  # core/input_limits.py says why
MAX_EXERCISES_IN_FILE = MAX_ITEMS
_ID = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")


class RoutineFileError(Exception):
    """A routine file that cannot be imported or written; the message says why, for a person."""


@dataclass(frozen=True)
class RoutineFile:
    """What a valid routine file holds: the routine and the user's own exercises it uses."""

    routine: Routine
    exercises: tuple[Exercise, ...]


def read_routine_file(
    path: Path, guide: Catalogue, poses: Sequence[str] | None = None
) -> RoutineFile:
    """The routine in the file; RoutineFileError (saying what is wrong) for anything else."""
    path = Path(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        raise RoutineFileError(CoreText.tr("There is no file {path}.").format(path=path)) from None
    except OSError as error:
        raise RoutineFileError(cannot_read(path, error)) from None
    if not stat.S_ISREG(info.st_mode):
        raise RoutineFileError(
            CoreText.tr("{path} is not a file (it is a folder or a device).").format(path=path)
        )
    if info.st_size > MAX_ROUTINE_FILE_BYTES:
        raise RoutineFileError(_too_big(path.name, info.st_size))
    try:
        raw = read_at_most(path, MAX_ROUTINE_FILE_BYTES, info.st_size)
    except OSError as error:
        raise RoutineFileError(cannot_read(path, error)) from None
    if len(raw) > MAX_ROUTINE_FILE_BYTES:
        raise RoutineFileError(_too_big(path.name, len(raw)))
    return parse_routine_file(raw, path.name, guide, poses)


def _too_big(name: str, size: int) -> str:
    return CoreText.tr(
        "{name} is {value:,.1f} MB; a routine file is at most {value2:.0f} MB, so this is not one."
    ).format(name=name, value=size / 1e6, value2=MAX_ROUTINE_FILE_BYTES / 1e6)


def parse_routine_file(
    raw: bytes, name: str, guide: Catalogue, poses: Sequence[str] | None = None
) -> RoutineFile:
    try:
        data = parse_json(raw, name, ROUTINE_FILE)
    except FileProblem as problem:
        raise RoutineFileError(
            CoreText.tr("{problem} It cannot be imported.").format(problem=problem)
        ) from None
    try:
        return _routine_file(data, guide, poses)
    except (RoutineError, LibraryError, ExerciseFieldsError) as error:
        raise RoutineFileError(
            CoreText.tr("{name} cannot be imported: {error}").format(name=name, error=error)
        ) from None


def _routine_file(data: Any, guide: Catalogue, poses: Sequence[str] | None) -> RoutineFile:
    if not isinstance(data, Mapping) or data.get("format") != FORMAT:
        raise RoutineError(
            CoreText.tr(
                'it is not a BackCoach routine file (it needs "format": "{FORMAT}").'
            ).format(FORMAT=FORMAT)
        )
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise RoutineError(CoreText.tr('its "version" must be a whole number from 1.'))
    if version > VERSION:
        raise RoutineError(
            CoreText.tr(
                "it was made by a newer version of BackCoach (format version "
                "{version}); update BackCoach to import it."
            ).format(version=version)
        )
    if poses is None:
        poses = [choice.id for choice in pose_choices()]
    exercises = _exercises(data.get("exercises", []), guide, poses)
    catalogue = guide.with_custom(exercises)
    return RoutineFile(_routine(data.get("routine"), catalogue), exercises)


def _exercises(raw: Any, guide: Catalogue, poses: Sequence[str]) -> tuple[Exercise, ...]:
    if not isinstance(raw, list):
        raise RoutineError(CoreText.tr('"exercises" must be a list of exercises.'))
    if len(raw) > MAX_EXERCISES_IN_FILE:
        raise RoutineError(
            CoreText.tr("it holds {len} exercises; at most {MAX_EXERCISES_IN_FILE} fit.").format(
                len=len(raw), MAX_EXERCISES_IN_FILE=MAX_EXERCISES_IN_FILE
            )
        )
    out: list[Exercise] = []
    for number, entry in enumerate(raw, start=1):
        if not isinstance(entry, Mapping):
            raise RoutineError(
                CoreText.tr("exercise {number} of the file must be an object.").format(
                    number=number
                )
            )
        exercise_id = entry.get("id")
        if not isinstance(exercise_id, str) or not _ID.match(exercise_id):
            raise RoutineError(
                CoreText.tr(
                    "exercise {number} of the file needs an id of letters, digits, '_', '.' or '-'."
                ).format(number=number)
            )
        if exercise_id in guide:
            raise RoutineError(
                CoreText.tr(
                    "exercise {number} of the file uses the id of an exercise of "
                    "the guide ({exercise_id!r})."
                ).format(number=number, exercise_id=exercise_id)
            )
        if any(e.id == exercise_id for e in out):
            raise RoutineError(
                CoreText.tr("the exercise id {exercise_id!r} appears twice.").format(
                    exercise_id=exercise_id
                )
            )
        try:
            out.append(exercise_from_fields(entry, exercise_id, poses))
        except ExerciseFieldsError as error:
            label = entry.get("name") if isinstance(entry.get("name"), str) else exercise_id
            raise RoutineError(
                CoreText.tr("the exercise “{str}”: {error}").format(
                    str=str(label)[:80], error=error
                )
            ) from None
    return tuple(out)


def _routine(raw: Any, catalogue: Catalogue) -> Routine:
    if not isinstance(raw, Mapping):
        raise RoutineError(CoreText.tr('it needs a "routine" object.'))
    routine_id = raw.get("id")
    if not isinstance(routine_id, str) or not _ID.match(routine_id):
        raise RoutineError(
            CoreText.tr("the routine needs an id of letters, digits, '_', '.' or '-'.")
        )
    name = check_routine_name(raw.get("name"))
    description = raw.get("description", "")
    problem = check_text(
        CoreText.tr("The description"),
        description,
        required=False,
        limit=MAX_TEXT_CHARS,
        single_line=False,
    )
    if problem:
        raise RoutineError(problem)
    items = raw.get("exercises")
    if not isinstance(items, list) or not items:
        raise RoutineError(
            CoreText.tr('the routine needs a list of "exercises" with at least one.')
        )
    if len(items) > MAX_ITEMS:
        raise RoutineError(
            CoreText.tr("the routine has {len} exercises; at most {MAX_ITEMS} fit.").format(
                len=len(items), MAX_ITEMS=MAX_ITEMS
            )
        )
    parsed = tuple(item_from_json(item, catalogue) for item in items)
    if not any(item.enabled for item in parsed):
        raise RoutineError(CoreText.tr("every exercise of the routine is turned off."))
    return Routine(routine_id, name, parsed, str(description).strip())


def routine_file_json(routine: Routine, catalogue: Catalogue) -> dict[str, Any]:
    """The file for a routine, with every number written out, as prescribed.

    Each item carries all its values (not just those that differ from the defaults), so the
    prescription stays the same on a computer whose defaults differ.
    """
    items = []
    for item in routine.items:
        entry: dict[str, Any] = {"exercise": item.exercise_id, **item_values(item, catalogue)}
        if not item.enabled:
            entry["enabled"] = False
        items.append(entry)
    used = {item.exercise_id for item in routine.items}
    exercises = [{"id": e.id, **exercise_fields(e)} for e in catalogue if e.custom and e.id in used]
    return {
        "format": FORMAT,
        "version": VERSION,
        "made_by": CoreText.tr("BackCoach {version}").format(version=__version__),
        "routine": {
            "id": routine.id,
            "name": routine.name,
            "description": routine.description,
            "exercises": items,
        },
        "exercises": exercises,
    }


def write_routine_file(path: Path, routine: Routine, catalogue: Catalogue) -> None:
    """Write the routine's file atomically; RoutineFileError (saying why) when it cannot."""
    try:
        write_json_atomic(Path(path), routine_file_json(routine, catalogue))
    except OSError as error:
        raise RoutineFileError(cannot_write(path, error)) from None
