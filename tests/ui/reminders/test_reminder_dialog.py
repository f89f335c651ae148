"""The reminder settings dialog: saved at once, wrong values get a message next to their field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QWidget

from backcoach.core import autostart
from backcoach.core.storage.store import Store
from backcoach.ui.reminders.reminder_dialog import ReminderDialog
from backcoach.ui.reminders.tray import Tray

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")


@pytest.fixture
def tray(window, app_state, clock, tmp_path):
    return Tray(
        app_state,
        window,
        tray_available=False,
        zone=clock.now().tzinfo,
        autostart_data_dir=tmp_path / "data",
        quit_app=lambda: None,
    )


@pytest.fixture
def dialog(tray, qtbot) -> ReminderDialog:
    tray.show_settings()
    dialog = tray._dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def saved(store):
    return Store.open(store.folder).load_settings()


def test_the_dialog_opens_from_the_window_s_reminders_menu(tray, window):
    (entry,) = [a for a in tray.window_menu.actions() if a.text() == "&Reminder settings…"]
    entry.trigger()
    assert tray._dialog.isVisible() and tray._dialog.parent() is window


def test_turning_reminders_on_is_saved_at_once_and_arms_the_timer(dialog, tray, store):
    assert not dialog.schedule_box.isEnabled()
    dialog.enabled_box.click()
    assert saved(store).reminders is True
    assert dialog.schedule_box.isEnabled()
    assert tray.timer.next_due is not None
    assert dialog.summary.text().startswith("Reminders every 60 minutes from 09:00 to 17:00")
    assert "Next reminder: today at 10:00" in dialog.summary.text()


def test_interval_routine_goal_and_dnd_are_saved(dialog, store):
    dialog.enabled_box.click()
    dialog.interval_spin.setValue(25)
    dialog.routine_box.setCurrentIndex(dialog.routine_box.findData("quick_break"))
    dialog.goal_spin.setValue(0)
    dialog.dnd_box.click()
    settings = saved(store)
    assert settings.reminder_interval_minutes == 25
    assert settings.reminder_routine == "quick_break"
    assert settings.reminder_goal_sessions == 0
    assert settings.do_not_disturb is True
    assert dialog.goal_spin.text() == "never"


def test_work_hours_that_end_before_they_start_get_a_message(dialog, store):
    dialog.enabled_box.click()
    dialog.end_edit.setTime(QTime(8, 0))
    assert dialog.hours_problem.isVisible()
    assert "end after they start" in dialog.hours_problem.text()
    assert "end after" in dialog.end_edit.accessibleDescription()
    assert saved(store).work_end == "17:00"  # not saved
    dialog.end_edit.setTime(QTime(18, 30))
    assert not dialog.hours_problem.isVisible()
    assert saved(store).work_end == "18:30"


def test_fixed_times_are_checked_and_saved(dialog, store, qtbot):
    dialog.enabled_box.click()
    dialog.times_radio.click()
    assert saved(store).reminder_mode == "times"
    assert dialog.times_edit.isEnabled() and not dialog.interval_spin.isEnabled()
    dialog.times_edit.clear()
    qtbot.keyClicks(dialog.times_edit, "15:00, 9:05 noon")
    assert dialog.times_problem.isVisible()
    assert "“noon” is not a time of day" in dialog.times_problem.text()
    # Saved as typed: the last list that made sense, and "noon" is not in it.
    assert saved(store).reminder_times == ["09:05", "15:00"]
    for _ in range(4):
        qtbot.keyClick(dialog.times_edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(dialog.times_edit, "16:45")
    assert not dialog.times_problem.isVisible()
    assert saved(store).reminder_times == ["09:05", "15:00", "16:45"]


def test_at_least_one_day(dialog, store):
    dialog.enabled_box.click()
    for box in dialog.day_boxes[:5]:
        box.click()
    assert dialog.days_problem.isVisible()
    assert saved(store).reminder_weekdays == [4]
    dialog.day_boxes[6].click()
    assert not dialog.days_problem.isVisible()
    assert saved(store).reminder_weekdays == [6]


def test_start_at_login_writes_and_removes_the_autostart_entry(dialog, store, tmp_path):
    assert not dialog.login_box.isChecked()  # off by default
    dialog.login_box.click()
    path = autostart.autostart_file()
    assert path.is_file()
    assert "--background --data-dir" in path.read_text()
    assert str(tmp_path / "data") in path.read_text()
    assert saved(store).start_at_login is True
    dialog.login_box.click()
    assert not path.exists()
    assert saved(store).start_at_login is False


def test_start_at_login_that_fails_says_why(dialog, monkeypatch, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(blocker))
    dialog.login_box.click()
    assert not dialog.login_box.isChecked()
    assert dialog.login_problem.isVisible()
    assert "could not set itself to start at login" in dialog.login_problem.text()


def test_changes_from_the_tray_show_in_the_dialog(dialog, app_state):
    app_state.update_settings(reminders=True, do_not_disturb=True)
    assert dialog.enabled_box.isChecked() and dialog.dnd_box.isChecked()


def test_every_control_has_an_accessible_name_and_a_tooltip(dialog):
    kinds = (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit)
    controls = [w for w in dialog.findChildren(QWidget) if isinstance(w, kinds)]
    assert len(controls) >= 15
    for control in controls:
        if control.parent() is not None and isinstance(control.parent(), QAbstractSpinBox):
            continue  # a spin box's own line edit
        assert control.accessibleName(), control
        assert control.toolTip(), control.accessibleName()
