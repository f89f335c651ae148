"""Time, injected: the real clock for the app and a FakeClock that tests move by hand.

Three clocks, each for what it is good at: the wall clock (dates and times of day, as a person
reads them; it can be set, and it jumps), the monotonic clock (time that passes while the app
runs: countdowns are deadlines on it) and, on Linux, the boot clock (the monotonic clock plus
the time the machine was asleep, CLOCK_BOOTTIME). The rules for "the machine slept" are here,
for the engine (which pauses a session) and the reminders (which re-arm on waking).
"""

from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone
from typing import Protocol

# The machine slept when a clock that counts sleep ran ahead of the monotonic one, which stops
# while it sleeps (on Linux), by more than this: a suspend and resume takes longer, while the
# corrections a time service makes to the wall clock at once are well under a second. And the
# process was stopped (a paused virtual machine, SIGSTOP, a sleep the monotonic clock counts, as
# on Windows) when a timer armed for a known time fires this much later than that.
SLEEP_GAP_SECONDS = 5.0
# Besides those steps, a time service slews the wall clock by at most 500 ppm (the kernel's limit):
# over a wait of hours, as a reminder's, that alone adds up to seconds.
_MAX_SLEW = 0.0005


def machine_slept(
    wall_elapsed: float, monotonic_elapsed: float, boot_elapsed: float | None = None
) -> bool:
    """Whether the machine slept during an interval, from the seconds that passed over it on the
    wall clock, the monotonic clock and (where there is one) the boot clock.

    With a boot clock, the wall clock is not asked: someone setting the clock an hour ahead, or a
    time service correcting it, is not a sleep. Without one, the wall clock running ahead of the
    monotonic one is the only sign."""
    if boot_elapsed is not None:
        return boot_elapsed - monotonic_elapsed > SLEEP_GAP_SECONDS
    allowed = SLEEP_GAP_SECONDS + _MAX_SLEW * max(0.0, monotonic_elapsed)
    return wall_elapsed - monotonic_elapsed > allowed


def woke_late(armed_for: float, woke_at: float) -> bool:
    """Whether a timer armed to fire at `armed_for` (monotonic) fired so late, at `woke_at`, that
    the process cannot have been running in between: it was stopped, or the machine slept on a
    system whose monotonic clock counts sleep."""
    return woke_at - armed_for > SLEEP_GAP_SECONDS


class Clock(Protocol):
    def monotonic(self) -> float:
        """Seconds on a clock that never goes back (on Linux it stops while the machine sleeps)."""

    def wall(self) -> float:
        """Seconds since the epoch, as the system clock says."""

    def now(self) -> datetime:
        """The local time with its UTC offset."""

    def boottime(self) -> float | None:
        """Seconds on a clock that never goes back and counts the time the machine slept
        (CLOCK_BOOTTIME on Linux); None where there is no such clock."""


class SystemClock:
    def monotonic(self) -> float:
        return time.monotonic()

    def wall(self) -> float:
        return time.time()

    def now(self) -> datetime:
        return datetime.now().astimezone()

    def boottime(self) -> float | None:
        boot = getattr(time, "CLOCK_BOOTTIME", None)  # Linux only
        return None if boot is None else time.clock_gettime(boot)


class FakeClock:
    """A clock that only moves when told to, for fast tests that never sleep.

    advance: time passes with the app running. sleep_machine: the machine sleeps (as on Linux:
    the monotonic clock stops). stop_process: the process is stopped, or the machine sleeps where
    the monotonic clock counts it (every clock moves, no timer fires). set_wall: someone sets the
    wall clock. has_boottime=False: a system without a boot clock (Windows, macOS)."""

    def __init__(
        self,
        start: datetime | None = None,
        monotonic: float = 1000.0,
        has_boottime: bool = True,
    ) -> None:
        self._wall_start = start or datetime(2026, 3, 2, 8, 0, tzinfo=timezone(timedelta(hours=1)))
        self._mono = monotonic
        self._elapsed = 0.0
        self._asleep = 0.0
        self._has_boottime = has_boottime

    def monotonic(self) -> float:
        return self._mono

    def wall(self) -> float:
        return self._wall_start.timestamp() + self._elapsed

    def now(self) -> datetime:
        return self._wall_start + timedelta(seconds=self._elapsed)

    def boottime(self) -> float | None:
        return self._mono + self._asleep if self._has_boottime else None

    def advance(self, seconds: float) -> None:
        self._mono += seconds
        self._elapsed += seconds

    def sleep_machine(self, seconds: float) -> None:
        """The machine sleeps: wall time moves, the monotonic clock does not (as on Linux)."""
        self._elapsed += seconds
        self._asleep += seconds

    def stop_process(self, seconds: float) -> None:
        """The process is stopped (SIGSTOP, a paused virtual machine) or the machine sleeps where
        the monotonic clock counts sleep: every clock moves on, and no timer fires meanwhile."""
        self.advance(seconds)

    def set_wall(self, seconds: float) -> None:
        """Someone sets the wall clock forward (or back, with a negative number)."""
        self._elapsed += seconds
