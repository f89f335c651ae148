"""Desk reminder times: a table of cases across midnight, weekends and daylight-saving changes."""

from __future__ import annotations

import os
import time as _time
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from backcoach.core.clock import FakeClock
from backcoach.core.schedule import (
    ReminderPlan,
    SystemZone,
    completed_today,
    next_reminder,
)
from backcoach.core.settings import Settings, SettingsError
from tests.factories import make_record

NEW_YORK = ZoneInfo("America/New_York")
BERLIN = ZoneInfo("Europe/Berlin")

# 2024-03-08 is a Friday; 2024-03-10 (a Sunday) is New York's spring-forward day (02:00 -> 03:00),
# 2024-11-03 its fall-back day (02:00 -> 01:00); Berlin changes on 2024-03-31 and 2024-10-27.
WORKDAYS = ReminderPlan(enabled=True)
EVERY_DAY = replace(WORKDAYS, weekdays=frozenset(range(7)))
ALL_DAY = replace(EVERY_DAY, work_start=time(0), work_end=time(23, 59))


def at(text: str, zone: ZoneInfo = NEW_YORK, fold: int = 0) -> datetime:
    """A wall time in a zone: "2024-03-08 10:00"; fold=1 picks the second of a repeated hour."""
    return datetime.fromisoformat(text).replace(tzinfo=zone, fold=fold)


def wall(moment: datetime | None, zone: ZoneInfo = NEW_YORK) -> str | None:
    """A result as its local wall time with the UTC offset, so a DST mistake shows."""
    return None if moment is None else moment.astimezone(zone).strftime("%Y-%m-%d %H:%M %z")


