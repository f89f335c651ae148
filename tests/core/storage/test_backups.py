"""Rolling backups: one before a file changes, at most one an hour, thinned as they age."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from backcoach.core.clock import FakeClock
from backcoach.core.storage.backups import Backups, backups_to_keep
from backcoach.core.storage.store import Store, StoreError
from tests.factories import ZONE, make_record


@pytest.fixture
def moment() -> FakeClock:
    """The store's and its backups' clock, at 08:00 local time."""
    return FakeClock(datetime(2026, 3, 2, 8, 0, 0, tzinfo=ZONE))


def test_a_file_is_backed_up_before_it_changes_at_most_once_an_hour(data_dir: Path, moment):
    store = Store.open(data_dir, device="dev", clock=moment)
    store.log_session(make_record(1))  # a new file: nothing to back up yet
    assert store.backups.all() == []
    store.log_session(make_record(2))
    backups = store.backups.all()
    assert len(backups) == 1
    assert backups[0].original == store.sessions_folder / "dev" / "2026-01.json"
    assert backups[0].taken == datetime(2026, 3, 2, 8, 0, 0)
    saved = json.loads(backups[0].path.read_text())
    assert [s["id"] for s in saved["sessions"]] == [make_record(1).id], "the state before"

    moment.advance(60 * 59)
    store.log_session(make_record(3))
    assert len(store.backups.all()) == 1, "not twice within the hour"
    moment.advance(60 * 2)
    store.log_session(make_record(4))
    newest = store.backups.all()[0]
    assert newest.taken == datetime(2026, 3, 2, 9, 1, 0)
    assert len(json.loads(newest.path.read_text())["sessions"]) == 3


def test_settings_and_routines_are_backed_up_too(data_dir: Path, moment):
    store = Store.open(data_dir, device="dev", clock=moment)
    settings = store.load_settings()
    store.save_settings(settings.changed(volume=10))
    store.save_user_data({"routines": [{"id": "mine"}], "exercises": []})
    moment.advance(3600 * 2)
    store.save_settings(settings.changed(volume=20))
    store.save_user_data({"routines": [], "exercises": []})
    originals = {b.original.name for b in store.backups.all()}
    assert originals == {"settings.json", "routines.json"}
    settings_backup = store.backups.of(data_dir / "devices" / "dev" / "settings.json")[0]
    assert json.loads(settings_backup.path.read_text())["settings"]["volume"]["value"] == 10


def test_thinning_keeps_the_last_day_then_daily_weekly_monthly():
    now = datetime(2026, 3, 2, 12, 0)
    hourly_for_two_years = [now - timedelta(hours=h) for h in range(0, 2 * 365 * 24, 1)]
    kept = backups_to_keep(hourly_for_two_years, now)
    last_day = [m for m in kept if now - m <= timedelta(days=1)]
    assert len(last_day) == 25  # every hour of the last day (both ends)
    older = sorted(m for m in kept if now - m > timedelta(days=1))
    # One per day for a week, one per week for four weeks, one per month for a year: ~20 more.
    assert 12 <= len(older) <= 22
    assert all(now - m <= timedelta(days=366) for m in older), "nothing older than a year..."
    assert backups_to_keep([now - timedelta(days=900)], now) == {now - timedelta(days=900)}, (
        "...except the newest backup of all, however old"
    )
    months = {(m.year, m.month) for m in older if now - m > timedelta(weeks=4)}
    assert len(months) == len([m for m in older if now - m > timedelta(weeks=4)]), "one a month"


def test_thinning_deletes_old_backups_from_disk(tmp_path: Path, moment):
    data = tmp_path / "data"
    original = data / "settings.json"
    backups = Backups(data, clock=moment)
    for day in range(60):
        original.parent.mkdir(parents=True, exist_ok=True)
        original.write_text(json.dumps({"schema": 1, "day": day}))
        backups.before_change(original)
        moment.advance(3600 * 6)
    remaining = backups.of(original)
    assert 8 <= len(remaining) <= 16  # 240 taken, thinned as they went
    assert json.loads(remaining[0].path.read_text())["day"] == 59
    assert len(list((data / "backups").rglob("*.json"))) == len(remaining)


def test_an_unchanged_file_is_not_copied_again(tmp_path: Path, moment):
    original = tmp_path / "data" / "routines.json"
    original.parent.mkdir(parents=True)
    original.write_text('{"schema": 1}')
    backups = Backups(tmp_path / "data", clock=moment)
    assert backups.before_change(original) is not None
    moment.advance(86400 * 3)
    assert backups.before_change(original) is None


def test_restoring_a_backup_backs_up_the_current_state_first(data_dir: Path, moment):
    store = Store.open(data_dir, device="dev", clock=moment)
    store.log_session(make_record(1))
    moment.advance(3600 * 2)
    store.log_session(make_record(2))  # backup: only session 1
    moment.advance(60 * 5)
    store.log_session(make_record(3))  # no new backup (within the hour)
    first = store.backups.all()[0]
    store.restore_backup(first)
    assert [r.id for r in Store.open(data_dir, "dev").load_sessions()] == [make_record(1).id]
    # The state just before the restore (sessions 1-3) is a backup now: the restore can be undone.
    newest = store.backups.all()[0]
    assert newest.taken == moment.now().replace(tzinfo=None)
    store.restore_backup(newest)
    assert len(Store.open(data_dir, "dev").load_sessions()) == 3


def test_a_damaged_backup_is_not_restored(data_dir: Path, moment):
    store = Store.open(data_dir, device="dev", clock=moment)
    store.log_session(make_record(1))
    store.log_session(make_record(2))
    backup = store.backups.all()[0]
    backup.path.write_text('{"schema": 1, "sessions": [')
    with pytest.raises(StoreError, match="damaged"):
        store.restore_backup(backup)
    assert len(store.load_sessions()) == 2
