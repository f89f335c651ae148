"""What the history shows, as pure functions: the day of a session, totals, streaks.

A session belongs to the local date recorded with it (its start time carries the UTC offset of
the place and season where it happened), so travel and daylight-saving changes never move a past
session to another day. A day may start later than midnight (``day_start_hour``): with a 03:00
start a session at 00:30 counts for the day before, which is what a night owl means by "today".

Streaks are fair to a bad back: days the user marks as rest or flare-up days pause a streak (they
do not count, but they do not break it either). The current streak is still alive on a day with
no session yet, so it never reads zero in the morning before the day's session.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from itertools import pairwise
from typing import Any, Literal

from backcoach.core.i18n import Context
from backcoach.core.session import SessionRecord
from backcoach.core.words import explain_streak, rest_day_has_a_session

CoreText = Context("CoreText")

# --- days -------------------------------------------------------------------------------------


def day_of(moment: datetime, day_start_hour: int = 0) -> date:
    """The day a moment counts for: its local date as recorded, shifted by the day-start hour.

    Arithmetic on an aware datetime is wall-clock arithmetic in its own zone, so this never
    converts to another zone: the offset recorded with the session decides the date.
    """
    return (moment - timedelta(hours=day_start_hour)).date()


def session_day(record: SessionRecord, day_start_hour: int = 0) -> date:
    return day_of(record.started, day_start_hour)


def week_start(day: date) -> date:
    """The Monday of the day's week (ISO weeks)."""
    return day - timedelta(days=day.weekday())


def month_start(day: date) -> date:
    return day.replace(day=1)


# A clock change that is no journey moves the clock by two hours at most (daylight saving, a
# neighbouring zone): the day it happens on still has 22 hours or more, and counts as lived.
_A_DAY_LIVED = timedelta(hours=22)


def skipped_days(sessions: Iterable[SessionRecord], day_start_hour: int = 0) -> set[date]:
    """Dates the user never really lived through: jumped over by flying west across the date
    line (or by a country moving across it, as Samoa did on 2011-12-30). They pause a streak,
    like rest days.

    Between two sessions in a row, a date in between was skipped when, whenever the clock
    changed between them, the user could not have spent 22 hours in it. A daylight-saving change
    never skips a day (its Sunday still had 23 hours: an empty one breaks a streak), nor does a
    clock that went back; a Tuesday that passed in the air over the Pacific does.
    """
    sessions = list(sessions)
    offsets = {r.started.utcoffset() or timedelta() for r in sessions}
    if not offsets or max(offsets) - min(offsets) <= timedelta(days=1) - _A_DAY_LIVED:
        return set()  # one place, or daylight saving only: nothing to sort through
    ordered = sorted(sessions, key=lambda r: r.started)  # aware datetimes sort by the instant
    shift = timedelta(hours=day_start_hour)
    skipped: set[date] = set()
    for before, after in pairwise(ordered):
        jump = (after.started.utcoffset() or timedelta()) - (
            before.started.utcoffset() or timedelta()
        )
        if jump <= timedelta(days=1) - _A_DAY_LIVED:
            continue  # a small jump always leaves the day it falls on 22 hours or more
        # Wall times on each session's own clock, with the day starting at midnight.
        start = before.started.replace(tzinfo=None) - shift
        end = after.started.replace(tzinfo=None) - shift
        # Only a date that ends after `end` on the first clock and starts before `start` on the
        # second one can be short of a whole day: at most two dates, as no jump reaches 48 h.
        first = max(start.date(), (end - jump).date() - timedelta(days=1)) + timedelta(days=1)
        last = min(end.date(), (start + jump).date() + timedelta(days=1))
        day = first
        while day < last:
            if _longest_stay(day, start, end, jump) < _A_DAY_LIVED:
                skipped.add(day)
            day += timedelta(days=1)
    return skipped


