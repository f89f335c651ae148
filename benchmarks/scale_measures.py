"""How the app grows with the history: loading 30k to 300k sessions (against json.loads alone on
the same files), and logging or editing a session with History on screen, from one year to
100,000 sessions (against the same at one year)."""

from __future__ import annotations

import json
import statistics
import time
from pathlib import Path

from benchmarks.harness import Context, Row, figures
from benchmarks.history_data import cached_data_dir

# (label, days, sessions a day): two a day for the years, four for 30k and 100k (68 years), eight
# for 300k: the store keeps no date before 1900.
YEARS = [("1 year", 365, 2), ("10 years", 3650, 2), ("30 years", 10950, 2)]
COUNTS = [("30k", 7500, 4), ("100k", 25000, 4), ("300k", 37500, 8)]


def json_loads_seconds(folder: Path) -> float:
    """The baseline of loading: reading and json.loads of every month file, nothing more."""
    files = sorted((folder / "sessions").rglob("*.json"))
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        for path in files:
            json.loads(path.read_bytes())
        best = min(best, time.perf_counter() - start)
    return best


def loading(context: Context) -> list[Row]:
    rows = []
    counts = COUNTS[:1] if context.quick else COUNTS
    for label, days, per_day in counts:
        data = cached_data_dir(context.folder(f"load-{label}"), days, per_day)
        baseline = json_loads_seconds(data)
        loads, stalls = [], []
        for _ in range(1 if label == "300k" else max(1, context.runs // 2)):
            found = figures(["app", str(data), "--load"], timeout=900)
            loads.append(found["load_done"] - found["painted"])
            stalls.append(found["longest_stall"])
        load, stall = statistics.median(loads), max(stalls)
        ratio = load / baseline
        rows.append(
            Row(
                f"Loading {label} sessions after the first paint, vs json.loads of the files",
                f"{load:.2f} s",
                f"{baseline:.2f} s",
                f"{ratio:.2f}×",
                "≤ 0.5× and ≤ 1.5 s" if label == "100k" else "≤ 0.5×",
                ratio <= 0.5 and (label != "100k" or load <= 1.5),
            )
        )
        rows.append(
            Row(
                f"Longest event-loop stall while loading {label}",
                f"{stall * 1000:.0f} ms",
                "-",
                "-",
                "≤ 50 ms",
                stall <= 0.05,
            )
        )
    return rows


def logging(context: Context) -> list[Row]:
    """Logging and editing through AppState with History on screen, timed until the window has
    handled the change; the baseline is the same at one year, so growth shows as a ratio."""
    sizes = YEARS + COUNTS[:2]
    if context.quick:
        sizes = [YEARS[0], YEARS[1], COUNTS[0]]
    count = 5 if context.quick else 15
    measured = {}
    for label, days, per_day in sizes:
        data = cached_data_dir(context.folder(f"log-{label}"), days, per_day)
        measured[label] = figures(["app", str(data), "--log", str(count)], timeout=900)
    base_log, base_edit = measured["1 year"]["log"], measured["1 year"]["edit"]
    rows = []
    for label, found in measured.items():
        for what, key, base in (("Logging", "log", base_log), ("Editing", "edit", base_edit)):
            value = found[key] * 1000
            ratio = found[key] / base
            flat = label not in ("100k", "300k") or ratio <= 1.5
            rows.append(
                Row(
                    f"{what} a session, History on screen, {label} "
                    f"({found['sessions']:,.0f} sessions)",
                    f"{value:.1f} ms",
                    f"{base * 1000:.1f} ms (1 year)",
                    f"{ratio:.2f}×",
                    "≤ 20 ms, flat (≤ 1.5× 1 year)",
                    value <= 20 and flat,
                )
            )
    return rows
