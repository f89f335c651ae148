"""Start at login: the XDG autostart entry is written, valid, runs BackCoach, and is removed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from backcoach.core import autostart
from tests.ci_provides import needs_program


@pytest.fixture
def environ(tmp_path: Path) -> dict[str, str]:
    return {"XDG_CONFIG_HOME": str(tmp_path / "config")}


def read_entry(path: Path) -> dict[str, str]:
    """The keys of the [Desktop Entry] group, with the string escapes undone."""
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    entry = {}
    for line in lines[1:]:
        key, _, value = line.partition("=")
        entry[key] = value.replace("\\\\", "\x00").replace("\\s", " ").replace("\x00", "\\")
    return entry


def exec_arguments(exec_value: str) -> list[str]:
    """Split an Exec value as the Desktop Entry Specification says a launcher does."""
    arguments: list[str] = []
    current: str | None = None
    quoted = False
    chars = iter(exec_value)
    for char in chars:
        if quoted:
            if char == "\\":
                char = next(chars)
                assert char in '"`$\\', f"{char!r} may not be escaped"
            elif char == '"':
                quoted = False
                continue
            current += char
        elif char == '"':
            quoted, current = True, current or ""
        elif char == " ":
            if current is not None:
                arguments.append(current)
            current = None
        else:
            assert char not in "\t\n\"'\\><~|&;$*?#()`", f"{char!r} must be quoted"
            current = (current or "") + char
    assert not quoted
    if current is not None:
        arguments.append(current)
    return [a.replace("%%", "%") for a in arguments]


def test_the_file_is_in_the_xdg_autostart_folder(environ, tmp_path):
    assert autostart.autostart_file(environ) == tmp_path / "config/autostart/backcoach.desktop"
    assert autostart.autostart_file({}) == Path.home() / ".config/autostart/backcoach.desktop"
    # A relative XDG_CONFIG_HOME is invalid and ignored, as the XDG spec says.
    relative = autostart.autostart_file({"XDG_CONFIG_HOME": "config"})
    assert relative == Path.home() / ".config/autostart/backcoach.desktop"


def test_enable_writes_an_entry_that_starts_in_the_background(environ, tmp_path):
    data_dir = tmp_path / "my data"
    assert not autostart.is_enabled(environ)
    path = autostart.enable(data_dir, environ)
    assert autostart.is_enabled(environ)
    entry = read_entry(path)
    assert entry["Type"] == "Application" and entry["Name"] == "BackCoach"
    arguments = exec_arguments(entry["Exec"])
    assert arguments[-3:] == ["--background", "--data-dir", str(data_dir)]
    assert Path(arguments[0]).is_absolute()


def test_without_a_data_dir_none_is_passed(environ):
    arguments = exec_arguments(read_entry(autostart.enable(None, environ))["Exec"])
    assert arguments[-1] == "--background" and "--data-dir" not in arguments


@pytest.mark.parametrize(
    "folder", ['/tmp/a "quoted" $HOME `x` 100% back\\slash', "/tmp/plain", "/tmp/tab\there"]
)
def test_awkward_folder_names_survive_the_exec_quoting(environ, folder):
    command = ["/opt/Back Coach/backcoach", "--background", "--data-dir", folder]
    path = autostart.autostart_file(environ)
    path.parent.mkdir(parents=True)
    path.write_text(autostart.desktop_entry(command))
    assert exec_arguments(read_entry(path)["Exec"]) == command


def test_the_launch_command_runs_this_backcoach(tmp_path):
    command = autostart.launch_command(tmp_path)
    if command[:2] == [sys.executable, "-m"]:
        assert command[2] == "backcoach"
    else:
        assert Path(command[0]).name == "backcoach" and Path(command[0]).is_file()
    result = subprocess.run(
        [*command[: command.index("--background")], "--version"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0 and result.stdout.startswith("backcoach ")


@needs_program("desktop-file-validate", "desktop-file-utils")
def test_the_entry_is_valid(environ, tmp_path):
    path = autostart.enable(tmp_path / 'odd "name" $x', environ)
    result = subprocess.run(
        ["desktop-file-validate", str(path)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout.lower(), result.stdout


def test_disable_removes_the_file_and_is_harmless_twice(environ, tmp_path):
    path = autostart.enable(tmp_path, environ)
    autostart.disable(environ)
    assert not path.exists() and not autostart.is_enabled(environ)
    autostart.disable(environ)


def test_enable_again_rewrites_in_place(environ, tmp_path):
    autostart.enable(tmp_path / "one", environ)
    path = autostart.enable(tmp_path / "two", environ)
    assert exec_arguments(read_entry(path)["Exec"])[-1] == str(tmp_path / "two")
    assert [p.name for p in path.parent.iterdir()] == ["backcoach.desktop"]


def test_a_folder_that_cannot_be_written_gives_a_clear_message(tmp_path):
    blocker = tmp_path / "config"
    blocker.write_text("a file where the folder should be")
    with pytest.raises(autostart.AutostartError, match="could not set itself to start at login"):
        autostart.enable(None, {"XDG_CONFIG_HOME": str(blocker)})


def test_supported_platforms():
    assert autostart.supported("linux")
    assert not autostart.supported("win32") and not autostart.supported("darwin")
