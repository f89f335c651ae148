"""The history view as a person uses it: plots that match the store, ranges, the table's edits,
delete and undo, a session added by hand, rest days, the export."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from backcoach.core.history import daily_minutes, day_of, weekly_minutes
from backcoach.core.session import SessionRecord
from backcoach.core.storage.store import Store
from backcoach.core.words import date_text, plural
from backcoach.ui.history.history_view import HistoryView
from tests.factories import make_record


@pytest.fixture
def logged(request, store, clock):
    """Forty days of sessions up to today (one missed day in three), in the store before the
    app opens it (in one write: one log_session each would write a file each)."""
    now = clock.now()
    store.add_sessions(
        make_record(
            started=now - timedelta(days=back, hours=1),
            minutes=3 + back % 5,
            pain=(6 - back % 4, 2),
        )
        for back in range(40)
        if back % 3 != 2
    )
    return request.getfixturevalue("app_state")


@pytest.fixture
def today(clock) -> date:
    """The fake clock's day (it is 08:00, after the day starts): Monday 2 March 2026."""
    return clock.now().date()


@pytest.fixture
def view(qtbot, logged):
    """The history on its sessions table (filled only when shown: see the test below)."""
    view = HistoryView(logged)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    qtbot.waitExposed(view)
    view.tabs.setCurrentWidget(view.table)
    return view


def test_the_sessions_table_is_filled_when_shown_and_kept_current_on_screen(qtbot, logged):
    view = HistoryView(logged)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    assert view.tabs.currentWidget() is not view.table
    assert view.table.model.records == []  # years of rows are not sorted for a hidden tab
    view.tabs.setCurrentWidget(view.table)
    assert [r.id for r in view.table.model.records] == [r.id for r in logged.sessions[::-1]]
    newest = make_record(started=logged.sessions[-1].started + timedelta(hours=1))
    logged.log_session(newest)
    assert view.table.model.records[0].id == newest.id


def reloaded(state) -> list[SessionRecord]:
    return Store.open(state.store.folder).load_sessions()


