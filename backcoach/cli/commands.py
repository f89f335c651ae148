"""The commands that run without the window: reports, exports and imports, chosen by argument.

Only the core is imported (no Qt): they work without a display, over ssh and in scripts.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from backcoach.cli import data_commands, desktop_menu
from backcoach.core.clock import Clock
from backcoach.core.i18n import Context

CliText = Context("CliText")


def run_command(
    parser: argparse.ArgumentParser, args: argparse.Namespace, data_dir: Path, clock: Clock
) -> int | None:
    """The exit status of the command the arguments ask for, or None when they ask for the
    window. clock: the app's one clock (see app.main)."""
    status = data_commands.run(args, data_dir, clock)
    if status is None:
        status = desktop_menu.run(args)
    if status is not None:
        return status

    if args.export_exercises_csv and not args.export_csv:
        parser.error(CliText.tr("--export-exercises-csv needs --export-csv FILE for the sessions"))
    if args.stats or args.export_csv:
        from backcoach.cli import reports

        status = 0
        if args.export_csv:
            status = reports.export(data_dir, clock, args.export_csv, args.export_exercises_csv)
        if args.stats and status == 0:
            status = reports.print_stats(data_dir, clock)
        return status
    return None
