"""Session records for tests, made in one place: realistic, distinct, at chosen times.

Every test that needs a session, or one exercise of it, makes it here, so a change to the
records changes one function.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

from backcoach.core.session import ExerciseRecord, SessionRecord

ZONE = timezone(timedelta(hours=1))
FIRST = datetime(2026, 1, 5, 8, 0, tzinfo=ZONE)
ROUTINE_NAMES = {
    "full_floor": "Full floor routine",
    "quick_break": "Quick break",
    "desk_stretch": "Standing stretch at the desk",
}


def morning(day: int = 2, month: int = 3) -> datetime:
    """08:00 on that day of 2026, in ZONE."""
    return datetime(2026, month, day, 8, 0, tzinfo=ZONE)


def make_exercise_record(
    exercise_id: str = "bridge",
    *,
    holds_done: int = 6,
    active_seconds: float = 120.0,
    name: str | None = None,
) -> ExerciseRecord:
    """One exercise of a session: 6 holds of 5 s planned (3 reps a side), `holds_done` done."""
    return ExerciseRecord(
        exercise_id,
        name or exercise_id.replace("_", " ").capitalize(),
        holds_planned=6,
        holds_done=holds_done,
        reps_planned=3,
        reps_done=holds_done // 2,
        hold_seconds=5,
        active_seconds=active_seconds,
    )


def make_record(
    number: int | None = None,
    *,
    started: datetime | None = None,
    minutes: float = 10.0,
    paused: float = 2.0,
    exercises: int = 1,
    routine: str = "full_floor",
    pain: tuple[int | None, int | None] = (4, 2),
    completed: bool = True,
    **changes: Any,
) -> SessionRecord:
    """A session of `minutes` active minutes and `paused` minutes paused, of `exercises` done
    exercises (paused by default, so its active and total times differ).

    number: session number `number` (id "session-000000N", note "note N"), by default one a day
    from FIRST (5 January 2026) on; without it, a fresh id and `started` must be given.
    started: kept with its UTC offset only, as the store gives a session back, so a test in a
    zone with daylight saving sees what the app sees. changes: any other field of the record.
    """
    if started is None:
        if number is None:
            raise TypeError("make_record needs a number or a start")
        started = FIRST + timedelta(days=number, minutes=number % 60)
    offset = started.utcoffset()
    if offset is None:
        raise ValueError("a session starts at a time with a time zone")
    start = started.replace(tzinfo=timezone(offset))
    active, total = timedelta(minutes=minutes), timedelta(minutes=minutes + paused)
    record = SessionRecord(
        id=SessionRecord.new_id() if number is None else f"session-{number:07d}",
        routine_id=routine,
        routine_name=ROUTINE_NAMES.get(routine, routine),
        started=start,
        ended=start + total,
        duration_seconds=total.total_seconds(),
        active_seconds=active.total_seconds(),
        completed=completed,
        exercises=tuple(make_exercise_record(f"exercise_{n}") for n in range(exercises)),
        pain_before=pain[0],
        pain_after=pain[1],
        note="" if number is None else f"note {number}",
    )
    return record.updated(**changes) if changes else record
