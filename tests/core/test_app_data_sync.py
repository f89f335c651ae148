"""Loading in steps on a folder two computers share: the newest version of each session wins and
deleted ones stay gone, as when everything is read at once; the sessions the store gives at the
end are taken in a slice at a time; the day totals match the sessions after every change."""

from __future__ import annotations

import json
import shutil
from datetime import date

import pytest

from backcoach.core import app_data as app_data_module
from backcoach.core.app_data import AppData
from backcoach.core.clock import FakeClock
from backcoach.core.day_totals import DayTotals
from backcoach.core.storage.store import Store
from tests.core.storage.sync.sync_tool import conflict_name
from tests.factories import make_record


@pytest.fixture
def shared(tmp_path):
    folder = tmp_path / "shared"
    clock = FakeClock()
    Store.open(folder, device="desk", clock=clock).add_sessions(
        [make_record(n) for n in range(1, 61)]
    )
    laptop = Store.open(folder, device="laptop", clock=clock)
    sessions = {r.id: r for r in laptop.load_sessions()}
    for n in (3, 33, 50):
        clock.advance(60)
        laptop.update_session(
            sessions[make_record(n).id].updated(note=f"edited {n}", active_seconds=1800.0)
        )
    for n in (7, 40):
        clock.advance(60)
        laptop.delete_session(make_record(n).id)
    month = folder / "sessions" / "laptop" / "2026-02.json"
    copy = month.with_name(conflict_name(month.name, "dropbox", clock.now(), "desk"))
    shutil.copyfile(month, copy)
    clock.advance(60)
    laptop.delete_session(make_record(33).id)  # the copy still has its edit, which is older
    return folder, clock


def load_in_steps(folder, clock) -> tuple[AppData, list]:
    data = AppData(Store.open(folder, device="desk", clock=clock), clock, load_in_steps=True)
    steps = []
    while data.sessions_loading:
        steps.append(data.load_some(lambda: False))
    return data, steps


def same_days(days: DayTotals, sessions) -> None:
    again = DayTotals(sessions, days.day_start_hour)
    assert days.by_day == again.by_day and days.minutes == again.minutes
    assert days.days == again.days and days.sessions == again.sessions


def test_in_steps_the_newest_versions_win_as_when_read_at_once(shared, monkeypatch):
    folder, clock = shared
    monkeypatch.setattr(app_data_module, "LOAD_SLICE", 7)
    data, steps = load_in_steps(folder, clock)
    everything = AppData(Store.open(folder, device="desk", clock=clock), clock)
    assert data.sessions == everything.sessions
    assert [(r.changed, r.changed_on) for r in data.sessions] == [
        (r.changed, r.changed_on) for r in everything.sessions
    ]
    ids = [r.id for r in data.sessions]
    assert len(ids) == len(set(ids)) == 57
    assert not {make_record(n).id for n in (7, 33, 40)} & set(ids)
    assert next(r for r in data.sessions if r.id == make_record(50).id).note == "edited 50"
    files = len(list((folder / "sessions").rglob("*.json")))
    assert len(steps) >= files + 57 // 7, "the merged sessions taken in slices"
    assert steps[-1].sessions and not any(step.sessions for step in steps[:-1])
    assert any("conflict" in problem for problem in steps[-1].problems)
    same_days(data.days, data.sessions)
    assert data.days.summary(date(2026, 4, 1)) == everything.days.summary(date(2026, 4, 1))


def test_the_day_totals_follow_edits_deletions_and_undos_after_a_load(shared):
    folder, clock = shared
    data, _ = load_in_steps(folder, clock)
    edited = data.sessions[10].updated(note="longer", active_seconds=2700.0)
    assert data.update_session(edited).saved is not False
    same_days(data.days, data.sessions)
    record, changes = data.delete_session(data.sessions[20].id)
    assert record is not None and changes.sessions
    same_days(data.days, data.sessions)
    data.log_session(record)  # an undo: written over its tombstone, so it is back everywhere
    same_days(data.days, data.sessions)
    again, _ = load_in_steps(folder, clock)
    assert again.sessions == data.sessions
    written = json.loads((folder / "sessions" / "desk" / "2026-01.json").read_text())
    assert not any(stone["id"] == record.id for stone in written.get("deleted", []))
    same_days(again.days, again.sessions)