CASES = [
    # id, plan, now, last reminder, sessions, expected (local wall time and offset, or None)
    (
        "first of the day comes an interval after work starts",
        WORKDAYS,
        "2024-03-08 07:30",
        "2024-03-08 07:30",
        [],
        "2024-03-08 10:00 -0500",
    ),
    (
        "the interval counts from the last reminder",
        WORKDAYS,
        "2024-03-08 10:20",
        "2024-03-08 10:15",
        [],
        "2024-03-08 11:15 -0500",
    ),
    (
        "without a last reminder nothing before now is owed",
        WORKDAYS,
        "2024-03-08 11:30",
        None,
        [],
        "2024-03-08 12:30 -0500",
    ),
    (
        "an unfinished session restarts the count",
        WORKDAYS,
        "2024-03-08 10:40",
        "2024-03-08 10:00",
        [make_record(started=at("2024-03-08 10:20"), minutes=5, paused=0, completed=False)],
        "2024-03-08 11:25 -0500",
    ),
    (
        "a reminder may fall on the end of work hours",
        WORKDAYS,
        "2024-03-07 16:00",
        "2024-03-07 16:00",
        [],
        "2024-03-07 17:00 -0500",
    ),
    (
        "none after work hours: the next work day",
        WORKDAYS,
        "2024-03-07 16:30",
        "2024-03-07 16:30",
        [],
        "2024-03-08 10:00 -0500",
    ),
    (
        "Friday evening skips the weekend",
        WORKDAYS,
        "2024-03-08 16:30",
        "2024-03-08 16:30",
        [],
        "2024-03-11 10:00 -0400",
    ),
    (
        "a Saturday start waits for Monday",
        WORKDAYS,
        "2024-03-09 11:00",
        None,
        [],
        "2024-03-11 10:00 -0400",
    ),
    (
        "every minute",
        replace(WORKDAYS, interval_minutes=1),
        "2024-03-08 10:00:30",
        "2024-03-08 10:00",
        [],
        "2024-03-08 10:01 -0500",
    ),
    (
        "today's goal met: nothing more today",
        WORKDAYS,
        "2024-03-07 11:00",
        "2024-03-07 10:00",
        [make_record(started=at("2024-03-07 10:10"), paused=0)],
        "2024-03-08 10:00 -0500",
    ),
    (
        "a goal of two is not met by one session",
        replace(WORKDAYS, goal_sessions=2),
        "2024-03-07 11:00",
        "2024-03-07 10:00",
        [make_record(started=at("2024-03-07 10:10"), paused=0)],
        "2024-03-07 11:20 -0500",
    ),
    (
        "yesterday's session does not meet today's goal",
        WORKDAYS,
        "2024-03-08 08:00",
        "2024-03-08 08:00",
        [make_record(started=at("2024-03-07 10:10"), paused=0)],
        "2024-03-08 10:00 -0500",
    ),
    (
        "goal 0: reminders go on after sessions",
        replace(WORKDAYS, goal_sessions=0),
        "2024-03-07 11:00",
        "2024-03-07 10:00",
        [make_record(started=at("2024-03-07 10:10"), paused=0)],
        "2024-03-07 11:20 -0500",
    ),
    (
        "no more reminders today",
        replace(WORKDAYS, off_day=date(2024, 3, 7)),
        "2024-03-07 11:00",
        "2024-03-07 10:00",
        [],
        "2024-03-08 10:00 -0500",
    ),
    (
        "yesterday's 'no more today' is over",
        replace(WORKDAYS, off_day=date(2024, 3, 6)),
        "2024-03-07 11:00",
        "2024-03-07 10:30",
        [],
        "2024-03-07 11:30 -0500",
    ),
    ("do not disturb", replace(WORKDAYS, do_not_disturb=True), "2024-03-07 11:00", None, [], None),
    ("reminders off", replace(WORKDAYS, enabled=False), "2024-03-07 11:00", None, [], None),
    (
        "no weekday chosen",
        replace(WORKDAYS, weekdays=frozenset()),
        "2024-03-07 11:00",
        None,
        [],
        None,
    ),
    (
        "work hours that end before they start give none",
        replace(WORKDAYS, work_start=time(17), work_end=time(9)),
        "2024-03-07 11:00",
        None,
        [],
        None,
    ),
    # --- snooze
    (
        "a snooze postpones the regular reminder",
        replace(WORKDAYS, snoozed_until=at("2024-03-07 11:15")),
        "2024-03-07 10:00",
        "2024-03-07 09:30",
        [],
        "2024-03-07 11:15 -0500",
    ),
    (
        "a snooze may run past work hours",
        replace(WORKDAYS, snoozed_until=at("2024-03-07 17:20")),
        "2024-03-07 16:50",
        "2024-03-07 16:50",
        [],
        "2024-03-07 17:20 -0500",
    ),
    (
        "a snooze that ended while asleep today is due at once",
        replace(WORKDAYS, snoozed_until=at("2024-03-07 11:15")),
        "2024-03-07 13:02",
        "2024-03-07 11:00",
        [],
        "2024-03-07 13:02 -0500",
    ),
    (
        "a snooze honoured by a reminder is over",
        replace(WORKDAYS, snoozed_until=at("2024-03-07 11:15")),
        "2024-03-07 11:16",
        "2024-03-07 11:15",
        [],
        "2024-03-07 12:15 -0500",
    ),
    (
        "a snooze that ended on an earlier day is dropped",
        replace(WORKDAYS, snoozed_until=at("2024-03-07 16:45")),
        "2024-03-08 08:00",
        "2024-03-07 16:40",
        [],
        "2024-03-08 10:00 -0500",
    ),
    (
        "a snooze into a day whose goal is met is dropped",
        replace(WORKDAYS, snoozed_until=at("2024-03-07 11:15")),
        "2024-03-07 11:00",
        "2024-03-07 10:45",
        [make_record(started=at("2024-03-07 10:50"), minutes=5, paused=0)],
        "2024-03-08 10:00 -0500",
    ),
    (
        "a snooze across midnight",
        replace(EVERY_DAY, snoozed_until=at("2024-03-08 00:10")),
        "2024-03-07 23:55",
        "2024-03-07 23:55",
        [],
        "2024-03-08 00:10 -0500",
    ),
    # --- asleep: once on wake, never a backlog
    (
        "slept through three reminders: one, now",
        WORKDAYS,
        "2024-03-07 14:05",
        "2024-03-07 10:00",
        [],
        "2024-03-07 14:05 -0500",
    ),
    (
        "after that one, the count starts again",
        WORKDAYS,
        "2024-03-07 14:05",
        "2024-03-07 14:05",
        [],
        "2024-03-07 15:05 -0500",
    ),
    (
        "woke after work hours: tomorrow",
        WORKDAYS,
        "2024-03-07 19:00",
        "2024-03-07 16:00",
        [],
        "2024-03-08 10:00 -0500",
    ),
    (
        "slept overnight into work hours: the morning's reminder, now",
        WORKDAYS,
        "2024-03-08 11:30",
        "2024-03-07 16:00",
        [],
        "2024-03-08 11:30 -0500",
    ),
    (
        "slept through a fixed time: now",
        replace(WORKDAYS, mode="times"),
        "2024-03-07 12:00",
        "2024-03-07 09:00",
        [],
        "2024-03-07 12:00 -0500",
    ),
    (
        "slept through yesterday's fixed time: today's",
        replace(WORKDAYS, mode="times"),
        "2024-03-08 09:00",
        "2024-03-07 14:00",
        [],
        "2024-03-08 10:30 -0500",
    ),
    # --- fixed times
    (
        "fixed times: the next one today",
        replace(WORKDAYS, mode="times"),
        "2024-03-07 11:00",
        "2024-03-07 11:00",
        [],
        "2024-03-07 15:00 -0500",
    ),
    (
        "fixed times across midnight",
        replace(EVERY_DAY, mode="times", times=(time(0, 15), time(23, 30))),
        "2024-03-07 23:31",
        "2024-03-07 23:30",
        [],
        "2024-03-08 00:15 -0500",
    ),
    (
        "fixed times: Friday's last, then Monday",
        replace(WORKDAYS, mode="times"),
        "2024-03-08 15:01",
        "2024-03-08 15:00",
        [],
        "2024-03-11 10:30 -0400",
    ),
    (
        "fixed times: a goal met today skips to tomorrow",
        replace(EVERY_DAY, mode="times"),
        "2024-03-07 11:00",
        "2024-03-07 11:00",
        [make_record(started=at("2024-03-07 10:40"), paused=0)],
        "2024-03-08 10:30 -0500",
    ),
    # --- daylight saving, New York
    (
        "spring forward: the same wall time the next morning (23 hours later)",
        replace(EVERY_DAY, mode="times", times=(time(9),)),
        "2024-03-09 09:00",
        "2024-03-09 09:00",
        [],
        "2024-03-10 09:00 -0400",
    ),
    (
        "spring forward: an hour's interval across the gap is 60 real minutes",
        ALL_DAY,
        "2024-03-10 01:30",
        "2024-03-10 01:30",
        [],
        "2024-03-10 03:30 -0400",
    ),
    (
        "spring forward: a fixed time in the skipped hour comes just after the gap",
        replace(EVERY_DAY, mode="times", times=(time(2, 30),)),
        "2024-03-10 01:00",
        "2024-03-10 01:00",
        [],
        "2024-03-10 03:30 -0400",
    ),
    (
        "spring forward: work hours starting in the gap",
        replace(EVERY_DAY, work_start=time(2, 30), interval_minutes=30),
        "2024-03-10 00:30",
        "2024-03-10 00:30",
        [],
        "2024-03-10 04:00 -0400",
    ),
    (
        "fall back: an hour's interval lands on the repeated hour",
        ALL_DAY,
        "2024-11-03 01:30",
        "2024-11-03 01:30",
        [],
        "2024-11-03 01:30 -0500",
    ),
    (
        "fall back: the same wall time the next morning (25 hours later)",
        replace(EVERY_DAY, mode="times", times=(time(9),)),
        "2024-11-02 09:00",
        "2024-11-02 09:00",
        [],
        "2024-11-03 09:00 -0500",
    ),
    (
        "fall back: a fixed time in the repeated hour comes once, the first time",
        replace(EVERY_DAY, mode="times", times=(time(1, 30),)),
        "2024-11-03 00:30",
        "2024-11-03 00:30",
        [],
        "2024-11-03 01:30 -0400",
    ),
]


