"""`backcoach --smoke-test`: start the real app, wait until its window is on screen, then quit.

Packaging checks use it (packaging/ci-check.sh): a bundle that misses a Qt plugin, a library or
an asset fails here, on a machine without a display (QT_QPA_PLATFORM=offscreen), instead of on a
user's desktop. It runs the ordinary start-up (run_gui) unchanged and watches from the outside:
an application-wide event filter waits for the main window to be exposed, then renders the
window once, loads what the app would only load later (LAZY_MODULES), prints one line and exits
with 0; or prints what failed and exits with 1.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication, QMainWindow

from backcoach.core.clock import Clock

# Generous: a cold start from a slow disk. Only reached when the window never shows.
GIVE_UP_MS = 60_000
SUCCESS_PREFIX = "smoke test passed:"

# What the app imports on first use (plots, cues, single instance, icons): a bundle that lacks
# one would start fine and fail later, in front of the user.
LAZY_MODULES = (
    "pyqtgraph",
    "PySide6.QtMultimedia",
    "PySide6.QtTextToSpeech",
    "PySide6.QtNetwork",
    "PySide6.QtSvg",
)
# A missing library with one of these names is the bundle's fault; any other missing library
# (libpulse, libspeechd) belongs to the system, which a sound-less machine may lack.
BUNDLED_LIBRARY_PREFIXES = ("libQt6", "libpyside6", "libshiboken6", "libicu", "libpython")
_MISSING_LIBRARY = re.compile(r"(lib[\w.+-]+?\.so[.\d]*): cannot open shared object file")


def check_lazy_modules() -> tuple[list[str], list[str]]:
    """Import LAZY_MODULES and use each a little: (problems, notices)."""
    problems: list[str] = []
    notices: list[str] = []
    loaded = set()
    for name in LAZY_MODULES:
        try:
            importlib.import_module(name)
        except ImportError as error:
            missing = _MISSING_LIBRARY.search(str(error))
            if missing and not missing.group(1).startswith(BUNDLED_LIBRARY_PREFIXES):
                notices.append(f"{name} needs {missing.group(1)}, which this system lacks")
            else:
                problems.append(f"cannot import {name}: {error}")
        else:
            loaded.add(name)
    if "pyqtgraph" in loaded:
        import pyqtgraph

        plot = pyqtgraph.PlotWidget()
        plot.plot([0, 1, 4, 9])
        if plot.grab().isNull():
            problems.append("pyqtgraph could not draw a plot")
        plot.deleteLater()
    if "PySide6.QtTextToSpeech" in loaded:
        from PySide6.QtTextToSpeech import QTextToSpeech

        if not QTextToSpeech.availableEngines():
            problems.append("no text-to-speech engine plugin")
    if "PySide6.QtSvg" in loaded:
        from PySide6.QtGui import QImageReader

        if b"svg" not in QImageReader.supportedImageFormats():
            problems.append("no SVG image format plugin")
    return problems, notices


class _ExposeWatcher(QObject):
    """Ends the event loop once the main window is exposed and has been painted."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
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

    def _finish(self, handle: QWindow, tries: int = 40) -> None:
        if self.app.windowIcon().isNull() and tries:
            # The icon comes with the start's second stage, after the first paint: wait for it
            # (two seconds at most, then it is said to be missing).
            QTimer.singleShot(50, lambda: self._finish(handle, tries - 1))
            return
        window = self._main_window_of(handle)
        problems = []
        if window is None:
            problems.append("the main window closed before it was painted")
        elif window.grab().isNull():
            problems.append("the main window could not be rendered")
        if self.app.windowIcon().isNull():
            problems.append("the app icon did not load")
        lazy_problems, notices = check_lazy_modules()
        problems += lazy_problems
        if problems:
            print(f"smoke test failed: {'; '.join(problems)}", file=sys.stderr, flush=True)
            self.app.exit(1)
            return
        assert window is not None
        print(
            f"{SUCCESS_PREFIX} {window.windowTitle()} window shown at "
            f"{window.width()}x{window.height()} on the {self.app.platformName()} platform, "
            f"desktop file {self.app.desktopFileName()}, "
            f"icon sizes {[s.width() for s in self.app.windowIcon().availableSizes()]}, "
            f"{len(LAZY_MODULES) - len(notices)} of {len(LAZY_MODULES)} lazy modules loaded"
            + "".join(f"; {notice}" for notice in notices),
            flush=True,
        )
        self.app.exit(0)


def run_smoke_test(data_dir: Path, qt_argv: Sequence[str], clock: Clock) -> int:
    from backcoach.ui.shell.application import run_gui

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
    return run_gui(data_dir, qt_argv, clock)
