"""The session engine, driven by a fake clock: every transition and the edges."""

from __future__ import annotations

import pytest

from backcoach.core.clock import FakeClock
from backcoach.core.engine import (
    Engine,
    EngineError,
    Paused,
    PauseReason,
    ResumeCountdown,
    Resumed,
    SessionEnded,
    State,
    StepStarted,
)
from backcoach.core.routine import Routine, RoutineItem
from backcoach.core.timeline import Phase, Side, build_timeline


def routine(*items: RoutineItem) -> Routine:
    return Routine(id="test", name="Test routine", items=items)


def make_engine(catalogue, clock, *items: RoutineItem) -> Engine:
    return Engine(build_timeline(routine(*items), catalogue), clock)


def phases(engine: Engine) -> list[tuple[Phase, int, str | None]]:
    return [(s.phase, s.rep, s.side.value if s.side else None) for s in engine.timeline.steps]


def run_to_end(engine: Engine, clock: FakeClock, step: float = 0.5) -> list:
    events = []
    while not engine.is_over:
        clock.advance(step)
        events += engine.advance()
    return events


BRIDGE = RoutineItem("bridge", hold_seconds=5, reps=2, rest_seconds=4, get_ready_seconds=3)


def test_a_routine_becomes_get_ready_move_hold_release_rest(catalogue, clock):
    engine = make_engine(catalogue, clock, BRIDGE)
    assert phases(engine) == [
        (Phase.GET_READY, 1, None),
        (Phase.MOVE, 1, None),
        (Phase.HOLD, 1, None),
        (Phase.RELEASE, 1, None),
        (Phase.REST, 1, None),
        (Phase.MOVE, 2, None),
        (Phase.HOLD, 2, None),
        (Phase.RELEASE, 2, None),
    ]
    hold = engine.timeline.steps[2]
    assert hold.duration == 5
    assert hold.to_position.pose == "bridge"
    assert engine.timeline.steps[1].from_position.pose == "knees_bent"


def test_both_sides_switch_between_left_and_right(catalogue, clock):
    item = RoutineItem("single_knee_to_chest", reps=1, rest_seconds=0, get_ready_seconds=0)
    engine = make_engine(catalogue, clock, item)
    assert [(p, s) for p, _, s in phases(engine)] == [
        (Phase.MOVE, "left"),
        (Phase.HOLD, "left"),
        (Phase.RELEASE, "left"),
        (Phase.SWITCH_SIDES, "right"),
        (Phase.MOVE, "right"),
        (Phase.HOLD, "right"),
        (Phase.RELEASE, "right"),
    ]
    assert engine.timeline.steps[1].side_text == "Left leg"


def test_zero_rest_and_a_single_rep_leave_no_rest_step(catalogue, clock):
    engine = make_engine(catalogue, clock, RoutineItem("bridge", reps=1, rest_seconds=0))
    assert Phase.REST not in [p for p, _, _ in phases(engine)]
    engine = make_engine(catalogue, clock, RoutineItem("bridge", reps=3, rest_seconds=0))
    assert [p for p, _, _ in phases(engine)].count(Phase.HOLD) == 3
    assert Phase.REST not in [p for p, _, _ in phases(engine)]


def test_sets_repeat_the_reps_with_a_rest_between(catalogue, clock):
    engine = make_engine(catalogue, clock, RoutineItem("bridge", reps=1, sets=2, rest_seconds=7))
    kinds = [p for p, _, _ in phases(engine)]
    assert kinds.count(Phase.HOLD) == 2
    assert kinds.count(Phase.REST) == 1


