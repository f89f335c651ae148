"""Start-up: the app on a year of history against a plain script showing a bare QMainWindow with
a label, both timed from here to their first paint, with their peak memory read by themselves
and, where valgrind is installed, the instructions each executes to its first paint."""

from __future__ import annotations

import shutil
import statistics

from benchmarks.harness import Context, Row, instructions, ratio_row, run_module
from benchmarks.history_data import cached_data_dir

# Long enough after the first paint for what the app does after it (the second stage of its
# start) to have happened, so the peak memory includes it.
SETTLE_MS = "1500"


def startup(context: Context) -> list[Row]:
    data = cached_data_dir(context.folder("startup"), days=365, per_day=1)
    app_args, bare_args = [str(data)], []
    run_module("benchmarks.app_start", app_args)  # writes the bytecode caches; not counted
    app_times, bare_times = [], []
    for _ in range(context.runs):
        # Alternate, so a burst of load on the machine hits both alike.
        app_times.append(run_module("benchmarks.app_start", app_args)[1])
        bare_times.append(run_module("benchmarks.bare_window", bare_args)[1])
    app_peak, bare_peak = [], []
    for _ in range(max(1, context.runs // 2)):
        app_peak.append(run_module("benchmarks.app_start", [*app_args, "--settle", SETTLE_MS])[0])
        bare_peak.append(run_module("benchmarks.bare_window", ["--settle", SETTLE_MS])[0])
    rows = [
        ratio_row(
            "Start-up to first paint (a year of history), vs a bare QMainWindow script",
            statistics.median(app_times) * 1000,
            statistics.median(bare_times) * 1000,
            "ms",
            1.3,
        ),
        ratio_row(
            "Peak memory at start (VmHWM, 1.5 s after the first paint)",
            statistics.median(f["peak_kib"] for f in app_peak) / 1024,
            statistics.median(f["peak_kib"] for f in bare_peak) / 1024,
            "MiB",
            1.4,
        ),
    ]
    if context.quick:
        return rows
    if shutil.which("valgrind") is None:
        rows.append(
            Row("Instructions to first paint", "valgrind not installed", "-", "-", "≤ 1.3×", False)
        )
        return rows
    app_count = instructions("benchmarks.app_start", app_args)
    bare_count = instructions("benchmarks.bare_window", bare_args)
    rows.append(
        ratio_row(
            "Instructions to first paint (callgrind), vs the bare script",
            app_count / 1e9,
            bare_count / 1e9,
            "G",
            1.3,
        )
    )
    return rows
