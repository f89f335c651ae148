"""A hypothesis state machine: two computers log sessions, edit notes and ratings, delete and
undo, mark rest days, change settings, create, rename and delete routines, restart, and a sync
tool runs between them at random (sometimes only part of the way, leaving a file half-written).
After a final full sync both show the same data, and every acknowledged change is there or was
superseded by a later acknowledged change to the same thing.

Both computers share one clock that moves a second per step, so "later" is the order of the
steps, and the expected data is every acknowledged change replayed in order (the oracle). A
change is a value that differs from what the computer shows: choosing the theme it already has
changes nothing, and saves nothing.
BACKCOACH_SYNC_EXAMPLES sets how many runs (30 in the suite; the long run is in README.md),
BACKCOACH_SYNC_STEPS how many steps each (30).
"""

from __future__ import annotations

import copy
import os
import shutil
import tempfile
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, rule

from backcoach.core.clock import FakeClock
from backcoach.core.session import SessionRecord
from backcoach.core.settings import toggled_rest_days
from tests.core.storage.sync.computers import Computer
from tests.core.storage.sync.sync_tool import STYLES, SyncTool
from tests.factories import make_record

EXAMPLES = int(os.environ.get("BACKCOACH_SYNC_EXAMPLES", "30"))
STEPS = int(os.environ.get("BACKCOACH_SYNC_STEPS", "30"))
DAYS = [date(2026, 11, 1) + timedelta(days=n) for n in range(6)]
SETTING_VALUES = {
    "volume": st.integers(0, 100),
    "sound": st.booleans(),
    "theme": st.sampled_from(["system", "light", "dark"]),
}
computers = st.sampled_from([0, 1])
picks = st.integers(0, 50)


def _plain(record: SessionRecord) -> dict[str, Any]:
    raw = record.to_json()
    raw.pop("changed", None)
    raw.pop("changed_on", None)
    return raw


