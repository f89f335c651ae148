"""A process killed (SIGKILL) at random instants while saving: every file loads, no saved session is
lost, stray temporary files are cleaned up on the next start (crash_driver.py). And while it
recovers a large damaged month: no month is ever hidden, the damaged bytes are never lost
(recovery_crash_driver.py).

The suite runs a modest number of kills; a long run is one command:

    BACKCOACH_SOAK=1 .venv/bin/python -m pytest -m slow tests/core/storage/test_crash_kill.py
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL")


SOAK = os.environ.get("BACKCOACH_SOAK") == "1"


def _drive(folder: Path, runs: int, seed: int, driver: str = "crash_driver", *more: int) -> str:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            f"tests.core.storage.{driver}",
            str(folder),
            str(runs),
            str(seed),
            *map(str, more),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=3600 if SOAK else 600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def test_killing_a_saving_process_loses_no_acknowledged_session(tmp_path: Path):
    output = _drive(tmp_path / "data", runs=150, seed=7)
    counts = dict(item.split("=") for item in output.split()[1:])
    assert int(counts["acknowledged"]) > 0, "the children saved sessions before being killed"


@pytest.mark.slow
def test_killing_a_saving_process_many_times(tmp_path: Path):
    # About ten seconds; for a long soak run the driver by hand with thousands of runs.
    _drive(tmp_path / "data", runs=600, seed=11)


def test_killing_a_recovering_process_hides_no_month(tmp_path: Path):
    output = _drive(tmp_path / "data", 25, 5, "recovery_crash_driver", 600)
    counts = dict(item.split("=") for item in output.split()[1:])
    assert int(counts["kills"]) > 0
    print(output)


@pytest.mark.slow
@pytest.mark.skipif(not SOAK, reason="a long run: BACKCOACH_SOAK=1")
def test_killing_a_recovering_process_hundreds_of_times(tmp_path: Path):
    output = _drive(tmp_path / "data", 400, 23, "recovery_crash_driver", 2000)
    counts = dict(item.split("=") for item in output.split()[1:])
    assert int(counts["kills"]) >= 300
    print(output)
