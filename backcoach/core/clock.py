"""Time, injected: the real clock for the app and a FakeClock that tests move by hand."""

from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone
from typing import Protocol

# The machine slept when the wall clock ran ahead of the monotonic one, which stops while it sleeps
# (on Linux), by more than this: a suspend and resume takes longer, while the corrections a time
# service makes to the wall clock at once are well under a second.
SLEEP_GAP_SECONDS = 5.0
# Besides those steps, a time service slews the wall clock by at most 500 ppm (the kernel's limit):
# over a wait of hours, as a reminder's, that alone adds up to seconds.
_MAX_SLEW = 0.0005


def machine_slept(wall_elapsed: float, monotonic_elapsed: float) -> bool:
    """Whether the machine slept during an interval, from the seconds that passed over it on the
    wall clock and on the monotonic clock. The one rule for the engine (which pauses a session)
    and the reminders (which re-arm on waking)."""
    allowed = SLEEP_GAP_SECONDS + _MAX_SLEW * max(0.0, monotonic_elapsed)
    return wall_elapsed - monotonic_elapsed > allowed


class Clock(Protocol):
    def monotonic(self) -> float:
        """Seconds on a clock that never goes back (on Linux it stops while the machine sleeps)."""

    def wall(self) -> float:
        """Seconds since the epoch, as the system clock says."""

    def now(self) -> datetime:
        """The local time with its UTC offset."""


class SystemClock:
    def monotonic(self) -> float:
        return time.monotonic()

    def wall(self) -> float:
        return time.time()

    def now(self) -> datetime:
        return datetime.now().astimezone()


class FakeClock:
    """A clock that only moves when told to, for fast tests that never sleep."""

    def __init__(
        self,
        start: datetime | None = None,
        monotonic: float = 1000.0,
    ) -> None:
        self._wall_start = start or datetime(2026, 3, 2, 8, 0, tzinfo=timezone(timedelta(hours=1)))
        self._mono = monotonic
        self._elapsed = 0.0

    def monotonic(self) -> float:
        return self._mono

    def wall(self) -> float:
        return self._wall_start.timestamp() + self._elapsed

    def now(self) -> datetime:
        return self._wall_start + timedelta(seconds=self._elapsed)

    def advance(self, seconds: float) -> None:
        self._mono += seconds
        self._elapsed += seconds

    def sleep_machine(self, seconds: float) -> None:
        """The machine sleeps: wall time moves, the monotonic clock does not (as on Linux)."""
        self._elapsed += seconds
