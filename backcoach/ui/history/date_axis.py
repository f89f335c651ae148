"""The charts' time axis, in the app's own date words: "5 Feb" for days and weeks, "Feb" for
months (with the year on January and on the first label), "2025" for years. pyqtgraph's
DateAxisItem mixes formats ("03", "Jan02", "Mar 03") and the C library's month names.

The axis's values are seconds since the epoch at UTC midnight of each date (see
activity_charts.seconds_of), so a tick is a date, never a time of day.
"""

from __future__ import annotations

from datetime import date, timedelta

import pyqtgraph as pg
from PySide6.QtGui import QFontMetricsF

from backcoach.core.words import date_text, month_name
from backcoach.ui.widgets.translation import Context

HistoryText = Context("HistoryText")

DAY = 86400.0
_EPOCH = date(1970, 1, 1).toordinal()

# The steps between ticks, finest first: (unit, how many).
STEPS = (
    ("day", 1),
    ("day", 2),
    ("week", 1),
    ("week", 2),
    ("month", 1),
    ("month", 2),
    ("month", 3),
    ("month", 6),
    ("year", 1),
    ("year", 2),
    ("year", 5),
    ("year", 10),
)
_STEP_DAYS = {"day": 1, "week": 7, "month": 28, "year": 365}  # the shortest each can be


def _to_date(seconds: float) -> date:
    return date.fromordinal(int(seconds // DAY) + _EPOCH)


def _to_seconds(day: date) -> float:
    return (day.toordinal() - _EPOCH) * DAY


def tick_dates(first: date, last: date, unit: str, count: int) -> list[date]:
    """The dates from first to last that start a step: every `count` days, every `count`
    Mondays, first days of months, or New Year's days. The same dates whatever the range, so
    the labels do not shift under the pointer."""
    if unit in ("day", "week"):
        days = (first + timedelta(days=i) for i in range((last - first).days + 1))
        if unit == "day":
            return [d for d in days if d.toordinal() % count == 0]
        return [d for d in days if d.weekday() == 0 and (d.toordinal() // 7) % count == 0]
    if unit == "month":
        months = (
            date(first.year + (first.month - 1 + i) // 12, (first.month - 1 + i) % 12 + 1, 1)
            for i in range((last.year - first.year) * 12 + last.month - first.month + 1)
        )
        return [d for d in months if first <= d and (d.month - 1) % count == 0]
    years = (date(y, 1, 1) for y in range(first.year, last.year + 1))
    return [d for d in years if first <= d and d.year % count == 0]


class DateAxis(pg.AxisItem):
    """A bottom axis of dates, with as many labels as fit without touching."""

    def __init__(self) -> None:
        super().__init__(orientation="bottom")
        self.step = STEPS[0]

    def _label_room(self) -> float:
        """The width a label needs, with a gap: the widest date this axis writes."""
        metrics = QFontMetricsF(self.style.get("tickFont") or self.font())
        return metrics.horizontalAdvance(HistoryText.tr("30 Sep 2026")) * 1.3

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list:
        if maxVal <= minVal or size <= 0:
            return []
        pixels_per_day = size / ((maxVal - minVal) / DAY)
        room = self._label_room()
        self.step = next(
            (step for step in STEPS if _STEP_DAYS[step[0]] * step[1] * pixels_per_day >= room),
            STEPS[-1],
        )
        first, last = _to_date(minVal), _to_date(maxVal)
        ticks = [_to_seconds(d) for d in tick_dates(first, last, *self.step)]
        ticks = [t for t in ticks if minVal <= t <= maxVal]
        return [(_STEP_DAYS[self.step[0]] * self.step[1] * DAY, ticks)]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        unit = self.step[0]
        labels = []
        previous_year = None
        for value in values:
            day = _to_date(value)
            new_year = day.year != previous_year
            previous_year = day.year
            if unit == "year":
                labels.append(str(day.year))
            elif unit == "month":
                name = month_name(day.month, "short")
                labels.append(f"{name} {day.year}" if new_year else name)
            else:
                labels.append(date_text(day, year=new_year and (day.month == 1 or not labels)))
        return labels
