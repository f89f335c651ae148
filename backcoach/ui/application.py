"""Starting the Qt application: the QApplication, the shared state and the main window."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QApplication

from backcoach import APP_NAME, __version__
from backcoach.core.routine_file import RoutineFile
from backcoach.core.store import Store


def run_gui(
    data_dir: Path, qt_argv: Sequence[str], routine_file: RoutineFile | None = None
) -> int:
    from backcoach.ui.app_state import AppState
    from backcoach.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(list(qt_argv))
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("backcoach")

    state = AppState(Store.open(data_dir))
    if routine_file is not None:
        # Before the window is built, so the player opens on the imported routine.
        state.import_routine(routine_file, select=True)
    window = MainWindow(state)
    if routine_file is not None:
        window.show_player()
    window.show()
    window.after_show()
    return app.exec()
