"""The quick reader against the careful one on a folder two computers share: stamped versions of
sessions, tombstones and sync tools' conflict copies read the same both ways, clean or damaged;
and the quick records carry every field the careful ones do."""

from __future__ import annotations

import dataclasses
import json
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from backcoach.core.clock import FakeClock
from backcoach.core.session import ExerciseRecord, Hurt, SessionRecord
from backcoach.core.storage import fast_reader
from backcoach.core.storage.fast_reader import Refused, read_month_file
from backcoach.core.storage.store import Store
from tests.core.storage.sync.sync_tool import conflict_name
from tests.core.storage.test_fast_reader import read_both
from tests.factories import make_exercise_record, make_record


@pytest.fixture
def shared(tmp_path) -> Path:
    """A folder the desk computer logged 30 sessions in (two months); the laptop then edited
    some of them and deleted others, and a sync tool left a conflict copy of the laptop's month
    with an older edit of one session and a newer edit of another."""
    data = tmp_path / "shared"
    clock = FakeClock()
    desk = Store.open(data, device="desk", clock=clock)
    desk.add_sessions([make_record(n) for n in range(1, 31)])
    laptop = Store.open(data, device="laptop", clock=clock)
    sessions = {r.id: r for r in laptop.load_sessions()}
    for n in (2, 3, 5, 28):
        clock.advance(60)
        laptop.update_session(sessions[make_record(n).id].updated(note=f"edited {n}"))
    for n in (4, 29):
        clock.advance(60)
        laptop.delete_session(make_record(n).id)
    month = data / "sessions" / "laptop" / "2026-01.json"
    copy = month.with_name(conflict_name(month.name, "syncthing", clock.now(), "desk"))
    shutil.copyfile(month, copy)
    clock.advance(60)
    laptop.update_session(laptop.update_session(sessions[make_record(2).id].updated(note="later")))
    held = json.loads(copy.read_text())
    newer = datetime.now(UTC) + timedelta(days=1)
    for raw in held["sessions"]:
        if raw["id"] == make_record(3).id:
            raw.update(note="newest, in the copy", changed=newer.isoformat(), changed_on="desk")
    copy.write_text(json.dumps(held, indent=1))
    return data


def month_files(folder: Path) -> list[Path]:
    return sorted((folder / "sessions").rglob("*.json"))


def test_stamps_tombstones_and_conflict_copies_read_the_same_both_ways(
    shared, tmp_path, monkeypatch
):
    quick, careful = read_both(shared, tmp_path, monkeypatch)
    assert quick == careful
    sessions = {s.id: s for s in quick[0]}
    assert len(sessions) == 28  # two deleted
    assert make_record(4).id not in sessions and make_record(29).id not in sessions
    assert sessions[make_record(2).id].note == "later"
    assert sessions[make_record(3).id].note == "newest, in the copy"
    assert sessions[make_record(5).id].changed_on == "laptop"
    assert any("conflict" in problem for problem in quick[2])  # said, both ways
    files = month_files(shared)
    assert any("sync-conflict" in path.name for path in files)
    for path in files:  # every file was the quick reader's
        month = read_month_file(path)
        assert month.sessions or month.deleted


def test_the_quick_tombstones_are_the_careful_ones(shared):
    path = shared / "sessions" / "laptop" / "2026-01.json"
    deleted = json.loads(path.read_text())["deleted"]
    quick = read_month_file(path).deleted
    assert [(t.id, t.changed_on) for t in quick] == [(d["id"], d["changed_on"]) for d in deleted]
    assert [t.changed for t in quick] == [datetime.fromisoformat(d["changed"]) for d in deleted]


def damage(path: Path, how: str) -> None:
    data = json.loads(path.read_text())
    first = data["sessions"][0]
    stone = data["deleted"][0]
    if how == "tombstone not an object":
        data["deleted"].append("session-0000004")
    elif how == "tombstone id not text":
        stone["id"] = 4
    elif how == "tombstone with an unknown key":
        stone["why"] = "a mistake"
    elif how == "tombstone without a stamp":
        del stone["changed"]
    elif how == "tombstone without its computer":
        stone["changed_on"] = ""
    elif how == "deleted not a list":
        data["deleted"] = {"id": stone["id"]}
    elif how == "stamp a number":
        first["changed"] = 12
    elif how == "stamp not a time":
        first["changed"] = "yesterday"
    elif how == "stamp without an offset":
        first["changed"] = "2026-01-05T08:00:00"
    elif how == "computer null":
        first["changed_on"] = None
    elif how == "computer with a line break":
        first["changed_on"] = "lap\ntop"
    elif how == "conflict copy truncated":
        path.write_bytes(path.read_bytes()[:-40])
        return
    path.write_text(json.dumps(data, indent=1))


