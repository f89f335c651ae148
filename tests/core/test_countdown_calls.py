"""When the player counts aloud: the last three seconds of a hold and the 3-2-1, once each."""

from __future__ import annotations

from backcoach.core.countdown_calls import Call, CountdownCalls
from backcoach.core.engine import Engine, State
from backcoach.core.routine import Routine, RoutineItem
from backcoach.core.timeline import Phase, build_timeline


def test_the_last_seconds_of_a_hold_are_called_once_each(catalogue, clock):
    item = RoutineItem("bridge", reps=1, hold_seconds=5, get_ready_seconds=0)
    engine = Engine(build_timeline(Routine("r", "R", items=(item,)), catalogue), clock)
    calls = CountdownCalls()
    engine.start()
    heard = []
    for _ in range(100):  # ten seconds, a tenth at a time
        clock.advance(0.1)
        engine.advance()
        call = calls.due(engine)
        if call is not None:
            assert call.step is not None and call.step.phase == Phase.HOLD
            heard.append(call.seconds)
    assert heard == [3, 2, 1]


def test_the_3_2_1_before_going_on_is_called_again_after_a_restart(catalogue, clock):
    item = RoutineItem("bridge", reps=1, hold_seconds=30, get_ready_seconds=0)
    engine = Engine(build_timeline(Routine("r", "R", items=(item,)), catalogue), clock)
    calls = CountdownCalls()
    engine.start()
    engine.pause()
    engine.resume()
    assert calls.due(engine) == Call(3, None)
    assert calls.due(engine) is None  # the same second: said once
    clock.advance(1.0)
    engine.advance()
    assert calls.due(engine) == Call(2, None)
    engine.pause()  # paused again at once, then resumed: a new 3-2-1
    engine.resume()
    assert engine.state == State.RESUMING and calls.due(engine) == Call(3, None)
    engine.pause()
    engine.resume()
    assert calls.due(engine) is None  # as far as the calls know, still that second
    calls.restart()  # what the player does on ResumeCountdown
    assert calls.due(engine) == Call(3, None)
