"""`backcoach --smoke-test`: start the real app, wait until its window is on screen, then quit.

Packaging checks use it (packaging/ci-check.sh): a bundle that misses a Qt plugin, a library or
an asset fails here, on a machine without a display (QT_QPA_PLATFORM=offscreen), instead of on a
user's desktop. It runs the ordinary start-up (run_gui) unchanged and watches from the outside:
an application-wide event filter waits for the main window to be exposed, then renders the
window once, prints one line and exits with 0.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication, QMainWindow

# Generous: a cold start from a slow disk. Only reached when the window never shows.
GIVE_UP_MS = 60_000
SUCCESS_PREFIX = "smoke test passed:"


class _ExposeWatcher(QObject):
    """Ends the event loop once the main window is exposed and has been painted."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if (
            not self.done
            and event.type() == QEvent.Type.Expose
            and isinstance(watched, QWindow)
            and watched.isExposed()
            and self._main_window_of(watched) is not None
        ):
            self.done = True
            # After this event is delivered, so the window paints first.
            QTimer.singleShot(0, lambda: self._finish(watched))
        return False

    @staticmethod
    def _main_window_of(handle: QWindow) -> QMainWindow | None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMainWindow) and widget.windowHandle() is handle:
                return widget
        return None

    def _finish(self, handle: QWindow) -> None:
        window = self._main_window_of(handle)
        problems = []
        if window is None:
            problems.append("the main window closed before it was painted")
        elif window.grab().isNull():
            problems.append("the main window could not be rendered")
        if self.app.windowIcon().isNull():
            problems.append("the app icon did not load")
        if problems:
            print(f"smoke test failed: {'; '.join(problems)}", file=sys.stderr, flush=True)
            self.app.exit(1)
            return
        assert window is not None
        print(
            f"{SUCCESS_PREFIX} {window.windowTitle()} window shown at "
            f"{window.width()}x{window.height()} on the {self.app.platformName()} platform, "
            f"icon sizes {[s.width() for s in self.app.windowIcon().availableSizes()]}",
            flush=True,
        )
        self.app.exit(0)


def run_smoke_test(data_dir: Path, qt_argv: Sequence[str]) -> int:
    from backcoach.ui.application import run_gui

    app = QApplication.instance() or QApplication(list(qt_argv))
    assert isinstance(app, QApplication)
    watcher = _ExposeWatcher(app)
    app.installEventFilter(watcher)

    def give_up() -> None:
        print(
            f"smoke test failed: no window on screen after {GIVE_UP_MS // 1000} s",
            file=sys.stderr,
            flush=True,
        )
        app.exit(1)

    QTimer.singleShot(GIVE_UP_MS, give_up)
    return run_gui(data_dir, qt_argv)
