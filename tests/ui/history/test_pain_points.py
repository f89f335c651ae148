"""The pain points kept up to date from the day totals' changes match those built again from all
the sessions (chart_data.pain_series)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from backcoach.core.day_totals import DayTotals
from backcoach.ui.history.chart_data import PAIN_KEYS, pain_series
from backcoach.ui.history.pain_points import PainPoints
from tests.factories import make_record

START = datetime(2026, 1, 1, 6, 0, tzinfo=timezone(timedelta(hours=2)))


def record(number: int, minute: int, before: int | None, after: int | None):
    started = START + timedelta(minutes=7 * minute)
    return make_record(number, started=started, pain=(before, after))


ratings = st.one_of(st.none(), st.integers(0, 10))
sessions = st.tuples(st.integers(0, 2000), ratings, ratings)


@settings(max_examples=60, deadline=None)
@given(
    history=st.lists(sessions, max_size=25, unique_by=lambda s: s[0]),
    changes=st.lists(st.tuples(st.sampled_from(["log", "edit", "delete"]), sessions), max_size=10),
)
def test_points_follow_the_changes(history, changes):
    records = [record(i, *s) for i, s in enumerate(history)]
    totals = DayTotals(records)
    points = PainPoints()
    assert points.update(totals) == set(PAIN_KEYS)
    used = {s[0] for s in history}
    for number, (kind, session) in enumerate(changes, start=100):
        if session[0] in used:
            continue  # distinct moments: two points at one moment may come in either order
        used.add(session[0])
        if kind == "log" or not records:
            new = record(number, *session)
            records.append(new)
            totals.add(new)
        elif kind == "edit":
            old = records[number % len(records)]
            new = replace(record(number, *session), id=old.id)
            records[records.index(old)] = new
            totals.replace(old, new)
        else:
            totals.remove(records.pop(number % len(records)))
        changed = points.update(totals)
        expected = pain_series(records, 0)
        for key in PAIN_KEYS:
            x, y, mean_x, mean, rated = points.series[key]
            ex, ey, emean_x, emean, erated = expected[key]
            assert np.array_equal(x, ex) and np.array_equal(y, ey)
            assert np.allclose(mean, emean) and np.array_equal(mean_x, emean_x)
            assert [r.id for r in rated] == [r.id for r in erated]
            if key not in changed:
                assert kind != "log" or getattr(records[-1], key) is None
