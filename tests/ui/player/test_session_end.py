"""How a session ends early and what the end says: the stop question's answers (stop and log,
discard, go on), a discard's undo, "this hurts" rated from 1, and the streak and the week's goal
on the "Well done" page."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from backcoach.core.storage.store import Store
from tests.factories import make_record
from tests.ui.player.player_driver import choose_routine, press, run


def stored(app_state):
    return Store.open(app_state.store.folder).load_sessions()


def start(window, qtbot, clock, routine="quick_break", seconds=40.0):
    choose_routine(window.player, routine)
    press(qtbot, window, Qt.Key.Key_Space)
    run(window.player, clock, seconds)


def test_the_stop_question_says_what_each_button_does_with_a_key_for_each(window, qtbot, clock):
    start(window, qtbot, clock)
    press(qtbot, window, Qt.Key.Key_Escape)
    box = window.player.stop_question
    texts = [b.text() for b in box.buttons()]
    assert sorted(texts) == ["&Discard", "&Go on", "&Stop and log"]
    # No Yes and No: some desktops colour their icons green and red.
    assert box.standardButtons() == QMessageBox.StandardButton.NoButton
    assert box.defaultButton() is box.go_on_button and box.escapeButton() is box.go_on_button
    for button in box.buttons():
        assert button.accessibleName() and button.toolTip()
    box.go_on_button.click()


def test_discard_logs_nothing_and_can_be_undone(window, app_state, qtbot, clock):
    start(window, qtbot, clock)
    player = window.player
    press(qtbot, window, Qt.Key.Key_Escape)
    player.stop_question.discard_button.click()
    summary = player.summary_page
    assert player.page is summary and stored(app_state) == []
    assert summary.title.text() == "Session discarded"
    assert "Nothing was logged" in summary.status.text()
    assert summary.log_button.isVisibleTo(summary) and not summary.note.isEnabled()
    summary.log_button.click()  # discarded by mistake: log it after all
    (record,) = stored(app_state)
    assert not record.completed and record.exercises[0].reps_done >= 1
    assert not summary.log_button.isVisibleTo(summary) and summary.note.isEnabled()
    assert "Logged as partial" in summary.status.text()
    summary.done_button.click()
    assert player.page is player.start_page and len(stored(app_state)) == 1


def test_a_discarded_session_left_on_its_summary_stays_unlogged(window, app_state, qtbot, clock):
    start(window, qtbot, clock)
    press(qtbot, window, Qt.Key.Key_Escape)
    window.player.stop_question.discard_button.click()
    window.player.summary_page.done_button.click()
    assert stored(app_state) == [] and window.player.page is window.player.start_page


def test_the_hurt_pages_scale_starts_at_1_and_its_way_back_says_where_it_goes(window, qtbot, clock):
    start(window, qtbot, clock, seconds=20.0)
    press(qtbot, window, Qt.Key.Key_H)
    page = window.player.hurt_page
    assert [b.text() for b in page.pain.buttons] == [str(n) for n in range(1, 11)]
    assert "No pain" not in [label.text() for label in page.pain.findChildren(type(page.title))]
    assert page.back_button.text().replace("&", "") == "Return to the paused exercise"
    page.pain.button(7).click()
    assert page.pain.value() == 7
    page.back_button.click()
    assert window.player.page is window.player.session_page


def test_well_done_says_the_streak_and_the_weeks_goal(window, app_state, qtbot, clock):
    now = clock.now()
    app_state.update_settings(weekly_goal_days=5)
    for days in (1, 2):  # sessions yesterday and the day before: a streak of three today
        app_state.log_session(make_record(started=now - timedelta(days=days)))
    start(window, qtbot, clock, seconds=400.0)
    summary = window.player.summary_page
    assert summary.title.text() == "Well done!"
    text = summary.progress.text()
    assert text.startswith("3 days in a row.")
    week_days = min(3, now.weekday() + 1)  # the days of this week among the three
    assert f"This week: {week_days} of 5 days" in text


def test_a_stopped_session_says_no_streak(window, qtbot, clock):
    start(window, qtbot, clock)
    press(qtbot, window, Qt.Key.Key_Escape)
    window.player.stop_question.stop_button.click()
    assert not window.player.summary_page.progress.isVisibleTo(window.player.summary_page)
