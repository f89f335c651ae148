"""Session records for tests: realistic, distinct, at chosen times."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from backcoach.core.session import ExerciseRecord, SessionRecord

ZONE = timezone(timedelta(hours=1))
FIRST = datetime(2026, 1, 5, 8, 0, tzinfo=ZONE)


def make_record(
    number: int, started: datetime | None = None, exercises: int = 1, **changes
) -> SessionRecord:
    """Session number `number`, by default one a day from 5 January 2026 on."""
    start = started or FIRST + timedelta(days=number, minutes=number % 60)
    record = SessionRecord(
        id=f"session-{number:07d}",
        routine_id="full_floor",
        routine_name="Full floor routine",
        started=start,
        ended=start + timedelta(minutes=12),
        duration_seconds=720.0,
        active_seconds=600.0,
        completed=True,
        exercises=tuple(
            ExerciseRecord(f"exercise_{n}", f"Exercise {n}", 6, 6, 10, 10, 5, 120.0)
            for n in range(exercises)
        ),
        pain_before=4,
        pain_after=2,
        note=f"note {number}",
    )
    return record.updated(**changes) if changes else record
