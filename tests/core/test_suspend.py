"""A stopped process or a sleep the monotonic clock counts is still a sleep, and setting the wall
clock is not one (issue 16, item 15). A session's end is never before its start."""

from __future__ import annotations

from datetime import timedelta

import pytest

from backcoach.core.clock import SLEEP_GAP_SECONDS, FakeClock, machine_slept, woke_late
from backcoach.core.engine import Engine, Paused, PauseReason, State
from backcoach.core.routine import RoutineItem
from backcoach.core.timeline import Phase
from tests.core.test_engine import make_engine

BRIDGE = RoutineItem("bridge", hold_seconds=5, reps=3, rest_seconds=4, get_ready_seconds=3)


def _tick(engine: Engine, clock: FakeClock, seconds: float, step: float = 0.5) -> list:
    """Let time pass as the player does: a timer armed for the next change, fired on time."""
    events = []
    for _ in range(round(seconds / step)):
        armed_for = engine.next_change()
        clock.advance(step)
        events += engine.advance(armed_for=armed_for)
    return events


def test_the_rules():
    assert woke_late(100.0, 100.0 + SLEEP_GAP_SECONDS + 0.1)
    assert not woke_late(100.0, 100.0 + SLEEP_GAP_SECONDS)
    assert machine_slept(0.0, 10.0, boot_elapsed=10.0 + SLEEP_GAP_SECONDS + 1)
    assert not machine_slept(3600.0, 10.0, boot_elapsed=10.0), "a wall step, with a boot clock"
    assert machine_slept(3600.0, 10.0, boot_elapsed=None), "without one, the wall is the sign"


def test_a_thirty_minute_stop_is_not_a_completed_session(catalogue):
    # SIGSTOP, a paused virtual machine, or Windows' sleep: every clock moves on, no timer
    # fires, then the player's timer fires thirty minutes late. Before: all the holds were
    # "done" at once and the session logged as completed.
    clock = FakeClock()
    engine = make_engine(catalogue, clock, BRIDGE)
    engine.start()
    _tick(engine, clock, 3 + 3 + 1)  # get ready, move into position, a second of the hold
    assert engine.step.phase == Phase.HOLD
    armed_for = engine.next_change()
    clock.stop_process(30 * 60)
    assert engine.advance(armed_for=armed_for) == [Paused(PauseReason.SLEEP)]
    assert engine.state == State.PAUSED and engine.step.phase == Phase.HOLD
    record = engine.record()
    assert not record.completed and record.holds_done == 0
    assert record.duration_seconds == pytest.approx(7, abs=0.6)


def test_a_stop_is_seen_by_a_user_action_too(catalogue):
    clock = FakeClock()
    engine = make_engine(catalogue, clock, BRIDGE)
    engine.start()
    armed_for = engine.next_change()
    clock.stop_process(600)
    events = engine.advance(armed_for=armed_for)  # the late timer, then the stop button
    assert events == [Paused(PauseReason.SLEEP)]
    engine.stop()
    assert engine.record().duration_seconds < 1


def test_setting_the_wall_clock_an_hour_ahead_is_not_a_sleep(catalogue):
    clock = FakeClock()
    engine = make_engine(catalogue, clock, BRIDGE)
    engine.start()
    _tick(engine, clock, 2)
    clock.set_wall(3600)
    events = _tick(engine, clock, 1)
    assert Paused(PauseReason.SLEEP) not in events and engine.is_running


def test_without_a_boot_clock_the_wall_clock_still_tells_a_sleep(catalogue):
    clock = FakeClock(has_boottime=False)  # Windows, macOS
    engine = make_engine(catalogue, clock, BRIDGE)
    engine.start()
    _tick(engine, clock, 2)
    clock.sleep_machine(3600)
    clock.advance(0.2)
    assert engine.advance() == [Paused(PauseReason.SLEEP)]


def test_a_sleep_is_still_seen_with_the_boot_clock(catalogue):
    clock = FakeClock()
    engine = make_engine(catalogue, clock, BRIDGE)
    engine.start()
    _tick(engine, clock, 2)
    clock.sleep_machine(3600)  # the monotonic clock stops; the boot clock does not
    clock.advance(0.2)
    assert engine.advance() == [Paused(PauseReason.SLEEP)]


def test_a_sessions_end_is_never_before_its_start(catalogue):
    clock = FakeClock()
    engine = make_engine(catalogue, clock, BRIDGE)
    engine.start()
    _tick(engine, clock, 20)
    clock.set_wall(-3600)  # the clock is set back an hour during the session
    _tick(engine, clock, 5)
    engine.stop()
    record = engine.record()
    assert record.ended >= record.started + timedelta(seconds=record.duration_seconds)