READ_QUICKLY = {"tombstone with an unknown key", "tombstone without a stamp", "stamp not a time"}
READ_QUICKLY |= {"tombstone without its computer", "stamp without an offset", "computer null"}


@pytest.mark.parametrize(
    "how",
    [
        "tombstone not an object",
        "tombstone id not text",
        "tombstone with an unknown key",
        "tombstone without a stamp",
        "tombstone without its computer",
        "deleted not a list",
        "stamp a number",
        "stamp not a time",
        "stamp without an offset",
        "computer null",
        "computer with a line break",
        "conflict copy truncated",
    ],
)
def test_a_damaged_shared_file_reads_the_same_both_ways(shared, tmp_path, monkeypatch, how):
    laptop = shared / "sessions" / "laptop"
    name = "2026-01.json"
    path = next(p for p in laptop.iterdir() if p.name != name) if "copy" in how else laptop / name
    damage(path, how)
    quick, careful = read_both(shared, tmp_path, monkeypatch)
    assert quick == careful
    if how in READ_QUICKLY:
        read_month_file(path)
    else:
        with pytest.raises(Refused):
            read_month_file(path)


def _every_field_set() -> SessionRecord:
    record = make_record(7, exercises=2, pain=(6, 3), note="one\ntwo", source="manual")
    return dataclasses.replace(
        record,
        hurts=(Hurt("bridge", 5), Hurt("cat_cow", None)),
        changed=datetime(2026, 2, 1, 9, 30, 0, 123456, tzinfo=UTC),
        changed_on="laptop",
    )


def test_the_fast_records_have_every_field_of_the_dataclasses(tmp_path):
    record = _every_field_set()
    for cls, value in ((SessionRecord, record), (ExerciseRecord, record.exercises[0])):
        defaults = [
            f.name for f in dataclasses.fields(cls) if getattr(value, f.name) == _default(f)
        ]
        assert defaults in ([], ["extra"]), f"the example leaves {defaults} at their defaults"
    path = tmp_path / "2026-01.json"
    path.write_text(json.dumps({"schema": 1, "device": "desk", "sessions": [record.to_json()]}))
    (quick,) = read_month_file(path).sessions
    careful = SessionRecord.from_json(record.to_json())
    for field in dataclasses.fields(SessionRecord):  # those left out of equality too
        assert getattr(quick, field.name) == getattr(careful, field.name), field.name
    # Every key the app writes is one the quick reader knows, in every nested object.
    assert set(record.to_json()) <= set(fast_reader._Session.__struct_fields__)
    exercise = make_exercise_record().to_json()
    assert set(exercise) <= set(fast_reader._Exercise.__struct_fields__)
    assert set(record.hurts[0].to_json()) <= set(fast_reader._Hurt.__struct_fields__)


def _default(field: dataclasses.Field) -> object:
    if field.default is not dataclasses.MISSING:
        return field.default
    if field.default_factory is not dataclasses.MISSING:
        return field.default_factory()
    return object()  # a field without a default never counts as left at it


def test_a_tombstone_names_its_computer_whichever_file_holds_it(shared, tmp_path, monkeypatch):
    # Written by hand into the desk's file: the laptop's deletion, as old as the laptop's edit,
    # wins the tie only if it is read as the laptop's (versions.py).
    edited = json.loads((shared / "sessions" / "laptop" / "2026-01.json").read_text())
    edit = next(raw for raw in edited["sessions"] if raw["id"] == make_record(5).id)
    path = shared / "sessions" / "desk" / "2026-01.json"
    data = json.loads(path.read_text())
    data["deleted"] = [{"id": edit["id"], "changed": edit["changed"], "changed_on": "laptop"}]
    path.write_text(json.dumps(data, indent=1))
    quick, careful = read_both(shared, tmp_path, monkeypatch)
    assert quick == careful
    assert make_record(5).id not in {s.id for s in quick[0]}
    assert read_month_file(path).deleted[0].changed_on == "laptop"
