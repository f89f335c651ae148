"""When to count aloud: each of the last seconds of a hold, and each second of the 3-2-1 before a
paused session goes on, once each.

The player asks after every change, however often its timer fires: a second already called is
not called again, and a new step or a new 3-2-1 starts afresh (`restart`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from backcoach.core.engine import Engine, State
from backcoach.core.timeline import Phase, Step

COUNTDOWN_FROM = 3  # the last seconds of a hold that tick and are counted aloud


@dataclass(frozen=True)
class Call:
    seconds: int
    step: Step | None  # the hold that counts down; None for the 3-2-1 before going on


class CountdownCalls:
    def __init__(self) -> None:
        self._called: tuple[object, int] | None = None

    def restart(self) -> None:
        """A step began or a 3-2-1 started: its seconds are called again."""
        self._called = None

    def due(self, engine: Engine) -> Call | None:
        """The second to call out now, if one began since the last call."""
        if engine.state == State.RESUMING:
            seconds = math.ceil(engine.resume_countdown_left() - 1e-9)
            key: tuple[object, int] = ("resume", seconds)
            step: Step | None = None
        elif engine.state == State.RUNNING and engine.step.phase == Phase.HOLD:
            seconds = math.ceil(engine.remaining() - 1e-9)
            # Not in the hold's first second: "Hold." is still being said.
            if seconds >= math.ceil(engine.step.duration):
                return None
            key, step = (engine.index, seconds), engine.step
        else:
            return None
        if not 1 <= seconds <= COUNTDOWN_FROM or key == self._called:
            return None
        self._called = key
        return Call(seconds, step)
