"""The clock's one rule for a machine that slept, shared by the engine and the reminders."""

from __future__ import annotations

from backcoach.core.clock import SLEEP_GAP_SECONDS, FakeClock, machine_slept


def test_a_gap_beyond_the_rule_is_a_sleep():
    assert not machine_slept(1.0 + SLEEP_GAP_SECONDS, 1.0)
    assert machine_slept(1.1 + SLEEP_GAP_SECONDS, 1.0)
    assert machine_slept(3600.0, 1.0), "an hour with the lid closed"


def test_a_time_service_slewing_over_a_long_wait_is_not_a_sleep():
    day = 86_400.0
    assert not machine_slept(day + 30.0, day)
    assert machine_slept(day + 120.0, day)


def test_the_fake_clock_sleeps_as_linux_does():
    clock = FakeClock()
    wall, monotonic = clock.wall(), clock.monotonic()
    clock.advance(60)
    assert not machine_slept(clock.wall() - wall, clock.monotonic() - monotonic)
    clock.sleep_machine(600)
    assert machine_slept(clock.wall() - wall, clock.monotonic() - monotonic)