def _longest_stay(day: date, start: datetime, end: datetime, jump: timedelta) -> timedelta:
    """The most time one can have spent in `day` between `start` (a wall time) and `end` (a wall
    time on a clock `jump` ahead), whichever moment in between the clock moved on.

    With the change at `switch` on the first clock, the time in the day is its part of
    [start, switch) plus its part of [switch + jump, end). That is piecewise linear in `switch`,
    so its largest value is at one of the bends, or at either end.
    """
    midnight = datetime.combine(day, datetime.min.time())
    next_midnight = midnight + timedelta(days=1)
    latest = end - jump  # the last moment the change can happen, on the first clock

    def overlap(a: datetime, b: datetime) -> timedelta:
        return max(timedelta(), min(b, next_midnight) - max(a, midnight))

    bends = (start, latest, midnight, next_midnight, midnight - jump, next_midnight - jump)
    switches = (min(max(bend, start), latest) for bend in bends)
    return max(overlap(start, switch) + overlap(switch + jump, end) for switch in switches)


# --- totals -----------------------------------------------------------------------------------


def sessions_by_day(
    sessions: Iterable[SessionRecord], day_start_hour: int = 0
) -> dict[date, list[SessionRecord]]:
    by_day: dict[date, list[SessionRecord]] = defaultdict(list)
    for record in sessions:
        by_day[session_day(record, day_start_hour)].append(record)
    return dict(by_day)


def daily_minutes(sessions: Iterable[SessionRecord], day_start_hour: int = 0) -> dict[date, float]:
    """Active minutes per day, for the days with at least one session."""
    totals: dict[date, float] = defaultdict(float)
    for record in sessions:
        totals[session_day(record, day_start_hour)] += record.active_seconds / 60
    return dict(totals)


# The history charts regroup years of days on every change of granularity, so these two count in
# plain numbers (a day's ordinal, a year and month) and make dates only for the totals.


def weekly_minutes(daily: Mapping[date, float]) -> dict[date, float]:
    """Active minutes per week, keyed by the week's Monday."""
    totals: dict[date, float] = defaultdict(float)
    for day, minutes in daily.items():
        totals[week_start(day)] += minutes
    return dict(totals)


def monthly_minutes(daily: Mapping[date, float]) -> dict[date, float]:
    """Active minutes per month, keyed by the month's first day."""
    totals: dict[tuple[int, int], float] = defaultdict(float)
    for day, minutes in daily.items():
        totals[day.year, day.month] += minutes
    return {date(year, month, 1): minutes for (year, month), minutes in totals.items()}


# The periods that totals (and the charts' bars) are counted over.
Period = Literal["day", "week", "month"]


def minutes_per(daily: Mapping[date, float], period: Period) -> dict[date, float]:
    """Active minutes per "day", "week" or "month", keyed by the period's first day."""
    if period == "day":
        return dict(daily)
    if period == "week":
        return weekly_minutes(daily)
    if period == "month":
        return monthly_minutes(daily)
    raise ValueError(CoreText.tr("no period {period!r}: day, week or month").format(period=period))


# --- day streaks ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Streak:
    """A run of days with a session, where marked rest days in between only paused it."""

    days: int = 0  # days with a session; rest days are not counted
    first: date | None = None  # first day with a session
    last: date | None = None  # last day with a session
    rest_days: tuple[date, ...] = ()  # rest days between first and last

    def to_json(self) -> dict[str, Any]:
        return {
            "days": self.days,
            "first": self.first.isoformat() if self.first else None,
            "last": self.last.isoformat() if self.last else None,
            "rest_days": [d.isoformat() for d in self.rest_days],
        }


def _streak_ending(active: set[date], rest: set[date], skipped: set[date], end: date) -> Streak:
    """The streak whose run of active, rest or skipped days ends on `end`, walking back."""
    day = end
    count = 0
    first = last = None
    paused: list[date] = []
    while day in active or day in rest or day in skipped:
        if day in active:
            count += 1
            last = last or day
            first = day
        elif day in rest:
            paused.append(day)
        day -= timedelta(days=1)
    if not count:
        return Streak()
    assert first is not None and last is not None
    inside = tuple(sorted(d for d in paused if first < d < last))
    return Streak(count, first, last, inside)


