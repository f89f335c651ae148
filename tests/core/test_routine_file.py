"""Routine files: export and import round-trip; anything malformed or hostile is refused."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import jsonschema
import pytest

from backcoach.core.library import Library
from backcoach.core.library_document import library_from_store_data
from backcoach.core.routine import load_builtin_routines
from backcoach.core.routine_file import (
    MAX_ROUTINE_FILE_BYTES,
    RoutineFileError,
    read_routine_file,
    routine_file_json,
    write_routine_file,
)
from backcoach.core.timeline import build_timeline

DOCS = Path(__file__).resolve().parents[2] / "docs"
SCHEMA = json.loads((DOCS / "schema" / "routine-file.schema.json").read_text())


def documented_example() -> dict:
    text = (DOCS / "data-format.md").read_text()
    section = text[text.index("## Routine files") : text.index("## Data safety")]
    (example,) = re.findall(r"```json\n(.*?)```", section, re.S)
    return json.loads(example)


@pytest.fixture
def library(catalogue) -> Library:
    library, _ = library_from_store_data(catalogue, load_builtin_routines(catalogue), {})
    return library


def write(tmp_path: Path, data, name: str = "routine.backcoach-routine.json") -> Path:
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else json.dumps(data).encode())
    return path


def test_the_documented_example_follows_the_schema_and_imports(tmp_path, catalogue):
    example = documented_example()
    jsonschema.validate(example, SCHEMA)
    imported = read_routine_file(write(tmp_path, example), catalogue)
    assert imported.routine.name == "Physio: lower back"
    assert [e.id for e in imported.exercises] == ["pelvic_tilt"]
    assert [i.enabled for i in imported.routine.items] == [True, True, True, False]


def test_export_then_import_gives_the_same_routine(tmp_path, library, catalogue):
    example = read_routine_file(write(tmp_path, documented_example()), catalogue)
    library, routine_id = library.with_imported(example.routine, example.exercises)
    library = library.set_item(routine_id, 0, sets=2, get_ready_seconds=0)
    routine = library.routine(routine_id)
    path = tmp_path / "out" / "physio.backcoach-routine.json"
    write_routine_file(path, routine, library.catalogue)
    written = json.loads(path.read_text())
    jsonschema.validate(written, SCHEMA)
    # Every number is written out, so the prescription does not depend on the defaults.
    assert set(written["routine"]["exercises"][2]) >= {
        "hold_seconds",
        "reps",
        "rest_seconds",
        "sets",
        "get_ready_seconds",
        "both_sides",
    }
    again = read_routine_file(path, catalogue)
    assert again.exercises == tuple(library.custom_exercises)
    assert again.routine.resolved(library.catalogue) == routine.resolved(library.catalogue)
    assert build_timeline(again.routine, library.catalogue).total_seconds == (
        build_timeline(routine, library.catalogue).total_seconds
    )
    # Into a library that has none of it: the same routine, its exercise included.
    fresh, _ = library_from_store_data(catalogue, load_builtin_routines(catalogue), {})
    fresh, new_id = fresh.with_imported(again.routine, again.exercises)
    assert fresh.routine(new_id).resolved(fresh.catalogue) == routine.resolved(library.catalogue)


def broken(change) -> dict:
    data = documented_example()
    change(data)
    return data


def _set(path: str, value):
    def change(data):
        node = data
        keys = path.split(".")
        for key in keys[:-1]:
            node = node[int(key)] if key.isdigit() else node[key]
        last = keys[-1]
        if value is KeyError:
            del node[last]
        elif last.isdigit():
            node[int(last)] = value
        else:
            node[last] = value

    return change


BAD_CONTENT = [
    (b"", "is empty"),
    (b"   \n", "is empty"),
    (b"\xff\xfe\x00garbage", "is not text"),
    (b'{"format": "backcoach-routine", "version": 1, "rout', "is not valid JSON"),
    (b"[1, 2, 3]", "not a BackCoach routine file"),
    (b'{"a": NaN}', "is not valid JSON"),
    (broken(_set("format", "something-else")), "not a BackCoach routine file"),
    (broken(_set("version", 2)), "newer version of BackCoach"),
    (broken(_set("version", "1")), '"version" must be a whole number'),
    (broken(_set("routine", KeyError)), 'needs a "routine" object'),
    (broken(_set("routine.name", "")), "The name cannot be empty."),
    (broken(_set("routine.name", "x" * 500)), "at most 80 fit"),
    (broken(_set("routine.name", "tab\x1bescape")), "not text"),
    (broken(_set("routine.id", "../../etc/passwd")), "needs an id of letters"),
    (broken(_set("routine.description", 7)), "The description must be text."),
    (broken(_set("routine.exercises", [])), "at least one"),
    (broken(_set("routine.exercises", [{"exercise": "bridge"}] * 101)), "at most 100 fit"),
    (broken(_set("routine.exercises.0.exercise", "cartwheel")), "does not know: 'cartwheel'"),
    (broken(_set("routine.exercises.0.hold_seconds", 0)), "Hold must be from 1 to 300 s"),
    (broken(_set("routine.exercises.0.reps", 1e9)), "Repetitions must be from 1 to 50"),
    (broken(_set("routine.exercises.0.rest_seconds", "5")), "Rest must be a whole number"),
    (broken(_set("routine.exercises.0.sets", True)), "Sets must be a whole number"),
    (broken(_set("routine.exercises.0.both_sides", "yes")), "'both_sides' must be true or false"),
    (broken(_set("routine.exercises.0", "bridge")), "must be an object"),
    (
        broken(lambda d: [i.__setitem__("enabled", False) for i in d["routine"]["exercises"]]),
        "every exercise of the routine is turned off",
    ),
    (broken(_set("exercises", {"pelvic_tilt": {}})), '"exercises" must be a list'),
    (broken(_set("exercises.0.id", "bridge")), "uses the id of an exercise of the guide"),
    (broken(lambda d: d["exercises"].append(dict(d["exercises"][0]))), "appears twice"),
    (broken(_set("exercises.0.positions.0.pose", "handstand")), "cannot draw: 'handstand'"),
    (broken(_set("exercises.0.positions", [])), "Choose at least one position."),
    (broken(_set("exercises.0.instructions", "x" * 5000)), "at most 4000 fit"),
    (broken(_set("exercises.0.hold_seconds", -5)), "Hold must be from 1 to 300 s, not -5."),
    (broken(_set("exercises.0.move_seconds", 1000)), "Moving into or out of a position"),
    (broken(_set("exercises", [{"id": "x"}] * 101)), "at most 100 fit"),
]


@pytest.mark.parametrize(("content", "message"), BAD_CONTENT)
def test_a_bad_file_is_refused_with_a_message_saying_what_is_wrong(
    tmp_path, catalogue, content, message
):
    path = write(tmp_path, content)
    with pytest.raises(RoutineFileError) as refused:
        read_routine_file(path, catalogue)
    assert message in str(refused.value)
    assert path.name in str(refused.value)


def test_a_truncated_export_is_refused(tmp_path, library, catalogue):
    full = json.dumps(routine_file_json(library.routine("full_floor"), catalogue)).encode()
    for cut in (1, len(full) // 3, len(full) // 2, len(full) - 1):
        with pytest.raises(RoutineFileError, match="is not valid JSON"):
            read_routine_file(write(tmp_path, full[:cut]), catalogue)


def test_a_deeply_nested_file_is_refused(tmp_path, catalogue):
    for text in ("[" * 200_000 + "]" * 200_000, '{"a":' * 100_000 + "1" + "}" * 100_000):
        with pytest.raises(RoutineFileError, match="nested too deeply"):
            read_routine_file(write(tmp_path, text.encode()), catalogue)


def test_a_100_mb_file_is_refused_before_it_is_read(tmp_path, catalogue, monkeypatch):
    path = tmp_path / "huge.backcoach-routine.json"
    with path.open("wb") as handle:  # sparse where the file system allows: no 100 MB written
        handle.truncate(100 * 1024 * 1024)
    opened = []
    monkeypatch.setattr(Path, "open", lambda self, *a, **k: opened.append(self))
    with pytest.raises(RoutineFileError, match="104.9 MB; a routine file is at most 1 MB"):
        read_routine_file(path, catalogue)
    assert opened == []


def test_a_file_just_over_the_limit_is_refused_and_one_at_it_is_read(tmp_path, catalogue):
    example = json.dumps(documented_example()).encode()
    at_limit = example + b" " * (MAX_ROUTINE_FILE_BYTES - len(example))
    assert read_routine_file(write(tmp_path, at_limit), catalogue).routine.name
    with pytest.raises(RoutineFileError, match="at most 1 MB"):
        read_routine_file(write(tmp_path, at_limit + b" "), catalogue)


def test_a_missing_file_a_folder_and_a_pipe_are_refused(tmp_path, catalogue):
    with pytest.raises(RoutineFileError, match="There is no file"):
        read_routine_file(tmp_path / "nothing.json", catalogue)
    with pytest.raises(RoutineFileError, match="is not a file"):
        read_routine_file(tmp_path, catalogue)
    if hasattr(os, "mkfifo"):
        fifo = tmp_path / "pipe.json"
        os.mkfifo(fifo)
        # Reading a pipe would wait for a writer for ever; it is refused without opening it.
        with pytest.raises(RoutineFileError, match="is not a file"):
            read_routine_file(fifo, catalogue)


def test_writing_where_one_cannot_says_why(tmp_path, library, catalogue):
    blocker = tmp_path / "a file"
    blocker.write_text("")
    with pytest.raises(RoutineFileError, match="Could not write"):
        write_routine_file(blocker / "r.json", library.routine("full_floor"), catalogue)
