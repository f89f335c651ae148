"""Starting the Qt application: the QApplication, the shared state and the main window."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QWidget

from backcoach import APP_ID, APP_NAME, __version__
from backcoach.core.catalogue_translation import language_setting
from backcoach.core.clock import Clock
from backcoach.core.data_words import folder_held_elsewhere
from backcoach.core.i18n import chosen_language
from backcoach.core.storage.device_id import device_for
from backcoach.core.storage.store import Store
from backcoach.ui.shell.restart import Restart
from backcoach.ui.shell.second_start import SecondStartAnswers, hand_over_to_running_instance
from backcoach.ui.shell.single_instance import SingleInstance
from backcoach.ui.widgets.translation import Context, install_translators

ShellText = Context("ShellText")

if TYPE_CHECKING:  # read only for --routine or an import, so not loaded at start
    from backcoach.core.routine_file import RoutineFile


def run_gui(
    data_dir: Path,
    qt_argv: Sequence[str],
    clock: Clock,
    routine_file: RoutineFile | None = None,
    background: bool = False,
    data_dir_given: bool = False,
    routine_path: Path | None = None,
) -> int:
    """Run the app with the one clock that the store, the state and every view share;
    background: start in the tray without the window (where there is a tray). A routine file to
    import always shows the window, on the player. routine_path: where routine_file was read,
    for the window that already runs, if one does (see second_start.py)."""
    from backcoach.ui.app_state import AppState
    from backcoach.ui.player.cues import Cues
    from backcoach.ui.player.sound_effects import SoundEffects
    from backcoach.ui.player.voice import Voice
    from backcoach.ui.shell.main_window import MainWindow
    from backcoach.ui.shell.theme_choice import ThemeChoice

    app = QApplication.instance() or QApplication(list(qt_argv))
    assert isinstance(app, QApplication)  # not a QCoreApplication: this is the window's app
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    # Before the store opens: only the lock's holder writes, and cleans up after a crash. A
    # second start hands its request to the first (core/hand_over.py) and exits with its answer;
    # one under another device id (the lock is the folder's) opens read-only and says so.
    device = device_for(data_dir)
    instance = SingleInstance(data_dir, device)
    # The language before the first word, and before the catalogue is read in it: the
    # setting's, or the desktop's (View › Language changes it at the next start).
    install_translators(app, chosen_language(language_setting(data_dir, device)))
    if instance.claim():
        store = Store.open(data_dir, device, clock)
        store.remove_stray_temporaries(instance.lock)
    else:
        holder = instance.lock.holder_device()
        if holder is None or holder in ("", device):
            return hand_over_to_running_instance(instance, data_dir, routine_path)
        store = Store.reader(data_dir, device, clock)
        store.documents.read_only_reason = ShellText.tr(
            "another BackCoach is writing this data folder."
        )
        store.problems.append(folder_held_elsewhere(instance.lock.describe_holder()))
    state = AppState(store, clock, load_in_steps=True)
    if routine_file is not None:
        # Before the window is built, so the player opens on the imported routine.
        state.import_routine(routine_file, select=True)
    # The colours before the first widget, so the window never paints in the wrong ones.
    theme = ThemeChoice(state)
    theme.apply()
    # The speakers, made once here: the outputs load QtMultimedia and speech on first use.
    cues = Cues(lambda: state.settings, SoundEffects(), Voice())
    window = MainWindow(state, cues, theme)
    if not store.writable:  # said in the notice too; the title keeps saying it once dismissed
        # Linux desktops add " — BackCoach" (the display name) to a title themselves.
        linux = sys.platform.startswith("linux")
        window.setWindowTitle(
            ShellText.tr("Read-only")
            if linux
            else ShellText.tr("{APP_NAME} (read-only)").format(APP_NAME=APP_NAME)
        )
    if routine_file is not None:
        window.show_player()
    # The tray decides when closing the window quits (reminders on: it stays in the tray).
    app.setQuitOnLastWindowClosed(False)

    restart = Restart()
    window.language.restart_requested.connect(restart.request)

    def second_stage() -> None:
        """What the first frame does not need: the icons, the tray and its reminders, and the
        server that answers a second start."""
        from backcoach.ui.reminders.desktop_notification import find_notify_send
        from backcoach.ui.reminders.tray import Tray
        from backcoach.ui.widgets.app_icon import app_icon

        # The window icon for every window; the tray and the About box use app.windowIcon().
        QApplication.setWindowIcon(app_icon())
        tray = Tray(
            state,
            window,
            autostart_data_dir=data_dir if data_dir_given else None,
            notify_send=find_notify_send(),
        )
        # Shows the window if the first stage did not (or marks it shown: see Tray.show_window).
        tray.start(in_background)
        # A second start brings this window forward (from the tray too, if it started there),
        # and hands over its routine file or archive.
        instance.serve(SecondStartAnswers(window, tray))
        # View › Language's "restart now" quits as the tray's Quit does (see below).
        window.language.restart_requested.connect(tray.quit)

    # The first stage: the window alone, painted as soon as possible; the rest after its first
    # paint (or at once when it starts hidden in the tray).
    in_background = background and routine_file is None and QSystemTrayIcon.isSystemTrayAvailable()
    after_first_paint(window, second_stage, shown=not in_background)
    try:
        status = app.exec()
    finally:
        instance.release()
    restart.now_if_requested()
    return status


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self.then = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.then)  # once this paint is done
        return False


def after_first_paint(window: QWidget, then: Callable[[], None], shown: bool) -> None:
    """Show the window and call `then` once it has painted; or, not shown, call it soon."""
    if shown:
        _FirstPaint(window, then)
        window.show()
    else:
        QTimer.singleShot(0, then)
