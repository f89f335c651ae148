"""The app's data without Qt: each operation says what changed; failed saves are kept, retried with
a growing wait, and survive a reload; the collector is never left off; one routine lookup."""

from __future__ import annotations

import errno
import gc
import json
import os
from collections.abc import Iterator
from datetime import date

import pytest

from backcoach.core.app_data import RETRY_FIRST_SECONDS, RETRY_MAX_SECONDS, AppData, Changes
from backcoach.core.library import LibraryError
from backcoach.core.session import SessionRecord
from backcoach.core.storage.archive import export_all, import_all
from backcoach.core.storage.store import Store
from tests.factories import make_record


def _no_space(*_args, **_kwargs):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.fixture
def data(store: Store, clock) -> AppData:
    return AppData(store, clock)


def test_changes_combine():
    first = Changes(sessions=True, problems=("a",), retry_after=5.0)
    second = Changes(settings=True, problems=("b",), saved=False)
    both = first | second
    assert both == Changes(
        sessions=True, settings=True, problems=("a", "b"), saved=False, retry_after=5.0
    )


def test_a_setting_changed_and_saved(data, store):
    assert data.update_settings(volume=30) == Changes(settings=True)
    assert store.load_settings().volume == 30


def test_a_wrong_setting_changes_nothing_and_says_why(data, store):
    changes = data.update_settings(volume=300)
    assert changes == Changes(
        problems=("The setting 'volume' must be from 0 to 100.",), saved=False
    )
    assert data.settings.volume == 80


def test_a_session_that_cannot_be_saved_is_kept_and_retried_with_a_growing_wait(
    data, store, monkeypatch
):
    with monkeypatch.context() as patch:
        patch.setattr(os, "fsync", _no_space)
        changes = data.log_session(make_record(1))
        assert changes.sessions and not changes.saved
        assert changes.retry_after == RETRY_FIRST_SECONDS
        (message,) = changes.problems
        assert "the disk is full" in message and "kept in memory" in message
        assert data.unsaved == [make_record(1)] and data.sessions == [make_record(1)]
        waits = [data.retry_unsaved().retry_after for _ in range(8)]
        assert waits[:3] == [10.0, 20.0, 40.0] and waits[-1] == RETRY_MAX_SECONDS
        assert data.retry_unsaved().problems == (), "said once, not at every retry"
    changes = data.retry_unsaved()
    assert changes.saved and changes.retry_after is None
    assert changes.problems == ("Everything that could not be saved before is saved now.",)
    assert data.unsaved == [] and store.load_sessions() == [make_record(1)]
    with monkeypatch.context() as patch:
        patch.setattr(os, "fsync", _no_space)
        assert data.log_session(make_record(2)).retry_after == RETRY_FIRST_SECONDS, "reset"


def test_a_session_still_unsaved_is_edited_or_deleted_where_it_waits(data, store, monkeypatch):
    monkeypatch.setattr(os, "fsync", _no_space)
    data.log_session(make_record(1))
    data.log_session(make_record(2))
    edited = make_record(1).updated(note="felt good")
    assert data.update_session(edited) == Changes(sessions=True)
    assert data.unsaved == [edited, make_record(2)] and data.sessions[0] == edited
    record, changes = data.delete_session(make_record(2).id)
    assert record == make_record(2) and changes == Changes(sessions=True)
    assert data.unsaved == [edited] and data.sessions == [edited]


def test_a_reload_keeps_unsaved_sessions_once(data, store, monkeypatch):
    store.log_session(make_record(1))
    with monkeypatch.context() as patch:
        patch.setattr(os, "fsync", _no_space)
        data.log_session(make_record(2))
    changes = data.reload()
    assert changes.sessions and changes.settings and changes.routines
    assert [r.id for r in data.sessions] == [make_record(1).id, make_record(2).id]
    store.log_session(make_record(2))  # saved meanwhile by someone else: shown once
    data.reload()
    assert [r.id for r in data.sessions] == [make_record(1).id, make_record(2).id]


def test_routines_imported_from_an_archive_are_there_after_the_reload(data, store, clock, tmp_path):
    other = Store.open(tmp_path / "other", device="laptop")
    elsewhere = AppData(other, clock)
    library, routine_id = elsewhere.library.create_routine("Physio", "bridge")
    elsewhere.update_library(library)
    export_all(other, tmp_path / "export.json")
    import_all(store, tmp_path / "export.json")
    data.reload()
    assert data.library.routine(routine_id).name == "Physio"
    # A later edit saves the library it shows, so the imported routine is not written away.
    data.update_library(data.library.rename("full_floor", "Floor"))
    assert AppData(store, clock).library.routine(routine_id).name == "Physio"


