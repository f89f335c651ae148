"""`backcoach --install-desktop` and `--uninstall-desktop`: BackCoach in this user's menu.

For pip and pipx installs, and for the bundle that `make install-desktop` copies: the desktop
entry, the icon at every hicolor size and the AppStream metainfo, all shipped inside the package
(assets/desktop, assets/icons), are copied under $XDG_DATA_HOME (~/.local/share) and named after
the app id. The entry starts this BackCoach by its absolute path, because a desktop session's
PATH often lacks ~/.local/bin, where pip and pipx put the launcher.

The desktop's caches: update-desktop-database refreshes the menu's MIME cache, and
gtk-update-icon-cache refreshes an icon cache that is already there (or that the theme folder
asks for with an index.theme). A cache made for one folder and never refreshed hides the icons
that other programs add later, so none is made where there was none. Either tool may be missing;
then nothing is refreshed and nothing fails. Uninstalling removes exactly the files installed,
and a cache that is left describing nothing.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import shutil
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from backcoach import APP_ID
from backcoach.core.autostart import exec_value, program_command
from backcoach.core.i18n import Context
from backcoach.core.resources import asset

CliText = Context("CliText")

ICON_FILE = re.compile(r"backcoach-(\d+)\.png")
MIME_CACHE = "mimeinfo.cache"
ICON_CACHE = "icon-theme.cache"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "--install-desktop",
        action="store_true",
        help=CliText.tr(
            "add BackCoach (this installation of it) to your application "
            "menu, with its icon, and exit"
        ),
    )
    group.add_argument(
        "--uninstall-desktop",
        action="store_true",
        help=CliText.tr("remove what --install-desktop added, and exit"),
    )


def run(args: argparse.Namespace) -> int | None:
    """The exit status of --install-desktop or --uninstall-desktop, or None when neither was
    asked for."""
    if not (args.install_desktop or args.uninstall_desktop):
        return None
    home = data_home()
    try:
        if args.install_desktop:
            command = program_command()
            install(home, command)
            print(
                CliText.tr("BackCoach is in your application menu: {value} starts {join}.").format(
                    value=home / entry_path(), join=" ".join(command)
                )
            )
        else:
            removed = uninstall(home)
            print(
                CliText.tr(
                    "Removed BackCoach's menu entry, icons and metainfo from {home} ({len} files)."
                ).format(home=home, len=len(removed))
            )
    except OSError as error:
        what = CliText.tr("added to") if args.install_desktop else CliText.tr("removed from")
        print(
            CliText.tr(
                "BackCoach could not be {what} the application menu: {value} ({value2})."
            ).format(what=what, value=error.strerror or error, value2=error.filename or home),
            file=sys.stderr,
        )
        return 1
    return 0


def data_home(environ: Mapping[str, str] = os.environ) -> Path:
    """$XDG_DATA_HOME, or ~/.local/share when it is unset or not absolute (the XDG spec)."""
    value = environ.get("XDG_DATA_HOME", "")
    return Path(value) if value and os.path.isabs(value) else Path.home() / ".local" / "share"


def entry_path() -> Path:
    return Path("applications", f"{APP_ID}.desktop")


def menu_files(command: Sequence[str]) -> dict[Path, bytes]:
    """Each file to install, by its path under the data home, with its content."""
    entry = asset("desktop", f"{APP_ID}.desktop").read_text(encoding="utf-8")
    exec_line = f"Exec={exec_value(command)}"
    # A function, so that backslashes in the command are not read as a regex replacement.
    entry = re.sub(r"^Exec=.*$", lambda _: exec_line, entry, count=1, flags=re.M)
    files = {entry_path(): entry.encode("utf-8")}
    hicolor = Path("icons", "hicolor")
    for icon in asset("icons").iterdir():
        size = ICON_FILE.fullmatch(icon.name)
        if size:
            folder = hicolor / f"{size[1]}x{size[1]}" / "apps"
            files[folder / f"{APP_ID}.png"] = icon.read_bytes()
    files[hicolor / "scalable" / "apps" / f"{APP_ID}.svg"] = asset(
        "icons", "backcoach.svg"
    ).read_bytes()
    metainfo = f"{APP_ID}.metainfo.xml"
    files[Path("metainfo", metainfo)] = asset("desktop", metainfo).read_bytes()
    return files


def install(home: Path, command: Sequence[str]) -> list[Path]:
    """Write the menu files under home (replacing older ones); the paths written."""
    written = []
    for relative, content in menu_files(command).items():
        path = home / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        # Replaced in one step, so a menu never reads half an entry. Created as open() does, so
        # the files follow the user's umask like any file they asked for.
        temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        try:
            temporary.write_bytes(content)
            os.replace(temporary, path)
        finally:
            temporary.unlink(missing_ok=True)
        written.append(path)
    refresh_caches(home)
    return written


def uninstall(home: Path) -> list[Path]:
    """Remove the menu files from home, the folders and caches that then hold nothing else;
    the files removed. Nothing to do when nothing is installed."""
    removed = []
    for relative in menu_files(program_command()):
        path = home / relative
        if path.exists():
            path.unlink()
            removed.append(path)
        # The size folders (hicolor/48x48/apps) that only held our icon.
        for folder in (path.parent, path.parent.parent):
            if folder.parent.name == "hicolor" or folder.name == "apps":
                with contextlib.suppress(OSError):
                    folder.rmdir()  # only when empty
    refresh_caches(home)
    applications = home / "applications"
    if not any(applications.glob("*.desktop")):
        (applications / MIME_CACHE).unlink(missing_ok=True)
    hicolor = home / "icons" / "hicolor"
    if not any(p.is_file() for p in hicolor.glob("*/*/*")):
        (hicolor / ICON_CACHE).unlink(missing_ok=True)
    return removed


def refresh_caches(home: Path) -> None:
    """Tell the desktop about the changed files: refresh the caches that should be refreshed
    (see the module's docstring), never failing for a missing or failing tool."""
    applications = home / "applications"
    if applications.is_dir():
        _run_if_present("update-desktop-database", "-q", str(applications))
    hicolor = home / "icons" / "hicolor"
    if hicolor.is_dir():
        os.utime(hicolor)  # icon themes notice new icons by the theme folder's time
        if (hicolor / ICON_CACHE).exists() or (hicolor / "index.theme").exists():
            _run_if_present("gtk-update-icon-cache", "-q", "-f", "-t", str(hicolor))


def _run_if_present(program: str, *arguments: str) -> None:
    # Imported here: every start of the window reads this module for its arguments.
    import subprocess

    found = shutil.which(program)
    if found is None:
        return
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        subprocess.run(
            [found, *arguments],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=60,
            check=False,
        )
