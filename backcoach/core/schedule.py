"""When the next desk reminder is due: a pure function of the settings, the time and the sessions.

Two kinds of schedule:
- interval: every N minutes within work hours on the chosen weekdays, counted from the last
  reminder or the last session, whichever came later (a session just done restarts the count);
- times: at fixed times of day on the chosen weekdays.

No reminder comes once today's goal is met (enough completed sessions today), after "no more
reminders today", while do-not-disturb is on, or before a snooze ends. A reminder whose time passed
while the computer slept is due at once on wake, but only one, and only on the day it was for (and,
with work hours, only within them): never a backlog. Days before today owe nothing.

Time arithmetic is done in UTC and local times of day are built for each date in the given zone,
so a daylight-saving change moves neither a reminder's wall time nor an interval's length.
"""

from __future__ import annotations

import time as _time
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from backcoach.core.i18n import Context
from backcoach.core.session import SessionRecord
from backcoach.core.settings import ReminderMode, Settings, parse_time_of_day

CoreText = Context("CoreText")

# How far ahead to look for the next reminder: a week, plus a day for a daylight-saving change.
_DAYS_AHEAD = 8


def _time_of_day(text: str) -> time:
    parsed = parse_time_of_day(text)
    if parsed is None:
        raise ValueError(CoreText.tr("{text!r} is not a time of day").format(text=text))
    return time(*parsed)


@dataclass(frozen=True)
class ReminderPlan:
    """The reminder settings, parsed; see the settings' descriptions in core/settings.py."""

    enabled: bool = False
    mode: ReminderMode = "interval"
    interval_minutes: int = 60
    work_start: time = time(9)
    work_end: time = time(17)
    weekdays: frozenset[int] = frozenset(range(5))
    times: tuple[time, ...] = (time(10, 30), time(15))
    goal_sessions: int = 1
    do_not_disturb: bool = False
    snoozed_until: datetime | None = None
    off_day: date | None = None
    routine_id: str = "desk_stretch"

    @classmethod
    def from_settings(cls, settings: Settings) -> ReminderPlan:
        snoozed = settings.reminders_snoozed_until
        off_day = settings.reminders_off_day
        snoozed_until = datetime.fromisoformat(snoozed) if snoozed else None
        if snoozed_until is not None and snoozed_until.tzinfo is None:
            snoozed_until = snoozed_until.astimezone()  # a hand edit without an offset: local
        return cls(
            enabled=settings.reminders,
            mode=settings.reminder_mode,
            interval_minutes=settings.reminder_interval_minutes,
            work_start=_time_of_day(settings.work_start),
            work_end=_time_of_day(settings.work_end),
            weekdays=frozenset(settings.reminder_weekdays),
            times=tuple(sorted({_time_of_day(t) for t in settings.reminder_times})),
            goal_sessions=settings.reminder_goal_sessions,
            do_not_disturb=settings.do_not_disturb,
            snoozed_until=snoozed_until,
            off_day=date.fromisoformat(off_day) if off_day else None,
            routine_id=settings.reminder_routine,
        )

    def schedule_only(self) -> ReminderPlan:
        """The plan without the day's snooze and "no more today": what the user set up."""
        return replace(self, snoozed_until=None, off_day=None)


class SystemZone(tzinfo):
    """The computer's own time zone, with its daylight-saving rules, as the C library knows it.

    datetime.now().astimezone() gives only today's fixed offset, which is wrong for a reminder
    tomorrow if the clocks change tonight; this asks the system for the offset at each moment.
    """

    def utcoffset(self, dt: datetime | None) -> timedelta:
        if dt is None:
            return timedelta(seconds=_time.localtime().tm_gmtoff)
        naive = dt.replace(tzinfo=None)
        stamp = _time.mktime((*naive.timetuple()[:8], -1))
        return timedelta(seconds=_time.localtime(stamp).tm_gmtoff)

    def dst(self, dt: datetime | None) -> timedelta:
        return timedelta(0)  # not needed to place reminders; utcoffset has it all

    def tzname(self, dt: datetime | None) -> str:
        if dt is None:
            return _time.strftime("%Z")
        return _time.strftime("%Z", _time.localtime(dt.timestamp()))

    def fromutc(self, dt: datetime) -> datetime:
        stamp = dt.replace(tzinfo=UTC).timestamp()
        offset = timedelta(seconds=_time.localtime(stamp).tm_gmtoff)
        return (dt + offset).replace(tzinfo=self)

    def __repr__(self) -> str:
        return "SystemZone()"