def current_streak(
    active: set[date], rest: set[date], today: date, skipped: set[date] | None = None
) -> Streak:
    """The streak still alive today; a day without a session yet does not end it."""
    skipped = skipped or set()
    if today in active or today in rest:
        return _streak_ending(active, rest, skipped, today)
    return _streak_ending(active, rest, skipped, today - timedelta(days=1))


def best_streak(active: set[date], rest: set[date], skipped: set[date] | None = None) -> Streak:
    """The longest streak ever (the most recent one when two are as long)."""
    skipped = skipped or set()
    paused = rest | skipped
    best = Streak()
    for day in sorted(active):
        following = day + timedelta(days=1)
        # Only the last active day of a run can end a streak; look past the paused days.
        while following in paused and following not in active:
            following += timedelta(days=1)
        if following in active:
            continue
        streak = _streak_ending(active, rest, skipped, day)
        if streak.days >= best.days:
            best = streak
    return best


def rest_day_problem(day: date, active: Collection[date]) -> str | None:
    """Why `day` cannot be marked as a rest day, or None.

    A day with a session already counts for the streak, so a rest mark on it would do nothing
    now, and would quietly start to count if the session were deleted: it is refused, with the
    reason. Unmarking a rest day is always allowed.
    """
    return rest_day_has_a_session(day) if day in active else None


# --- the weekly goal --------------------------------------------------------------------------


@dataclass(frozen=True)
class WeekStreak:
    """Weeks in a row that met the goal of N days; a week made up with rest days pauses it."""

    weeks: int = 0
    first: date | None = None  # Monday of the first week counted
    last: date | None = None  # Monday of the last week counted
    this_week_days: int = 0  # days with a session in the current week so far
    goal: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "weeks": self.weeks,
            "first_week": self.first.isoformat() if self.first else None,
            "last_week": self.last.isoformat() if self.last else None,
            "this_week_days": self.this_week_days,
            "goal_days": self.goal,
        }


class WeekOutcome(StrEnum):
    MET = "met"
    PAUSED = "paused"  # short of the goal only by rest or skipped days
    MISSED = "missed"


def week_outcome(monday: date, active: set[date], excused: set[date], goal: int) -> WeekOutcome:
    """Whether the week met the goal, was excused (paused) or missed it."""
    days = [monday + timedelta(days=i) for i in range(7)]
    done = sum(d in active for d in days)
    if done >= goal:
        return WeekOutcome.MET
    excused_days = sum(d in excused and d not in active for d in days)
    return WeekOutcome.PAUSED if done + excused_days >= goal else WeekOutcome.MISSED


def weekly_goal_streak(
    active: set[date], rest: set[date], goal: int, today: date, skipped: set[date] | None = None
) -> WeekStreak:
    """Weeks in a row that met the goal, ending this week (or last week, if this one is open)."""
    this_monday = week_start(today)
    this_week_days = sum((this_monday + timedelta(days=i)) in active for i in range(7))
    if goal <= 0:
        return WeekStreak(this_week_days=this_week_days)
    excused = rest | (skipped or set())
    earliest = week_start(min(active | excused)) if (active or excused) else this_monday
    monday = this_monday
    count = 0
    first = last = None
    while monday >= earliest:
        outcome = week_outcome(monday, active, excused, goal)
        if outcome == WeekOutcome.MET:
            count += 1
            last = last or monday
            first = monday
        elif outcome == WeekOutcome.MISSED and monday != this_monday:
            break  # the current week may still reach its goal: only past weeks break a streak
        monday -= timedelta(days=7)
    return WeekStreak(count, first, last, this_week_days, goal)


# --- where the user stands today -------------------------------------------------------------