class TwoComputers(RuleBasedStateMachine):
    @initialize(style=st.sampled_from(STYLES), seed=st.integers(0, 1000))
    def start(self, style: str, seed: int) -> None:
        import random

        self.root = Path(tempfile.mkdtemp(prefix="backcoach-sync-"))
        self.clock = FakeClock()
        self.computers = [
            Computer(self.root / "laptop", "laptop", self.clock),
            Computer(self.root / "desk", "desk", self.clock),
        ]
        self.tool = SyncTool(
            self.computers[0].folder, self.computers[1].folder, style, rng=random.Random(seed)
        )
        self.deleted: list[list[SessionRecord]] = [[], []]
        self.geometry = ["", ""]
        self.count = 0
        # The oracle: every acknowledged change, replayed in order.
        self.sessions: dict[str, dict[str, Any] | None] = {}
        self.settings: dict[str, Any] = {}
        self.rest: dict[str, bool] = {}
        self.routines: dict[str, dict[str, Any] | None] = {}

    def teardown(self) -> None:
        if hasattr(self, "root"):
            shutil.rmtree(self.root, ignore_errors=True)

    def _step(self, which: int) -> Computer:
        self.clock.advance(1)
        return self.computers[which]

    def _pick(self, computer: Computer, pick: int) -> SessionRecord | None:
        ids = sorted(computer.sessions)
        return computer.sessions[ids[pick % len(ids)]] if ids else None

    # --- sessions --------------------------------------------------------------------------

    @rule(which=computers, month=st.integers(0, 2))
    def log(self, which: int, month: int) -> None:
        computer = self._step(which)
        self.count += 1
        started = make_record(1).started + timedelta(days=31 * month, minutes=self.count)
        record = make_record(started=started, note=f"logged {self.count}")
        computer.store.log_session(record)
        computer.sessions[record.id] = record
        self.sessions[record.id] = _plain(record)

    @rule(which=computers, pick=picks, note=st.sampled_from(["", "stiff", "better", "sore"]))
    def edit_note(self, which: int, pick: int, note: str) -> None:
        computer = self._step(which)
        record = self._pick(computer, pick)
        if record is None:
            return
        saved = computer.store.update_session(record.updated(note=note))
        computer.sessions[record.id] = saved
        self.sessions[record.id] = _plain(saved)

    @rule(which=computers, pick=picks, rating=st.one_of(st.none(), st.integers(0, 10)))
    def rate(self, which: int, pick: int, rating: int | None) -> None:
        computer = self._step(which)
        record = self._pick(computer, pick)
        if record is None:
            return
        saved = computer.store.update_session(record.updated(pain_after=rating))
        computer.sessions[record.id] = saved
        self.sessions[record.id] = _plain(saved)

    @rule(which=computers, pick=picks)
    def delete(self, which: int, pick: int) -> None:
        computer = self._step(which)
        record = self._pick(computer, pick)
        if record is None:
            return
        computer.store.delete_session(record.id)
        del computer.sessions[record.id]
        self.deleted[which].append(record)
        self.sessions[record.id] = None

    @rule(which=computers)
    def undo(self, which: int) -> None:
        computer = self._step(which)
        if not self.deleted[which]:
            return
        record = self.deleted[which].pop()
        if record.id in computer.sessions:
            return
        saved = computer.store.log_session(record)
        computer.sessions[record.id] = saved
        self.sessions[record.id] = _plain(saved)

    # --- settings ----------------------------------------------------------------------------

    @rule(which=computers, day=st.sampled_from(DAYS))
    def toggle_rest_day(self, which: int, day: date) -> None:
        computer = self._step(which)
        days = toggled_rest_days(computer.settings.rest_days, day)
        computer.settings = computer.settings.changed(rest_days=days)
        computer.store.save_settings(computer.settings)
        self.rest[day.isoformat()] = day.isoformat() in days

    @rule(which=computers, data=st.data())
    def change_setting(self, which: int, data: st.DataObject) -> None:
        computer = self._step(which)
        name = data.draw(st.sampled_from(sorted(SETTING_VALUES)))
        value = data.draw(SETTING_VALUES[name])
        if computer.settings.value(name) == value:
            return  # what it already shows: no change (only what differs is saved)
        computer.settings = computer.settings.changed(**{name: value})
        computer.store.save_settings(computer.settings)
        self.settings[name] = value

    @rule(which=computers, text=st.sampled_from(["A", "B", "C"]))
    def close_window(self, which: int, text: str) -> None:
        computer = self._step(which)
        computer.settings = computer.settings.changed(window_geometry=f"{text}{which}")
        computer.store.save_settings(computer.settings)
        self.geometry[which] = f"{text}{which}"

    # --- routines ----------------------------------------------------------------------------

    def _save_routines(self, computer: Computer, routines: list[dict[str, Any]]) -> None:
        data = {**computer.user_data, "routines": routines}
        computer.store.save_user_data(data)
        computer.user_data = data

    @rule(which=computers)
    def create_routine(self, which: int) -> None:
        computer = self._step(which)
        self.count += 1
        routine = {"id": f"r{self.count}", "name": f"Routine {self.count}", "items": []}
        self._save_routines(computer, [*computer.user_data["routines"], routine])
        self.routines[routine["id"]] = routine

    @rule(which=computers, pick=picks, name=st.sampled_from(["Morning", "Desk", "Evening"]))
    def rename_routine(self, which: int, pick: int, name: str) -> None:
        computer = self._step(which)
        routines = copy.deepcopy(computer.user_data["routines"])
        if not routines:
            return
        routine = routines[pick % len(routines)]
        if routine["name"] == name:
            return  # no change
        routine["name"] = name
        self._save_routines(computer, routines)
        self.routines[routine["id"]] = routine

    @rule(which=computers, pick=picks)
    def delete_routine(self, which: int, pick: int) -> None:
        computer = self._step(which)
        routines = list(computer.user_data["routines"])
        if not routines:
            return
        gone = routines.pop(pick % len(routines))
        self._save_routines(computer, routines)
        self.routines[gone["id"]] = None

    # --- the sync tool and restarts ----------------------------------------------------------

    @rule(share=st.sampled_from([0.3, 0.7, 1.0]))
    def sync(self, share: float) -> None:
        self.tool.sync(share)

    @rule(which=computers)
    def restart(self, which: int) -> None:
        self._step(which).restart()

    def teardown_check(self) -> None:
        """After a final full sync: both the same, and every change there or superseded."""
        self.tool.full_sync()
        views = [computer.view() for computer in self.computers]
        assert views[0] == views[1], "the two computers show different data"
        sessions, settings, user_data = views[0]
        expected = {k: v for k, v in self.sessions.items() if v is not None}
        assert sessions == expected
        for name, value in self.settings.items():
            assert settings[name] == value, name
        marked = set(settings.get("rest_days", []))
        assert {day for day, rest in self.rest.items() if rest} == marked & set(self.rest)
        routines = {r["id"]: r for r in user_data["routines"]}
        assert routines == {k: v for k, v in self.routines.items() if v is not None}
        for which, computer in enumerate(self.computers):
            computer.restart()
            assert computer.settings.window_geometry == self.geometry[which]
        assert self.tool.conflicts == [], "each computer writes only its own files"


class TwoComputersChecked(TwoComputers):
    def teardown(self) -> None:
        try:
            if hasattr(self, "root"):
                self.teardown_check()
        finally:
            super().teardown()


TwoComputersChecked.TestCase.settings = settings(
    max_examples=EXAMPLES,
    stateful_step_count=STEPS,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
TestTwoComputers = TwoComputersChecked.TestCase
