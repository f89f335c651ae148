"""Whether the back is getting better: the trend of pain before sessions, and what a session
does for it, in numbers and in the sentence the history shows."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from backcoach.core.clock import FakeClock
from backcoach.core.pain_trend import TREND_SESSIONS, PainTrend, pain_trend
from backcoach.core.storage.store import Store
from backcoach.core.words import pain_trend_text
from backcoach.tools.demo import generate
from tests.factories import make_record

START = datetime(2025, 3, 3, 8, 0, tzinfo=timezone(timedelta(hours=1)))


def sessions_with(pains: list[tuple[int | None, int | None]]):
    # Given newest first on purpose: the trend orders them by time itself.
    records = [
        make_record(started=START + timedelta(days=i), pain=pain) for i, pain in enumerate(pains)
    ]
    return list(reversed(records))


def test_the_ends_are_the_means_of_the_first_and_last_sessions():
    pains = [(7, 5)] * 3 + [(6, 5)] * 4 + [(4, 3)] * 10 + [(2, 1)] * 5 + [(3, 1)] * 2
    trend = pain_trend(sessions_with(pains))
    assert trend is not None
    assert trend.since == date(2025, 3, 3)
    assert trend.first == pytest.approx((7 * 3 + 6 * 4) / 7)
    assert trend.last == pytest.approx((2 * 5 + 3 * 2) / 7)
    assert trend.rated == len(pains)
    relief = [b - a for b, a in pains]
    assert trend.relief == pytest.approx(sum(relief) / len(relief))


def test_unrated_sessions_are_left_out_and_too_few_give_no_trend():
    pains = [(None, None)] * 5 + [(5, 4)] * (2 * TREND_SESSIONS - 1)
    assert pain_trend(sessions_with(pains)) is None
    trend = pain_trend(sessions_with(pains + [(3, None)]))
    assert trend is not None and trend.rated == 2 * TREND_SESSIONS
    assert trend.since == date(2025, 3, 8)  # the first rated session's day
    assert trend.relief == pytest.approx(1.0)  # only sessions rated before and after


def test_no_rating_after_any_session_means_no_relief():
    trend = pain_trend(sessions_with([(5, None)] * 14))
    assert trend is not None and trend.relief is None


TODAY = date(2026, 3, 2)


@pytest.mark.parametrize(
    ("trend", "expected"),
    [
        (
            None,
            "Rate your pain before and after your sessions: once 14 are rated, how it "
            "changes shows here.",
        ),
        (
            PainTrend(date(2025, 3, 3), 6.5, 2.1, 300, 1.3),
            "Pain before sessions: down from 6.5 to 2.1 since March 2025. A session lowers it "
            "by 1.3 on average.",
        ),
        (
            PainTrend(date(2025, 11, 3), 2.0, 3.14, 40, -0.4),
            "Pain before sessions: up from 2.0 to 3.1 since November 2025. After a session it "
            "is 0.4 higher on average.",
        ),
        (
            PainTrend(date(2026, 2, 2), 3.0, 3.3, 20, 0.0),
            "Pain before sessions: about the same since 2 Feb (3.0 then, 3.3 now). A session "
            "leaves it about the same.",
        ),
        (
            PainTrend(date(2025, 12, 20), 5.0, 4.0, 20, None),
            "Pain before sessions: down from 5.0 to 4.0 since December 2025.",
        ),
        (
            PainTrend(date(2026, 1, 20), 5.0, 4.0, 20, None),
            "Pain before sessions: down from 5.0 to 4.0 since 20 Jan.",
        ),
    ],
)
def test_pain_trend_text(trend, expected):
    assert pain_trend_text(trend, TODAY) == expected


def test_a_year_of_demo_history_reads_as_a_back_getting_better(tmp_path):
    """The demo's pain starts high and comes down over the months, and sessions help."""
    store = Store.open(tmp_path / "data", clock=FakeClock())
    generate(store, 1.0)
    trend = pain_trend(store.load_sessions())
    assert trend is not None
    assert trend.first > 5.5 and trend.last < 3.0 and trend.relief > 0.5
    assert pain_trend_text(trend, TODAY).startswith("Pain before sessions: down from ")
