"""The composition root: parse the command line, open the store, build the window."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from backcoach import APP_NAME, __version__
from backcoach.cli import data_commands
from backcoach.core.clock import Clock, SystemClock

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
        description="A desktop coach for back-pain relief exercises.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help=f"keep settings and history in DIR (default: ${DATA_DIR_VARIABLE} or the user data "
        "folder)",
    )
    # --- reports without the window (backcoach.cli.reports) ---
    reports = parser.add_argument_group("reports (print or write, then exit without a window)")
    reports.add_argument(
        "--stats", action="store_true", help="print totals and the current and best streaks as JSON"
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
        help="with --export-csv: write the exercises to FILE instead",
    )
    data_commands.add_arguments(parser)
    parser.add_argument(
        "--routine",
        type=Path,
        metavar="FILE",
        help="import the routine file FILE, choose it and open the player ready to start "
        "(a file that cannot be imported is reported with exit code 2)",
    )
    # Packaging checks: start, wait for the window to be on screen, quit (ui/shell/smoke_test.py).
    parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--background",
        action="store_true",
        help="start in the tray without showing the window (as at login); without a tray, "
        "the window shows",
    )
    return parser


def read_routine_argument(path: Path) -> RoutineFile:
    """The routine file given with --routine, read before anything touches the data folder."""
    from backcoach.core.catalogue import load_catalogue
    from backcoach.core.routine_file import read_routine_file

    return read_routine_file(path.expanduser(), load_catalogue())


def main(argv: Sequence[str] | None = None, clock: Clock | None = None) -> int:
    """Run the command line or the app. clock: the one clock everything gets (the system's,
    unless a caller passes another)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    clock = clock or SystemClock()
    data_dir = (args.data_dir or default_data_dir()).expanduser()
    status = data_commands.run(args, data_dir, clock)
    if status is not None:
        return status

    if args.export_exercises_csv and not args.export_csv:
        parser.error("--export-exercises-csv needs --export-csv FILE for the sessions")
    if args.stats or args.export_csv:
        from backcoach.cli import reports

        status = 0
        if args.export_csv:
            status = reports.export(data_dir, clock, args.export_csv, args.export_exercises_csv)
        if args.stats and status == 0:
            status = reports.print_stats(data_dir, clock)
        return status

    routine_file = None
    if args.routine is not None:
        from backcoach.core.routine_file import RoutineFileError

        try:
            routine_file = read_routine_argument(args.routine)
        except RoutineFileError as error:
            print(f"backcoach: {error}", file=sys.stderr)
            return 2

    if args.smoke_test:
        from backcoach.ui.shell.smoke_test import run_smoke_test

        return run_smoke_test(data_dir, sys.argv[:1], clock)

    from backcoach.ui.shell.application import run_gui

    return run_gui(
        data_dir,
        sys.argv[:1],
        clock,
        routine_file=routine_file,
        background=args.background,
        data_dir_given=args.data_dir is not None,
    )


if __name__ == "__main__":
    sys.exit(main())
