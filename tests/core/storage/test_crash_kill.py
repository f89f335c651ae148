"""A process killed (SIGKILL) at random instants while saving: every file loads, no saved session is
lost, stray temporary files are cleaned up on the next start. See crash_driver.py."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL")


def _drive(folder: Path, runs: int, seed: int) -> str:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.core.storage.crash_driver",
            str(folder),
            str(runs),
            str(seed),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
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
