"""Command-line data tools: --export-all and --import-all, run without starting the window.

Kept apart from app.py so that they never import PySide6: they work on a computer without a
display, over ssh, and in scripts.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from backcoach.core.clock import Clock


def add_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "--export-all",
        type=Path,
        metavar="FILE",
        help="write all settings, routines and sessions to FILE and exit",
    )
    group.add_argument(
        "--import-all",
        type=Path,
        metavar="FILE",
        help="merge a file made by --export-all (or File > Export all data) and exit",
    )


def run(args: argparse.Namespace, data_dir: Path, clock: Clock) -> int | None:
    """The exit status of a data command, or None when none was asked for."""
    if args.export_all is None and args.import_all is None:
        return None
    from backcoach.core.storage.archive import ExportSummary, ImportSummary, export_all, import_all
    from backcoach.core.storage.files import FileProblem
    from backcoach.core.storage.instance_lock import lock_path, running_holder
    from backcoach.core.storage.store import Store, StoreError, default_device_id
    from backcoach.core.words import export_failed, import_failed

    device = default_device_id()
    if args.import_all is not None:
        holder = running_holder(lock_path(data_dir, device))
        if holder is not None:
            print(
                f"BackCoach is running with {data_dir} (process {holder}). Quit it first, or use "
                "File > Import data in its window.",
                file=sys.stderr,
            )
            return 1
    store = Store.open(data_dir, device, clock)
    try:
        summary: ExportSummary | ImportSummary
        if args.export_all is not None:
            summary = export_all(store, args.export_all)
        else:
            summary = import_all(store, args.import_all)
    except (FileProblem, StoreError) as error:
        failed = export_failed if args.export_all is not None else import_failed
        print(f"backcoach: {failed(error)}", file=sys.stderr)
        return 1
    for problem in store.problems:
        print(f"backcoach: {problem}", file=sys.stderr)
    print(summary)
    return 0
