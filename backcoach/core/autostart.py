"""Start at login: on Linux and other freedesktop systems, an XDG autostart desktop entry.

The entry runs `backcoach --background` (the app starts in the tray, without its window), with
the data folder when one was given. Turning the option off removes the file. Windows and macOS
have no such file; docs/reminders.md says what to do there by hand until BackCoach is packaged.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from backcoach import APP_ID, APP_NAME
from backcoach.core.i18n import Context
from backcoach.core.storage.files import write_text_atomic

CoreText = Context("CoreText")

FILE_NAME = "backcoach.desktop"
BACKGROUND_OPTION = "--background"


class AutostartError(OSError):
    """The autostart entry could not be written or removed; the message says why, for a person."""


def supported(platform: str = sys.platform) -> bool:
    """Whether start at login can be set up here (freedesktop systems: Linux, the BSDs)."""
    return platform.startswith(("linux", "freebsd", "openbsd", "netbsd", "dragonfly"))


def autostart_file(environ: Mapping[str, str] = os.environ) -> Path:
    """$XDG_CONFIG_HOME/autostart/backcoach.desktop (XDG_CONFIG_HOME defaults to ~/.config)."""
    config = environ.get("XDG_CONFIG_HOME", "")
    # The XDG spec: a relative path in the variable is invalid and is to be ignored.
    base = Path(config) if config and os.path.isabs(config) else Path.home() / ".config"
    return base / "autostart" / FILE_NAME


def program_command() -> list[str]:
    """The command that starts this BackCoach, as absolute as can be found (the menu entry of
    cli/desktop_menu.py runs it too)."""
    if getattr(sys, "frozen", False):  # a packaged app: the executable is BackCoach itself
        return [sys.executable]
    beside = Path(sys.executable).with_name("backcoach")
    found = str(beside) if beside.is_file() else shutil.which("backcoach")
    # Without an installed launcher (a source checkout), the interpreter runs the package.
    return [found] if found else [sys.executable, "-m", "backcoach"]


def launch_command(data_dir: Path | None = None) -> list[str]:
    """The command that starts BackCoach in the background, as absolute as can be found."""
    command = program_command()
    command.append(BACKGROUND_OPTION)
    if data_dir is not None:
        command += ["--data-dir", str(Path(data_dir).expanduser().absolute())]
    return command


def _exec_argument(argument: str) -> str:
    """One argument of an Exec key, quoted as the Desktop Entry Specification asks."""
    reserved = set(" \t\n\"'\\><~|&;$*?#()`")
    text = argument.replace("%", "%%")  # % starts a field code such as %f
    if argument and not reserved & set(argument):
        return text
    for char in ("\\", '"', "`", "$"):
        text = text.replace(char, "\\" + char)
    return '"' + text + '"'


def exec_value(command: Sequence[str]) -> str:
    """The value of an Exec key that runs the command (arguments quoted and escaped)."""
    exec_line = " ".join(_exec_argument(a) for a in command)
    # Each backslash is escaped once more because the whole value is a desktop-file string.
    return exec_line.replace("\\", "\\\\")


def desktop_entry(command: Sequence[str]) -> str:
    """The text of the autostart desktop entry that runs the command."""
    exec_line = exec_value(command)
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Version=1.0\n"
        f"Name={APP_NAME}\n"
        "Comment=Reminders for your back exercises, from the tray\n"
        f"Exec={exec_line}\n"
        f"Icon={APP_ID}\n"
        "Terminal=false\n"
        "StartupNotify=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def is_enabled(environ: Mapping[str, str] = os.environ) -> bool:
    return autostart_file(environ).is_file()


def enable(data_dir: Path | None = None, environ: Mapping[str, str] = os.environ) -> Path:
    """Write (or rewrite) the autostart entry; returns its path."""
    path = autostart_file(environ)
    try:
        write_text_atomic(path, desktop_entry(launch_command(data_dir)))
    except OSError as error:
        raise AutostartError(
            CoreText.tr(
                "BackCoach could not set itself to start at login: {path} "
                "cannot be written ({value})."
            ).format(path=path, value=error.strerror or error)
        ) from error
    return path


def disable(environ: Mapping[str, str] = os.environ) -> None:
    """Remove the autostart entry; nothing to do when there is none."""
    path = autostart_file(environ)
    try:
        path.unlink(missing_ok=True)
    except OSError as error:
        raise AutostartError(
            CoreText.tr(
                "BackCoach could not stop starting at login: {path} cannot be removed ({value})."
            ).format(path=path, value=error.strerror or error)
        ) from error
