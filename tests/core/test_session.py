"""A session's rules: one note limit, pain ratings from 0 to 10, and a session entered by hand
with the UTC offset of its own date."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone

import pytest

from backcoach.core.session import MANUAL_MINUTES, NOTE_LIMIT, RecordError, SessionRecord
from tests.factories import make_record

# Central European time with its summer time, as a POSIX rule: no time zone database needed.
BERLIN_RULE = "CET-1CEST,M3.5.0,M10.5.0/3"
WINTER, SUMMER = timezone(timedelta(hours=1)), timezone(timedelta(hours=2))


@pytest.fixture
def berlin() -> Iterator[None]:
    """This computer's time zone is Berlin's for the test."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = BERLIN_RULE
    time.tzset()
    try:
        yield
    finally:
        if before is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = before
        time.tzset()


def by_hand(started: datetime, now: datetime, **values) -> SessionRecord:
    return SessionRecord.entered_by_hand("full_floor", "Full floor", started, now=now, **values)


def test_one_note_limit_for_every_change():
    record = make_record(1)
    assert record.updated(note="x" * NOTE_LIMIT).note == "x" * NOTE_LIMIT
    with pytest.raises(RecordError, match=f"at most {NOTE_LIMIT} characters"):
        record.updated(note="x" * (NOTE_LIMIT + 1))


def test_a_longer_note_written_before_is_still_read_and_other_fields_still_change():
    data = {**make_record(1).to_json(), "note": "x" * (NOTE_LIMIT + 500)}
    record = SessionRecord.from_json(data)
    assert len(record.note) == NOTE_LIMIT + 500
    assert record.updated(pain_after=3).pain_after == 3


def test_pain_ratings_go_from_0_to_10():
    record = make_record(1)
    assert record.updated(pain_before=None, pain_after=10).pain_after == 10
    for wrong in (-1, 11, True):
        with pytest.raises(RecordError, match="from 0"):
            record.updated(pain_before=wrong)


def test_a_session_entered_by_hand_carries_the_offset_of_its_own_date(berlin):
    winter_now = datetime(2027, 1, 15, 12, 0, tzinfo=WINTER)
    summer = by_hand(datetime(2026, 7, 1, 9, 30, 45), winter_now, minutes=20, note="  physio ")
    assert summer.started == datetime(2026, 7, 1, 9, 30, tzinfo=SUMMER)
    assert summer.started.utcoffset() == timedelta(hours=2), "summer time, not today's offset"
    assert summer.ended - summer.started == timedelta(minutes=20)
    assert summer.active_seconds == summer.duration_seconds == 20 * 60
    assert (summer.source, summer.note, summer.completed) == ("manual", "physio", True)
    winter = by_hand(datetime(2026, 12, 1, 9, 30), winter_now, minutes=20)
    assert winter.started.utcoffset() == timedelta(hours=1)


def test_a_session_entered_by_hand_keeps_the_rules():
    now = datetime(2026, 3, 2, 12, 0, tzinfo=WINTER)
    earlier = now - timedelta(days=1)
    first, last = MANUAL_MINUTES
    assert by_hand(earlier, now, minutes=last).duration_seconds == last * 60
    with pytest.raises(RecordError, match=f"{first} to {last} minutes"):
        by_hand(earlier, now, minutes=last + 1)
    with pytest.raises(RecordError, match="future"):
        by_hand(now + timedelta(hours=1), now, minutes=10)
    with pytest.raises(RecordError, match="characters"):
        by_hand(earlier, now, minutes=10, note="x" * (NOTE_LIMIT + 1))
    with pytest.raises(RecordError, match="pain rating"):
        by_hand(earlier, now, minutes=10, pain_after=12)
