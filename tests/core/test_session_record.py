"""Whether a session record has begun: the rule for "nothing begun, nothing to log"."""

from __future__ import annotations

from tests.factories import make_exercise_record, make_record

NOT_BEGUN = make_exercise_record(holds_done=0, active_seconds=0.0)
MOVING = make_exercise_record(holds_done=0, active_seconds=1.5)
HELD_ONCE = make_exercise_record(holds_done=1, active_seconds=0.0)


def test_a_session_stopped_during_the_first_get_ready_has_not_begun():
    record = make_record(1, active_seconds=0.0, duration_seconds=4.0).updated(
        exercises=(NOT_BEGUN,)
    )
    assert not record.has_begun and record.exercises_begun == ()


def test_moving_into_position_or_a_hold_done_is_a_beginning():
    moving = make_record(1, active_seconds=1.5).updated(exercises=(MOVING, NOT_BEGUN))
    assert moving.has_begun and moving.exercises_begun == (MOVING,)
    assert HELD_ONCE.has_begun and MOVING.has_begun and not NOT_BEGUN.has_begun
