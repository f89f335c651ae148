"""Every reader of a file, fed what hypothesis makes: no exception but the documented refusal
(issue 16). The data folder's files never raise at all (the store recovers and says so); a
routine file raises RoutineFileError; an archive FileProblem (or StoreError when a write fails).

Inputs are JSON documents shaped like BackCoach's, with hostile values (text that is not text,
numbers too large, years out of range, wrong types, deep nesting), then cut, flipped or spliced;
and raw bytes. The suite runs a modest number of each; a long run is one command:

    BACKCOACH_FUZZ_EXAMPLES=5000 .venv/bin/python -m pytest tests/core/storage/test_fuzz_readers.py

Timing is not asserted here (a shared machine is noisy): `python -m benchmarks.hostile_input`
measures the worst inputs at each reader's size limit.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backcoach.core.catalogue import load_catalogue
from backcoach.core.clock import FakeClock
from backcoach.core.library_document import library_from_store_data
from backcoach.core.routine import load_builtin_routines
from backcoach.core.routine_file import RoutineFileError, parse_routine_file
from backcoach.core.storage.archive import import_all
from backcoach.core.storage.files import FileProblem, parse_json
from backcoach.core.storage.store import Store, StoreError
from tests.factories import make_record

EXAMPLES = int(os.environ.get("BACKCOACH_FUZZ_EXAMPLES", "60"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
GUIDE = load_catalogue()
BUILTINS = load_builtin_routines(GUIDE)

KEYS = [
    "schema",
    "sessions",
    "settings",
    "routines",
    "exercises",
    "format",
    "version",
    "routine",
    "user_data",
    "id",
    "name",
    "note",
    "started",
    "ended",
    "completed",
    "exercise",
    "positions",
    "pose",
    "cue",
    "hold_seconds",
    "reps",
    "rest_seconds",
    "per_side",
    "volume",
    "rest_days",
    "reminders_snoozed_until",
    "routine_name",
    "duration_seconds",
    "active_seconds",
    "hurts",
    "description",
    "instructions",
    "sets",
    "both_sides",
    "enabled",
    "source",
    "pain_before",
]
TEXTS = [
    "",
    "x",
    "2026-01-05T10:00:00+01:00",
    "9999-12-31T23:59:59-12:00",
    "0999-06-01T10:00:00+00:00",
    "\u202eevil",
    "\ud83d",
    "a\x00b",
    "\x9b",
    "<b>bold</b>",
    "=2+3",
    "backcoach-routine",
    "backcoach-archive",
    "bridge",
    "lying_on_back",
    "2026-03-02",
    "x" * 3000,
]
NUMBERS = st.one_of(
    st.integers(-(2**70), 2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([0, 1, 99, -1, 10**20, 1e308]),
)
SCALARS = st.one_of(st.none(), st.booleans(), NUMBERS, st.sampled_from(TEXTS), st.text(max_size=30))
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=6),
        st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=8), inner, max_size=8),
    ),
    max_leaves=60,
)


def _dump(value: Any) -> bytes:
    text = json.dumps(value, allow_nan=True)  # NaN and Infinity too: readers must refuse them
    return text.encode()


@st.composite
def documents(draw, shape: dict[str, Any]) -> bytes:
    """A document shaped like one of BackCoach's, its values replaced at random, then perhaps
    damaged: cut short, a byte changed, brackets or quotes spliced in."""
    document = dict(shape)
    for key in draw(st.lists(st.sampled_from(sorted(shape) + KEYS), max_size=4)):
        document[key] = draw(VALUES)
    raw = _dump(document)
    damage = draw(st.sampled_from(["none", "cut", "byte", "splice"]))
    if damage == "cut" and raw:
        raw = raw[: draw(st.integers(0, len(raw) - 1))]
    elif damage == "byte" and raw:
        at = draw(st.integers(0, len(raw) - 1))
        raw = raw[:at] + bytes([draw(st.integers(0, 255))]) + raw[at + 1 :]
    elif damage == "splice":
        at = draw(st.integers(0, len(raw)))
        junk = draw(st.sampled_from([b"[" * 40, b'"', b"\\", b"{", b"]]]", b"\xff\xfe", b"1" * 30]))
        raw = raw[:at] + junk * draw(st.integers(1, 3)) + raw[at:]
    return raw


def _month() -> dict[str, Any]:
    return {
        "schema": 1,
        "device": "dev",
        "sessions": [make_record(n).to_json() for n in (1, 2, 3)],
    }


MONTH = _month()
SETTINGS = {"schema": 1, "settings": {"volume": 40, "rest_days": ["2026-01-05"]}}
ROUTINES = {
    "schema": 1,
    "routines": [{"id": "r", "name": "Mine", "exercises": [{"exercise": "bridge"}]}],
    "exercises": [],
}
ROUTINE_FILE = {
    "format": "backcoach-routine",
    "version": 1,
    "routine": {"id": "r", "name": "Mine", "exercises": [{"exercise": "bridge", "reps": 3}]},
    "exercises": [],
}
ARCHIVE = {
    "format": "backcoach-archive",
    "schema": 1,
    "settings": {"volume": 10},
    "user_data": {"routines": [], "exercises": []},
    "sessions": MONTH["sessions"],
}
RAW = st.binary(max_size=300)


def _store(folder: Path) -> Store:
    return Store.open(folder, device="dev", clock=FakeClock())


@given(st.one_of(documents(MONTH), documents(SETTINGS), RAW))
@FUZZ
def test_the_parser_refuses_only_with_its_message(raw: bytes):
    try:
        parse_json(raw, "fuzz.json")
    except FileProblem as refused:
        assert str(refused)


@given(st.one_of(documents(MONTH), RAW))
@FUZZ
def test_a_month_file_never_raises_and_never_blocks_a_save(raw: bytes):
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        path = folder / "sessions" / "dev" / "2026-01.json"
        path.parent.mkdir(parents=True)
        path.write_bytes(raw)
        store = _store(folder)
        store.load_sessions()
        try:
            store.log_session(make_record(9))  # the month takes new sessions, whatever it held,
        except StoreError as refused:
            # unless a newer version wrote it: that one is never written (the app saves the
            # session to a file of its own, see test_app_data.py).
            assert refused.newer_version and path.read_bytes() == raw
            return
        reopened = _store(folder)
        assert make_record(9).id in {r.id for r in reopened.load_sessions()}


@given(st.one_of(documents(SETTINGS), RAW))
@FUZZ
def test_a_settings_file_never_raises(raw: bytes):
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        (folder / "settings.json").write_bytes(raw)
        store = _store(folder)
        settings = store.load_settings()
        store.save_settings(settings.changed(volume=5))
        assert _store(folder).load_settings().volume == 5


@given(st.one_of(documents(ROUTINES), RAW))
@FUZZ
def test_a_routines_file_never_raises(raw: bytes):
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        (folder / "routines.json").write_bytes(raw)
        store = _store(folder)
        library, _problems = library_from_store_data(GUIDE, BUILTINS, store.load_user_data())
        assert library.routines, "never an app without a routine"


@given(st.one_of(documents(ROUTINE_FILE), RAW))
@FUZZ
def test_a_routine_file_is_imported_or_refused_with_a_message(raw: bytes):
    try:
        parse_routine_file(raw, "fuzz.backcoach-routine.json", GUIDE)
    except RoutineFileError as refused:
        assert str(refused)


@given(st.one_of(documents(ARCHIVE), RAW))
@FUZZ
def test_an_archive_is_imported_or_refused_with_a_message(raw: bytes):
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        path = folder / "archive.json"
        path.write_bytes(raw)
        store = _store(folder / "data")
        try:
            import_all(store, path)
        except (FileProblem, StoreError) as refused:
            assert str(refused)
            return
        _store(folder / "data").load_sessions()  # what came in reads back
