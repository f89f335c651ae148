"""The reminder clock: one single-shot timer armed for the next reminder, never a polling loop.

The timer is re-armed whenever what decides the next reminder changes: the reminder settings,
the sessions, a reminder shown, and the computer waking from sleep. Timers count monotonic time,
which stops while the computer sleeps, so a timer armed before a sleep fires late: waking is
noticed from logind's PrepareForSleep signal where there is one (Linux), and otherwise from the
timer itself, whose wall-clock lateness gives the sleep away. Either way the schedule (a pure
function in backcoach.core.schedule) then says a missed reminder is due, once.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Callable
from datetime import datetime, timedelta, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import SLOT, QObject, Qt, QTimer, Signal, Slot

from backcoach.core.clock import machine_slept
from backcoach.core.schedule import ReminderPlan, SystemZone, next_reminder
from backcoach.ui.app_state import AppState
from backcoach.ui.widgets.translation import Context

RemindersText = Context("RemindersText")

if TYPE_CHECKING:  # QtDBus is optional at run time: some Qt builds have none
    from PySide6.QtDBus import QDBusConnection

# A timer that fires up to this early (coarse timers, rounding) counts as on time.
_EARLY_TOLERANCE = timedelta(seconds=1)
# QTimer takes a signed 32-bit count of milliseconds (about 24 days).
_LONGEST_WAIT_MS = 2**31 - 1


class ReminderTimer(QObject):
    # A reminder is due now: show it.
    reminderDue = Signal()
    # The next reminder's time (a datetime) or None: for the tray's tooltip and status line.
    nextChanged = Signal(object)
    # The machine slept and woke (noticed by logind or by the timer's lateness).
    woke = Signal()

    def __init__(
        self,
        state: AppState,
        zone: tzinfo | None = None,
        busy: Callable[[], bool] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.state = state
        # Work hours are in the computer's own zone, with its daylight-saving rules.
        self.zone: tzinfo = zone or SystemZone()
        # A callable that says a session is running: a reminder then waits its next turn.
        self._busy = busy or (lambda: False)
        self.plan = ReminderPlan.from_settings(state.settings)
        # Nothing before the app started is owed; then, the time of the last reminder shown.
        self.last_reminder: datetime = state.clock.now()
        self.next_due: datetime | None = None
        # Wall and monotonic clocks when the timer was last armed: how far they then drift apart
        # tells a sleep (core.clock.machine_slept).
        self._armed_at = self._clocks()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.VeryCoarseTimer)  # a second early or late is fine
        self._timer.timeout.connect(self.tick)
        state.settingsChanged.connect(self._settings_changed)
        state.sessionsChanged.connect(self.rearm)
        self.sleep_watch = watch_system_sleep(self)
        self.rearm()

    # --- the user's actions ----------------------------------------------------------------

    def snooze(self, minutes: int) -> None:
        until = self._now() + timedelta(minutes=minutes)
        self.state.update_settings(reminders_snoozed_until=until.isoformat(timespec="seconds"))

    def no_more_today(self) -> None:
        today = self._now().astimezone(self.zone).date()
        self.state.update_settings(reminders_off_day=today.isoformat())

    def set_do_not_disturb(self, on: bool) -> None:
        if on != self.state.settings.do_not_disturb:
            self.state.update_settings(do_not_disturb=on)

    # --- the timer ---------------------------------------------------------------------------

    @property
    def armed_ms(self) -> int | None:
        """The wait the timer was last armed for, or None when it is not armed."""
        return self._timer.interval() if self._timer.isActive() else None

    @Slot()
    def rearm(self) -> None:
        """Work out the next reminder and arm the one timer for it (or none)."""
        now = self._now()
        due = next_reminder(self.plan, now, self.state.sessions, self.last_reminder, self.zone)
        self._timer.stop()
        if due is not None:
            wait_ms = math.ceil(max(0.0, (due - now).total_seconds()) * 1000)
            self._armed_at = self._clocks()
            self._timer.start(min(wait_ms, _LONGEST_WAIT_MS))
        if due != self.next_due:
            self.next_due = due
            self.nextChanged.emit(due)

    @Slot()
    def tick(self) -> None:
        """The timer fired (late, if the machine slept): show the reminder if it is due."""
        self.check_wake(rearm=False)
        now = self._now()
        due = next_reminder(self.plan, now, self.state.sessions, self.last_reminder, self.zone)
        if due is not None and due <= now + _EARLY_TOLERANCE:
            self.last_reminder = now
            if self.state.settings.reminders_snoozed_until:
                # The snooze is honoured: forget it, so it is not mistaken for a pending one.
                self.state.update_settings(reminders_snoozed_until="")
            if not self._busy():
                self.reminderDue.emit()
        self.rearm()

    @Slot()
    def check_wake(self, rearm: bool = True) -> bool:
        """Whether the machine slept since the timer was armed; if so, re-arm for what is owed."""
        (wall, monotonic), (armed_wall, armed_monotonic) = self._clocks(), self._armed_at
        slept = machine_slept(wall - armed_wall, monotonic - armed_monotonic)
        if slept:
            self._armed_at = (wall, monotonic)
            self.woke.emit()
            if rearm:
                self.rearm()
        return slept

    @Slot(bool)
    def prepare_for_sleep(self, going_to_sleep: bool) -> None:
        """logind's PrepareForSleep: false means the machine has just woken."""
        if not going_to_sleep:
            self.woke.emit()
            self.rearm()

    # --- inside ------------------------------------------------------------------------------

    def _now(self) -> datetime:
        return self.state.clock.now()

    def _clocks(self) -> tuple[float, float]:
        clock = self.state.clock
        return clock.wall(), clock.monotonic()

    @Slot()
    def _settings_changed(self) -> None:
        plan = ReminderPlan.from_settings(self.state.settings)
        if plan == self.plan:
            return
        if plan.schedule_only() != self.plan.schedule_only():
            # A new schedule counts from now: nothing under the old one is owed.
            self.last_reminder = self._now()
        self.plan = plan
        self.rearm()


def watch_system_sleep(timer: ReminderTimer, bus: QDBusConnection | None = None) -> bool:
    """Connect logind's PrepareForSleep signal to the timer; False where there is no logind.

    bus: a QDBusConnection (tests pass a private bus); by default the system bus.
    """
    if bus is None and not sys.platform.startswith("linux"):
        return False
    try:
        from PySide6.QtDBus import QDBusConnection
    except ImportError:  # a Qt build without D-Bus
        return False
    connection = bus if bus is not None else QDBusConnection.systemBus()
    if not connection.isConnected():
        return False
    # Any sender: on the system bus only logind can send it, and a stray one only re-arms.
    # PySide6's stub wants the slot as bytes, but the binding takes only SLOT()'s str.
    return bool(
        connection.connect(  # type: ignore[call-overload]
            "",
            "/org/freedesktop/login1",
            "org.freedesktop.login1.Manager",
            "PrepareForSleep",
            timer,
            SLOT("prepare_for_sleep(bool)"),
        )
    )
