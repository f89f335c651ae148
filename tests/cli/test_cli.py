"""The command line: version, help, and clear usage errors instead of tracebacks."""

from __future__ import annotations

import subprocess
import sys

import pytest

from backcoach import __version__
from backcoach.app import main
from backcoach.cli.arguments import build_parser, default_data_dir


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "backcoach", *args], capture_output=True, text=True, timeout=60
    )


def test_version():
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"backcoach {__version__}"


def test_help_names_the_data_dir_option():
    result = run("--help")
    assert result.returncode == 0
    assert "--data-dir DIR" in result.stdout


def test_an_unknown_argument_gives_usage_and_exit_code_2():
    result = run("--frobnicate")
    assert result.returncode == 2
    assert "usage: backcoach" in result.stderr
    assert "unrecognized arguments: --frobnicate" in result.stderr
    assert "Traceback" not in result.stderr


def test_main_exits_2_on_bad_arguments(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--data-dir"])
    assert exit_info.value.code == 2


def test_data_dir_comes_from_the_option_then_the_variable(tmp_path, monkeypatch):
    monkeypatch.setenv("BACKCOACH_DATA_DIR", str(tmp_path / "from-env"))
    assert default_data_dir() == tmp_path / "from-env"
    args = build_parser().parse_args(["--data-dir", str(tmp_path / "from-option")])
    assert args.data_dir == tmp_path / "from-option"


def test_without_the_variable_the_platform_user_data_folder_is_used(monkeypatch):
    monkeypatch.delenv("BACKCOACH_DATA_DIR")
    path = default_data_dir()
    assert path.name == "BackCoach"
    # tests/conftest.py points XDG_DATA_HOME at a temporary folder: never the real one.
    assert "backcoach-tests-" in str(path)
