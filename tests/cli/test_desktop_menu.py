"""`backcoach --install-desktop` / `--uninstall-desktop`: the menu entry, icons and metainfo of a
pip or pipx install, named after the app id, and nothing left behind."""

from __future__ import annotations

import os
import shutil
import stat
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from backcoach import APP_ID
from backcoach.app import main
from backcoach.cli import desktop_menu
from tests.ci_provides import needs_program

REPOSITORY = Path(__file__).resolve().parents[2]
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A data home of the test's own, as $XDG_DATA_HOME."""
    home = tmp_path / "share"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home


def files_under(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def exec_of(entry: Path) -> str:
    lines = entry.read_text(encoding="utf-8").splitlines()
    return next(line.split("=", 1)[1] for line in lines if line.startswith("Exec="))


def test_install_puts_the_entry_icons_and_metainfo_under_the_app_id(home, capsys):
    assert main(["--install-desktop"]) == 0

    entry = home / "applications" / f"{APP_ID}.desktop"
    command = desktop_menu.program_command()
    assert exec_of(entry) == desktop_menu.exec_value(command)
    assert os.path.isabs(command[0])
    assert f"Icon={APP_ID}" in entry.read_text(encoding="utf-8").splitlines()
    for size in HICOLOR_SIZES:
        icon = home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert png_size(icon) == (size, size)
    svg = home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    assert svg.read_bytes() == (REPOSITORY / "assets" / "icons" / "backcoach.svg").read_bytes()
    metainfo = f"{APP_ID}.metainfo.xml"
    shipped = REPOSITORY / "assets" / "desktop" / metainfo
    assert (home / "metainfo" / metainfo).read_bytes() == shipped.read_bytes()
    assert str(entry) in capsys.readouterr().out


@needs_program("desktop-file-validate", "desktop-file-utils")
def test_the_installed_entry_validates(home):
    desktop_menu.install(home, ["/opt/my apps/back\\coach", "--data-dir", "/tmp/$HOME"])
    entry = home / "applications" / f"{APP_ID}.desktop"
    result = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.strip() == "", result.stdout
    assert exec_of(entry) == '"/opt/my apps/back\\\\\\\\coach" --data-dir "/tmp/\\\\$HOME"'


def test_installed_files_follow_the_umask(home):
    previous = os.umask(0o022)
    try:
        written = desktop_menu.install(home, ["/usr/bin/backcoach"])
    finally:
        os.umask(previous)
    assert written
    assert {stat.S_IMODE(path.stat().st_mode) for path in written} == {0o644}


def test_install_twice_then_uninstall_leaves_nothing_behind(home):
    desktop_menu.install(home, ["/usr/bin/backcoach"])
    desktop_menu.install(home, ["/usr/bin/backcoach"])
    # A cache that was there before (a theme folder someone refreshed) is refreshed, then goes
    # with the last icon it described.
    if shutil.which("gtk-update-icon-cache"):
        (home / "icons" / "hicolor" / "icon-theme.cache").write_bytes(b"")
        desktop_menu.refresh_caches(home)

    assert main(["--uninstall-desktop"]) == 0
    assert files_under(home) == []
    assert not (home / "icons" / "hicolor" / "48x48").exists()


def test_uninstall_keeps_other_programs_files_and_caches(home):
    other_entry = home / "applications" / "org.example.Other.desktop"
    other_icon = home / "icons" / "hicolor" / "48x48" / "apps" / "org.example.Other.png"
    other_icon.parent.mkdir(parents=True)
    other_icon.write_bytes((REPOSITORY / "assets" / "icons" / "backcoach-48.png").read_bytes())
    other_entry.parent.mkdir(parents=True)
    other_entry.write_text("[Desktop Entry]\nType=Application\nName=Other\nExec=other\n")
    desktop_menu.install(home, ["/usr/bin/backcoach"])
    mime_cache = home / "applications" / "mimeinfo.cache"
    mime_cache.write_text("[MIME Cache]\n")

    desktop_menu.uninstall(home)
    left = files_under(home)
    assert "applications/org.example.Other.desktop" in left
    assert "icons/hicolor/48x48/apps/org.example.Other.png" in left
    assert "applications/mimeinfo.cache" in left
    assert not [name for name in left if APP_ID in name]


def test_uninstall_when_nothing_is_installed_does_nothing(home):
    assert desktop_menu.uninstall(home) == []
    assert not home.exists() or files_under(home) == []


def test_without_the_cache_tools_nothing_fails(home, monkeypatch, tmp_path):
    empty = tmp_path / "no-programs"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    desktop_menu.install(home, ["/usr/bin/backcoach"])
    assert "applications/mimeinfo.cache" not in files_under(home)
    desktop_menu.uninstall(home)
    assert files_under(home) == []


def test_a_tool_that_fails_does_not_fail_the_install(home, monkeypatch, tmp_path):
    tools = tmp_path / "failing-tools"
    tools.mkdir()
    for name in ("update-desktop-database", "gtk-update-icon-cache"):
        (tools / name).write_text("#!/bin/sh\nexit 3\n")
        (tools / name).chmod(0o755)
    monkeypatch.setenv("PATH", str(tools))
    (home / "icons" / "hicolor").mkdir(parents=True)
    (home / "icons" / "hicolor" / "index.theme").write_text("[Icon Theme]\nName=Hicolor\n")
    assert len(desktop_menu.install(home, ["/usr/bin/backcoach"])) == 2 + len(HICOLOR_SIZES) + 1


def test_the_data_home_follows_xdg(tmp_path):
    assert desktop_menu.data_home({"XDG_DATA_HOME": str(tmp_path)}) == tmp_path
    default = Path.home() / ".local" / "share"
    assert desktop_menu.data_home({}) == default
    assert desktop_menu.data_home({"XDG_DATA_HOME": "relative/share"}) == default


def test_a_data_home_that_cannot_be_written_is_reported(tmp_path, monkeypatch, capsys):
    blocked = tmp_path / "a file"
    blocked.write_text("")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocked))
    assert main(["--install-desktop"]) == 1
    error = capsys.readouterr().err
    assert "could not be added to the application menu" in error
    assert "Traceback" not in error


def test_the_options_are_in_help_and_exclude_each_other(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "--install-desktop" in capsys.readouterr().out
    result = subprocess.run(
        [sys.executable, "-m", "backcoach", "--install-desktop", "--uninstall-desktop"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "not allowed with argument" in result.stderr
