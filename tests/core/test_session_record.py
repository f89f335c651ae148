"""Whether a session record has begun: the rule for "nothing begun, nothing to log"."""

from __future__ import annotations

from backcoach.core.session import ExerciseRecord
from tests.factories import make_record


def exercise(holds_done: int = 0, active_seconds: float = 0.0) -> ExerciseRecord:
    return ExerciseRecord("bridge", "Bridge", 6, holds_done, 3, holds_done // 2, 5, active_seconds)


def test_a_session_stopped_during_the_first_get_ready_has_not_begun():
    record = make_record(1, active_seconds=0.0, duration_seconds=4.0, exercises=1)
    record = record.updated(exercises=(exercise(),))
    assert not record.has_begun and record.exercises_begun == ()


def test_moving_into_position_or_a_hold_done_is_a_beginning():
    moving = make_record(1, active_seconds=1.5).updated(
        exercises=(exercise(active_seconds=1.5), exercise())
    )
    assert moving.has_begun and moving.exercises_begun == (exercise(active_seconds=1.5),)
    held = exercise(holds_done=1)
    assert held.has_begun and not exercise().has_begun
