"""What a person sees when their data is in trouble: notices, retries, a warning before quitting,
Restore from backup, export and import from the File menu."""

from __future__ import annotations

import errno
import os
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from backcoach.core.app_data import RETRY_FIRST_SECONDS, RETRY_MAX_SECONDS
from backcoach.core.clock import FakeClock
from backcoach.core.storage.store import Store
from backcoach.ui.app_state import AppState
from backcoach.ui.data.restore_dialog import RestoreDialog
from backcoach.ui.shell.main_window import MainWindow
from tests.factories import make_record
from tests.ui.conftest import recording_cues
from tests.ui.message_boxes import answer_next_message_box


def _no_space(*_args, **_kwargs):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def _open_window(qtbot, store: Store, clock) -> MainWindow:
    state = AppState(store, clock)
    window = MainWindow(state, recording_cues(state))
    qtbot.addWidget(window)
    window.show()
    window.after_show()
    return window


def test_a_corrupted_folder_shows_a_notice_and_the_recovered_history(qtbot, data_dir, clock):
    earlier = Store.open(data_dir, device="test-device", clock=FakeClock(datetime(2026, 3, 1, 8)))
    earlier.save_settings(earlier.load_settings().changed(safety_acknowledged=True))
    for number in range(1, 6):
        earlier.log_session(make_record(number))
    later = Store.open(data_dir, device="test-device", clock=FakeClock(datetime(2026, 3, 2, 8)))
    later.log_session(make_record(6))  # backs up sessions 1-5
    later.save_settings(later.load_settings().changed(volume=40))  # backs up the settings
    month = data_dir / "sessions" / "test-device" / "2026-01.json"
    month.write_bytes(month.read_bytes()[:-200])  # truncated: the sixth session is cut
    (data_dir / "settings.json").write_bytes(b"\x00\x00\x00")

    window = _open_window(qtbot, Store.open(data_dir, device="test-device"), clock)
    text = window.notices.label.text()
    assert window.notices.isVisible()
    assert "sessions/test-device/2026-01.json could not be read" in text
    assert ".broken-" in text and "backup of 2 Mar 2026, 08:00 was loaded" in text
    assert "settings file settings.json could not be read" in text
    assert [r.id for r in window.state.sessions] == [make_record(n).id for n in range(1, 6)]
    assert window.state.settings.safety_acknowledged is True, "from the settings' backup"


def test_a_full_disk_keeps_the_session_and_retries_with_backoff(qtbot, window, monkeypatch):
    state: AppState = window.state
    with monkeypatch.context() as patch:
        patch.setattr(os, "fsync", _no_space)
        assert state.log_session(make_record(1)) is False
        assert state.unsaved == [make_record(1)]
        assert make_record(1) in state.sessions, "shown in the history all the same"
        assert "the disk is full" in window.notices.label.text()
        assert "kept in memory" in window.notices.label.text()
        assert state.retry_timer.isActive()
        assert state.retry_timer.interval() == RETRY_FIRST_SECONDS * 1000
        for _ in range(12):
            state.retry_timer.timeout.emit()  # the timer fires: still full
        assert state.retry_timer.interval() == RETRY_MAX_SECONDS * 1000
        assert window.notices.messages.count(state.last_failure) == 1, "said once, not each time"
    state.retry_timer.timeout.emit()  # space was freed
    assert state.unsaved == [] and not state.retry_timer.isActive()
    assert "saved now" in window.notices.label.text()
    assert [r.id for r in state.store.load_sessions()] == [make_record(1).id]


def test_settings_that_could_not_be_saved_are_retried(qtbot, window, monkeypatch):
    state: AppState = window.state
    with monkeypatch.context() as patch:
        patch.setattr(os, "fsync", _no_space)
        assert state.update_settings(volume=15) is False
    assert state.settings.volume == 15 and state.has_unsaved
    assert state.retry_unsaved()
    assert state.store.load_settings().volume == 15


def test_quitting_with_unsaved_sessions_warns_first(qtbot, window, monkeypatch):
    state: AppState = window.state
    monkeypatch.setattr(os, "fsync", _no_space)
    state.log_session(make_record(1))
    asked = answer_next_message_box("Keep BackCoach open")
    window.close()
    assert asked.answered and "1 session could not be saved" in asked.text
    assert window.isVisible(), "kept open: the session is not lost"
    asked = answer_next_message_box("Quit without saving")
    window.close()
    assert asked.answered and not window.isVisible()


