"""The documented commands `python -m backcoach.demo` and `python -m backcoach.illustrations` run
from any folder, as a user types them (not only from the checkout's root)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest


@pytest.mark.parametrize("tool", ["demo", "illustrations"])
def test_the_short_command_runs_the_tool(tool: str, tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", f"backcoach.{tool}", "--help"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert f"python -m backcoach.{tool}" in result.stdout


def test_the_demo_writes_a_history_from_another_folder(tmp_path: Path) -> None:
    data = tmp_path / "demo"
    result = subprocess.run(
        [sys.executable, "-m", "backcoach.demo", str(data), "--years", "0.1"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert list((data / "sessions").rglob("*.json"))