def test_a_whole_session_runs_to_a_completed_record(catalogue, clock):
    engine = make_engine(catalogue, clock, BRIDGE)
    started = engine.start()
    assert started == [StepStarted(engine.timeline.steps[0])]
    events = run_to_end(engine, clock)
    assert events[-1] == SessionEnded(completed=True)
    assert engine.state == State.FINISHED
    record = engine.record()
    assert record.completed
    (exercise,) = record.exercises
    assert (exercise.holds_done, exercise.holds_planned) == (2, 2)
    assert (exercise.reps_done, exercise.reps_planned) == (2, 2)
    # Move, hold 5 s and release, twice.
    bridge = catalogue.get("bridge")
    assert exercise.active_seconds == pytest.approx(
        2 * (bridge.move_seconds + 5 + bridge.release_seconds)
    )
    assert record.duration_seconds == pytest.approx(engine.timeline.total_seconds)
    assert record.started.utcoffset() is not None


def test_each_step_starts_at_its_deadline_however_late_advance_comes(catalogue, clock):
    engine = make_engine(catalogue, clock, BRIDGE)
    t0 = clock.monotonic()
    engine.start()
    clock.advance(3.9)  # get ready (3 s) ended 0.9 s ago
    events = engine.advance()
    assert [type(e) for e in events] == [StepStarted]
    assert engine.step.phase == Phase.MOVE
    assert engine.remaining() == pytest.approx(3 - 0.9)
    clock.advance(60)  # everything else is over by now
    engine.advance()
    assert engine.is_over
    assert engine.record().duration_seconds == pytest.approx(engine.timeline.total_seconds)
    assert clock.monotonic() - t0 > engine.timeline.total_seconds


def test_no_drift_over_thousands_of_irregular_advances(catalogue, clock):
    engine = make_engine(catalogue, clock, RoutineItem("bridge", reps=50, hold_seconds=5))
    engine.start()
    starts = []
    t0 = clock.monotonic()
    for i in range(20000):
        clock.advance(0.013 + (i % 7) * 0.011)
        for event in engine.advance():
            if isinstance(event, StepStarted):
                starts.append((event.step.index, clock.monotonic()))
        if engine.is_over:
            break
    # Each step started within one advance interval of its planned time.
    planned = 0.0
    steps = engine.timeline.steps
    for index, seen in starts:
        planned = t0 + sum(s.duration for s in steps[:index])
        assert 0 <= seen - planned < 0.09


def test_pause_with_a_tenth_of_a_second_left_keeps_that_tenth(catalogue, clock):
    engine = make_engine(catalogue, clock, BRIDGE)
    engine.start()
    clock.advance(2.9)
    assert engine.pause() == [Paused(PauseReason.USER)]
    assert engine.remaining() == pytest.approx(0.1)
    clock.advance(600)  # a long pause counts for nothing
    assert engine.advance() == []
    assert engine.remaining() == pytest.approx(0.1)
    assert engine.resume() == [ResumeCountdown(3.0)]
    assert engine.state == State.RESUMING
    clock.advance(2.0)
    assert engine.advance() == []
    assert engine.resume_countdown_left() == pytest.approx(1.0)
    clock.advance(1.05)  # the countdown is over, 0.05 s of the last 0.1 s have gone
    assert engine.advance() == [Resumed(engine.step)]
    assert engine.remaining() == pytest.approx(0.05)
    clock.advance(0.1)
    events = engine.advance()
    assert isinstance(events[0], StepStarted) and events[0].step.phase == Phase.MOVE
    # 2.9 s before the pause and 0.1 s after it: the pause and its countdown are not counted.
    assert engine.record().duration_seconds == pytest.approx(3.0)


def test_the_engine_tells_why_it_is_paused_and_whether_a_session_is_in_progress(catalogue, clock):
    engine = make_engine(catalogue, clock, BRIDGE)
    assert engine.pause_reason is None and not engine.is_in_progress
    engine.start()
    assert engine.pause_reason is None and engine.is_in_progress
    assert engine.pause(PauseReason.HURT) == [Paused(PauseReason.HURT)]
    assert engine.pause_reason == PauseReason.HURT and engine.is_in_progress
    engine.resume()
    assert engine.state == State.RESUMING and engine.pause_reason is None
    assert engine.pause() == [Paused(PauseReason.USER)]
    assert engine.pause_reason == PauseReason.USER
    engine.stop()
    assert engine.pause_reason is None and not engine.is_in_progress


