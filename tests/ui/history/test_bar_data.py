"""The bars kept up to date from the day totals' changes match those built again from all the
days (chart_data.bars over core.history.minutes_per), at each granularity."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from backcoach.core.day_totals import DayTotals
from backcoach.core.history import minutes_per
from backcoach.ui.history.bar_data import BarData
from backcoach.ui.history.chart_data import bars
from tests.factories import make_record

START = datetime(2026, 1, 1, 6, 0, tzinfo=timezone(timedelta(hours=-5)))
sessions = st.tuples(st.integers(0, 120 * 24), st.integers(1, 50))


@settings(max_examples=60, deadline=None)
@given(
    history=st.lists(sessions, max_size=25),
    changes=st.lists(st.tuples(st.sampled_from(["log", "edit", "delete"]), sessions), max_size=8),
    granularity=st.sampled_from(["day", "week", "month"]),
)
def test_bars_follow_the_changes(history, changes, granularity):
    def record(number, hour, minutes):
        return make_record(number, started=START + timedelta(hours=hour), minutes=minutes)

    records = [record(i, *s) for i, s in enumerate(history)]
    totals = DayTotals(records, day_start_hour=3)
    data = BarData()
    data.update(totals, granularity)
    for number, (kind, session) in enumerate(changes, start=100):
        if kind == "log" or not records:
            records.append(record(number, *session))
            totals.add(records[-1])
        elif kind == "edit":
            old = records[number % len(records)]
            records[records.index(old)] = replace(record(number, *session), id=old.id)
            totals.replace(
                old, records[records.index(replace(record(number, *session), id=old.id))]
            )
        else:
            totals.remove(records.pop(number % len(records)))
        data.update(totals, granularity)
        expected = minutes_per(DayTotals(records, 3).minutes, granularity)
        assert data.totals.keys() == expected.keys()
        assert all(abs(data.totals[k] - expected[k]) < 1e-9 for k in expected)
        for got, want in zip(
            (data.x, data.minutes, data.widths), bars(expected, granularity), strict=True
        ):
            assert np.allclose(got, want)