def test_plotted_minutes_equal_the_stores_totals(view, logged):
    stored = daily_minutes(reloaded(logged))
    charts = view.charts
    charts.set_granularity("day")
    plotted = {
        date.fromordinal(int(x // 86400) + date(1970, 1, 1).toordinal()): m
        for x, m in zip(charts.bar_x, charts.bar_minutes, strict=True)
    }
    assert plotted == pytest.approx(stored)
    charts.set_granularity("week")
    assert bars_by_start(charts, 7) == pytest.approx(weekly_minutes(stored))
    assert charts.bar_minutes.sum() == pytest.approx(sum(stored.values()))
    charts.set_granularity("month")
    assert charts.bar_minutes.sum() == pytest.approx(sum(stored.values()))
    assert len(charts.bar_x) == len({(d.year, d.month) for d in stored})


def bars_by_start(charts, days: int) -> dict[date, float]:
    """The bars as {first day: minutes}, from their centres and a length of so many days."""
    epoch = date(1970, 1, 1).toordinal()
    return {
        date.fromordinal(round(x / 86400 - days / 2) + epoch): m
        for x, m in zip(charts.bar_x, charts.bar_minutes, strict=True)
    }


def test_a_weeks_bar_and_tooltip_hold_its_monday_to_sunday(view, logged):
    charts = view.charts
    charts.set_granularity("week")
    weeks = bars_by_start(charts, 7)
    assert weeks and all(monday.weekday() == 0 for monday in weeks)
    monday = max(weeks)
    x = (monday.toordinal() - date(1970, 1, 1).toordinal() + 6.5) * 86400  # on its Sunday
    sessions = [r for r in reloaded(logged) if monday <= r.started.date() <= monday + timedelta(6)]
    assert f"<b>Week of {date_text(monday)}</b>: " in charts.tooltip_at(x)
    assert f"{plural(len(sessions), 'session')} on " in charts.tooltip_at(x)


def test_pain_is_plotted_for_each_rated_session(view, logged):
    x, y = view.charts.points["pain_before"].getData()
    assert sorted(y) == sorted(float(r.pain_before) for r in reloaded(logged))


def test_range_buttons_change_the_visible_range(view, qtbot, today):
    charts = view.charts
    qtbot.mouseClick(charts.range_buttons["4w"], Qt.MouseButton.LeftButton)
    first, last = charts.visible_range()
    assert abs((first - (today - timedelta(days=27))).days) <= 1
    assert abs((last - (today + timedelta(days=1))).days) <= 1
    four_weeks = (last - first).days
    qtbot.mouseClick(charts.range_buttons["12m"], Qt.MouseButton.LeftButton)
    first, last = charts.visible_range()
    assert (last - first).days > 300 > four_weeks
    assert charts.granularity == "week"
    qtbot.mouseClick(charts.range_buttons["3m"], Qt.MouseButton.LeftButton)
    first, last = charts.visible_range()
    assert 85 <= (last - first).days <= 95
    assert charts.granularity == "day"


def test_hovering_a_day_tells_its_sessions(view, today):
    charts = view.charts
    charts.set_granularity("day")
    x = (today.toordinal() - date(1970, 1, 1).toordinal() + 0.5) * 86400
    text = charts.tooltip_at(x)
    assert "Full floor routine" in text and "pain 6 → 2" in text
    charts.set_granularity("week")
    assert "Week of" in charts.tooltip_at(x)


def test_the_cards_show_the_streaks(view):
    # Sessions on two days of every three: the current streak is today and yesterday.
    assert view.cards.current.value.text() == "2 days"
    assert view.cards.best.value.text() == "2 days"
    assert view.cards.current.detail.text() == "2 days: Sun to Mon"  # the fake clock: a Monday


def test_a_rest_day_from_the_calendar_pauses_instead_of_breaking(view, logged, qtbot, today):
    missed = today - timedelta(days=2)  # the day that broke the streak
    view.tabs.setCurrentIndex(1)
    calendar = view.calendar
    calendar.setFocus()
    qtbot.keyClick(calendar, Qt.Key.Key_End)
    qtbot.keyClick(calendar, Qt.Key.Key_Left)
    qtbot.keyClick(calendar, Qt.Key.Key_Left)
    assert calendar.current == missed
    qtbot.keyClick(calendar, Qt.Key.Key_Space)
    assert missed.isoformat() in Store.open(logged.store.folder).load_settings().rest_days
    assert view.cards.current.value.text() == "4 days"
    assert "rest day" in view.cards.current.detail.text()
    assert view.rest_button.isChecked()
    qtbot.mouseClick(view.rest_button, Qt.MouseButton.LeftButton)  # and unmark it again
    assert logged.settings.rest_days == []
    assert view.cards.current.value.text() == "2 days"


def test_rest_day_today_button(view, logged, qtbot, today, clock):
    clock.advance(24 * 3600)  # the next morning, before its session
    view.refresh_now()
    qtbot.mouseClick(view.cards.rest_today, Qt.MouseButton.LeftButton)
    assert logged.settings.rest_days == ["2026-03-03"] == [(today + timedelta(1)).isoformat()]
    assert view.cards.rest_today.isChecked()


def test_streak_settings_dialog_saves_goal_and_day_start(view, logged, qtbot):
    from backcoach.ui.history.streak_cards import StreakSettingsDialog

    view.edit_streak_settings()
    dialog = view.findChild(StreakSettingsDialog)
    dialog.goal.setValue(4)
    dialog.day_start.setValue(3)
    dialog.accept()
    saved = Store.open(logged.store.folder).load_settings()
    assert saved.weekly_goal_days == 4 and saved.day_start_hour == 3
    assert view.cards.weekly.value.text() == "1 of 4 days"  # today, a Monday
    assert view.cards.weekly.detail.text() == "This week, 3 to go. Met 5 weeks in a row."


def test_table_edits_of_note_and_ratings_persist(view, logged):
    table = view.table
    model = table.model
    newest = model.records[0]
    assert model.setData(model.index(0, 6), "  Sore after gardening ")
    assert model.setData(model.index(0, 5), 1)
    assert model.setData(model.index(0, 4), -1)  # "not rated"
    saved = {r.id: r for r in reloaded(logged)}[newest.id]
    assert saved.note == "Sore after gardening"
    assert saved.pain_after == 1 and saved.pain_before is None
    assert model.data(model.index(0, 6)) == "Sore after gardening"
    view.undo_stack.undo()
    assert {r.id: r for r in reloaded(logged)}[newest.id].pain_before == newest.pain_before


def test_delete_then_undo_restores_the_session(view, logged, qtbot):
    table = view.table
    count = len(reloaded(logged))
    table.view.selectRow(1)
    victim = table.selected_record()
    qtbot.mouseClick(table.delete_button, Qt.MouseButton.LeftButton)
    assert len(reloaded(logged)) == count - 1
    assert victim.id not in {r.id for r in reloaded(logged)}
    assert "delete the session" in table.status.text().lower()
    qtbot.mouseClick(table.undo_button, Qt.MouseButton.LeftButton)
    restored = {r.id: r for r in reloaded(logged)}
    assert len(restored) == count and restored[victim.id] == victim
    qtbot.mouseClick(table.redo_button, Qt.MouseButton.LeftButton)
    assert len(reloaded(logged)) == count - 1


def test_add_a_session_done_without_the_app(view, logged, clock):
    from backcoach.ui.history.session_dialog import AddSessionDialog

    count = len(reloaded(logged))
    view.table.add_session()
    dialog = view.table.findChild(AddSessionDialog)
    when = clock.now().replace(tzinfo=None) - timedelta(days=60)
    dialog.when.setDateTime(when)
    dialog.minutes.setValue(25)
    dialog.pain_before.setValue(7)
    dialog.note.setText("At the physio")
    dialog.accept()
    sessions = reloaded(logged)
    assert len(sessions) == count + 1
    (added,) = [r for r in sessions if r.source == "manual"]
    assert added.active_seconds == 25 * 60 and added.pain_before == 7 and added.pain_after is None
    assert added.started.replace(tzinfo=None) == when.replace(second=0, microsecond=0)
    assert added.started.utcoffset() is not None
    assert view.table.model.records[-1].id == added.id  # oldest last
    view.undo_stack.undo()
    assert len(reloaded(logged)) == count


def test_the_view_refreshes_when_a_session_is_logged(view, logged, clock):
    before = view.charts.bar_minutes.sum()
    logged.log_session(make_record(started=clock.now(), minutes=30))
    assert view.charts.bar_minutes.sum() == pytest.approx(before + 30)
    assert view.table.model.rowCount() == len(logged.sessions)


def test_a_hidden_view_refreshes_only_when_shown(qtbot, logged, clock):
    view = HistoryView(logged)
    qtbot.addWidget(view)
    assert not view.built  # nothing heavy until the tab is first shown
    logged.log_session(make_record(started=clock.now(), minutes=30))
    assert view.stale
    view.show()
    qtbot.waitExposed(view)
    assert view.built and not view.stale
    assert view.summary is not None and view.summary.sessions == len(logged.sessions)
    view.tabs.setCurrentWidget(view.table)
    assert view.table.model.rowCount() == len(logged.sessions)


def test_empty_history_offers_start(qtbot, app_state):
    view = HistoryView(app_state)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    assert view.pages.currentWidget() is view.empty_page
    with qtbot.waitSignal(view.startRequested, timeout=1000):
        qtbot.mouseClick(view.start_button, Qt.MouseButton.LeftButton)


def test_every_history_control_is_named_and_explained(view):
    from PySide6.QtWidgets import QAbstractButton

    for page in range(view.tabs.count()):
        view.tabs.setCurrentIndex(page)
        for button in view.findChildren(QAbstractButton):
            if button.isVisibleTo(view) and button.parent() is not view.tabs.tabBar():
                assert button.accessibleName(), button.text()
                assert button.toolTip(), button.text()


def test_export_from_the_menu_equals_the_store(logged, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "out" / "history.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.export_action.trigger()
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    stored = reloaded(logged)
    assert [r["id"] for r in rows] == [s.id for s in stored]
    for row, record in zip(rows, stored, strict=True):
        assert float(row["active_minutes"]) == pytest.approx(record.active_seconds / 60, abs=0.01)
        assert row["pain_before"] == str(record.pain_before)
        assert row["day"] == day_of(record.started).isoformat()
    assert (tmp_path / "out" / "history-exercises.csv").exists()
    assert "Exported" in window.notices.label.text()


def test_pyqtgraph_is_imported_only_when_the_history_is_first_shown(tmp_path):
    script = f"""
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from backcoach.core.clock import SystemClock
from backcoach.core.storage.store import Store
from backcoach.ui.app_state import AppState
from backcoach.ui.player.cues import Cues
from backcoach.ui.shell.main_window import MainWindow
from tests.ui.conftest import RecordingCueOutput
app = QApplication([])
state = AppState(Store.open(Path({str(tmp_path)!r})), SystemClock())
window = MainWindow(state, Cues(lambda: state.settings, RecordingCueOutput(), RecordingCueOutput()))
window.show()
app.processEvents()
assert "pyqtgraph" not in sys.modules, "imported at start"
window.show_history()
app.processEvents()
assert "pyqtgraph" in sys.modules, "not imported when shown"
print("ok")
"""
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert result.stdout.strip() == "ok", result.stderr


def test_a_history_still_loading_says_so_instead_of_empty(qtbot, store, clock):
    from backcoach.ui.app_state import AppState
    from backcoach.ui.history.history_view import HistoryView

    store.add_sessions([make_record(n) for n in range(40)])
    state = AppState(store, clock, load_in_steps=True)
    view = HistoryView(state)
    qtbot.addWidget(view)
    view.show()
    view.refresh_now()
    assert view.empty_title.text() == "Reading your history…"
    assert not view.start_button.isVisible()
    while state.sessions_loading:  # what the event loop would do, a step at a time
        state._load_some_sessions()
    view.refresh_now()
    assert view.pages.currentWidget() is view.content_page


def test_the_table_and_the_dialog_keep_the_core_s_note_and_session_rules(view, logged, clock):
    from PySide6.QtWidgets import QLineEdit, QStyleOptionViewItem

    from backcoach.core.session import NOTE_LIMIT
    from backcoach.ui.history.session_dialog import AddSessionDialog

    table = view.table
    model = table.model
    newest = model.records[0]
    assert not model.setData(model.index(0, 6), "x" * (NOTE_LIMIT + 1))
    assert f"at most {NOTE_LIMIT} characters" in table.status.text()
    assert {r.id: r for r in reloaded(logged)}[newest.id].note == newest.note
    editor = table.note_delegate.createEditor(table.view, QStyleOptionViewItem(), model.index(0, 6))
    assert isinstance(editor, QLineEdit) and editor.maxLength() == NOTE_LIMIT

    table.add_session()
    dialog = table.findChild(AddSessionDialog)
    assert dialog.note.maxLength() == NOTE_LIMIT
    dialog.now = clock.now() - timedelta(days=1)  # as if the clock had gone back since it opened
    dialog.accept()
    assert dialog.isVisible() and "future" in dialog.problem.text()
    assert not [r for r in reloaded(logged) if r.source == "manual"]