def test_resume_without_countdown_continues_at_once(catalogue, clock):
    engine = make_engine(catalogue, clock, BRIDGE)
    engine.start()
    engine.pause()
    assert engine.resume(countdown=0) == [Resumed(engine.step)]
    assert engine.state == State.RUNNING


def test_pausing_during_the_resume_countdown_stays_paused(catalogue, clock):
    engine = make_engine(catalogue, clock, BRIDGE)
    engine.start()
    clock.advance(1)
    engine.pause()
    engine.resume()
    clock.advance(1)
    assert engine.toggle_pause() == [Paused(PauseReason.USER)]
    assert engine.state == State.PAUSED
    assert engine.remaining() == pytest.approx(2)


def test_skip_during_a_rest_goes_to_the_next_exercise(catalogue, clock):
    engine = make_engine(catalogue, clock, BRIDGE, RoutineItem("knees_to_chest", reps=1))
    engine.start()
    while engine.step.phase != Phase.REST:
        clock.advance(0.5)
        engine.advance()
    events = engine.skip()
    assert events[-1] == StepStarted(engine.step)
    assert engine.step.exercise.id == "knees_to_chest"
    assert engine.step.phase == Phase.GET_READY
    record = engine.record()
    assert record.exercises[0].holds_done == 1


def test_skip_from_the_last_exercise_ends_the_session_as_partial(catalogue, clock):
    engine = make_engine(catalogue, clock, BRIDGE)
    engine.start()
    assert engine.skip() == [SessionEnded(completed=False)]
    assert engine.state == State.STOPPED
    assert not engine.record().completed


def test_previous_at_the_first_step_restarts_it(catalogue, clock):
    engine = make_engine(catalogue, clock, BRIDGE)
    engine.start()
    clock.advance(1)
    engine.advance()
    engine.previous()
    assert engine.index == 0
    assert engine.remaining() == pytest.approx(3)


def test_previous_goes_to_the_start_of_the_exercise_then_the_one_before(catalogue, clock):
    knees = RoutineItem("knees_to_chest", reps=1, get_ready_seconds=5)
    engine = make_engine(catalogue, clock, BRIDGE, knees)
    engine.start()
    engine.skip()
    clock.advance(6)  # past the second exercise's get ready (5 s), into its move
    engine.advance()
    assert engine.step.phase == Phase.MOVE
    engine.previous()
    assert engine.step.exercise.id == "knees_to_chest"
    assert engine.step.phase == Phase.GET_READY
    engine.previous()
    assert engine.step.exercise.id == "bridge"
    assert engine.index == 0


def test_skip_and_previous_while_paused_stay_paused(catalogue, clock):
    engine = make_engine(catalogue, clock, BRIDGE, RoutineItem("knees_to_chest", reps=1))
    engine.start()
    engine.pause()
    engine.skip()
    assert engine.state == State.PAUSED
    assert engine.step.exercise.id == "knees_to_chest"
    assert engine.remaining() == engine.step.duration


def test_a_hold_redone_after_previous_is_counted_once(catalogue, clock):
    item = RoutineItem("bridge", reps=1, hold_seconds=5, get_ready_seconds=0)
    engine = make_engine(catalogue, clock, item)
    engine.start()
    clock.advance(3 + 5 + 0.5)  # through move and hold
    engine.advance()
    engine.previous()
    engine.previous()
    run_to_end(engine, clock)
    assert engine.record().exercises[0].holds_done == 1


def test_stop_before_the_first_hold_logs_nothing_done(catalogue, clock):
    engine = make_engine(catalogue, clock, BRIDGE)
    engine.start()
    clock.advance(2)
    engine.advance()
    assert engine.stop() == [SessionEnded(completed=False)]
    record = engine.record()
    assert not record.completed
    assert record.active_seconds == 0
    assert record.holds_done == 0
    assert record.duration_seconds == pytest.approx(2)


