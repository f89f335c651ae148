"""Programs the benchmarks start in a fresh interpreter: the app and the bare baselines.

Each prints one line `painted <monotonic seconds>` once its main window has painted (the
monotonic clock is shared by every process on the machine), then either quits or idles.

    python -m benchmarks.children app DATA_DIR [--idle SECONDS] [--hold]
    python -m benchmarks.children bare [--idle SECONDS]
"""

from __future__ import annotations

import argparse
import resource
import sys
import time


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("kind", choices=["app", "bare"])
    parser.add_argument("data_dir", nargs="?")
    parser.add_argument("--idle", type=float, default=0.0, help="stay open this long, then report CPU")
    parser.add_argument("--hold", action="store_true", help="start a routine of long holds first")
    args = parser.parse_args()

    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget

    app = QApplication(sys.argv[:1])
    state = {"painted": False}

    def measure_idle() -> None:
        before = cpu_seconds()

        def report() -> None:
            print(f"idle_cpu {cpu_seconds() - before:.4f}", flush=True)
            app.exit(0)  # quit() would close the window, which asks first mid-session

        QTimer.singleShot(int(args.idle * 1000), report)

    def painted() -> None:
        print(f"painted {time.monotonic():.6f}", flush=True)
        if args.hold:
            start_long_hold()
        if args.idle:
            # Let start-up work settle before the idle window begins.
            QTimer.singleShot(1000, measure_idle)
        else:
            app.exit(0)  # quit() would close the window, which asks first mid-session

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if (
                not state["painted"]
                and event.type() == QEvent.Type.Paint
                and isinstance(watched, QWidget)
                and isinstance(watched.window(), QMainWindow)
            ):
                state["painted"] = True
                QTimer.singleShot(0, painted)
            return False

    watcher = FirstPaint()
    app.installEventFilter(watcher)

    def start_long_hold() -> None:
        from backcoach.core.routine import Routine, RoutineItem

        window = next(w for w in app.topLevelWidgets() if isinstance(w, QMainWindow))
        player = window.player  # type: ignore[attr-defined]
        routine = Routine("bench", "Bench", (RoutineItem("bridge", hold_seconds=300, get_ready_seconds=0),))
        window.state.routines = (*window.state.routines, routine)  # type: ignore[attr-defined]
        window.state.update_settings(routine="bench")  # type: ignore[attr-defined]
        player.toggle()
        # Skip the move into position: measure the hold itself.
        window.state.clock  # noqa: B018

    if args.kind == "bare":
        window = QMainWindow()
        window.setCentralWidget(QLabel("BackCoach"))
        window.resize(1100, 760)
        window.show()
        return app.exec()

    from backcoach.app import main as app_main

    return app_main(["--data-dir", args.data_dir])


if __name__ == "__main__":
    sys.exit(main())
