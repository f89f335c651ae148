"""BackCoach in the tray: desk reminders that open the routine, and a menu to start one any time.

With a system tray, a reminder is a notification: on Linux one with Start now and Snooze buttons
(desktop_notification.py), elsewhere a tray message (QSystemTrayIcon.showMessage) whose click
starts the reminder's routine; with reminders on, closing the window keeps BackCoach in the tray
(said once). Without a tray, reminders appear in the window as a bar with Start, Snooze and
Dismiss, and closing the window quits. The same actions (snooze, no more today, do not disturb,
reminder settings) are in the tray menu and in the window's Reminders menu.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from backcoach import APP_NAME
from backcoach.core.i18n import QT_TRANSLATE_NOOP
from backcoach.core.routine import Routine
from backcoach.core.timeline import routine_seconds
from backcoach.core.words import duration_text, time_text, weekday_name
from backcoach.ui.app_state import AppState
from backcoach.ui.reminders.desktop_notification import SNOOZE, START, DesktopNotification
from backcoach.ui.reminders.reminder_bar import SNOOZE_CHOICES, ReminderBar
from backcoach.ui.reminders.reminder_timer import ReminderTimer
from backcoach.ui.widgets.app_icon import app_icon
from backcoach.ui.widgets.plain_text import plain_tooltip
from backcoach.ui.widgets.translation import Context

RemindersText = Context("RemindersText")

if TYPE_CHECKING:
    from backcoach.ui.reminders.reminder_dialog import ReminderDialog

    # The shell builds the tray and hands it the window; the tray only names its type, so the
    # reminders never import the shell at run time (the ui's layers contract in pyproject.toml).
    from backcoach.ui.shell.main_window import MainWindow

REMINDER_TITLE = QT_TRANSLATE_NOOP("RemindersText", "Time for your back")
KEPT_IN_TRAY_TITLE = QT_TRANSLATE_NOOP("RemindersText", "BackCoach is still running")
KEPT_IN_TRAY_TEXT = QT_TRANSLATE_NOOP(
    "RemindersText",
    "Reminders go on from the tray icon. To quit BackCoach, choose Quit from the tray menu.",
)
# How long a notification stays, where the desktop lets the app say (milliseconds).
_MESSAGE_MS = 60_000


def _menu_text(text: str) -> str:
    return text.replace("&", "&&")  # a routine's "&" is not a keyboard mnemonic


class Tray(QObject):
    def __init__(
        self,
        state: AppState,
        window: MainWindow,
        tray_available: bool | None = None,
        zone: tzinfo | None = None,
        autostart_data_dir: Path | None = None,
        quit_app: Callable[[], None] | None = None,
        notify_send: str | None = None,
    ) -> None:
        """notify_send: the program that shows notifications with buttons (found on Linux by
        the composition root; None: tray messages, whose click starts)."""
        super().__init__(window)
        self.state = state
        self.window = window
        self.autostart_data_dir = autostart_data_dir
        self._quit_app = quit_app or QApplication.quit
        if tray_available is None:
            tray_available = QSystemTrayIcon.isSystemTrayAvailable()
        self.timer = ReminderTimer(
            state, zone, busy=lambda: window.player.session_in_progress, parent=self
        )
        self._quitting = False
        self._quit_pending = False  # Quit was chosen during a session: quit once it is stopped
        self._message_kind = ""  # what the last notification was about: what its click does
        self._window_ready = False  # after_show has run (not yet when started in the background)
        self._dialog: ReminderDialog | None = None

        self._build_actions()
        self.menu = self._build_tray_menu()
        self.window_menu = self._fill_window_menu()

        self.icon: QSystemTrayIcon | None = None
        self.bar: ReminderBar | None = None
        self.notification: DesktopNotification | None = None
        if tray_available and notify_send:
            self.notification = DesktopNotification(notify_send, self)
            self.notification.chosen.connect(self._notification_chosen)
            self.notification.unavailable.connect(self._notification_unavailable)
        if tray_available:
            self.icon = QSystemTrayIcon(app_icon(), self)
            self.icon.setContextMenu(self.menu)
            self.icon.activated.connect(self._icon_activated)
            self.icon.messageClicked.connect(self._message_clicked)
            self.icon.show()
        else:
            self.bar = ReminderBar()
            self.bar.startRequested.connect(self.start_reminder_routine)
            self.bar.snoozeRequested.connect(self.timer.snooze)
            window.add_bar(self.bar)

        self.timer.reminderDue.connect(self.remind)
        self.timer.nextChanged.connect(self._update_status)
        state.settingsChanged.connect(self._sync_actions)
        state.routinesChanged.connect(self._fill_routines)
        window.closed.connect(self.window_closed)
        self._sync_actions()

    # --- building --------------------------------------------------------------------------

    def _action(self, text: str, tip: str, slot: Callable[..., object]) -> QAction:
        action = QAction(text, self)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.status_action = QAction("", self)
        self.status_action.setEnabled(False)
        self.show_action = self._action(
            RemindersText.tr("&Show {APP_NAME}").format(APP_NAME=APP_NAME),
            RemindersText.tr("Bring the BackCoach window to the front"),
            self.show_window,
        )
        self.snooze_actions = []
        for minutes, text in SNOOZE_CHOICES:
            action = self._action(
                text,
                RemindersText.tr("No reminder for {text}").format(text=text),
                lambda _=False, m=minutes: self.timer.snooze(m),
            )
            self.snooze_actions.append(action)
        self.no_more_today_action = self._action(
            RemindersText.tr("&No more reminders today"),
            RemindersText.tr("Hold reminders until tomorrow"),
            self._no_more_today,
        )
        self.no_more_today_action.setCheckable(True)
        self.dnd_action = self._action(
            RemindersText.tr("&Do not disturb"),
            RemindersText.tr("Hold every reminder until this is switched off"),
            self._dnd,
        )
        self.dnd_action.setCheckable(True)
        self.settings_action = self._action(
            RemindersText.tr("&Reminder settings…"),
            RemindersText.tr("When to remind, which routine, start at login"),
            self.show_settings,
        )
        self.quit_action = self._action(
            RemindersText.tr("&Quit {APP_NAME}").format(APP_NAME=APP_NAME),
            RemindersText.tr("Close BackCoach and its reminders"),
            self.quit,
        )

    def _snooze_menu(self, parent: QMenu) -> QMenu:
        menu = parent.addMenu(RemindersText.tr("S&nooze reminders"))
        menu.setToolTipsVisible(True)
        for action in self.snooze_actions:
            menu.addAction(action)
        return menu

    def _build_tray_menu(self) -> QMenu:
        menu = QMenu()  # a tray menu has no parent window
        menu.setAccessibleName(RemindersText.tr("{APP_NAME} tray menu").format(APP_NAME=APP_NAME))
        menu.setToolTipsVisible(True)
        menu.addAction(self.status_action)
        menu.addSeparator()
        self.start_menu = menu.addMenu(RemindersText.tr("Start a &routine"))
        self.start_menu.setAccessibleName(RemindersText.tr("Start a routine"))
        self.start_menu.setToolTipsVisible(True)
        self._fill_routines()
        menu.addAction(self.show_action)
        menu.addSeparator()
        self.snooze_menu = self._snooze_menu(menu)
        menu.addAction(self.no_more_today_action)
        menu.addAction(self.dnd_action)
        menu.addAction(self.settings_action)
        menu.addSeparator()
        menu.addAction(self.quit_action)
        return menu

    def _fill_window_menu(self) -> QMenu:
        # The window's menu builder made the menu (ui/shell/main_window.py); these are its actions.
        menu = self.window.reminders_menu
        menu.addAction(self.settings_action)
        menu.addSeparator()
        self._snooze_menu(menu)
        menu.addAction(self.no_more_today_action)
        menu.addAction(self.dnd_action)
        menu.menuAction().setVisible(True)
        return menu

    @Slot()
    def _fill_routines(self) -> None:
        self.start_menu.clear()
        for routine in self.state.routines:
            action = self.start_menu.addAction(_menu_text(routine.name))
            action.setToolTip(
                plain_tooltip(
                    RemindersText.tr("Start {name} ({length})").format(
                        name=routine.name, length=self._length(routine)
                    )
                )
            )
            action.setData(routine.id)
            action.triggered.connect(lambda _=False, rid=routine.id: self.start_routine(rid))

    # --- showing the state -----------------------------------------------------------------

    @Slot()
    def _sync_actions(self) -> None:
        settings = self.state.settings
        on = settings.reminders
        dnd = settings.do_not_disturb
        today = self.state.clock.now().astimezone(self.timer.zone).date().isoformat()
        for action in self.snooze_actions:
            action.setEnabled(on and not dnd)
        self.snooze_menu.setEnabled(on and not dnd)
        self.no_more_today_action.setEnabled(on)
        self.no_more_today_action.setChecked(settings.reminders_off_day == today)
        self.dnd_action.setChecked(dnd)
        self._update_status(self.timer.next_due)

    def status_text(self) -> str:
        settings = self.state.settings
        if not settings.reminders:
            return RemindersText.tr("Reminders are off")
        if settings.do_not_disturb:
            return RemindersText.tr("Do not disturb is on")
        due = self.timer.next_due
        if due is None:
            return RemindersText.tr("No reminder this week")
        return RemindersText.tr("Next reminder: {when}").format(when=self._when(due))

    def _when(self, due: datetime) -> str:
        local = due.astimezone(self.timer.zone)
        now = self.state.clock.now().astimezone(self.timer.zone)
        clock_time = time_text(local)
        if local.date() == now.date():
            if local - now < timedelta(minutes=1):
                return "now"
            return RemindersText.tr("today at {clock_time}").format(clock_time=clock_time)
        if local.date() == now.date() + timedelta(days=1):
            return RemindersText.tr("tomorrow at {clock_time}").format(clock_time=clock_time)
        return RemindersText.tr("{weekday_name} at {clock_time}").format(
            weekday_name=weekday_name(local.weekday()), clock_time=clock_time
        )

    @Slot(object)
    def _update_status(self, _due: object = None) -> None:
        text = self.status_text()
        self.status_action.setText(text)
        if self.icon is not None:
            self.icon.setToolTip(f"{APP_NAME}\n{text}")

    def _length(self, routine: Routine) -> str:
        return duration_text(routine_seconds(routine, self.state.catalogue))

    # --- reminders -------------------------------------------------------------------------

    @property
    def reminder_routine(self) -> Routine:
        return self.state.reminder_routine

    def reminder_text(self) -> str:
        """What the reminder says: the routine and how long it takes."""
        routine = self.reminder_routine
        return f"{routine.name}, {self._length(routine)}."

    @Slot()
    def remind(self) -> None:
        text = self.reminder_text()
        if self.notification is not None and self.notification.usable:
            snooze = RemindersText.tr("Snooze {SNOOZE_CHOICES}").format(
                SNOOZE_CHOICES=RemindersText.tr(SNOOZE_CHOICES[0][1])
            )
            self.notification.show(RemindersText.tr(REMINDER_TITLE), text, snooze, _MESSAGE_MS)
        elif self.icon is not None:
            self._message_kind = "reminder"
            # A tray message has no buttons: its click is the start (said so).
            self.icon.showMessage(
                RemindersText.tr(REMINDER_TITLE),
                RemindersText.tr("{text} Click here to start it.").format(text=text),
                app_icon(),
                _MESSAGE_MS,
            )
        elif self.bar is not None:
            # The bar's buttons say what to do: Start now, Snooze, Dismiss.
            self.bar.show_reminder(f"{RemindersText.tr(REMINDER_TITLE)}: {text}")
            QApplication.alert(self.window)

    @Slot(str)
    def _notification_chosen(self, choice: str) -> None:
        if choice == START:
            self.start_reminder_routine()
        elif choice == SNOOZE:
            self.timer.snooze(SNOOZE_CHOICES[0][0])
        else:
            self.show_window()

    @Slot()
    def _notification_unavailable(self) -> None:
        """notify-send could not show it: the tray message says it instead, now and after."""
        self.notification = None
        self.remind()

    @Slot()
    def _message_clicked(self) -> None:
        if self._message_kind == "reminder":
            self.start_reminder_routine()
        else:
            self.show_window()

    @Slot()
    def start_reminder_routine(self) -> None:
        self.start_routine(self.reminder_routine.id)

    def start_routine(self, routine_id: str) -> None:
        self.show_window()
        self.window.start_routine(routine_id)

    def _no_more_today(self, checked: bool) -> None:
        if checked:
            self.timer.no_more_today()
        else:
            self.state.update_settings(reminders_off_day="")

    def _dnd(self, checked: bool) -> None:
        self.timer.set_do_not_disturb(checked)

    # --- the window ------------------------------------------------------------------------

    def start(self, background: bool = False) -> None:
        """Show the window, unless asked to start in the background and there is a tray."""
        if background and self.icon is not None:
            return
        self.show_window()

    @Slot()
    def show_window(self) -> None:
        window = self.window
        window.bring_to_front()
        if not self._window_ready:
            self._window_ready = True
            window.after_show()

    def _icon_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.show_window()

    def keeps_running(self) -> bool:
        """Whether closing the window leaves BackCoach in the tray (reminders on, a tray there)."""
        return self.icon is not None and bool(self.state.settings.reminders)

    @Slot()
    def window_closed(self) -> None:
        if self._quitting:
            return  # quit() goes on from here
        if self._quit_pending or not self.keeps_running():
            self._shut_down()
            return
        if not self.state.settings.tray_close_explained and self.icon is not None:
            self._message_kind = "explanation"
            self.icon.showMessage(
                RemindersText.tr(KEPT_IN_TRAY_TITLE),
                RemindersText.tr(KEPT_IN_TRAY_TEXT),
                app_icon(),
                _MESSAGE_MS,
            )
            self.state.update_settings(tray_close_explained=True)

    @Slot()
    def quit(self) -> None:
        """Quit from the menu: the window closes first, so a running session is asked about."""
        self._quitting = True
        closed = self.window.close()
        self._quitting = False
        if closed:
            self._shut_down()
        else:
            # The player asks about the running session without blocking; if the user stops
            # it, the window closes and window_closed finishes the quit.
            self._quit_pending = True

    def _shut_down(self) -> None:
        if self.notification is not None:
            self.notification.close()
        if self.icon is not None:
            self.icon.hide()
        self._quit_app()

    # --- settings --------------------------------------------------------------------------

    @Slot()
    def show_settings(self) -> None:
        from backcoach.ui.reminders.reminder_dialog import ReminderDialog

        if self._dialog is None:
            self._dialog = ReminderDialog(
                self.state, self.timer, self.autostart_data_dir, self.status_text, self.window
            )
        if not self.window.isVisible():
            self.show_window()
        self._dialog.show()
        self._dialog.raise_()
        self._dialog.activateWindow()