def test_a_fault_in_saving_never_closes_the_window_on_unsaved_data_unasked(
    qtbot, window, monkeypatch
):
    # Issue 16, item 6: an error the store did not expect (a lone surrogate once raised
    # UnicodeEncodeError) must not close the window while a session is only in memory.
    state: AppState = window.state
    with monkeypatch.context() as patch:
        patch.setattr(os, "fsync", _no_space)
        state.log_session(make_record(1))

    def fault(*_args, **_kwargs):
        raise UnicodeEncodeError("utf-8", "\ud83d", 0, 1, "surrogates not allowed")

    monkeypatch.setattr(state.store, "log_session", fault)
    asked = answer_next_message_box("Keep BackCoach open")
    window.close()
    assert asked.answered and window.isVisible()
    assert state.unsaved == [make_record(1)]
    asked = answer_next_message_box("Quit without saving")
    window.close()


def test_quitting_saves_what_can_be_saved_now(qtbot, window, monkeypatch):
    state: AppState = window.state
    with monkeypatch.context() as patch:
        patch.setattr(os, "fsync", _no_space)
        state.log_session(make_record(1))
    window.close()  # the disk has space again: saved on the way out, no question asked
    assert not window.isVisible()
    assert [r.id for r in state.store.load_sessions()] == [make_record(1).id]


def test_restore_from_backup_in_the_file_menu(qtbot, data_dir, clock):
    store_clock = FakeClock(datetime(2026, 3, 1, 8))
    store = Store.open(data_dir, device="test-device", clock=store_clock)
    store.log_session(make_record(1))
    store_clock.advance(24 * 3600)
    store.log_session(make_record(2))  # backup of 2 March: session 1
    window = _open_window(qtbot, store, clock)
    store_clock.advance(3600)

    action = window.data_actions.restore_action
    assert action in window.file_menu.actions() and action.toolTip()
    dialog = window.data_actions.show_restore()
    qtbot.addWidget(dialog)
    assert isinstance(dialog, RestoreDialog)
    file_item = dialog.tree.topLevelItem(0)
    assert file_item.text(0) == "Sessions of January 2026 (this computer): 1 backup"
    backup_item = file_item.child(0)
    assert backup_item.text(0) == "Mon 2 Mar 2026, 08:00"  # when, not the copy's file name
    assert not dialog.restore_button.isEnabled()
    dialog.tree.setCurrentItem(backup_item)
    assert dialog.restore_button.isEnabled()
    assert "1 session." in dialog.details.text()
    dialog.restore_button.click()

    assert [r.id for r in window.state.sessions] == [make_record(1).id]
    assert "Restored 2026-01.json from the backup of 2 Mar 2026, 08:00" in (
        window.notices.label.text()
    )
    newest = store.backups.all()[0]
    assert newest.taken == datetime(2026, 3, 2, 9), "the state before the restore is kept"


def test_export_and_import_from_the_file_menu(qtbot, window, tmp_path: Path, monkeypatch):
    state: AppState = window.state
    state.log_session(make_record(1))
    target = tmp_path / "export.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.data_actions.export_action.trigger()
    assert target.exists() and "Exported 1 session," in window.notices.label.text()

    other = Store.open(tmp_path / "other", device="laptop")
    other.log_session(make_record(2))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    other_window = _open_window(qtbot, other, state.clock)
    with qtbot.waitSignal(other_window.state.sessionsChanged):
        other_window.data_actions.import_action.trigger()
    assert {r.id for r in other_window.state.sessions} == {make_record(1).id, make_record(2).id}
    assert "Imported 1 new session " in other_window.notices.label.text()


@pytest.mark.parametrize("content", [b"{}", b"not json"])
def test_a_bad_import_file_is_explained(qtbot, window, tmp_path: Path, content: bytes):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    assert window.data_actions.import_all(path) is False
    assert "Nothing was imported" in window.notices.label.text()


def test_a_second_start_brings_the_window_forward(qtbot, window):
    window.showMinimized()
    window.bring_to_front()
    assert window.isVisible() and not window.isMinimized()
