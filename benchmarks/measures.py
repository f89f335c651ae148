"""The measurements. Each returns table rows: BackCoach's figure, its baseline, and the goal."""

from __future__ import annotations

import contextlib
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from benchmarks.history_data import make_data_dir

ROOT = Path(__file__).resolve().parents[1]


@dataclass
class Context:
    scratch: Path
    runs: int
    quick: bool

    def folder(self, name: str) -> Path:
        return self.scratch / name


@dataclass
class Row:
    name: str
    value: str
    baseline: str
    ratio: str
    goal: str
    met: bool


def child_environment() -> dict[str, str]:
    """Offscreen, with this checkout importable, and with bytecode caching on (as for a user, whose
    install has compiled .pyc files): a machine that sets PYTHONDONTWRITEBYTECODE would otherwise
    time the compiler on every start."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _child(args: list[str], timeout: float = 120) -> tuple[dict[str, float], float]:
    """Run a benchmark child: the figures it reported, and its time from start to first paint."""
    env = child_environment()
    start = time.monotonic()
    process = subprocess.run(
        [sys.executable, "-m", "benchmarks.children", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=timeout,
    )
    figures = {}
    for line in process.stdout.splitlines():
        key, _, value = line.partition(" ")
        with contextlib.suppress(ValueError):
            figures[key] = float(value)
    if process.returncode != 0 or "painted" not in figures:
        raise RuntimeError(
            f"benchmark child {args} failed (exit {process.returncode}): {process.stderr[-800:]}"
        )
    return figures, figures["painted"] - start


def _peak_rss(args: list[str]) -> int:
    """Peak resident memory (KiB) of one child run on its own, through os.wait4."""
    env = child_environment()
    process = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.children", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
        cwd=ROOT,
    )
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    return usage.ru_maxrss


def _ratio_row(name: str, value: float, baseline: float, unit: str, goal: float) -> Row:
    ratio = value / baseline if baseline else float("inf")
    return Row(
        name,
        f"{value:.3g} {unit}",
        f"{baseline:.3g} {unit}",
        f"{ratio:.2f}×",
        f"≤ {goal}×",
        ratio <= goal,
    )


def startup(context: Context) -> list[Row]:
    data = context.folder("startup")
    make_data_dir(data, days=365, per_day=1)
    app_times, bare_times, app_rss, bare_rss = [], [], [], []
    _child(["app", str(data)])  # a first start writes the bytecode caches; not counted
    for _ in range(context.runs):
        # Alternate, so a burst of load on the machine hits both alike.
        app_times.append(_child(["app", str(data)])[1])
        bare_times.append(_child(["bare"])[1])
        app_rss.append(_peak_rss(["app", str(data)]))
        bare_rss.append(_peak_rss(["bare"]))
    return [
        _ratio_row(
            "Start-up to first paint (a year of history)",
            statistics.median(app_times) * 1000,
            statistics.median(bare_times) * 1000,
            "ms",
            1.5,
        ),
        _ratio_row(
            "Start-up peak memory",
            statistics.median(app_rss) / 1024,
            statistics.median(bare_rss) / 1024,
            "MiB",
            1.6,
        ),
    ]


def logging(context: Context) -> list[Row]:

    big = make_data_dir(context.folder("log-big"), days=3650, per_day=2)
    # The same month so far, without the nine years before it: what remains is what the length
    # of the history costs (a session is written into its month's file only).
    small = make_data_dir(context.folder("log-small"), days=30, per_day=2)
    big.load_sessions()
    fresh = make_data_dir(context.folder("log-fresh"), days=30).load_sessions()
    now = datetime.now().astimezone()
    big_times, small_times = [], []
    for i in range(max(context.runs, 20)):
        record = fresh[i % len(fresh)].updated(id=f"fresh{i:04d}", started=now)
        for store, times in ((big, big_times), (small, small_times)):
            start = time.perf_counter()
            store.log_session(record)
            times.append(time.perf_counter() - start)
    big_ms, small_ms = statistics.median(big_times) * 1000, statistics.median(small_times) * 1000
    ratio = big_ms / small_ms
    return [
        Row(
            "Logging a session, ten years of history (7,300 sessions)",
            f"{big_ms:.1f} ms",
            f"{small_ms:.1f} ms (one month of history)",
            f"{ratio:.2f}×",
            "≤ 20 ms and ≈ 1×",
            big_ms <= 20 and ratio <= 1.5,
        ),
    ]


def idle(context: Context) -> list[Row]:
    # Two data folders: the app runs one instance per data folder (a second start only brings
    # the first forward), and the idle and the holding app run side by side.
    data, hold_data = context.folder("idle"), context.folder("idle-hold")
    make_data_dir(data, days=365, per_day=1)
    make_data_dir(hold_data, days=365, per_day=1)
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
            "equal within noise",
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


def _figures(args: list[str], timeout: float = 300) -> dict[str, float]:
    return _child(args, timeout)[0]


def history(context: Context) -> list[Row]:
    data = context.folder("history-10y")
    make_data_dir(data, days=3650, per_day=2)
    app, bare = [], []
    _figures(["app", str(data), "--history"])  # bytecode caches, as after an install
    for _ in range(context.runs):
        app.append(_figures(["app", str(data), "--history"])["history_open"])
        bare.append(_figures(["bare", "--plot"])["history_open"])
    return [
        _ratio_row(
            "Opening History on ten years (7,300 sessions), vs 3,650 bars in pyqtgraph",
            statistics.median(app) * 1000,
            statistics.median(bare) * 1000,
            "ms",
            1.3,
        ),
    ]


def huge_history(context: Context) -> list[Row]:
    data = context.folder("history-100k")
    make_data_dir(data, days=50_000, per_day=2)
    loads, stalls = [], []
    for _ in range(max(1, context.runs // 2)):
        figures = _figures(["app", str(data), "--load"])
        loads.append(figures["load_done"] - figures["painted"])
        stalls.append(figures["longest_stall"])
    load, stall = statistics.median(loads), max(stalls)
    return [
        Row(
            "Loading 100,000 sessions after the window paints",
            f"{load:.2f} s",
            "-",
            "-",
            "≤ 1.5 s",
            load <= 1.5,
        ),
        Row(
            "Longest event-loop stall while loading them",
            f"{stall * 1000:.0f} ms",
            "-",
            "-",
            "≤ 100 ms",
            stall <= 0.1,
        ),
    ]


def countdown(context: Context) -> list[Row]:
    data = context.folder("countdown")
    make_data_dir(data, days=30, per_day=1)
    seconds = 30 if context.quick else 120
    app = _figures(["app", str(data), "--run", str(seconds)], timeout=seconds + 120)
    bare = _figures(["bare", "--timers", str(seconds)], timeout=seconds + 120)
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
    "huge": huge_history,
    "logging": logging,
    "countdown": countdown,
    "idle": idle,
    "figure": figure,
}
