"""Days, totals and streaks: tables of cases, and a property test against a plain reference."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backcoach.core.history import (
    WeekOutcome,
    best_streak,
    current_streak,
    daily_minutes,
    day_of,
    minutes_per,
    monthly_minutes,
    progress,
    rest_day_problem,
    session_day,
    skipped_days,
    summarise,
    week_outcome,
    weekly_goal_streak,
    weekly_minutes,
)
from backcoach.core.session import SessionRecord
from tests.factories import make_record

NEW_YORK = ZoneInfo("America/New_York")
APIA = ZoneInfo("Pacific/Apia")
LOS_ANGELES = ZoneInfo("America/Los_Angeles")
TOKYO = ZoneInfo("Asia/Tokyo")


def local(zone: ZoneInfo, *args: int, fold: int = 0) -> datetime:
    return datetime(*args, tzinfo=zone, fold=fold)


D = date.fromisoformat


# --- the day of a session ---------------------------------------------------------------------

DAY_CASES = [
    # (what, started, day start hour, expected day)
    ("just before the spring-forward gap", local(NEW_YORK, 2024, 3, 10, 1, 59), 0, D("2024-03-10")),
    ("just after the spring-forward gap", local(NEW_YORK, 2024, 3, 10, 3, 0), 0, D("2024-03-10")),
    ("late on the spring-forward day", local(NEW_YORK, 2024, 3, 10, 23, 30), 0, D("2024-03-10")),
    (
        "01:30 the first time on fall-back day",
        local(NEW_YORK, 2024, 11, 3, 1, 30),
        0,
        D("2024-11-03"),
    ),
    (
        "01:30 the second time on fall-back day",
        local(NEW_YORK, 2024, 11, 3, 1, 30, fold=1),
        0,
        D("2024-11-03"),
    ),
    ("00:30 with a 03:00 day start", local(NEW_YORK, 2024, 5, 2, 0, 30), 3, D("2024-05-01")),
    ("02:59 with a 03:00 day start", local(NEW_YORK, 2024, 5, 2, 2, 59), 3, D("2024-05-01")),
    ("03:00 with a 03:00 day start", local(NEW_YORK, 2024, 5, 2, 3, 0), 3, D("2024-05-02")),
    ("00:30 with midnight day start", local(NEW_YORK, 2024, 5, 2, 0, 30), 0, D("2024-05-02")),
    ("Apia, the day before the skipped day", local(APIA, 2011, 12, 29, 22, 0), 0, D("2011-12-29")),
    ("Apia, the day after the skipped day", local(APIA, 2011, 12, 31, 1, 0), 0, D("2011-12-31")),
    (
        "Tokyo morning is still the day before in UTC",
        local(TOKYO, 2024, 6, 5, 7, 0),
        0,
        D("2024-06-05"),
    ),
]


@pytest.mark.parametrize(
    ("what", "started", "day_start", "expected"), DAY_CASES, ids=[c[0] for c in DAY_CASES]
)
def test_the_day_of_a_session_is_its_recorded_local_date(what, started, day_start, expected):
    record = make_record(started=started)
    assert session_day(record, day_start) == expected
    # The same answer from the zone-aware time, before it was stored with a fixed offset.
    assert day_of(started, day_start) == expected


def test_a_session_keeps_its_day_after_the_round_trip_through_json():
    record = make_record(started=local(NEW_YORK, 2024, 11, 3, 1, 30, fold=1))
    again = SessionRecord.from_json(record.to_json())
    assert again.started.utcoffset() == timedelta(hours=-5)
    assert session_day(again) == D("2024-11-03")


# --- totals -----------------------------------------------------------------------------------


def test_two_sessions_in_the_repeated_hour_of_fall_back_add_up_on_one_day():
    sessions = [
        make_record(started=local(NEW_YORK, 2024, 11, 3, 1, 30), minutes=8),
        make_record(started=local(NEW_YORK, 2024, 11, 3, 1, 30, fold=1), minutes=12),
    ]
    assert daily_minutes(sessions) == {D("2024-11-03"): pytest.approx(20)}


def test_weekly_and_monthly_totals_group_by_monday_and_first_of_month():
    daily = {
        D("2024-04-28"): 5.0,
        D("2024-04-29"): 10.0,
        D("2024-05-05"): 3.0,
        D("2024-05-06"): 7.0,
    }
    assert weekly_minutes(daily) == {
        D("2024-04-22"): 5.0,
        D("2024-04-29"): 13.0,
        D("2024-05-06"): 7.0,
    }
    assert monthly_minutes(daily) == {D("2024-04-01"): 15.0, D("2024-05-01"): 10.0}
    assert minutes_per(daily, "week") == weekly_minutes(daily)
    assert minutes_per(daily, "month") == monthly_minutes(daily)
    assert minutes_per(daily, "day") == daily
    with pytest.raises(ValueError, match="no period 'year'"):
        minutes_per(daily, "year")


# --- streaks ----------------------------------------------------------------------------------


def days(*texts: str) -> set[date]:
    return {D(t) for t in texts}


def span(first: str, last: str) -> set[date]:
    start, end = D(first), D(last)
    return {start + timedelta(days=i) for i in range((end - start).days + 1)}


STREAK_CASES = [
    # (what, active days, rest days, today, current, best)
    ("an empty history", set(), set(), "2024-05-10", 0, 0),
    ("a single session today", days("2024-05-10"), set(), "2024-05-10", 1, 1),
    ("a single session yesterday is still alive", days("2024-05-09"), set(), "2024-05-10", 1, 1),
    ("a single session two days ago is over", days("2024-05-08"), set(), "2024-05-10", 0, 1),
    ("five days in a row", span("2024-05-06", "2024-05-10"), set(), "2024-05-10", 5, 5),
    (
        "a missed day breaks it",
        span("2024-05-01", "2024-05-05") | span("2024-05-07", "2024-05-09"),
        set(),
        "2024-05-09",
        3,
        5,
    ),
    (
        "a rest day pauses it",
        days("2024-05-06", "2024-05-07", "2024-05-08", "2024-05-10"),
        days("2024-05-09"),
        "2024-05-10",
        4,
        4,
    ),
    (
        "a week of flare-up pauses it",
        span("2024-05-01", "2024-05-03") | span("2024-05-11", "2024-05-12"),
        span("2024-05-04", "2024-05-10"),
        "2024-05-12",
        5,
        5,
    ),
    (
        "resting today keeps it",
        span("2024-05-06", "2024-05-09"),
        days("2024-05-10"),
        "2024-05-10",
        4,
        4,
    ),
    ("rest days alone are no streak", set(), span("2024-05-01", "2024-05-10"), "2024-05-10", 0, 0),
    (
        "a session on a rest day counts",
        span("2024-05-06", "2024-05-08"),
        days("2024-05-07"),
        "2024-05-08",
        3,
        3,
    ),
    (
        "across the spring-forward day",
        span("2024-03-08", "2024-03-12"),
        set(),
        "2024-03-12",
        5,
        5,
    ),
    (
        "the best streak is the longest, not the latest",
        span("2024-01-01", "2024-01-20") | span("2024-05-01", "2024-05-03"),
        set(),
        "2024-05-03",
        3,
        20,
    ),
]


@pytest.mark.parametrize(
    ("what", "active", "rest", "today", "current", "best"),
    STREAK_CASES,
    ids=[c[0] for c in STREAK_CASES],
)
def test_streaks(what, active, rest, today, current, best):
    assert current_streak(active, rest, D(today)).days == current
    assert best_streak(active, rest).days == best


def test_streaks_from_sessions_across_daylight_saving_in_new_york():
    sessions = [
        make_record(started=local(NEW_YORK, 2024, 3, 9, 23, 30)),
        # right after the clocks went forward
        make_record(started=local(NEW_YORK, 2024, 3, 10, 3, 15)),
        make_record(started=local(NEW_YORK, 2024, 3, 11, 7, 0)),
        make_record(started=local(NEW_YORK, 2024, 11, 2, 22, 0)),
        # the second 01:30, after fall back
        make_record(started=local(NEW_YORK, 2024, 11, 3, 1, 30, fold=1)),
        make_record(started=local(NEW_YORK, 2024, 11, 4, 6, 0)),
    ]
    spring = summarise(sessions[:3], D("2024-03-11"))
    assert spring.current.days == 3
    assert (spring.current.first, spring.current.last) == (D("2024-03-09"), D("2024-03-11"))
    autumn = summarise(sessions, D("2024-11-04"))
    assert autumn.current.days == 3 and autumn.best.days == 3
    assert autumn.active_days == 6


def test_a_late_night_session_counts_for_the_day_before_with_a_later_day_start():
    sessions = [
        make_record(started=local(NEW_YORK, 2024, 5, 1, 20, 0)),
        make_record(started=local(NEW_YORK, 2024, 5, 3, 0, 30)),  # a night owl's Thursday session
        make_record(started=local(NEW_YORK, 2024, 5, 3, 21, 0)),
    ]
    assert summarise(sessions, D("2024-05-03"), day_start_hour=0).current.days == 1
    late = summarise(sessions, D("2024-05-03"), day_start_hour=3)
    assert late.current.days == 3
    assert late.first_day == D("2024-05-01")


SESSION_STREAK_CASES = [
    # (what, sessions started (as written, with their offsets), today, current, best, skipped)
    (
        "New York spring change: an empty Sunday breaks it",
        ["2024-03-09T12:00-05:00", "2024-03-11T00:30-04:00"],
        "2024-03-11",
        1,
        1,
        set(),
    ),
    (
        "New York spring change: 24 hours apart, either side of the empty Sunday",
        ["2024-03-09T23:30-05:00", "2024-03-11T00:30-04:00"],
        "2024-03-11",
        1,
        1,
        set(),
    ),
    (
        "New York spring change: a session on the short Sunday keeps it",
        ["2024-03-09T12:00-05:00", "2024-03-10T23:30-04:00", "2024-03-11T00:30-04:00"],
        "2024-03-11",
        3,
        3,
        set(),
    ),
    (
        "New York fall back: an empty Sunday breaks it",
        ["2024-11-02T12:00-04:00", "2024-11-04T00:30-05:00"],
        "2024-11-04",
        1,
        1,
        set(),
    ),
    (
        "Samoa crossing the date line: the Friday that never was",
        ["2011-12-29T18:00-10:00", "2011-12-31T09:00+14:00"],
        "2011-12-31",
        2,
        2,
        days("2011-12-30"),
    ),
    (
        "Los Angeles to Tokyo: the Tuesday spent in the air",
        ["2024-06-03T20:00-07:00", "2024-06-05T08:00+09:00"],
        "2024-06-05",
        2,
        2,
        days("2024-06-04"),
    ),
    (
        "Los Angeles to Tokyo, then a whole day there without a session",
        ["2024-06-03T20:00-07:00", "2024-06-06T08:00+09:00"],
        "2024-06-06",
        1,
        1,
        set(),
    ),
    (
        "Tokyo to Los Angeles: the clock goes back, nothing is skipped",
        ["2024-06-10T08:00+09:00", "2024-06-12T09:00-07:00"],
        "2024-06-12",
        1,
        1,
        set(),
    ),
]


@pytest.mark.parametrize(
    ("what", "started", "today", "current", "best", "skipped"),
    SESSION_STREAK_CASES,
    ids=[c[0] for c in SESSION_STREAK_CASES],
)
def test_streaks_of_sessions_with_their_offsets(what, started, today, current, best, skipped):
    sessions = [make_record(started=datetime.fromisoformat(text)) for text in started]
    assert skipped_days(sessions) == skipped
    summary = summarise(sessions, D(today))
    assert (summary.current.days, summary.best.days) == (current, best)
    # The order the sessions come in does not matter.
    assert skipped_days(list(reversed(sessions))) == skipped


def test_samoa_skipping_2011_12_30_does_not_break_a_streak():
    sessions = [
        make_record(started=local(APIA, 2011, 12, 28, 18, 0)),
        make_record(started=local(APIA, 2011, 12, 29, 18, 0)),  # UTC-10
        # UTC+14: Friday the 30th never happened
        make_record(started=local(APIA, 2011, 12, 31, 9, 0)),
        make_record(started=local(APIA, 2012, 1, 1, 9, 0)),
    ]
    assert sessions[1].started.utcoffset() == timedelta(hours=-10)
    assert sessions[2].started.utcoffset() == timedelta(hours=14)
    assert skipped_days(sessions) == {D("2011-12-30")}
    summary = summarise(sessions, D("2012-01-01"))
    assert summary.current.days == 4
    assert summary.current.rest_days == ()  # a skipped day is not a rest day the user marked


def test_a_flight_west_to_east_across_the_date_line_does_not_break_a_streak():
    sessions = [
        make_record(started=local(LOS_ANGELES, 2024, 6, 2, 8, 0)),
        # then the night flight to Tokyo
        make_record(started=local(LOS_ANGELES, 2024, 6, 3, 20, 0)),
        make_record(started=local(TOKYO, 2024, 6, 5, 8, 0)),  # Tuesday the 4th passed in the air
        make_record(started=local(TOKYO, 2024, 6, 6, 8, 0)),
    ]
    assert skipped_days(sessions) == {D("2024-06-04")}
    assert summarise(sessions, D("2024-06-06")).current.days == 4


def test_the_flight_back_repeats_a_day_and_both_sessions_count_once():
    sessions = [
        make_record(started=local(TOKYO, 2024, 6, 10, 8, 0)),
        # the same date again, after landing
        make_record(started=local(LOS_ANGELES, 2024, 6, 10, 9, 0)),
        make_record(started=local(LOS_ANGELES, 2024, 6, 11, 9, 0)),
    ]
    summary = summarise(sessions, D("2024-06-11"))
    assert summary.active_days == 2 and summary.current.days == 2
    assert skipped_days(sessions) == set()


def test_two_days_without_a_session_at_home_are_not_skipped():
    sessions = [
        make_record(started=local(NEW_YORK, 2024, 6, 3, 20, 0)),
        make_record(started=local(NEW_YORK, 2024, 6, 5, 8)),
    ]
    assert skipped_days(sessions) == set()
    assert summarise(sessions, D("2024-06-05")).current.days == 1


# --- the weekly goal ----------------------------------------------------------------------------

WEEK_CASES = [
    # (what, active, rest, goal, today, weeks)
    ("no goal", span("2024-05-06", "2024-05-10"), set(), 0, "2024-05-10", 0),
    ("an empty history", set(), set(), 4, "2024-05-10", 0),
    (
        "three full weeks of four days",
        days("2024-04-22", "2024-04-23", "2024-04-24", "2024-04-25")
        | days("2024-04-29", "2024-04-30", "2024-05-01", "2024-05-02")
        | days("2024-05-06", "2024-05-07", "2024-05-08", "2024-05-09"),
        set(),
        4,
        "2024-05-10",
        3,
    ),
    (
        "this week still open does not break it",
        days("2024-04-29", "2024-04-30", "2024-05-01", "2024-05-02", "2024-05-06"),
        set(),
        4,
        "2024-05-07",
        1,
    ),
    (
        "a week one short breaks it",
        days("2024-04-22", "2024-04-23", "2024-04-24", "2024-04-25")
        | days("2024-04-29", "2024-04-30", "2024-05-01")
        | days("2024-05-06", "2024-05-07", "2024-05-08", "2024-05-09"),
        set(),
        4,
        "2024-05-12",
        1,
    ),
    (
        "a week made up with rest days pauses it",
        days("2024-04-22", "2024-04-23", "2024-04-24", "2024-04-25")
        | days("2024-04-29", "2024-04-30", "2024-05-01")
        | days("2024-05-06", "2024-05-07", "2024-05-08", "2024-05-09"),
        days("2024-05-03"),
        4,
        "2024-05-12",
        2,
    ),
]


@pytest.mark.parametrize(
    ("what", "active", "rest", "goal", "today", "weeks"), WEEK_CASES, ids=[c[0] for c in WEEK_CASES]
)
def test_weekly_goal_streak(what, active, rest, goal, today, weeks):
    assert weekly_goal_streak(active, rest, goal, D(today)).weeks == weeks


def test_this_weeks_days_are_counted_for_the_goal_card():
    streak = weekly_goal_streak(days("2024-05-06", "2024-05-08"), set(), 4, D("2024-05-08"))
    assert streak.this_week_days == 2 and streak.goal == 4


def test_summary_as_json_for_scripts():
    sessions = [
        make_record(started=local(NEW_YORK, 2024, 5, d, 8, 0), minutes=d) for d in (6, 7, 8, 10)
    ]
    summary = summarise(sessions, D("2024-05-10"), rest_days=days("2024-05-09"), weekly_goal_days=3)
    data = summary.to_json()
    assert data["totals"]["sessions"] == 4
    assert data["totals"]["active_minutes"] == 31.0
    assert data["totals"]["this_week_active_minutes"] == 31.0
    assert data["totals"]["this_week_sessions"] == 4
    assert data["current_streak"]["days"] == 4
    assert data["current_streak"]["rest_days"] == ["2024-05-09"]
    assert data["current_streak"]["explained"] == "4 days: Mon to Fri; Thursday was a rest day"
    assert data["best_streak"]["days"] == 4
    assert data["weekly_goal_streak"] == {
        "weeks": 1,
        "first_week": "2024-05-06",
        "last_week": "2024-05-06",
        "this_week_days": 4,
        "goal_days": 3,
    }


def test_this_week_counts_from_monday_to_today_only():
    sessions = [
        make_record(started=local(NEW_YORK, 2024, 5, d, 8, 0), minutes=5) for d in (5, 6, 7)
    ]
    summary = summarise(sessions, D("2024-05-07"))  # a Tuesday; the 5th was the Sunday before
    assert summary.this_week_sessions == 2
    assert summary.this_week_minutes == pytest.approx(10)
    assert summary.sessions == 3


def test_a_day_with_a_session_is_no_rest_day():
    active = days("2024-05-06")
    assert rest_day_problem(D("2024-05-07"), active) is None
    assert rest_day_problem(D("2024-05-06"), active) == (
        "Monday 6 May 2024 has a session, so it already counts for your streak. "
        "Rest days are for days without one."
    )


def test_week_outcome():
    monday = D("2024-05-06")
    assert week_outcome(monday, days("2024-05-06", "2024-05-07"), set(), 2) == WeekOutcome.MET
    assert week_outcome(monday, days("2024-05-06"), days("2024-05-07"), 2) == WeekOutcome.PAUSED
    assert week_outcome(monday, days("2024-05-06"), set(), 2) == WeekOutcome.MISSED


def test_progress_after_a_session_agrees_with_the_cards():
    sessions = [make_record(started=local(NEW_YORK, 2024, 5, d, 8, 0)) for d in (1, 2, 3, 6, 7, 8)]
    rest = days("2024-05-04", "2024-05-05")
    now = progress(sessions, D("2024-05-08"), rest_days=rest, weekly_goal_days=3)
    summary = summarise(sessions, D("2024-05-08"), rest_days=rest, weekly_goal_days=3)
    assert now.streak == summary.current and now.streak.days == 6
    assert now.week_days == summary.weekly.this_week_days == 3
    assert now.goal_met and now.days_to_go == 0
    assert now.goal_weeks == summary.weekly.weeks == 2
    before = progress(sessions[:-1], D("2024-05-08"), rest_days=rest, weekly_goal_days=3)
    assert before.streak.days == 5 and before.week_days == 2 and before.days_to_go == 1
    assert not before.goal_met and before.goal_weeks == 1
    no_goal = progress(sessions, D("2024-05-08"))
    assert no_goal.goal == 0 and not no_goal.goal_met and no_goal.days_to_go == 0


# --- a property test against a plain reference ----------------------------------------------------

BASE = D("2024-01-01")
offsets = st.sets(st.integers(0, 59), max_size=45)


def reference_streaks(active: set[date], rest: set[date], today: date) -> tuple[int, int]:
    """Brute force: try every interval of days with no empty day in it, count its active days."""

    def ok(day: date) -> bool:
        return day in active or day in rest

    everything = sorted(active | rest | {today})
    lo, hi = everything[0], everything[-1]
    all_days = [lo + timedelta(days=i) for i in range((hi - lo).days + 1)]
    best = 0
    for i, start in enumerate(all_days):
        for end in all_days[i:]:
            window = [start + timedelta(days=k) for k in range((end - start).days + 1)]
            if all(ok(d) for d in window):
                best = max(best, sum(d in active for d in window))
    end = today if ok(today) else today - timedelta(days=1)
    current = 0
    for start in all_days:
        if start > end:
            break
        window = [start + timedelta(days=k) for k in range((end - start).days + 1)]
        if all(ok(d) for d in window):
            current = max(current, sum(d in active for d in window))
    return current, best


def reference_weeks(active: set[date], rest: set[date], goal: int, today: date) -> int:
    mondays = []
    monday = today - timedelta(days=today.weekday())
    while monday >= BASE - timedelta(days=7):
        mondays.append(monday)
        monday -= timedelta(days=7)
    count = 0
    for index, monday in enumerate(mondays):
        week = [monday + timedelta(days=i) for i in range(7)]
        done = len([d for d in week if d in active])
        free = len([d for d in week if d in rest and d not in active])
        if done >= goal:
            count += 1
        elif done + free < goal and index > 0:
            break
    return count


@settings(max_examples=150, deadline=None)
@given(active=offsets, rest=offsets, today=st.integers(0, 64), goal=st.integers(1, 7))
def test_streaks_match_a_brute_force_reference(active, rest, today, goal):
    active_days = {BASE + timedelta(days=i) for i in active}
    rest_days = {BASE + timedelta(days=i) for i in rest}
    today_day = BASE + timedelta(days=today)
    active_days = {d for d in active_days if d <= today_day}
    rest_days = {d for d in rest_days if d <= today_day}
    current, best = reference_streaks(active_days, rest_days, today_day)
    assert current_streak(active_days, rest_days, today_day).days == current
    assert best_streak(active_days, rest_days).days == best
    assert weekly_goal_streak(active_days, rest_days, goal, today_day).weeks == reference_weeks(
        active_days, rest_days, goal, today_day
    )


# --- property tests with mixed UTC offsets ---------------------------------------------------

# Moments as (day, quarter hour of the day): whole quarter hours, offsets too, so that the
# brute-force reference below, which counts quarter hours, is exact.
moments = st.tuples(st.integers(0, 20), st.integers(0, 24 * 4 - 1))


def session_at(day: int, quarter: int, offset_quarters: int) -> SessionRecord:
    zone = timezone(timedelta(minutes=15 * offset_quarters))
    local_time = datetime.combine(BASE + timedelta(days=day), datetime.min.time())
    return make_record(started=(local_time + timedelta(minutes=15 * quarter)).replace(tzinfo=zone))


@settings(max_examples=150, deadline=None)
@given(
    data=st.lists(st.tuples(moments, st.sampled_from([-5 * 4, -4 * 4])), max_size=25),
    today=st.integers(0, 22),
)
def test_daylight_saving_offsets_never_bridge_an_empty_day(data, today):
    """Sessions in winter and summer time at random: the streaks are those of the dates as
    written, as if every session had the same offset."""
    sessions = [session_at(day, quarter, offset) for (day, quarter), offset in data]
    today_day = BASE + timedelta(days=today)
    sessions = [r for r in sessions if session_day(r) <= today_day]
    active = {session_day(r) for r in sessions}
    assert skipped_days(sessions) == set()
    current, best = reference_streaks(active, set(), today_day) if active else (0, 0)
    summary = summarise(sessions, today_day)
    assert (summary.current.days, summary.best.days) == (current, best)


def reference_skipped(sessions: list[SessionRecord]) -> set[date]:
    """Brute force: for each date between two sessions in a row, try every quarter hour for the
    change of clock and count the quarter hours spent on that date; skipped below 22 hours."""
    quarter = timedelta(minutes=15)
    skipped: set[date] = set()
    ordered = sorted(sessions, key=lambda r: r.started)
    for before, after in zip(ordered, ordered[1:], strict=False):
        start = before.started.replace(tzinfo=None)
        end = after.started.replace(tzinfo=None)
        jump = after.started.utcoffset() - before.started.utcoffset()
        steps = (after.started - before.started) // quarter
        for offset in range(1, (end.date() - start.date()).days):
            day = start.date() + timedelta(days=offset)
            # The quarter hours i < switch are lived on the first clock, the others on the second.
            on_first = [(start + quarter * i).date() == day for i in range(steps)]
            on_second = [(start + quarter * i + jump).date() == day for i in range(steps)]
            before_switch = [0]
            for lived in on_first:
                before_switch.append(before_switch[-1] + lived)
            after_switch = [0]
            for lived in reversed(on_second):
                after_switch.append(after_switch[-1] + lived)
            longest = max(
                before_switch[switch] + after_switch[steps - switch] for switch in range(steps + 1)
            )
            if longest < 22 * 4:
                skipped.add(day)
    return skipped


@settings(max_examples=120, deadline=None)
@given(
    data=st.lists(
        st.tuples(st.tuples(st.integers(0, 6), st.integers(0, 24 * 4 - 1)), st.integers(-48, 56)),
        min_size=2,
        max_size=6,
    ),
)
def test_skipped_days_match_a_brute_force_reference_for_any_offsets(data):
    """Travel anywhere, the date line included: a date between two sessions is skipped exactly
    when no moment for the change of clock leaves 22 hours of it to live."""
    sessions = [session_at(day, q, offset) for (day, q), offset in data]
    expected = reference_skipped(sessions)
    assert skipped_days(sessions) == expected
    active = {session_day(r) for r in sessions}
    today = max(active)
    current, best = reference_streaks(active, expected, today)
    summary = summarise(sessions, today)
    assert (summary.current.days, summary.best.days) == (current, best)
