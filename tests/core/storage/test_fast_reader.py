"""The quick reader of month files (core/storage/fast_reader.py) against the careful one: over
clean and damaged data folders, both give the same sessions, the same messages and leave the
same files; and the quick one refuses what it must leave to the careful one."""

from __future__ import annotations

import json
import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from backcoach.core.session import SessionRecord
from backcoach.core.storage import fast_reader, session_files
from backcoach.core.storage.fast_reader import Refused, read_month_file
from backcoach.core.storage.store import Store
from tests.factories import make_exercise_record, make_record

ZONE = timezone(timedelta(hours=2))


def careful_only(monkeypatch) -> None:
    def refuse(path: Path):
        raise Refused

    monkeypatch.setattr(session_files, "read_month_file", refuse)


def read_both(folder: Path, tmp_path: Path, monkeypatch):
    """The sessions, messages and files after reading a copy of `folder` each way."""
    results = []
    for way in ("quick", "careful"):
        copy = tmp_path / way
        shutil.copytree(folder, copy)
        with monkeypatch.context() as patch:
            if way == "careful":
                careful_only(patch)
            store = Store.open(copy, device="test-device")
            sessions = store.load_sessions()
            problems = [p.replace(str(copy), "DATA") for p in store.problems]
            files = {
                str(p.relative_to(copy)): p.read_bytes()
                for p in sorted(copy.rglob("*"))
                if p.is_file() and "backups" not in p.parts
            }
        # Equality of records leaves out these fields: compared on their own.
        beyond = [(s.extra, s.changed, s.changed_on) for s in sessions]
        results.append((sessions, beyond, problems, files))
    return results


@pytest.fixture
def folder(tmp_path) -> Path:
    """A data folder with sessions in three months, by hand and from the app, with pain, notes
    on several lines and hurts."""
    data = tmp_path / "data"
    store = Store.open(data, device="test-device")
    records = []
    for n in range(40):
        started = datetime(2026, 1, 1, 8, tzinfo=ZONE) + timedelta(days=2 * n, minutes=n)
        record = make_record(started=started, exercises=n % 4, pain=(n % 11, None))
        records.append(record.updated(note=f"line one\nline {n}" if n % 3 else ""))
    store.add_sessions(records)
    return data


def month_files(folder: Path) -> list[Path]:
    return sorted((folder / "sessions").rglob("*.json"))


def test_a_clean_folder_reads_the_same_both_ways_and_quickly(folder, tmp_path, monkeypatch):
    quick, careful = read_both(folder, tmp_path, monkeypatch)
    assert quick == careful and len(quick[0]) == 40
    for path in month_files(folder):
        assert read_month_file(path).sessions  # every file was the quick reader's


def damage(path: Path, how: str) -> None:
    data = json.loads(path.read_text())
    first = data["sessions"][0]
    if how == "truncated":
        path.write_bytes(path.read_bytes()[:-40])
        return
    if how == "unknown key":
        first["mood"] = "sunny"  # kept by the careful path, written back as it was
    elif how == "unknown exercise key":
        first["exercises"] = [{**make_exercise_record().to_json(), "tempo": 3}]
    elif how == "rating out of range":
        first["pain_before"] = 11
    elif how == "naive date":
        first["started"] = "2026-01-01T08:00:00"
    elif how == "year out of range":
        first["started"] = "1850-01-01T08:00:00+02:00"
    elif how == "control character":
        first["routine_name"] = "Full\u0007floor"
    elif how == "line break in a name":
        first["routine_name"] = "Full\nfloor"
    elif how == "newer schema":
        data["schema"] = 99
    elif how == "not a list":
        data["sessions"] = {"a": first}
    elif how == "bool as count":
        first["exercises"] = [{**make_exercise_record().to_json(), "holds_done": True}]
    elif how == "text too long":
        first["note"] = "x" * 20_001
    elif how == "null source":
        first["source"] = None  # read as "app" both ways: not damage
    path.write_text(json.dumps(data, indent=1))


@pytest.mark.parametrize(
    "how",
    [
        "truncated",
        "unknown key",
        "unknown exercise key",
        "rating out of range",
        "naive date",
        "year out of range",
        "control character",
        "line break in a name",
        "newer schema",
        "not a list",
        "bool as count",
        "text too long",
        "null source",
    ],
)
def test_a_damaged_file_reads_the_same_both_ways(folder, tmp_path, monkeypatch, how):
    path = month_files(folder)[1]
    damage(path, how)
    quick, careful = read_both(folder, tmp_path, monkeypatch)
    assert quick == careful
    if how != "null source":
        with pytest.raises(Refused):
            read_month_file(path)


def test_the_quick_records_are_the_careful_ones(folder):
    for path in month_files(folder):
        data = json.loads(path.read_text())
        quick = read_month_file(path).sessions
        assert quick == [SessionRecord.from_json(raw) for raw in data["sessions"]]
    assert json.loads(month_files(folder)[0].read_text())["schema"] == fast_reader.SCHEMA_VERSION
