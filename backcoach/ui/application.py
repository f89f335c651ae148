"""Starting the Qt application: the QApplication, the shared state and the main window."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QApplication

from backcoach import APP_NAME, __version__
from backcoach.core.store import Store


def run_gui(
    data_dir: Path,
    qt_argv: Sequence[str],
    background: bool = False,
    data_dir_given: bool = False,
) -> int:
    """Run the app; background: start in the tray without the window (where there is a tray)."""
    from backcoach.ui.app_state import AppState
    from backcoach.ui.main_window import MainWindow
    from backcoach.ui.tray import Tray

    app = QApplication.instance() or QApplication(list(qt_argv))
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("backcoach")

    state = AppState(Store.open(data_dir))
    window = MainWindow(state)
    # The tray decides when closing the window quits (reminders on: it stays in the tray).
    app.setQuitOnLastWindowClosed(False)
    tray = Tray(state, window, autostart_data_dir=data_dir if data_dir_given else None)
    tray.start(background)
    return app.exec()
