"""The history's per-day totals, kept up to date as sessions are logged, edited and deleted.

A change costs what the day it touches holds, not what the history holds: the history view, the
"Well done" page and the cards read their figures from here instead of going over every session.
The figures are the ones core.history computes from the sessions (tests/core/test_day_totals.py
compares the two), with the day streaks found in one pass over the sorted days.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left, bisect_right, insort
from collections import Counter
from collections.abc import Iterable, Iterator, Set
from datetime import date, timedelta

from backcoach.core.history import (
    _A_DAY_LIVED,
    Streak,
    Summary,
    WeekStreak,
    session_day,
    skipped_days,
    week_start,
    weekly_goal_streak,
)
from backcoach.core.pain_trend import TREND_SESSIONS, PainTrend
from backcoach.core.session import SessionRecord
from backcoach.core.words import explain_streak

_ONE_DAY = timedelta(days=1)
# Changes kept for the views that follow them: more than any one refresh has to catch up on.
_LOG_KEPT = 1000
# UTC offsets run from -12 to +14 hours: two local dates of one moment are at most 2 days apart.
_ZONES_APART = 2


def _started(record: SessionRecord) -> float:
    return record.started.timestamp()


class DayTotals:
    """Sessions grouped by the day they count for, with each day's active minutes."""

    def __init__(self, sessions: Iterable[SessionRecord] = (), day_start_hour: int = 0) -> None:
        self.day_start_hour = day_start_hour
        # Each day's sessions, in the order they started; and its active minutes.
        self.by_day: dict[date, list[SessionRecord]] = {}
        self.minutes: dict[date, float] = {}
        self.days: list[date] = []  # the days with a session, in order
        self.sessions = 0
        self.completed = 0
        # How many sessions were recorded at each UTC offset: with one place (or daylight saving
        # only) no day can have been skipped, and the sessions need not be looked at.
        self.offsets: Counter[timedelta] = Counter()
        # Changes so far; the latest of them, for views that follow them (see changes_since).
        self.version = 0
        self._log: list[tuple[int, SessionRecord]] = []
        # Bumped when a day gains its first session or loses its last: the streaks depend on that.
        self.days_version = 0
        self._streaks: dict[tuple[object, ...], tuple[Streak, Streak, WeekStreak]] = {}
        # For the pain trend: sessions rated before, and the sum and count of before minus after.
        self.rated = 0
        self.relief_sum = 0
        self.relief_count = 0
        for record in sessions:
            self.add(record)

    def __contains__(self, day: object) -> bool:
        return day in self.minutes

    def records(self) -> Iterator[SessionRecord]:
        """Every session, day by day."""
        for day in self.days:
            yield from self.by_day[day]

    # --- changes ------------------------------------------------------------------------------

    def add(self, record: SessionRecord) -> None:
        day = session_day(record, self.day_start_hour)
        records = self.by_day.get(day)
        if records is None:
            records = self.by_day[day] = []
            insort(self.days, day)
            self.days_version += 1
        insort(records, record, key=_started)
        self._count(record, day, 1)

    def remove(self, record: SessionRecord) -> None:
        """Take out the session with this record's id (as it was added)."""
        day = session_day(record, self.day_start_hour)
        records = self.by_day.get(day, [])
        index = next((i for i, r in enumerate(records) if r.id == record.id), None)
        if index is None:
            raise KeyError(record.id)
        removed = records.pop(index)
        if not records:
            del self.by_day[day]
            del self.days[bisect_left(self.days, day)]
            self.days_version += 1
        self._count(removed, day, -1)

    def replace(self, old: SessionRecord, new: SessionRecord) -> None:
        self.remove(old)
        self.add(new)

    def _count(self, record: SessionRecord, day: date, sign: int) -> None:
        self.sessions += sign
        self.completed += sign * record.completed
        offset = record.started.utcoffset() or timedelta()
        self.offsets[offset] += sign
        if not self.offsets[offset]:
            del self.offsets[offset]
        records = self.by_day.get(day)
        if not records:
            self.minutes.pop(day, None)
        elif sign > 0 and len(records) > 1:
            self.minutes[day] += record.active_seconds / 60
        else:
            # Summed again from the day's sessions when one goes: no rounding piles up.
            self.minutes[day] = sum(r.active_seconds for r in records) / 60
        if record.pain_before is not None:
            self.rated += sign
            if record.pain_after is not None:
                self.relief_sum += sign * (record.pain_before - record.pain_after)
                self.relief_count += sign
        self.version += 1
        self._log.append((sign, record))
        if len(self._log) > 2 * _LOG_KEPT:
            del self._log[:-_LOG_KEPT]

    def changes_since(self, version: int) -> list[tuple[int, SessionRecord]] | None:
        """The sessions added (+1) and taken out (-1) since `version`, in order; None when that
        is longer ago than is kept (then start again from the sessions)."""
        if version > self.version or self.version - version > len(self._log):
            return None
        return self._log[len(self._log) - (self.version - version) :]

    # --- figures ------------------------------------------------------------------------------

    def skipped(self) -> set[date]:
        """Dates flown over across the date line (core.history.skipped_days)."""
        if not self.offsets or max(self.offsets) - min(self.offsets) <= _ONE_DAY - _A_DAY_LIVED:
            return set()
        return skipped_days(self.records(), self.day_start_hour)

    def minutes_between(self, first: date, last: date) -> tuple[float, int]:
        """Active minutes and sessions from `first` to `last`, both included."""
        days = self.days[bisect_left(self.days, first) : bisect_right(self.days, last)]
        return sum(self.minutes[d] for d in days), sum(len(self.by_day[d]) for d in days)

    def streaks(
        self, rest: Set[date], today: date, skipped: Set[date], goal: int
    ) -> tuple[Streak, Streak, WeekStreak]:
        """The current, the best and the weekly goal's streak (core.history's rules), kept until
        a day gains its first session or loses its last, or the rest days, today or the goal
        change: another session on a day with one changes none of them."""
        key = (self.days_version, frozenset(rest), today, frozenset(skipped), goal)
        found = self._streaks.get(key)
        if found is None:
            current, best = streaks(self.days, rest, today, skipped)
            weekly = weekly_goal_streak(self.minutes.keys(), rest, goal, today, skipped)  # type: ignore[arg-type]
            found = current, best, weekly
            self._streaks = {key: found}
        return found

    def summary(self, today: date, rest_days: Iterable[date] = (), weekly_goal_days: int = 0):
        """The history's Summary (core.history.summarise), from the days."""
        rest = set(rest_days)
        skipped = self.skipped()
        current, best, weekly = self.streaks(rest, today, skipped, weekly_goal_days)
        minutes, week_sessions = self.minutes_between(week_start(today), today)
        return Summary(
            today=today,
            sessions=self.sessions,
            completed=self.completed,
            active_days=len(self.days),
            active_minutes=sum(self.minutes.values()),
            this_week_minutes=minutes,
            this_week_sessions=week_sessions,
            first_day=self.days[0] if self.days else None,
            last_day=self.days[-1] if self.days else None,
            current=current,
            best=best,
            weekly=weekly,
            current_explained=explain_streak(current, today),
        )

    def pain_trend(self) -> PainTrend | None:
        """core.pain_trend.pain_trend, from the first and last days and the running sums."""
        if self.rated < 2 * TREND_SESSIONS:
            return None
        first = heapq.nsmallest(TREND_SESSIONS, self._rated_near(self.days), key=_started)
        last = heapq.nlargest(TREND_SESSIONS, self._rated_near(reversed(self.days)), key=_started)
        return PainTrend(
            since=first[0].started.date(),
            first=sum(r.pain_before or 0 for r in first) / len(first),
            last=sum(r.pain_before or 0 for r in last) / len(last),
            rated=self.rated,
            relief=self.relief_sum / self.relief_count if self.relief_count else None,
        )

    def _rated_near(self, days: Iterable[date]) -> list[SessionRecord]:
        """The rated sessions of the days from one end until TREND_SESSIONS are found, and of
        the days within _ZONES_APART after: a session's local day may be a day or two off the
        order of the moments, across time zones."""
        found: list[SessionRecord] = []
        stop: date | None = None
        for day in days:
            if stop is not None and abs((day - stop).days) > _ZONES_APART:
                break
            found += (r for r in self.by_day[day] if r.pain_before is not None)
            if stop is None and len(found) >= TREND_SESSIONS:
                stop = day
        return found


