"""What the two start-up programs share, so both carry the same cost of being measured: report
the first paint of a main window, then, after the start-up work has settled, the peak memory the
process itself saw (VmHWM), and exit.

Only PySide6 and the standard library are imported here: the bare baseline must stay bare.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget


def peak_memory_kib() -> int:
    """The process's own high-water mark of resident memory. Read here, not through wait4 in
    the parent: a child's ru_maxrss can include the parent's peak at fork."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


def settle_ms(argv: list[str]) -> int:
    """`--settle MS`: how long to stay after the first paint before reading the peak memory."""
    return int(argv[argv.index("--settle") + 1]) if "--settle" in argv else 0


class FirstPaint(QObject):
    """Prints `painted <monotonic seconds>` at the first paint inside a QMainWindow (the clock is
    shared by every process, so the parent times the start from outside) and exits at once; or,
    with a settle time, prints `peak_kib N` that much later and ends the event loop."""

    def __init__(self, app: QApplication, settle: int) -> None:
        super().__init__(app)
        self.app = app
        self.settle = settle
        self.seen = False
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            not self.seen
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and isinstance(watched.window(), QMainWindow)
        ):
            self.seen = True
            print(f"painted {time.monotonic():.6f}", flush=True)
            if not self.settle:
                # Nothing after the first paint counts (what the app does next, the teardown):
                # the instruction counts are to the first paint, for both programs alike.
                os._exit(0)
            self.app.removeEventFilter(self)
            QTimer.singleShot(self.settle, self.finish)
        return False

    def finish(self) -> None:
        print(f"peak_kib {peak_memory_kib()}", flush=True)
        self.app.exit(0)


def watch(app: QApplication) -> FirstPaint:
    return FirstPaint(app, settle_ms(sys.argv))
