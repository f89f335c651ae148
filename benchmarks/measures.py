"""The measurements. Each returns table rows: BackCoach's figure, its baseline, and the goal."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable

from benchmarks.harness import ROOT, Context, Row, child_environment, figures, ratio_row
from benchmarks.history_data import cached_data_dir
from benchmarks.scale_measures import loading, logging
from benchmarks.startup_measures import startup


def idle(context: Context) -> list[Row]:
    # Two data folders: the app runs one instance per data folder (a second start only brings
    # the first forward), and the idle and the holding app run side by side.
    data, hold_data = context.folder("idle"), context.folder("idle-hold")
    cached_data_dir(data, days=365, per_day=1)
    cached_data_dir(hold_data, days=365, per_day=1)
    seconds = 10 if context.quick else 30
    env = child_environment()

    def start(args: list[str]) -> subprocess.Popen[str]:
        return subprocess.Popen(
            [sys.executable, "-m", "benchmarks.children", *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=env,
            cwd=ROOT,
        )

    def cpu(process: subprocess.Popen[str]) -> float:
        out, _ = process.communicate(timeout=seconds + 60)
        for line in out.splitlines():
            if line.startswith("idle_cpu"):
                return float(line.split()[1])
        raise RuntimeError("the idle child reported nothing")

    # All three idle side by side: they hardly use the CPU, and the run takes `seconds` once.
    app, bare, hold = (
        start(["app", str(data), "--idle", str(seconds)]),
        start(["bare", "--idle", str(seconds)]),
        start(["app", str(hold_data), "--idle", str(seconds), "--hold"]),
    )
    app_cpu, bare_cpu, hold_cpu = cpu(app), cpu(bare), cpu(hold)
    hold_share = hold_cpu / seconds * 100
    return [
        Row(
            f"CPU while idle for {seconds} s",
            f"{app_cpu * 1000:.1f} ms",
            f"{bare_cpu * 1000:.1f} ms",
            f"{app_cpu / bare_cpu:.2f}×" if bare_cpu else "-",
            f"≤ bare + {50 * seconds / 30:.0f} ms",
            app_cpu <= bare_cpu + 0.05 * seconds / 30,
        ),
        Row(
            f"CPU while a hold counts down ({seconds} s)",
            f"{hold_share:.2f} % of a core",
            f"{bare_cpu / seconds * 100:.2f} %",
            "-",
            "≤ 3 %",
            hold_share <= 3,
        ),
    ]


def history(context: Context) -> list[Row]:
    data = context.folder("history-10y")
    cached_data_dir(data, days=3650, per_day=2)
    app, bare = [], []
    figures(["app", str(data), "--history"])  # bytecode caches, as after an install
    for _ in range(context.runs):
        app.append(figures(["app", str(data), "--history"])["history_open"])
        bare.append(figures(["bare", "--plot"])["history_open"])
    return [
        ratio_row(
            "Opening History on ten years (7,300 sessions), vs 3,650 bars in pyqtgraph",
            statistics.median(app) * 1000,
            statistics.median(bare) * 1000,
            "ms",
            1.2,
        ),
    ]


def countdown(context: Context) -> list[Row]:
    data = context.folder("countdown")
    cached_data_dir(data, days=30, per_day=1)
    seconds = 30 if context.quick else 120
    app = figures(["app", str(data), "--run", str(seconds)], timeout=seconds + 120)
    bare = figures(["bare", "--timers", str(seconds)], timeout=seconds + 120)
    worst = app["error_max"] * 1000
    return [
        Row(
            f"Phase changes against their deadlines ({app['phase_changes']:.0f} in {seconds} s), "
            "worst",
            f"{worst:.1f} ms",
            f"{bare['error_max'] * 1000:.1f} ms (bare Qt timer)",
            f"{app['error_max'] / bare['error_max']:.2f}×" if bare["error_max"] > 0 else "-",
            "≤ 20 ms",
            worst <= 20,
        ),
        Row(
            "Drift over the run (last quarter minus first quarter)",
            f"{app['drift'] * 1000:+.1f} ms",
            f"{bare['drift'] * 1000:+.1f} ms",
            "-",
            "none (≤ 5 ms)",
            abs(app["drift"]) <= 0.005,
        ),
    ]


def figure(context: Context) -> list[Row]:
    """A frame of the moving figure, the player's costliest drawing, against a frame of the
    countdown ring drawn beside it; in CPU time, which a shared machine disturbs least."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QApplication

    from backcoach.core.pose.library import load_pose_library
    from backcoach.ui.player.countdown_ring import CountdownRing
    from backcoach.ui.widgets.pose_picture import PosePicture

    app = QApplication.instance() or QApplication([])
    library = load_pose_library()
    frames = 20 if context.quick else 60
    image = QImage(640, 400, QImage.Format.Format_ARGB32_Premultiplied)
    moves = [("knees_bent", "bridge"), ("knees_bent", "knees_to_chest")]
    moves.append(("standing_wide", "half_step_back"))
    pictures = [PosePicture(library.get(end), library.get(start)) for start, end in moves]
    ring = CountdownRing()
    ring.resize(400, 400)
    ring.set_text("12", "")
    figure_times, ring_times = [], []
    for frame in range(frames):
        progress = frame / (frames - 1)
        for picture in pictures:
            start = time.process_time()
            painter = QPainter(image)
            picture.paint(painter, QRectF(0, 0, 640, 400), app.palette(), progress)
            painter.end()
            figure_times.append(time.process_time() - start)
        ring.set_progress(progress)
        start = time.process_time()
        ring.grab()
        ring_times.append(time.process_time() - start)
    drawn, baseline = statistics.median(figure_times), statistics.median(ring_times)
    return [
        Row(
            "A frame of the moving figure (640×400), CPU",
            f"{drawn * 1000:.1f} ms",
            f"{baseline * 1000:.1f} ms (a frame of the countdown ring)",
            f"{drawn / baseline:.1f}×" if baseline else "-",
            "≤ 10 ms: a third of a frame at 30 a second",
            drawn <= 0.010,
        )
    ]


ALL: dict[str, Callable[[Context], list[Row]]] = {
    "startup": startup,
    "history": history,
    "loading": loading,
    "logging": logging,
    "countdown": countdown,
    "idle": idle,
    "figure": figure,
}