def streaks(
    days: list[date], rest: Set[date], today: date, skipped: Set[date]
) -> tuple[Streak, Streak]:
    """The current and the best streak in one pass over the sorted active days.

    Two active days in a row belong to one streak when every day between them is a rest day or
    a skipped one. The best streak is the longest run (the later of two as long); the current one
    is the run reaching today, or yesterday when today has no session and is no rest day.
    """
    active = set(days)
    run_start = [0] * len(days)
    best_first = best_last = -1
    for i in range(len(days)):
        if i and _paused_between(days[i - 1], days[i], rest, skipped):
            run_start[i] = run_start[i - 1]
        else:
            run_start[i] = i
        if i - run_start[i] >= best_last - best_first:
            best_first, best_last = run_start[i], i
    best = _streak(days, best_first, best_last, rest, active) if days else Streak()
    end = today if (today in active or today in rest) else today - _ONE_DAY
    last = bisect_right(days, end) - 1
    if last < 0 or not (
        days[last] == end or _paused_between(days[last], end + _ONE_DAY, rest, skipped)
    ):
        return Streak(), best
    return _streak(days, run_start[last], last, rest, active), best


def _paused_between(before: date, after: date, rest: Set[date], skipped: Set[date]) -> bool:
    """Whether every day strictly between the two is a rest day or a skipped one."""
    day = before + _ONE_DAY
    while day < after:
        if day not in rest and day not in skipped:
            return False
        day += _ONE_DAY
    return True


def _streak(days: list[date], first: int, last: int, rest: Set[date], active: Set[date]) -> Streak:
    start, end = days[first], days[last]
    # A rest day with a session counts as a day with a session, not as a pause.
    inside = tuple(sorted(d for d in rest if start < d < end and d not in active))
    return Streak(last - first + 1, start, end, inside)