@dataclass(frozen=True)
class Progress:
    """The current streak and this week against the weekly goal: what a person wants to hear
    right after a session (the "Well done" page), without the rest of the history."""

    today: date
    streak: Streak  # the current streak (today's session included once it is logged)
    week_days: int  # days with a session this week, Monday to Sunday
    goal: int  # days a week to exercise; 0: no goal
    goal_weeks: int  # weeks in a row that met the goal, this week included once it has

    @property
    def goal_met(self) -> bool:
        return self.goal > 0 and self.week_days >= self.goal

    @property
    def days_to_go(self) -> int:
        """Days still to do this week to meet the goal (0 with no goal, or once it is met)."""
        return max(0, self.goal - self.week_days) if self.goal else 0


def progress(
    sessions: Sequence[SessionRecord],
    today: date,
    *,
    day_start_hour: int = 0,
    rest_days: Iterable[date] = (),
    weekly_goal_days: int = 0,
) -> Progress:
    """Where the user stands today, by the same rules as the history's cards (`summarise`)."""
    active = {session_day(r, day_start_hour) for r in sessions}
    rest = set(rest_days)
    skipped = skipped_days(sessions, day_start_hour)
    weekly = weekly_goal_streak(active, rest, weekly_goal_days, today, skipped)
    return Progress(
        today=today,
        streak=current_streak(active, rest, today, skipped),
        week_days=weekly.this_week_days,
        goal=weekly_goal_days,
        goal_weeks=weekly.weeks,
    )


# --- everything at once -----------------------------------------------------------------------


@dataclass(frozen=True)
class Summary:
    """What the history view's cards and `backcoach --stats` show."""

    today: date
    sessions: int
    completed: int
    active_days: int
    active_minutes: float
    this_week_minutes: float  # Monday to today
    this_week_sessions: int
    first_day: date | None
    last_day: date | None
    current: Streak
    best: Streak
    weekly: WeekStreak
    current_explained: str

    def to_json(self) -> dict[str, Any]:
        return {
            "today": self.today.isoformat(),
            "totals": {
                "sessions": self.sessions,
                "completed_sessions": self.completed,
                "active_days": self.active_days,
                "active_minutes": round(self.active_minutes, 1),
                "this_week_active_minutes": round(self.this_week_minutes, 1),
                "this_week_sessions": self.this_week_sessions,
                "first_day": self.first_day.isoformat() if self.first_day else None,
                "last_day": self.last_day.isoformat() if self.last_day else None,
            },
            "current_streak": {**self.current.to_json(), "explained": self.current_explained},
            "best_streak": self.best.to_json(),
            "weekly_goal_streak": self.weekly.to_json(),
        }


def summarise(
    sessions: Sequence[SessionRecord],
    today: date,
    *,
    day_start_hour: int = 0,
    rest_days: Iterable[date] = (),
    weekly_goal_days: int = 0,
) -> Summary:
    days = [session_day(r, day_start_hour) for r in sessions]  # once, for every total below
    daily: dict[date, float] = defaultdict(float)
    for day, record in zip(days, sessions, strict=True):
        daily[day] += record.active_seconds / 60
    active = set(daily)
    rest = set(rest_days)
    skipped = skipped_days(sessions, day_start_hour)
    current = current_streak(active, rest, today, skipped)
    monday = week_start(today)
    return Summary(
        today=today,
        sessions=len(sessions),
        completed=sum(r.completed for r in sessions),
        active_days=len(active),
        active_minutes=sum(daily.values()),
        this_week_minutes=sum(m for d, m in daily.items() if monday <= d <= today),
        this_week_sessions=sum(monday <= day <= today for day in days),
        first_day=min(active) if active else None,
        last_day=max(active) if active else None,
        current=current,
        best=best_streak(active, rest, skipped),
        weekly=weekly_goal_streak(active, rest, weekly_goal_days, today, skipped),
        current_explained=explain_streak(current, today),
    )
