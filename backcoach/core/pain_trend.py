"""Whether the back is getting better, in numbers a sentence can carry: pain before sessions at
the start of the history and now, and how much a session lowers it.

Each end is the mean of a few sessions (as many as the chart's average line takes), so one bad
morning does not make the trend. Pain *before* a session is the measure of the back itself; the
difference after is what a session does for it.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from backcoach.core.session import SessionRecord

# The chart draws the average of 7 sessions: the trend's two ends are the same kind of average.
TREND_SESSIONS = 7


@dataclass(frozen=True)
class PainTrend:
    since: date  # the date of the first session with a rating before it, as written
    first: float  # mean pain before the first TREND_SESSIONS rated sessions
    last: float  # mean pain before the last TREND_SESSIONS
    rated: int  # sessions with a rating before them
    relief: float | None  # mean of before minus after, over the sessions with both; None if none


def pain_trend(sessions: Sequence[SessionRecord]) -> PainTrend | None:
    """The trend of pain before sessions, or None until there are two averages' worth of rated
    sessions (so that its ends do not share a session)."""
    rated = [r for r in sessions if r.pain_before is not None]
    if len(rated) < 2 * TREND_SESSIONS:
        return None
    # The few first and last by time, without sorting years of sessions.
    first = heapq.nsmallest(TREND_SESSIONS, rated, key=lambda r: r.started)
    last = heapq.nlargest(TREND_SESSIONS, rated, key=lambda r: r.started)
    changes = [
        r.pain_before - r.pain_after
        for r in rated
        if r.pain_after is not None and r.pain_before is not None
    ]
    return PainTrend(
        since=first[0].started.date(),
        first=_mean(r.pain_before for r in first),
        last=_mean(r.pain_before for r in last),
        rated=len(rated),
        relief=sum(changes) / len(changes) if changes else None,
    )


def _mean(values: Iterable[int | None]) -> float:
    numbers = [v for v in values if v is not None]
    return sum(numbers) / len(numbers)
