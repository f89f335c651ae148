"""The minutes chart's bars, kept up to date from the day totals' changes (core/day_totals.py):
a logged or edited session changes the bar of its day, week or month, not decades of bars built
again (chart_data.bars over core.history.minutes_per, which this matches)."""

from __future__ import annotations

from bisect import bisect_left
from datetime import date, timedelta

import numpy as np

from backcoach.core.day_totals import DayTotals
from backcoach.core.history import Period, minutes_per, session_day
from backcoach.ui.history.chart_data import DAY, bars, period_of


class BarData:
    def __init__(self) -> None:
        self.source: DayTotals | None = None
        self.granularity: Period = "day"
        self.version = 0
        self.totals: dict[date, float] = {}  # per day, week or month, by its first day
        self.x = self.minutes = self.widths = np.zeros(0)

    def update(self, days: DayTotals, granularity: Period) -> bool:
        """Catch up with the sessions' changes; whether any bar changed."""
        changes = None
        if days is self.source and granularity == self.granularity:
            changes = days.changes_since(self.version)
        if changes is None:
            self.source, self.granularity, self.version = days, granularity, days.version
            self.totals = minutes_per(days.minutes, granularity)
            self.x, self.minutes, self.widths = bars(self.totals, granularity)
            return True
        self.version = days.version
        periods = {
            period_of(session_day(record, days.day_start_hour), granularity)
            for _, record in changes
        }
        for period in periods:
            self._redo(days, period)
        return bool(periods)

    def near(self, x0: float, x1: float) -> tuple[int, int]:
        """The bars from a view's width (and a month) before x0 to as much after x1."""
        margin = x1 - x0 + 32 * DAY
        first = int(np.searchsorted(self.x, x0 - margin))
        return first, int(np.searchsorted(self.x, x1 + margin))

    def _redo(self, days: DayTotals, period: date) -> None:
        end = _period_end(period, self.granularity)
        inside = days.days[bisect_left(days.days, period) : bisect_left(days.days, end)]
        # The bar's arrays for this period alone, placed where its centre sorts.
        x, minutes, widths = bars({period: 0.0}, self.granularity)
        index = int(np.searchsorted(self.x, x[0]))
        there = index < len(self.x) and self.x[index] == x[0]
        if not inside:
            self.totals.pop(period, None)
            if there:
                self.x, self.minutes, self.widths = (
                    np.delete(a, index) for a in (self.x, self.minutes, self.widths)
                )
            return
        total = sum(days.minutes[d] for d in inside)
        self.totals[period] = total
        if there:
            self.minutes = self.minutes.copy()  # a new array: the chart compares and keeps it
            self.minutes[index] = total
        else:
            self.x = np.insert(self.x, index, x[0])
            self.minutes = np.insert(self.minutes, index, total)
            self.widths = np.insert(self.widths, index, widths[0])


def _period_end(start: date, granularity: Period) -> date:
    if granularity == "day":
        return start + timedelta(days=1)
    if granularity == "week":
        return start + timedelta(days=7)
    return (start + timedelta(days=31)).replace(day=1)
