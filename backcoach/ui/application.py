"""Starting the Qt application: the QApplication, the shared state and the main window."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QApplication

from backcoach import APP_NAME, __version__
from backcoach.core.store import Store


def run_gui(data_dir: Path, qt_argv: Sequence[str]) -> int:
    from backcoach.ui.app_state import AppState
    from backcoach.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(list(qt_argv))
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("backcoach")
    # The window icon for every window; the tray and the About box use app.windowIcon().
    from backcoach.ui.app_icon import app_icon

    QApplication.setWindowIcon(app_icon())

    state = AppState(Store.open(data_dir))
    window = MainWindow(state)
    window.show()
    window.after_show()
    return app.exec()
