"""Programs the benchmarks start in a fresh interpreter: the app and the bare baselines.

Each prints `painted <monotonic seconds>` once its main window has painted (the monotonic clock
is shared by every process on the machine), then what its mode measures, then exits.

    python -m benchmarks.children app DATA_DIR [--idle S] [--hold] [--history] [--load] [--run S]
                                              [--log N]
    python -m benchmarks.children bare [--idle S] [--plot] [--timers S]
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time

# A routine of 5-second holds, for the countdown and the CPU-while-holding measurements.
BENCH_ROUTINE = """{"format": "backcoach-routine", "version": 1, "routine": {
 "id": "bench_holds", "name": "Benchmark holds", "exercises": [
  {"exercise": "bridge", "hold_seconds": HOLD, "reps": 50, "rest_seconds": 2, "sets": 1,
   "get_ready_seconds": 2, "both_sides": false}]}}"""


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("kind", choices=["app", "bare"])
    parser.add_argument("data_dir", nargs="?")
    parser.add_argument("--idle", type=float, default=0.0, help="stay open this long, report CPU")
    parser.add_argument("--hold", action="store_true", help="start a routine of long holds first")
    parser.add_argument("--history", action="store_true", help="time opening the history view")
    parser.add_argument("--load", action="store_true", help="time loading, and the longest stall")
    parser.add_argument("--run", type=float, default=0.0, help="run 5 s holds this long")
    parser.add_argument("--log", type=int, default=0, help="log and edit N sessions, History shown")
    parser.add_argument("--plot", action="store_true", help="bare: time a plot of 3,650 bars")
    parser.add_argument("--timers", type=float, default=0.0, help="bare: timer lateness, seconds")
    args = parser.parse_args()

    from PySide6.QtCore import QEvent, QObject, Qt, QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget

    app = QApplication(sys.argv[:1])
    state = {"painted": False}

    def report(**figures: float) -> None:
        for key, value in figures.items():
            print(f"{key} {value:.6f}", flush=True)

    def main_window() -> QMainWindow:
        return next(w for w in app.topLevelWidgets() if isinstance(w, QMainWindow))

    def when_painted(inside: QWidget, then) -> None:
        """Call `then` once a widget inside `inside` has painted."""

        class Watch(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if (
                    event.type() == QEvent.Type.Paint
                    and isinstance(watched, QWidget)
                    and (watched is inside or inside.isAncestorOf(watched))
                ):
                    app.removeEventFilter(self)
                    QTimer.singleShot(0, then)
                return False

        watch = Watch(app)
        app.installEventFilter(watch)

    def measure_idle() -> None:
        before = cpu_seconds()
        QTimer.singleShot(
            int(args.idle * 1000),
            lambda: (report(idle_cpu=cpu_seconds() - before), app.exit(0)),
        )

    def open_history() -> None:
        window = main_window()
        state_ = window.state  # type: ignore[attr-defined]

        def go() -> None:
            start = time.perf_counter()
            when_painted(
                window.history,
                lambda: (report(history_open=time.perf_counter() - start), app.exit(0)),
            )  # type: ignore[attr-defined]
            window.show_history()  # type: ignore[attr-defined]

        if state_.sessions_loading:
            state_.sessionsChanged.connect(lambda: QTimer.singleShot(0, go))
        else:
            go()

    def measure_load() -> None:
        window = main_window()
        state_ = window.state  # type: ignore[attr-defined]
        stalls = {"last": time.perf_counter(), "worst": 0.0}

        def beat() -> None:
            now = time.perf_counter()
            stalls["worst"] = max(stalls["worst"], now - stalls["last"])
            stalls["last"] = now

        heart = QTimer(app)
        heart.setInterval(5)
        heart.timeout.connect(beat)
        heart.start()

        def loaded() -> None:
            heart.stop()
            beat()
            report(
                load_done=time.monotonic(),
                longest_stall=stalls["worst"],
                sessions=len(state_.sessions),
            )
            app.exit(0)

        if state_.sessions_loading:
            state_.sessionsChanged.connect(loaded)
        else:
            loaded()

    def log_with_history(count: int) -> None:
        """Once loaded, show History; then log `count` sessions and edit `count`, each through the
        app's own path (AppState, as the player and the sessions table do), timed until the
        window has handled what the change posted (History's refresh and its repaint)."""
        window = main_window()
        state_ = window.state  # type: ignore[attr-defined]

        def timed(change) -> float:
            start = time.perf_counter()
            change()
            app.processEvents()
            return time.perf_counter() - start

        def go() -> None:
            template = state_.sessions[-1]
            now = state_.clock.now()
            logged = [
                timed(
                    lambda i=i: state_.log_session(
                        template.updated(id=f"bench{i:04d}", started=now)
                    )
                )
                for i in range(count)
            ]
            middle = len(state_.sessions) // 2
            edited = []
            for i in range(count):
                record = state_.sessions[middle + i]
                edited.append(
                    timed(lambda r=record, i=i: state_.update_session(r.updated(note=f"edit {i}")))
                )
            report(
                log=statistics.median(logged),
                edit=statistics.median(edited),
                sessions=len(state_.sessions),
            )
            app.exit(0)

        def show() -> None:
            if state.get("shown"):
                return  # sessionsChanged comes again for each session logged
            state["shown"] = True
            when_painted(window.history, go)  # type: ignore[attr-defined]
            window.show_history()  # type: ignore[attr-defined]

        if state_.sessions_loading:
            state_.sessionsChanged.connect(
                lambda: None if state_.sessions_loading else QTimer.singleShot(0, show)
            )
        else:
            show()

    def run_holds(seconds: float | None) -> None:
        """Start the routine and log how late each phase change came against its deadline."""
        window = main_window()
        player = window.player  # type: ignore[attr-defined]
        player.toggle()
        engine = player.engine
        steps = engine.timeline.steps
        # When the engine started: now, less what the first step has already run.
        start = time.monotonic() - (steps[0].duration - engine.remaining())
        planned = [start]
        for step in steps:
            planned.append(planned[-1] + step.duration)
        errors: list[float] = []
        advance = engine.advance

        def observed_advance(*args, **kwargs):
            events = advance(*args, **kwargs)
            seen = time.monotonic()
            for event in events:
                step = getattr(event, "step", None)
                if type(event).__name__ == "StepStarted" and step is not None:
                    errors.append(seen - planned[step.index])
            return events

        engine.advance = observed_advance

        def done() -> None:
            if not errors:
                print("no phase change was seen", file=sys.stderr)
                app.exit(1)
                return
            quarter = max(1, len(errors) // 4)
            report(
                phase_changes=len(errors),
                error_median=statistics.median(errors),
                error_max=max(errors),
                drift=statistics.median(errors[-quarter:]) - statistics.median(errors[:quarter]),
            )
            app.exit(0)

        if seconds is not None:
            QTimer.singleShot(int(seconds * 1000), done)

    def timer_lateness(seconds: float) -> None:
        """The bare baseline of the countdown: a precise single-shot timer aimed at each second."""
        start = time.monotonic()
        late: list[float] = []
        timer = QTimer(app)
        timer.setSingleShot(True)
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        target = {"k": 1}

        def fired() -> None:
            now = time.monotonic()
            late.append(now - (start + target["k"]))
            target["k"] += 1
            if target["k"] > seconds:
                quarter = max(1, len(late) // 4)
                report(
                    error_median=statistics.median(late),
                    error_max=max(late),
                    drift=statistics.median(late[-quarter:]) - statistics.median(late[:quarter]),
                )
                app.exit(0)
                return
            timer.start(max(0, int((start + target["k"] - time.monotonic()) * 1000)))

        timer.timeout.connect(fired)
        timer.start(1000)

    def plot_bars() -> None:
        start = time.perf_counter()
        import numpy as np
        import pyqtgraph as pg

        days = np.arange(3650, dtype=float) * 86400 + 1.6e9
        heights = (np.arange(3650) % 17).astype(float)
        plot = pg.PlotWidget(axisItems={"bottom": pg.DateAxisItem()})
        plot.addItem(pg.BarGraphItem(x=days, height=heights, width=86400 * 0.8))
        window = main_window()
        when_painted(plot, lambda: (report(history_open=time.perf_counter() - start), app.exit(0)))
        window.setCentralWidget(plot)

    def painted() -> None:
        report(painted=time.monotonic())
        if args.hold:
            run_holds(None)
        if args.idle:
            # Let start-up work settle before the idle window begins; with --hold, let the
            # routine's 2 s get ready and 3 s move into position pass, so the window is the hold.
            QTimer.singleShot(6500 if args.hold else 1000, measure_idle)
        elif args.history:
            open_history()
        elif args.load:
            measure_load()
        elif args.run:
            run_holds(args.run)
        elif args.log:
            log_with_history(args.log)
        elif args.plot:
            plot_bars()
        elif args.timers:
            timer_lateness(args.timers)
        else:
            app.exit(0)  # quit() would close the window, which asks first mid-session

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (
                not state["painted"]
                and event.type() == QEvent.Type.Paint
                and isinstance(watched, QWidget)
                and isinstance(watched.window(), QMainWindow)
            ):
                state["painted"] = True
                app.removeEventFilter(self)
                QTimer.singleShot(0, painted)
            return False

    first_paint = FirstPaint(app)
    app.installEventFilter(first_paint)

    if args.kind == "bare":
        window = QMainWindow()
        window.setCentralWidget(QLabel("BackCoach"))
        window.resize(1100, 760)
        window.show()
        return app.exec()

    from pathlib import Path

    from backcoach.app import main as app_main

    argv = ["--data-dir", args.data_dir]
    if args.hold or args.run:
        routine = Path(args.data_dir) / "bench.backcoach-routine.json"
        routine.write_text(BENCH_ROUTINE.replace("HOLD", "300" if args.hold else "5"))
        argv += ["--routine", str(routine)]
    return app_main(argv)


if __name__ == "__main__":
    sys.exit(main())
