"""The cards above the history: this week is this week's, counts read as a person says them, a
new weekly goal shows this week's days, and a day with a session is not marked as a rest day."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from backcoach.ui.history.history_view import HistoryView
from tests.factories import make_record


def shown(qtbot, state) -> HistoryView:
    view = HistoryView(state)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_this_week_counts_this_week_only(qtbot, app_state, clock):
    now = clock.now()  # Monday 2 March 2026, 08:00
    for back in (1, 2, 3, 8, 30):  # Sunday and before: last week and earlier
        app_state.log_session(make_record(started=now - timedelta(days=back), minutes=20))
    app_state.log_session(make_record(started=now - timedelta(hours=1), minutes=12))
    view = shown(qtbot, app_state)
    assert view.cards.week.value.text() == "12 min"
    assert view.cards.week.detail.text() == "1 session on 1 day"
    assert "In all: 6 sessions on 6 days, 1 h 52 min." in view.cards.week.toolTip()


def test_one_session_reads_in_the_singular_and_whole_units(qtbot, app_state, clock):
    app_state.log_session(make_record(started=clock.now() - timedelta(minutes=30), minutes=7))
    view = shown(qtbot, app_state)
    texts = [
        label.text()
        for card in (view.cards.current, view.cards.best, view.cards.weekly, view.cards.week)
        for label in (card.value, card.detail)
    ]
    assert view.cards.week.detail.text() == "1 session on 1 day"
    assert view.cards.current.value.text() == "1 day"
    assert not [t for t in texts if "1 sessions" in t or "1 days" in t or ".0 h" in t]


def test_an_empty_week_says_so(qtbot, app_state, clock):
    app_state.log_session(make_record(started=clock.now() - timedelta(days=3)))
    view = shown(qtbot, app_state)
    assert view.cards.week.value.text() == "None yet"
    assert view.cards.week.detail.text() == "No session since Monday"


def test_a_newly_set_weekly_goal_shows_this_weeks_days_not_zero_weeks(qtbot, app_state, clock):
    app_state.log_session(make_record(started=clock.now() - timedelta(hours=1)))
    view = shown(qtbot, app_state)
    app_state.update_settings(weekly_goal_days=3)
    assert view.cards.weekly.value.text() == "1 of 3 days"
    assert view.cards.weekly.detail.text() == "This week, 2 to go."
    assert "0 weeks" not in view.cards.weekly.detail.text()
    app_state.update_settings(weekly_goal_days=1)
    assert view.cards.weekly.value.text() == "1 of 1 day"
    assert view.cards.weekly.detail.text() == "This week: goal met. Met 1 week in a row."


@pytest.mark.parametrize("how", ["today's button", "calendar key", "calendar button"])
def test_a_day_with_a_session_is_not_marked_as_a_rest_day(qtbot, app_state, clock, how):
    app_state.log_session(make_record(started=clock.now() - timedelta(hours=1)))
    view = shown(qtbot, app_state)
    if how == "today's button":
        qtbot.mouseClick(view.cards.rest_today, Qt.MouseButton.LeftButton)
    elif how == "calendar key":
        view.tabs.setCurrentIndex(1)
        view.calendar.setFocus()
        qtbot.keyClick(view.calendar, Qt.Key.Key_Space)
    else:
        view.tabs.setCurrentIndex(1)
        qtbot.mouseClick(view.rest_button, Qt.MouseButton.LeftButton)
    assert app_state.settings.rest_days == []
    assert view.message.isVisible()
    assert view.message.text() == (
        "⚠ Monday 2 Mar 2026 has a session, so it already counts for your streak. "
        "Rest days are for days without one."
    )
    assert not view.cards.rest_today.isChecked() and not view.rest_button.isChecked()
    # A day without a session can be marked, and the message goes.
    view.calendar.set_current(clock.now().date() - timedelta(days=1))
    assert not view.message.isVisible()
    view.toggle_rest_day(view.calendar.current)
    assert app_state.settings.rest_days == ["2026-03-01"]


def test_a_rest_day_that_later_got_a_session_can_still_be_unmarked(qtbot, app_state, clock):
    app_state.update_settings(rest_days=["2026-03-02"])
    app_state.log_session(make_record(started=clock.now() - timedelta(hours=1)))
    view = shown(qtbot, app_state)
    assert view.cards.rest_today.isChecked()
    qtbot.mouseClick(view.cards.rest_today, Qt.MouseButton.LeftButton)
    assert app_state.settings.rest_days == []
    assert not view.message.isVisible()
