"""The progress report's numbers (core/report.py): the same as the history's for the same
period, each exercise's holds and "this hurts", the changes of the prescription, and periods
that cannot be reported on."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from backcoach.core.history import WeekOutcome, session_day, summarise, week_outcome, week_start
from backcoach.core.library_document import library_from_store_data
from backcoach.core.pain_trend import pain_trend
from backcoach.core.report import ReportError, default_period, progress_report
from backcoach.core.report_words import adherence_lines, change_text, hurts_text, rest_days_text
from backcoach.core.routine import load_builtin_routines
from backcoach.core.session import Hurt
from backcoach.tools.demo import generate
from tests.factories import make_exercise_record, make_record, morning

TODAY = date(2026, 3, 29)  # a Sunday


@pytest.fixture
def library(catalogue):
    return library_from_store_data(catalogue, load_builtin_routines(catalogue), {})[0]


@pytest.fixture
def history(store):
    """Three months of generated sessions, as the store gives them back, and the rest days."""
    _, rest = generate(store, years=0.25, today=TODAY, seed=5)
    return store.load_sessions(), rest


def test_the_default_period_is_four_weeks_from_a_monday_to_today():
    assert default_period(TODAY) == (date(2026, 3, 2), TODAY)
    assert default_period(date(2026, 3, 25))[0] == date(2026, 3, 2)


def test_the_report_counts_what_the_history_counts(history, library):
    sessions, rest = history
    first, last = TODAY - timedelta(days=90), TODAY
    report = progress_report(
        sessions, library, first, last, TODAY, day_start_hour=3, rest_days=rest, weekly_goal_days=4
    )
    inside = [r for r in sessions if first <= session_day(r, 3) <= last]
    summary = summarise(inside, TODAY, day_start_hour=3, rest_days=rest, weekly_goal_days=4)
    assert report.sessions == summary.sessions == len(inside) > 40
    assert report.completed == summary.completed and report.stopped_early > 0
    assert report.active_days == summary.active_days
    assert report.active_minutes == pytest.approx(summary.active_minutes)
    assert sum(w.days_done for w in report.weeks) == summary.active_days
    assert sum(w.sessions for w in report.weeks) == report.sessions
    assert report.trend == pain_trend(inside)
    assert report.rest_days == tuple(sorted(d for d in rest if first <= d <= last))
    # Whole weeks: the History view's own rule decides met, paused or missed.
    active = {session_day(r, 3) for r in inside}
    for week in report.weeks[1:-1]:
        assert week.planned == 4
        assert week.outcome == week_outcome(week.monday, active, set(rest), 4)
    assert {w.outcome for w in report.weeks} >= {WeekOutcome.MET, WeekOutcome.PAUSED}
    holds = sum(e.holds_done for r in inside for e in r.exercises)
    assert sum(row.holds_done for row in report.exercises) == holds
    assert [n.text for n in report.notes] == [r.note for r in inside if r.note]
    assert report.prescriptions[0].name == "Full floor routine"


def test_a_week_cut_by_the_period_asks_for_its_share_of_the_goal(history, library):
    sessions, rest = history
    report = progress_report(sessions, library, date(2026, 3, 5), TODAY, TODAY, weekly_goal_days=4)
    assert report.weeks[0].first == date(2026, 3, 5) and report.weeks[0].monday == date(2026, 3, 2)
    assert report.weeks[0].planned == 2  # 4 days of 7: about 2 of 4
    assert [w.planned for w in report.weeks[1:]] == [4, 4, 4]
    assert report.planned_days == 14


def test_each_exercise_has_its_holds_and_the_hurts_with_their_ratings(library):
    first = make_record(
        started=morning(2),
        exercises=0,
        hurts=(Hurt("bridge", 6), Hurt("bridge", None)),
    )
    first = replace(first, exercises=(make_exercise_record("bridge", holds_done=4),))
    second = replace(
        make_record(started=morning(3), exercises=0, completed=False),
        exercises=(
            make_exercise_record("bridge", holds_done=6),
            make_exercise_record("knees_to_chest", holds_done=0, active_seconds=0),
        ),
        hurts=(Hurt("knees_to_chest", 3),),
    )
    report = progress_report([first, second], library, morning(1).date(), morning(5).date(), TODAY)
    rows = {row.exercise_id: row for row in report.exercises}
    assert (rows["bridge"].sessions, rows["bridge"].offered) == (2, 2)
    assert (rows["bridge"].holds_done, rows["bridge"].holds_planned) == (10, 12)
    assert rows["bridge"].hurt_ratings == (6, None)
    assert (rows["knees_to_chest"].sessions, rows["knees_to_chest"].offered) == (0, 1)
    assert hurts_text(rows["bridge"].hurt_ratings) == "2× (rated 6, 1 not rated)"
    assert hurts_text(()) == "none"
    assert report.completed == 1 and report.stopped_early == 1
    assert "stopped early: 1" in adherence_lines(report)[-1]


def test_a_change_of_hold_or_repetitions_is_reported_once_from_its_first_session(library):
    def session(day: int, hold: int, reps: int):
        done = replace(make_exercise_record("bridge"), hold_seconds=hold, reps_planned=reps)
        return replace(make_record(started=morning(day)), exercises=(done,))

    sessions = [session(2, 5, 3), session(3, 5, 3), session(4, 10, 3), session(6, 10, 5)]
    report = progress_report(sessions, library, morning(1).date(), morning(9).date(), TODAY)
    assert [(c.day.day, c.before, c.after) for c in report.changes] == [
        (4, (5, 3), (10, 3)),
        (6, (10, 3), (10, 5)),
    ]
    assert change_text(report.changes[0]) == "From 4 Mar: Bridge, hold 5 s → 10 s"


def test_rest_days_read_as_runs():
    days = [date(2026, 3, 2), date(2026, 3, 3), date(2026, 3, 4), date(2026, 3, 9)]
    assert rest_days_text(days) == "4 rest or flare-up days: 2 Mar – 4 Mar, 9 Mar."
    assert rest_days_text([]) == "No rest or flare-up days were marked."


@pytest.mark.parametrize(
    ("first", "last", "says"),
    [
        (date(2026, 3, 10), date(2026, 3, 1), r"starts \(2026-03-10\) after it ends"),
        (date(2026, 5, 1), date(2026, 5, 9), "in the future"),
        (date(2025, 1, 1), date(2025, 2, 1), "no session between"),
    ],
)
def test_a_period_that_cannot_be_reported_on_says_why(history, library, first, last, says):
    with pytest.raises(ReportError, match=says):
        progress_report(history[0], library, first, last, TODAY)


def test_a_week_of_the_history_view_and_of_the_report_agree_on_its_monday(history, library):
    report = progress_report(history[0], library, *default_period(TODAY), TODAY)
    assert [w.monday for w in report.weeks] == [
        week_start(TODAY) - timedelta(weeks=n) for n in (3, 2, 1, 0)
    ]