def completed_today(sessions: Iterable[SessionRecord], now: datetime) -> int:
    """How many completed sessions were logged on now's local date."""
    day, zone = now.date(), now.tzinfo
    return sum(1 for s in sessions if s.completed and s.started.astimezone(zone).date() == day)


def last_session_end(sessions: Iterable[SessionRecord]) -> datetime | None:
    ends = [s.ended for s in sessions]
    return max(ends, key=lambda e: e.timestamp()) if ends else None


def _local(day: date, at: time, zone: tzinfo) -> datetime:
    """A wall time on a date, as a UTC instant (a time skipped by a clock change moves forward)."""
    return datetime.combine(day, at, tzinfo=zone).astimezone(UTC)


def next_reminder(
    plan: ReminderPlan,
    now: datetime,
    sessions: Iterable[SessionRecord] = (),
    last_reminder: datetime | None = None,
    zone: tzinfo | None = None,
) -> datetime | None:
    """When the next reminder is due (now itself when one was missed), or None for none at all.

    now: an aware datetime; zone: the time zone that work hours and fixed times are in (by default
    now's own); last_reminder: when the last reminder was shown or the reminders were (re)started,
    so that nothing before it is owed: without one, nothing before now is.
    """
    if now.tzinfo is None:
        raise ValueError(CoreText.tr("now must carry its time zone"))
    zone = zone or now.tzinfo
    assert zone is not None
    if not plan.enabled or plan.do_not_disturb:
        return None
    sessions = list(sessions)
    now_utc = now.astimezone(UTC)
    local_now = now.astimezone(zone)
    today = local_now.date()
    goal_met = plan.goal_sessions > 0 and completed_today(sessions, local_now) >= plan.goal_sessions
    today_closed = goal_met or plan.off_day == today

    # What is owed starts after the later of the last reminder and the last session.
    anchor = (last_reminder or now).astimezone(UTC)
    session_end = last_session_end(sessions)
    if session_end is not None:
        anchor = max(anchor, session_end.astimezone(UTC))
    anchor = min(anchor, now_utc)  # a session "in the future" (a clock set back) owes nothing

    if plan.snoozed_until is not None:
        snooze_end = plan.snoozed_until.astimezone(UTC)
        snooze_day = snooze_end.astimezone(zone).date()
        # A snooze not yet honoured by a reminder: due when it ends, or at once if that passed
        # while asleep today; a snooze into a day already closed is dropped with the day.
        honoured = snooze_end <= anchor
        passed_on_an_earlier_day = snooze_end < now_utc and snooze_day != today
        dropped = (snooze_day == today and today_closed) or passed_on_an_earlier_day
        if not honoured and not dropped:
            return max(snooze_end, now_utc).astimezone(zone)
        # No regular reminder before the snooze ends.
        anchor = max(anchor, min(snooze_end, now_utc))

    for offset in range(_DAYS_AHEAD):
        day = today + timedelta(days=offset)
        if day.weekday() not in plan.weekdays or (day == today and today_closed):
            continue
        for slot, window_end in _slots(plan, day, anchor, zone):
            if slot >= now_utc:
                return slot.astimezone(zone)
            # Missed (the computer slept): due now, once, and only within the day's work hours.
            if window_end is None or now_utc <= window_end:
                return now_utc.astimezone(zone)
    return None


def _slots(
    plan: ReminderPlan, day: date, anchor: datetime, zone: tzinfo
) -> list[tuple[datetime, datetime | None]]:
    """The reminder times on a day after the anchor (in UTC), each with its work hours' end."""
    if plan.mode == "times":
        slots = [_local(day, at, zone) for at in plan.times]
        return [(slot, None) for slot in slots if slot > anchor]
    start, end = _local(day, plan.work_start, zone), _local(day, plan.work_end, zone)
    slot = max(anchor, start) + timedelta(minutes=plan.interval_minutes)
    return [(slot, end)] if slot <= end else []