@pytest.mark.parametrize(
    ("plan", "now", "last", "sessions", "expected"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_next_reminder(plan, now, last, sessions, expected):
    due = next_reminder(plan, at(now), sessions, at(last) if last else None)
    assert wall(due) == expected


BERLIN_CASES = [
    (
        "spring forward: 30 minutes across the gap",
        replace(ALL_DAY, interval_minutes=30),
        "2024-03-31 01:45",
        "2024-03-31 03:15 +0200",
    ),
    (
        "spring forward: Monday's work hours in summer time",
        WORKDAYS,
        "2024-03-29 17:00",
        "2024-04-01 10:00 +0200",
    ),
    (
        "fall back: 30 minutes after 02:45 summer time is 02:15 winter time",
        replace(ALL_DAY, interval_minutes=30),
        "2024-10-27 02:45",
        "2024-10-27 02:15 +0100",
    ),
    (
        "fall back: a fixed time the day after",
        replace(EVERY_DAY, mode="times", times=(time(8),)),
        "2024-10-26 08:00",
        "2024-10-27 08:00 +0100",
    ),
]


@pytest.mark.parametrize(
    ("plan", "now", "expected"),
    [case[1:] for case in BERLIN_CASES],
    ids=[case[0] for case in BERLIN_CASES],
)
def test_next_reminder_in_berlin(plan, now, expected):
    due = next_reminder(plan, at(now, BERLIN), (), at(now, BERLIN))
    assert wall(due, BERLIN) == expected


def test_the_zone_of_work_hours_can_differ_from_now_s():
    # The app's clock gives a fixed UTC offset; the zone says where the clocks change.
    now = at("2024-03-09 16:30").astimezone(UTC)
    due = next_reminder(ALL_DAY, now, (), now, zone=NEW_YORK)
    assert wall(due) == "2024-03-09 17:30 -0500"
    due = next_reminder(EVERY_DAY, now, (), now, zone=NEW_YORK)
    assert wall(due) == "2024-03-10 10:00 -0400"


def test_now_must_be_aware():
    with pytest.raises(ValueError, match="time zone"):
        next_reminder(WORKDAYS, datetime(2024, 3, 8, 10))


def fire_all(plan, clock: FakeClock, zone, until: datetime, sessions=()):
    """Run the reminders as the tray does: jump to each due time, show it, count from there."""
    shown = []
    last = clock.now()
    while True:
        due = next_reminder(plan, clock.now(), sessions, last, zone)
        if due is None or due > until:
            return shown
        wait = (due - clock.now()).total_seconds()
        assert wait >= 0
        clock.advance(wait)
        shown.append(clock.now().astimezone(zone).strftime("%a %H:%M"))
        last = clock.now()


def test_a_week_of_reminders_across_the_spring_change():
    clock = FakeClock(start=at("2024-03-08 08:00").astimezone(UTC))
    plan = replace(WORKDAYS, interval_minutes=120)
    shown = fire_all(plan, clock, NEW_YORK, at("2024-03-11 23:00"))
    assert shown == [
        "Fri 11:00",
        "Fri 13:00",
        "Fri 15:00",
        "Fri 17:00",
        "Mon 11:00",
        "Mon 13:00",
        "Mon 15:00",
        "Mon 17:00",
    ]


def test_fixed_times_through_the_fall_change():
    clock = FakeClock(start=at("2024-11-02 00:00").astimezone(UTC))
    plan = replace(EVERY_DAY, mode="times", times=(time(1, 30), time(12)))
    shown = fire_all(plan, clock, NEW_YORK, at("2024-11-04 23:00"))
    assert shown == ["Sat 01:30", "Sat 12:00", "Sun 01:30", "Sun 12:00", "Mon 01:30", "Mon 12:00"]


def test_a_sleep_through_reminders_gives_one_on_wake_not_a_backlog():
    clock = FakeClock(start=at("2024-03-07 09:00").astimezone(UTC))
    last = clock.now()
    due = next_reminder(WORKDAYS, clock.now(), (), last, NEW_YORK)
    assert wall(due) == "2024-03-07 10:00 -0500"
    clock.sleep_machine(4 * 3600 + 300)  # the lid closes at 09:00 and opens at 13:05
    due = next_reminder(WORKDAYS, clock.now(), (), last, NEW_YORK)
    assert due == clock.now()
    last = clock.now()  # shown
    due = next_reminder(WORKDAYS, clock.now(), (), last, NEW_YORK)
    assert wall(due) == "2024-03-07 14:05 -0500"


def test_completed_today_counts_only_completed_sessions_of_that_date():
    sessions = [
        make_record(started=at("2024-03-07 10:00"), paused=0),
        make_record(started=at("2024-03-07 23:55"), paused=0, completed=False),
        make_record(started=at("2024-03-06 23:50"), paused=0),
        make_record(
            started=at("2024-03-07 08:00", BERLIN), paused=0
        ),  # 02:00 in New York, the same date
    ]
    assert completed_today(sessions, at("2024-03-07 12:00")) == 2


def test_the_plan_comes_from_the_settings():
    settings = Settings().changed(
        reminders=True,
        reminder_mode="times",
        reminder_times=["15:00", "09:05", "15:00"],
        reminder_weekdays=[5, 6],
        reminders_snoozed_until="2024-03-07T11:15:00-05:00",
        reminders_off_day="2024-03-06",
    )
    plan = ReminderPlan.from_settings(settings)
    assert plan.enabled and plan.mode == "times"
    assert plan.times == (time(9, 5), time(15))
    assert plan.weekdays == {5, 6}
    assert plan.snoozed_until == at("2024-03-07 11:15")
    assert plan.off_day == date(2024, 3, 6)
    assert plan.schedule_only() == replace(plan, snoozed_until=None, off_day=None)
    default = ReminderPlan.from_settings(Settings())
    assert default == replace(WORKDAYS, enabled=False)


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("work_start", "9am", "must be a time of day such as 09:00"),
        ("work_end", "24:00", "must be a time of day such as 09:00"),
        ("reminder_mode", "hourly", "must be one of interval, times"),
        ("reminder_weekdays", [0, 7], "from 0 (Monday) to 6 (Sunday)"),
        ("reminder_weekdays", [True], "from 0 (Monday) to 6 (Sunday)"),
        ("reminder_times", ["10:30", "noon"], "must list times of day"),
        ("reminder_times", "10:30", "must be a list"),
        ("reminder_interval_minutes", 0, "must be from 1 to 480"),
        ("reminder_goal_sessions", 11, "must be from 0 to 10"),
        ("reminders_snoozed_until", "soon", "must be empty or like"),
        ("reminders_off_day", "2024-13-01", "must be empty or like"),
    ],
)
def test_wrong_reminder_settings_are_refused_with_a_message(name, value, message):
    with pytest.raises(SettingsError, match=message.replace("(", r"\(").replace(")", r"\)")):
        Settings().changed(**{name: value})


