"""The tray and its reminders, with a tray and without one, through the real widgets."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from backcoach.core.schedule import SystemZone
from backcoach.core.storage.store import Store
from backcoach.core.timeline import Phase
from backcoach.ui.reminders.reminder_timer import ReminderTimer, watch_system_sleep
from backcoach.ui.reminders.tray import KEPT_IN_TRAY_TITLE, REMINDER_TITLE, Tray
from tests.ci_provides import needs_program
from tests.ui.player.player_driver import answer_pain_before, choose_routine

# The offscreen platform has no tray and no window stacking, and says so when asked for them.
pytestmark = pytest.mark.qt_log_ignore(
    "systemTrayWindowChanged", "This plugin does not support raise"
)

EVERY_MINUTE = dict(
    reminders=True,
    reminder_interval_minutes=1,
    work_start="00:00",
    work_end="23:59",
    reminder_weekdays=list(range(7)),
)


class Quits:
    def __init__(self) -> None:
        self.count = 0

    def __call__(self) -> None:
        self.count += 1


@pytest.fixture
def quits() -> Quits:
    return Quits()


@pytest.fixture
def make_tray(window, app_state, clock, quits):
    made = []

    def make(available: bool) -> Tray:
        tray = Tray(
            app_state, window, tray_available=available, zone=clock.now().tzinfo, quit_app=quits
        )
        tray._window_ready = True  # the window fixture has shown the window already
        made.append(tray)
        if tray.icon is not None:
            messages = tray.messages = []
            tray.icon.showMessage = lambda *args: messages.append(args)  # what the user would see
        return tray

    yield make
    for tray in made:
        if tray.icon is not None:
            tray.icon.hide()
        tray.menu.deleteLater()


def menu_texts(menu) -> list[str]:
    return [a.text() if not a.isSeparator() else "-" for a in menu.actions()]


def action(menu, text):
    (found,) = [a for a in menu.actions() if a.text() == text]
    return found


def fire(tray: Tray, clock, seconds: float) -> None:
    """Time passes and the reminder timer fires, as the event loop would make it."""
    clock.advance(seconds)
    tray.timer.tick()


def test_the_tray_menu_has_every_action(make_tray, app_state):
    tray = make_tray(True)
    assert tray.icon is not None and tray.icon.isVisible() and tray.bar is None
    assert tray.icon.contextMenu() is tray.menu
    assert menu_texts(tray.menu) == [
        "Reminders are off",
        "-",
        "Start a &routine",
        f"&Show {tray.window.windowTitle()}",
        "-",
        "S&nooze reminders",
        "&No more reminders today",
        "&Do not disturb",
        "&Reminder settings…",
        "-",
        "&Quit BackCoach",
    ]
    assert menu_texts(tray.start_menu) == [r.name for r in app_state.routines]
    assert menu_texts(tray.snooze_menu) == ["15 minutes", "30 minutes", "1 hour"]
    for entry in tray.menu.actions() + tray.snooze_menu.actions():
        assert entry.isSeparator() or entry.toolTip() or entry is tray.status_action


def test_the_window_has_a_reminders_menu(make_tray, window):
    make_tray(False)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[-2:] == ["Re&minders", "&Help"]


def test_start_a_routine_from_the_tray(make_tray, window, app_state):
    tray = make_tray(True)
    window.hide()
    action(tray.start_menu, "Quick break between meetings").trigger()
    assert window.isVisible()
    assert window.views.currentWidget() is window.player
    assert app_state.settings.routine == "quick_break"
    assert window.player.start_page.routine_box.currentData() == "quick_break"
    # The start page and its pain question were skipped: the question is asked first.
    assert window.player.engine is None
    answer_pain_before(window.player, 3)
    assert window.player.engine is not None and window.player.engine.is_running
    assert window.player.session_in_progress and window.player.log.pain_before == 3


def test_a_reminder_every_minute_fires_and_its_click_opens_the_player(
    make_tray, window, app_state, clock, qtbot
):
    tray = make_tray(True)
    assert tray.timer.armed_ms is None  # reminders are off by default: no timer at all
    app_state.update_settings(**EVERY_MINUTE)
    assert tray.timer.armed_ms == 60_000
    assert tray.status_action.text() == "Next reminder: today at 08:01"
    fire(tray, clock, 30)  # too early: nothing, and the timer is armed again
    assert tray.messages == []
    with qtbot.waitSignal(tray.timer.reminderDue, timeout=1000):
        fire(tray, clock, 30)
    ((title, text, _icon, _ms),) = tray.messages
    assert title == REMINDER_TITLE
    assert text.startswith("Standing stretch at the desk,") and "Click here to start it" in text
    assert tray.status_action.text() == "Next reminder: today at 08:02"
    tray.icon.messageClicked.emit()
    assert window.views.currentWidget() is window.player
    answer_pain_before(window.player, None)
    assert window.player.engine is not None and window.player.engine.is_running
    assert app_state.settings.routine == "desk_stretch"
    # A reminder that comes during the session is held back, not shown over it.
    fire(tray, clock, 60)
    assert len(tray.messages) == 1


def test_closing_with_reminders_on_keeps_the_app_in_the_tray_and_says_so_once(
    make_tray, window, app_state, quits, store
):
    tray = make_tray(True)
    app_state.update_settings(reminders=True)
    assert tray.keeps_running()
    window.close()
    assert not window.isVisible() and quits.count == 0
    ((title, text, *_),) = tray.messages
    assert title == KEPT_IN_TRAY_TITLE and "Quit from the tray menu" in text
    assert Store.open(store.folder).load_settings().tray_close_explained is True
    tray.icon.messageClicked.emit()  # the explanation's click shows the window, starts nothing
    assert window.isVisible() and window.player.engine is None
    window.close()
    assert len(tray.messages) == 1 and quits.count == 0
    action(tray.menu, "&Quit BackCoach").trigger()
    assert quits.count == 1 and not tray.icon.isVisible()


def test_closing_with_reminders_off_quits(make_tray, window, quits):
    tray = make_tray(True)
    window.close()
    assert quits.count == 1 and tray.messages == []


def test_without_a_tray_closing_quits_even_with_reminders_on(make_tray, window, app_state, quits):
    tray = make_tray(False)
    app_state.update_settings(reminders=True)
    assert not tray.keeps_running()
    window.close()
    assert quits.count == 1


def test_quit_during_a_session_asks_first(make_tray, window, quits, monkeypatch, clock):
    tray = make_tray(True)
    tray.start_routine("desk_stretch")
    answer_pain_before(window.player, None)
    player = window.player
    for _ in range(200):  # into the first hold: something to log
        clock.advance(0.5)
        player.tick()
        if player.engine.step.phase == Phase.HOLD:
            break
    action(tray.menu, "&Quit BackCoach").trigger()
    question = player.stop_question
    assert question is not None and quits.count == 0 and window.isVisible()
    question.go_on_button.click()
    assert quits.count == 0 and window.isVisible() and player.engine.is_running
    action(tray.menu, "&Quit BackCoach").trigger()
    player.stop_question.stop_button.click()
    assert quits.count == 1
    (record,) = Store.open(window.state.store.folder).load_sessions()
    assert not record.completed  # the stopped session was logged as partial


def test_without_a_tray_the_reminder_shows_in_the_window(make_tray, window, app_state, clock):
    tray = make_tray(False)
    assert tray.icon is None and tray.bar is not None and not tray.bar.isVisible()
    app_state.update_settings(**EVERY_MINUTE)
    fire(tray, clock, 60)
    bar = tray.bar
    assert bar.isVisible()
    assert bar.label.text().startswith(f"{REMINDER_TITLE}: Standing stretch at the desk")
    # The bar's words name no button: its buttons say what they do.
    assert "Press" not in bar.label.text() and "Click" not in bar.label.text()
    for button in (bar.start_button, bar.snooze_button, bar.dismiss_button):
        assert button.accessibleName() and button.toolTip()
    bar.start_button.click()
    assert not bar.isVisible()
    answer_pain_before(window.player, 2)
    assert window.player.engine is not None and window.player.engine.is_running


def test_the_in_window_snooze_and_dismiss(make_tray, app_state, clock, store):
    tray = make_tray(False)
    app_state.update_settings(**EVERY_MINUTE)
    fire(tray, clock, 60)
    tray.bar.snooze_button.click()
    assert not tray.bar.isVisible()
    snoozed = (clock.now() + timedelta(minutes=15)).isoformat(timespec="seconds")
    assert Store.open(store.folder).load_settings().reminders_snoozed_until == snoozed
    assert tray.timer.next_due == clock.now() + timedelta(minutes=15)
    tray.bar.snooze_button.menu().actions()[2].trigger()  # 1 hour
    assert tray.timer.next_due == clock.now() + timedelta(hours=1)
    fire(tray, clock, 3600)
    assert tray.bar.isVisible()
    assert app_state.settings.reminders_snoozed_until == ""  # honoured, so forgotten
    tray.bar.dismiss_button.click()
    assert not tray.bar.isVisible()
    assert tray.timer.next_due == clock.now() + timedelta(minutes=1)


@pytest.mark.parametrize(("index", "minutes"), [(0, 15), (1, 30), (2, 60)])
def test_snooze_from_the_tray(make_tray, app_state, clock, index, minutes):
    tray = make_tray(True)
    app_state.update_settings(**EVERY_MINUTE)
    tray.snooze_menu.actions()[index].trigger()
    assert tray.timer.next_due == clock.now() + timedelta(minutes=minutes)
    fire(tray, clock, minutes * 60 - 5)
    assert tray.messages == []
    fire(tray, clock, 5)
    assert len(tray.messages) == 1


def test_no_more_reminders_today_until_tomorrow(make_tray, app_state, clock):
    tray = make_tray(True)
    app_state.update_settings(**EVERY_MINUTE)
    entry = action(tray.menu, "&No more reminders today")
    entry.trigger()
    assert entry.isChecked()
    assert app_state.settings.reminders_off_day == "2026-03-02"
    assert tray.timer.next_due == clock.now().replace(hour=0, minute=1) + timedelta(days=1)
    assert tray.status_action.text() == "Next reminder: tomorrow at 00:01"
    entry.trigger()  # unchecked: reminders today again
    assert app_state.settings.reminders_off_day == ""
    assert tray.timer.next_due == clock.now() + timedelta(minutes=1)


def test_do_not_disturb_holds_everything(make_tray, app_state, clock):
    tray = make_tray(True)
    app_state.update_settings(**EVERY_MINUTE)
    entry = action(tray.menu, "&Do not disturb")
    entry.trigger()
    assert app_state.settings.do_not_disturb is True
    assert tray.timer.armed_ms is None and tray.timer.next_due is None
    assert tray.status_action.text() == "Do not disturb is on"
    assert not tray.snooze_menu.isEnabled()
    assert "Do not disturb is on" in tray.icon.toolTip()
    fire(tray, clock, 600)
    assert tray.messages == []
    entry.trigger()
    assert tray.timer.armed_ms is not None


def test_a_completed_session_meets_the_goal_and_ends_today_s_reminders(
    make_tray, window, app_state, clock
):
    tray = make_tray(False)
    app_state.update_settings(**{**EVERY_MINUTE, "reminder_interval_minutes": 30})
    player = window.player
    choose_routine(player, "desk_stretch")
    player.toggle()
    while not player.engine.is_over:
        clock.advance(0.5)
        player.tick()
    assert app_state.sessions[-1].completed
    assert tray.timer.next_due is not None
    assert tray.timer.next_due.date() == clock.now().date() + timedelta(days=1)


def test_a_changed_schedule_counts_from_now(make_tray, app_state, clock):
    tray = make_tray(False)
    app_state.update_settings(**{**EVERY_MINUTE, "reminder_interval_minutes": 60})
    clock.advance(50 * 60)
    app_state.update_settings(reminder_interval_minutes=20)
    assert tray.timer.next_due == clock.now() + timedelta(minutes=20)
    app_state.update_settings(volume=50)  # another setting: the count goes on
    assert tray.timer.next_due == clock.now() + timedelta(minutes=20)


def test_a_sleep_through_reminders_gives_one_on_wake(make_tray, app_state, clock, qtbot):
    tray = make_tray(False)
    app_state.update_settings(**{**EVERY_MINUTE, "reminder_interval_minutes": 60})
    shown = []
    tray.timer.reminderDue.connect(lambda: shown.append(clock.now()))
    clock.sleep_machine(3 * 3600)  # the lid closes; three reminders' times pass
    with qtbot.waitSignal(tray.timer.woke, timeout=1000):
        assert tray.timer.check_wake() is True
    assert tray.timer.next_due == clock.now()  # due at once
    tray.timer.tick()
    assert len(shown) == 1
    assert tray.timer.next_due == clock.now() + timedelta(hours=1)  # not a backlog
    assert tray.timer.check_wake() is False


def test_the_late_timer_itself_gives_the_sleep_away(make_tray, app_state, clock, qtbot):
    tray = make_tray(False)
    app_state.update_settings(**{**EVERY_MINUTE, "reminder_interval_minutes": 60})
    clock.sleep_machine(2 * 3600)
    clock.advance(3600)  # on wake the timer still had an hour of monotonic time to run
    with qtbot.waitSignal(tray.timer.woke, timeout=1000):
        tray.timer.tick()
    assert tray.bar.isVisible()


@needs_program("dbus-daemon", "dbus-daemon")
@needs_program("dbus-send", "dbus-bin")
def test_logind_s_wake_signal_re_arms(app_state, clock, qtbot, tmp_path):
    from PySide6.QtDBus import QDBusConnection

    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        address = daemon.stdout.readline().strip()
        bus = QDBusConnection.connectToBus(address, "backcoach-test-bus")
        timer = ReminderTimer(app_state, clock.now().tzinfo)
        assert watch_system_sleep(timer, bus)
        # The bus adds the signal match asynchronously: a blocking call on the same connection
        # returns only after it, so the signal sent next cannot arrive before the match.
        assert bus.interface().isServiceRegistered("org.freedesktop.DBus").value()
        with qtbot.waitSignal(timer.woke, timeout=5000):
            subprocess.run(
                [
                    "dbus-send",
                    f"--bus={address}",
                    "--type=signal",
                    "/org/freedesktop/login1",
                    "org.freedesktop.login1.Manager.PrepareForSleep",
                    "boolean:false",
                ],
                check=True,
                timeout=30,
            )
        QDBusConnection.disconnectFromBus("backcoach-test-bus")
    finally:
        daemon.terminate()
        daemon.wait(timeout=30)
        daemon.stdout.close()


def test_no_bus_no_watch(app_state, clock):
    from PySide6.QtDBus import QDBusConnection

    timer = ReminderTimer(app_state, clock.now().tzinfo)
    bus = QDBusConnection.connectToBus("unix:path=/nonexistent/bus", "backcoach-no-bus")
    assert watch_system_sleep(timer, bus) is False
    QDBusConnection.disconnectFromBus("backcoach-no-bus")


def test_the_default_zone_is_the_system_s(app_state):
    timer = ReminderTimer(app_state)
    assert isinstance(timer.zone, SystemZone)


def test_no_more_today_is_remembered_across_a_restart(make_tray, app_state, clock, store):
    tray = make_tray(False)
    app_state.update_settings(**EVERY_MINUTE)
    tray.timer.no_more_today()
    stored = Store.open(store.folder).load_settings()
    assert stored.reminders_off_day == date(2026, 3, 2).isoformat()


@pytest.fixture
def background_run(data_dir, monkeypatch, qapp, clock):
    """Run run_gui until its event loop starts, then note the visible windows and quit."""
    from PySide6.QtCore import QTimer

    from backcoach.ui.shell import application

    def run(tray_available: bool, background: bool) -> list[str]:
        monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", lambda: tray_available)
        seen: list[str] = []

        def look() -> None:
            seen.extend(w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible())
            for widget in QApplication.topLevelWidgets():
                widget.close()
            QApplication.quit()

        QTimer.singleShot(0, look)
        data_dir.mkdir(parents=True, exist_ok=True)
        (data_dir / "settings.json").write_text(
            '{"schema": 1, "settings": {"safety_acknowledged": true}}'
        )
        assert application.run_gui(data_dir, ["backcoach"], clock, background=background) == 0
        qapp.setQuitOnLastWindowClosed(True)
        for widget in QApplication.topLevelWidgets():
            widget.deleteLater()
        return seen

    return run


def test_background_starts_in_the_tray_without_a_window(background_run):
    assert background_run(tray_available=True, background=True) == []


def test_background_without_a_tray_shows_the_window(background_run):
    assert background_run(tray_available=False, background=True) == ["BackCoach"]


def test_without_background_the_window_shows(background_run):
    assert background_run(tray_available=True, background=False) == ["BackCoach"]


def test_the_tray_shows_the_app_icon(make_tray, qapp):
    from backcoach.ui.widgets.app_icon import app_icon

    tray = make_tray(True)
    assert tray.icon is not None and not tray.icon.icon().isNull()
    assert tray.icon.icon().availableSizes() == app_icon().availableSizes()


def test_the_keyboard_reaches_the_reminders_menu(make_tray, window, qtbot):
    tray = make_tray(False)
    menu_action = tray.window_menu.menuAction()
    assert "&" in menu_action.text()
    assert [a.text() for a in tray.window_menu.actions() if not a.isSeparator()] == [
        "&Reminder settings…",
        "S&nooze reminders",
        "&No more reminders today",
        "&Do not disturb",
    ]


def test_the_tray_names_the_main_window_only_for_type_checking():
    # pyproject.toml's import contracts let this one import through because it never runs.
    script = (
        "import sys, backcoach.ui.reminders.tray; "
        "assert 'backcoach.ui.shell.main_window' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", script], check=True, timeout=60)


def fake_notify_send(tmp_path, answer: str, code: int = 0) -> str:
    """A notify-send that notes its arguments and answers as if the user chose `answer`."""
    script = tmp_path / "notify-send"
    log = tmp_path / "shown.txt"
    script.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" > "{log}"\necho "{answer}"\nexit {code}\n')
    script.chmod(0o755)
    return str(script)


@pytest.mark.parametrize("answer", ["snooze", "start"])
def test_a_reminder_with_buttons_snoozes_or_starts_from_the_notification(
    window, app_state, clock, quits, qtbot, tmp_path, answer
):
    tray = Tray(
        app_state,
        window,
        tray_available=True,
        zone=clock.now().tzinfo,
        quit_app=quits,
        notify_send=fake_notify_send(tmp_path, answer),
    )
    tray._window_ready = True
    app_state.update_settings(**EVERY_MINUTE)
    fire(tray, clock, 60)
    assert tray.notification is not None
    (arguments,) = tray.notification.shown
    assert (
        "--action=start=Start now" in arguments and "--action=snooze=Snooze 15 minutes" in arguments
    )
    assert arguments[-2] == REMINDER_TITLE and arguments[-1].startswith("Standing stretch")
    if answer == "snooze":
        qtbot.waitUntil(lambda: bool(app_state.settings.reminders_snoozed_until), timeout=5000)
        snoozed = (clock.now() + timedelta(minutes=15)).isoformat(timespec="seconds")
        assert app_state.settings.reminders_snoozed_until == snoozed
    else:
        qtbot.waitUntil(lambda: window.player.starter.pain_dialog is not None, timeout=5000)
        answer_pain_before(window.player, None)
        assert window.player.session_in_progress
        window.player.stop()
    tray.icon.hide()
    tray.menu.deleteLater()


def test_a_notify_send_that_cannot_show_buttons_falls_back_to_the_tray_message(
    window, app_state, clock, quits, qtbot, tmp_path
):
    tray = Tray(
        app_state,
        window,
        tray_available=True,
        zone=clock.now().tzinfo,
        quit_app=quits,
        notify_send=fake_notify_send(tmp_path, "Unknown option --action", code=1),
    )
    tray._window_ready = True
    messages = []
    tray.icon.showMessage = lambda *args: messages.append(args)
    app_state.update_settings(**EVERY_MINUTE)
    fire(tray, clock, 60)
    qtbot.waitUntil(lambda: bool(messages), timeout=5000)
    assert tray.notification is None and "Click here to start it" in messages[0][1]
    tray.icon.hide()
    tray.menu.deleteLater()
