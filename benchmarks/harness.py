"""What every measurement uses: the run's context, a table row, and starting a child program."""

from __future__ import annotations

import contextlib
import os
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

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


def run_module(
    module: str, args: list[str], timeout: float = 300, prefix: tuple[str, ...] = ()
) -> tuple[dict[str, float], float, str]:
    """Run `python -m module args` (under `prefix`, e.g. valgrind): the `key value` figures it
    printed, its time from start to first paint as seen from here, and its stderr."""
    start = time.monotonic()
    process = subprocess.run(
        [*prefix, sys.executable, "-m", module, *args],
        capture_output=True,
        text=True,
        env=child_environment(),
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
            f"{module} {args} failed (exit {process.returncode}): {process.stderr[-800:]}"
        )
    return figures, figures["painted"] - start, process.stderr


def child(args: list[str], timeout: float = 300) -> tuple[dict[str, float], float]:
    """Run a benchmark child (benchmarks/children.py): its figures and its time to first paint."""
    figures, painted, _ = run_module("benchmarks.children", args, timeout)
    return figures, painted


def figures(args: list[str], timeout: float = 300) -> dict[str, float]:
    return child(args, timeout)[0]


def instructions(module: str, args: list[str]) -> int:
    """Instructions executed by one run under callgrind: unlike times, they hardly move with the
    machine's load."""
    prefix = ("valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null")
    _, _, stderr = run_module(module, args, timeout=900, prefix=prefix)
    found = re.search(r"Collected\s*:\s*(\d+)", stderr)
    if not found:
        raise RuntimeError(f"callgrind reported no count: {stderr[-400:]}")
    return int(found.group(1))


def ratio_row(name: str, value: float, baseline: float, unit: str, goal: float) -> Row:
    ratio = value / baseline if baseline else float("inf")
    return Row(
        name,
        f"{value:.3g} {unit}",
        f"{baseline:.3g} {unit}",
        f"{ratio:.2f}×",
        f"≤ {goal}×",
        ratio <= goal,
    )