def test_a_stored_wrong_value_falls_back_to_the_default_and_is_kept():
    settings, problems = Settings.from_json({"work_start": "25:00", "reminders": True})
    assert settings.work_start == "09:00" and settings.reminders is True
    assert problems == [
        "The setting 'work_start' must be a time of day such as 09:00; its default is used."
    ]
    assert settings.to_json()["work_start"] == "25:00"


@pytest.fixture
def new_york_system_time():
    if not hasattr(_time, "tzset"):
        pytest.skip("time.tzset is only on Unix")
    old = os.environ.get("TZ")
    os.environ["TZ"] = "America/New_York"
    _time.tzset()
    yield
    if old is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = old
    _time.tzset()


def test_the_system_zone_follows_daylight_saving_like_zoneinfo(new_york_system_time):
    zone = SystemZone()
    for text in (
        "2024-03-09 09:00",
        "2024-03-10 01:59",
        "2024-03-10 03:00",
        "2024-07-01 12:00",
        "2024-11-02 23:00",
        "2024-11-03 03:00",
        "2024-12-24 18:00",
    ):
        naive = datetime.fromisoformat(text)
        assert naive.replace(tzinfo=zone).utcoffset() == at(text).utcoffset(), text
    moment = at("2024-03-10 06:59").astimezone(UTC)
    for minutes in range(0, 240, 7):
        instant = moment + timedelta(minutes=minutes)
        assert instant.astimezone(zone).strftime("%H:%M %z") == wall(instant)[11:], instant
    due = next_reminder(EVERY_DAY, at("2024-03-09 16:30"), (), at("2024-03-09 16:30"), zone)
    assert wall(due) == "2024-03-10 10:00 -0400"
