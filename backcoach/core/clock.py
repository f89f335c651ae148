"""Time, injected: the real clock for the app and a FakeClock that tests move by hand."""

from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone
from typing import Protocol


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
