"""The pain charts' points, kept up to date from the day totals' changes (core/day_totals.py):
logging or editing a session moves a point or two in sorted arrays, instead of building the
arrays again from years of sessions (chart_data.pain_series, which this matches)."""

from __future__ import annotations

import numpy as np

from backcoach.core.day_totals import DayTotals
from backcoach.core.session import SessionRecord
from backcoach.ui.history.chart_data import _EPOCH, AVERAGE_OF, DAY, PAIN_KEYS, pain_series

# (x, y, the rolling mean's x, the rolling mean, the sessions in the order of x), as pain_series.
Series = tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, list[SessionRecord]]


class PainPoints:
    def __init__(self) -> None:
        self.source: DayTotals | None = None
        self.version = 0
        self.points: dict[str, tuple[np.ndarray, np.ndarray, list[SessionRecord]]] = {}
        self.series: dict[str, Series] = {}

    def update(self, totals: DayTotals) -> set[str]:
        """Catch up with the sessions' changes; the keys whose points changed."""
        changes = totals.changes_since(self.version) if totals is self.source else None
        if changes is None:
            self.source, self.version = totals, totals.version
            self.series = pain_series(list(totals.records()), totals.day_start_hour)
            self.points = {key: (s[0], s[1], s[4]) for key, s in self.series.items()}
            return set(PAIN_KEYS)
        self.version = totals.version
        changed: set[str] = set()
        for sign, record in changes:
            at = _x(record, totals.day_start_hour)
            for key in PAIN_KEYS:
                rating = getattr(record, key)
                if rating is None:
                    continue
                x, y, records = self.points[key]
                if sign > 0:
                    index = int(np.searchsorted(x, at, side="right"))
                    x, y = np.insert(x, index, at), np.insert(y, index, float(rating))
                    records.insert(index, record)
                else:
                    index = int(np.searchsorted(x, at, side="left"))
                    while records[index].id != record.id:
                        index += 1
                    x, y = np.delete(x, index), np.delete(y, index)
                    del records[index]
                self.points[key] = x, y, records
                changed.add(key)
        for key in changed:
            x, y, records = self.points[key]
            window = min(AVERAGE_OF, len(y))
            if window:
                mean = np.convolve(y, np.ones(window) / window, mode="valid")
                self.series[key] = (x, y, x[window - 1 :], mean, records)
            else:
                self.series[key] = (x, y, x, y, records)
        return changed


def _x(record: SessionRecord, day_start_hour: int) -> float:
    """Where pain_series puts a session: its local date and time, less the day-start hour."""
    started = record.started
    return (
        (started.date().toordinal() - _EPOCH) * DAY
        + (started.hour * 3600 + started.minute * 60)
        - day_start_hour * 3600
    )