def test_loading_in_steps_merges_what_was_logged_meanwhile(store, clock, collector_on):
    store.add_sessions([make_record(n) for n in (1, 40, 80)])  # three months: three files
    data = AppData(Store.open(store.folder, device=store.device), clock, load_in_steps=True)
    assert data.sessions_loading
    data.log_session(make_record(90))
    steps = []
    while data.sessions_loading:
        steps.append(data.load_some(lambda: False))
    assert steps[-1].sessions and not any(step.sessions for step in steps[:-1])
    assert len(steps) >= 3, "a file a step"
    assert [r.id for r in data.sessions] == [make_record(n).id for n in (1, 40, 80, 90)]
    assert gc.isenabled()


def test_loading_in_steps_orders_another_devices_months_and_one_read_twice(store, clock):
    store.add_sessions([make_record(n) for n in (1, 40, 80)])
    other = Store.open(store.folder, device="laptop")
    other.add_sessions([make_record(n) for n in (20, 60)])
    other.add_sessions([make_record(40).updated(note="also on the laptop")])  # a copy, by id
    data = AppData(Store.open(store.folder, device=store.device), clock, load_in_steps=True)
    while data.sessions_loading:
        data.load_some(lambda: False)
    everything = AppData(Store.open(store.folder, device=store.device), clock)
    assert [r.id for r in data.sessions] == [make_record(n).id for n in (1, 20, 40, 60, 80)]
    assert data.sessions == everything.sessions
    assert data.days.summary(date(2026, 6, 1)) == everything.days.summary(date(2026, 6, 1))


def test_an_error_while_loading_never_leaves_the_collector_off(
    store, clock, monkeypatch, collector_on
):
    def failing_files() -> Iterator[list[SessionRecord]]:
        yield [make_record(1)]
        raise RuntimeError("a bug while reading")

    monkeypatch.setattr(store, "read_session_files", failing_files)
    data = AppData(store, clock, load_in_steps=True)
    assert gc.isenabled()
    with pytest.raises(RuntimeError):
        data.load_some(lambda: True)
    assert gc.isenabled()


def test_a_setting_naming_a_routine_that_is_gone_means_the_first_routine(data):
    data.update_settings(routine="quick_break", reminder_routine="quick_break")
    assert data.selected_routine.id == data.reminder_routine.id == "quick_break"
    data.update_library(data.library.delete("quick_break"))
    first = data.library.routines[0]
    assert data.selected_routine == data.reminder_routine == first
    with pytest.raises(LibraryError):
        data.library.routine("quick_break")  # any other lookup refuses an unknown id


def test_a_session_whose_month_is_a_newer_versions_is_kept_in_a_file_of_its_own(
    data, store, clock, tmp_path
):
    # Issue 16, item 8: it could never be saved, the message said "soon", and retries ran for
    # ever. Now it goes to a file an updated BackCoach imports, said plainly, and not retried.
    month = store.folder / "sessions" / store.device / "2026-03.json"
    month.parent.mkdir(parents=True)
    newer = {"schema": 99, "sessions": {"kept": "as it is"}}
    month.write_text(json.dumps(newer))
    record = make_record(started=clock.now())
    changes = data.log_session(record)
    assert changes.retry_after is None and changes.sessions
    (message,) = [p for p in changes.problems if "could not be saved in the history" in p]
    assert "newer version" in message and "import that file" in message
    assert "as soon as possible" not in message
    assert data.unsaved == [] and not data.has_unsaved, "it is safe in its own file"
    assert json.loads(month.read_text()) == newer, "the newer version's file is untouched"
    (kept,) = store.folder.glob("sessions-not-saved-*.json")
    elsewhere = Store.open(tmp_path / "updated", device="other")
    assert import_all(elsewhere, kept).sessions_added == 1
    assert [r.id for r in elsewhere.load_sessions()] == [record.id]
    assert data.retry_unsaved().problems == (), "nothing left to retry or to say"


def test_a_session_that_can_be_saved_nowhere_is_said_once_and_not_retried(
    data, store, clock, monkeypatch
):
    month = store.folder / "sessions" / store.device / "2026-03.json"
    month.parent.mkdir(parents=True)
    month.write_text(json.dumps({"schema": 99, "sessions": []}))
    from backcoach.core.storage import archive

    monkeypatch.setattr(archive, "write_json_atomic", _no_space)
    changes = data.log_session(make_record(started=clock.now()))
    assert not changes.saved and changes.retry_after is None
    assert any("cannot be saved" in p and "Export all data" in p for p in changes.problems)
    assert data.has_unsaved, "kept in memory, so closing the window asks first"
    assert data.retry_unsaved().problems == (), "said once"


def test_a_session_that_cannot_be_saved_never_holds_up_the_next(data, store, clock):
    from datetime import UTC, datetime

    wrong_clock = make_record(started=datetime(2301, 1, 1, 9, tzinfo=UTC))
    changes = data.log_session(wrong_clock)
    assert not changes.saved and changes.retry_after is None
    assert any("check the computer's clock" in p for p in changes.problems)
    assert data.log_session(make_record(1)).retry_after is None
    assert [r.id for r in store.load_sessions()] == [make_record(1).id], "saved all the same"
    assert data.unsaved == [wrong_clock], "the other stays in memory, and closing asks first"
