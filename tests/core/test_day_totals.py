"""The per-day totals kept up to date (core/day_totals.py) against core.history's figures worked
out from all the sessions, over random histories and random logs, edits and deletions."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backcoach.core.day_totals import DayTotals
from backcoach.core.history import sessions_by_day, summarise
from backcoach.core.pain_trend import pain_trend
from tests.factories import make_record

START = datetime(2026, 1, 1, 0, 0, tzinfo=UTC)
TODAY = date(2026, 2, 20)

# A session: a quarter-hour in fifty days, a UTC offset (the last two cross the date line, so
# skipped days appear), a length, and whether it was completed.
sessions = st.tuples(
    st.integers(0, 50 * 96 - 1),
    st.sampled_from([0, 1, 2, -11, 13]),
    st.integers(1, 40),
    st.booleans(),
)


def record(number: int, moment: int, hours: int, minutes: int, completed: bool):
    started = (START + timedelta(minutes=15 * moment)).astimezone(timezone(timedelta(hours=hours)))
    # Ratings that vary with the moment, some missing.
    pain = (moment % 11 if moment % 3 else None, moment % 7 if moment % 5 else None)
    return make_record(
        number + 1000, started=started, minutes=minutes, completed=completed, pain=pain
    )


def same_summary(totals: DayTotals, records, rest, goal, today=TODAY) -> None:
    expected = summarise(
        records, today, day_start_hour=totals.day_start_hour, rest_days=rest, weekly_goal_days=goal
    )
    got = totals.summary(today, rest, goal)
    for field in ("active_minutes", "this_week_minutes"):
        assert getattr(got, field) == pytest.approx(getattr(expected, field))
        object.__setattr__(got, field, getattr(expected, field))
    assert got == expected
    trend, expected_trend = totals.pain_trend(), pain_trend(records)
    if expected_trend is None or trend is None:
        assert trend == expected_trend
    else:
        assert trend.relief == pytest.approx(expected_trend.relief)
        assert replace(trend, relief=None) == replace(expected_trend, relief=None)
    # Sessions that started at the same moment may come in either order.
    by_day = sessions_by_day(records, totals.day_start_hour)
    assert {d: sorted(r.id for r in rs) for d, rs in totals.by_day.items()} == {
        d: sorted(r.id for r in rs) for d, rs in by_day.items()
    }
    for day_records in totals.by_day.values():
        starts = [r.started.timestamp() for r in day_records]
        assert starts == sorted(starts)
    assert totals.days == sorted(by_day)


@settings(max_examples=60, deadline=None)
@given(
    history=st.lists(sessions, max_size=30),
    changes=st.lists(st.tuples(st.sampled_from(["log", "edit", "delete"]), sessions), max_size=12),
    rest=st.sets(st.integers(0, 55), max_size=15),
    goal=st.integers(0, 7),
    day_start=st.sampled_from([0, 3]),
    today=st.integers(30, 56),
)
def test_kept_up_to_date_as_recomputed(history, changes, rest, goal, day_start, today):
    # Distinct moments: two sessions that start together may come in either order.
    history = list({s[0]: s for s in history}.values())
    changes = [(kind, s) for kind, s in changes if all(s[0] != h[0] for h in history)]
    changes = list({s[0]: (kind, s) for kind, s in changes}.values())
    records = [record(i, *s) for i, s in enumerate(history)]
    totals = DayTotals(records, day_start)
    version, initial = totals.version, list(records)
    rest_days = {START.date() + timedelta(days=d) for d in rest}
    for number, (kind, session) in enumerate(changes, start=len(records)):
        if kind == "log" or not records:
            new = record(number, *session)
            records.append(new)
            totals.add(new)
        elif kind == "edit":
            old = records[number % len(records)]
            new = replace(record(number, *session), id=old.id, note="edited")
            records[records.index(old)] = new
            totals.replace(old, new)
        else:
            old = records.pop(number % len(records))
            totals.remove(old)
        same_summary(totals, records, rest_days, goal, START.date() + timedelta(days=today))
    # A view that followed the changes from the start holds the same sessions in the end.
    following = {r.id: r for r in initial}
    for sign, changed in totals.changes_since(version) or []:
        if sign > 0:
            following[changed.id] = changed
        else:
            assert following.pop(changed.id) == changed
    assert sorted(following.values(), key=lambda r: r.id) == sorted(records, key=lambda r: r.id)


def test_following_the_changes():
    first, second = make_record(1), make_record(2)
    totals = DayTotals([first])
    version = totals.version
    totals.add(second)
    totals.replace(first, replace(first, note="edited"))
    assert [(sign, r.note) for sign, r in totals.changes_since(version)] == [
        (1, "note 2"),
        (-1, "note 1"),
        (1, "edited"),
    ]
    assert totals.changes_since(totals.version) == []
    assert totals.changes_since(totals.version + 1) is None
    for n in range(3000):
        totals.add(make_record(10 + n))
    assert totals.changes_since(version) is None  # too long ago: start again from the sessions


def test_a_streak_through_rest_days_and_a_missing_today():
    days = [0, 1, 2, 4, 5, 9, 10, 11, 12]  # day 3 a rest day; 6-8 missing; today (13) not yet
    records = [
        make_record(i, started=START + timedelta(days=d, hours=8)) for i, d in enumerate(days)
    ]
    totals = DayTotals(records)
    rest = {START.date() + timedelta(days=3)}
    summary = totals.summary(START.date() + timedelta(days=13), rest)
    assert (summary.current.days, summary.best.days) == (4, 5)
    assert summary.best.rest_days == (START.date() + timedelta(days=3),)


def test_removing_what_is_not_there_says_so():
    totals = DayTotals([make_record(1)])
    with pytest.raises(KeyError):
        totals.remove(make_record(2))
