"""The command line never shows a traceback, and says 2 for every input it refuses (issue 16,
item 17): a closed pipe, a data folder that is a file, a refused archive or routine file."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from backcoach.app import main
from backcoach.core.storage.store import Store
from tests.factories import make_record

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "backcoach", *args],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )


def test_stats_into_a_pipe_closed_early_ends_quietly(tmp_path: Path):
    # `backcoach --stats | head -1`: the reader is gone before everything is written. Here the
    # pipe's reading end is closed before the command writes anything, so the write must fail.
    store = Store.open(tmp_path / "data", device="dev")
    store.log_session(make_record(1))
    child = subprocess.Popen(
        [sys.executable, "-m", "backcoach", "--data-dir", str(tmp_path / "data"), "--stats"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    assert child.stdout is not None and child.stderr is not None
    child.stdout.close()
    errors = child.stderr.read().decode()
    child.stderr.close()
    assert child.wait(timeout=60) == 1
    assert errors == "", "no traceback, and nothing else to say"


def test_a_data_folder_that_is_a_file_is_refused_with_2(tmp_path: Path, capsys):
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("mine")
    for command in (["--stats"], ["--export-all", str(tmp_path / "x.json")], []):
        assert main(["--data-dir", str(not_a_folder), *command]) == 2
        assert "is a file, not a folder" in capsys.readouterr().err
    assert not_a_folder.read_text() == "mine"


@pytest.mark.parametrize("content", [b"{}", b"not json", b'{"format": "backcoach-archive"}'])
def test_a_refused_archive_exits_2(tmp_path: Path, capsys, content: bytes):
    archive = tmp_path / "bad.json"
    archive.write_bytes(content)
    assert main(["--data-dir", str(tmp_path / "data"), "--import-all", str(archive)]) == 2
    assert "Nothing was imported" in capsys.readouterr().err


def test_a_refused_routine_file_exits_2(tmp_path: Path, capsys):
    routine = tmp_path / "x.backcoach-routine.json"
    routine.write_text(json.dumps({"format": "something else"}))
    assert main(["--data-dir", str(tmp_path / "data"), "--routine", str(routine)]) == 2
    assert "cannot be imported" in capsys.readouterr().err


def test_help_says_what_each_exit_status_means():
    result = _run("--help")
    assert result.returncode == 0
    text = " ".join(result.stdout.split())
    assert "exit status: 0 done; 1 could not be done" in text
    assert "2 an input was refused" in text
    assert "hands --routine and --import-all to its window" in text