def test_stop_before_start_and_twice_is_harmless(catalogue, clock):
    engine = make_engine(catalogue, clock, BRIDGE)
    assert engine.stop() == [SessionEnded(completed=False)]
    assert engine.stop() == []
    assert engine.skip() == [] and engine.previous() == [] and engine.pause() == []


def test_a_partial_hold_counts_its_active_time_but_not_the_hold(catalogue, clock):
    item = RoutineItem("bridge", reps=1, hold_seconds=5, get_ready_seconds=0)
    engine = make_engine(catalogue, clock, item)
    engine.start()
    clock.advance(3 + 2)  # move, then 2 s into the 5 s hold
    engine.advance()
    engine.stop()
    (exercise,) = engine.record().exercises
    assert exercise.holds_done == 0
    assert exercise.active_seconds == pytest.approx(5)


def test_sleep_mid_hold_pauses_and_is_not_counted(catalogue, clock):
    item = RoutineItem("bridge", reps=1, hold_seconds=5, get_ready_seconds=0)
    engine = make_engine(catalogue, clock, item)
    engine.start()
    clock.advance(3 + 1)
    engine.advance()
    assert engine.step.phase == Phase.HOLD
    clock.sleep_machine(3600)
    clock.advance(0.2)
    assert engine.advance() == [Paused(PauseReason.SLEEP)]
    assert engine.state == State.PAUSED and engine.pause_reason == PauseReason.SLEEP
    assert engine.remaining() == pytest.approx(4)
    assert engine.record().active_seconds == pytest.approx(4)


def test_next_change_is_the_next_whole_second_and_none_when_idle(catalogue, clock):
    engine = make_engine(catalogue, clock, BRIDGE)
    assert engine.next_change() is None
    engine.start()
    now = clock.monotonic()
    assert engine.next_change() == pytest.approx(now + 1)
    clock.advance(0.25)
    assert engine.next_change() == pytest.approx(now + 1)
    engine.pause()
    assert engine.next_change() is None


def test_routine_left_counts_down_the_whole_plan(catalogue, clock):
    engine = make_engine(catalogue, clock, BRIDGE)
    total = engine.timeline.total_seconds
    assert engine.routine_left() == total
    engine.start()
    clock.advance(10)
    engine.advance()
    assert engine.routine_left() == pytest.approx(total - 10)


def test_an_empty_routine_is_refused(catalogue, clock):
    off = RoutineItem("bridge", enabled=False)
    with pytest.raises(EngineError):
        make_engine(catalogue, clock, off)


def test_start_twice_is_an_error(catalogue, clock):
    engine = make_engine(catalogue, clock, BRIDGE)
    engine.start()
    with pytest.raises(EngineError):
        engine.start()


def test_hurt_is_recorded_with_the_exercise(catalogue, clock):
    engine = make_engine(catalogue, clock, BRIDGE)
    engine.start()
    engine.report_hurt(6)
    assert engine.record().hurts[0].exercise_id == "bridge"
    assert engine.record().hurts[0].rating == 6


def test_sides_are_left_then_right(catalogue, clock):
    engine = make_engine(catalogue, clock, RoutineItem("standing_hip_stretch", reps=2))
    sides = [s.side for s in engine.timeline.steps if s.phase == Phase.HOLD]
    assert sides == [Side.LEFT, Side.LEFT, Side.RIGHT, Side.RIGHT]
    run = run_to_end
    engine.start()
    run(engine, clock)
    (exercise,) = engine.record().exercises
    assert (exercise.holds_done, exercise.holds_planned, exercise.reps_done) == (4, 4, 2)


def test_skip_and_previous_during_a_pause_never_count_the_pause(catalogue, clock):
    engine = make_engine(catalogue, clock, BRIDGE, RoutineItem("knees_to_chest", reps=1))
    engine.start()
    clock.advance(3 + 2)  # get ready, then 2 s of moving
    engine.advance()
    engine.pause()
    clock.advance(600)
    engine.skip()
    clock.advance(600)
    engine.previous()
    engine.stop()
    record = engine.record()
    assert record.duration_seconds == pytest.approx(5)
    assert record.active_seconds == pytest.approx(2)
