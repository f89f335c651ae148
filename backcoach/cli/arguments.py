"""The command line's arguments: the parser, the default data folder, the file --routine names.

`backcoach --help` prints what the parser says; app.main parses once and hands the result to
cli.commands (the commands without the window) or to the window.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING

from backcoach import APP_NAME, __version__
from backcoach.cli import data_commands, desktop_menu, exit_status, paper_commands
from backcoach.core.i18n import Context

CliText = Context("CliText")

if TYPE_CHECKING:
    from backcoach.core.routine_file import RoutineFile

DATA_DIR_VARIABLE = "BACKCOACH_DATA_DIR"


def default_data_dir() -> Path:
    override = os.environ.get(DATA_DIR_VARIABLE)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="backcoach",
        description=CliText.tr("A desktop coach for back-pain relief exercises."),
        epilog=CliText.tr(
            "{HELP}. While BackCoach runs with the same data folder, a second start hands "
            "--routine and --import-all to its window, and exits with the window's answer."
        ).format(HELP=CliText.tr(exit_status.HELP)),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=CliText.tr("%(prog)s {version}").format(version=__version__),
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help=CliText.tr(
            "keep settings and history in DIR (default: ${DATA_DIR_VARIABLE} or the user data "
            "folder)"
        ).format(DATA_DIR_VARIABLE=DATA_DIR_VARIABLE),
    )
    # --- reports without the window (backcoach.cli.reports) ---
    reports = parser.add_argument_group(
        CliText.tr("reports (print or write, then exit without a window)")
    )
    reports.add_argument(
        "--stats",
        action="store_true",
        help=CliText.tr("print totals and the current and best streaks as JSON"),
    )
    reports.add_argument(
        "--export-csv",
        type=Path,
        metavar="FILE",
        help="write the sessions to FILE as CSV, and their exercises to FILE-exercises.csv",
    )
    reports.add_argument(
        "--export-exercises-csv",
        type=Path,
        metavar="FILE",
        help=CliText.tr("with --export-csv: write the exercises to FILE instead"),
    )
    paper_commands.add_arguments(parser)
    data_commands.add_arguments(parser)
    desktop_menu.add_arguments(parser)
    parser.add_argument(
        "--routine",
        type=Path,
        metavar="FILE",
        help=CliText.tr(
            "import the routine file FILE, choose it and open the player ready to start (a file "
            "that cannot be imported is reported with exit code 2)"
        ),
    )
    # Packaging checks: start, wait for the window to be on screen, quit (ui/shell/smoke_test.py).
    parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--background",
        action="store_true",
        help=CliText.tr(
            "start in the tray without showing the window (as at login); without a tray, the "
            "window shows"
        ),
    )
    return parser


def data_dir_problem(data_dir: Path) -> str | None:
    """What is wrong with the data folder asked for, as a sentence, or None: a file is not one."""
    try:
        if data_dir.exists() and not data_dir.is_dir():
            return CliText.tr(
                "{data_dir} is a file, not a folder: give a folder for the data (--data-dir)."
            ).format(data_dir=data_dir)
    except OSError as error:
        return CliText.tr("{data_dir} cannot be used as the data folder: {value}.").format(
            data_dir=data_dir, value=error.strerror or error
        )
    return None


def read_routine_argument(path: Path) -> RoutineFile:
    """The routine file given with --routine, read before anything touches the data folder."""
    from backcoach.core.catalogue import load_catalogue
    from backcoach.core.routine_file import read_routine_file

    return read_routine_file(path.expanduser(), load_catalogue())
