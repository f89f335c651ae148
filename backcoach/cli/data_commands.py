"""Command-line data tools: --export-all and --import-all, run without starting the window.

Kept apart from app.py so that they never import PySide6: they work on a computer without a
display, over ssh, and in scripts. --export-all only reads (beside a running window, too);
--import-all takes the single-instance lock, or hands the file to the window that holds it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from backcoach.cli.exit_status import FAILED, OK, REFUSED
from backcoach.core.clock import Clock
from backcoach.core.i18n import Context

CliText = Context("CliText")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "--export-all",
        type=Path,
        metavar="FILE",
        help=CliText.tr("write all settings, routines and sessions to FILE and exit"),
    )
    group.add_argument(
        "--import-all",
        type=Path,
        metavar="FILE",
        help=CliText.tr(
            "merge a file made by --export-all (or File > Export all "
            "data) and exit; while the window runs, the window imports it"
        ),
    )


def run(args: argparse.Namespace, data_dir: Path, clock: Clock) -> int | None:
    """The exit status of a data command, or None when none was asked for."""
    if args.export_all is not None:
        return _export(args.export_all, data_dir, clock)
    if args.import_all is not None:
        return _import(args.import_all, data_dir, clock)
    return None


def _export(path: Path, data_dir: Path, clock: Clock) -> int:
    from backcoach.core.storage.archive import export_all
    from backcoach.core.storage.files import FileProblem
    from backcoach.core.storage.store import Store
    from backcoach.core.words import export_failed

    store = Store.reader(data_dir, clock=clock)
    try:
        summary = export_all(store, path.expanduser())
    except FileProblem as error:
        print(
            CliText.tr("backcoach: {export_failed}").format(export_failed=export_failed(error)),
            file=sys.stderr,
        )
        return REFUSED if path.expanduser().is_dir() else FAILED
    _print_problems(store.problems)
    print(summary)
    return OK


def _import(path: Path, data_dir: Path, clock: Clock) -> int:
    from backcoach.core.data_words import running_instance_silent
    from backcoach.core.hand_over import Request, address, send
    from backcoach.core.storage.archive import import_all
    from backcoach.core.storage.device_id import device_for
    from backcoach.core.storage.files import PRIVATE_FOLDER_MODE, FileProblem, make_folders
    from backcoach.core.storage.instance_lock import InstanceLock
    from backcoach.core.storage.store import Store, StoreError
    from backcoach.core.words import import_failed, import_refused

    path = path.expanduser().absolute()
    device = device_for(data_dir)
    lock = InstanceLock(data_dir, device)
    try:
        make_folders(data_dir, PRIVATE_FOLDER_MODE)
        locked = lock.acquire()
    except OSError:
        locked = True  # a folder that cannot hold a lock cannot be written either: said below
    if not locked and lock.holder_device() not in (None, "", device):
        print(CliText.tr("backcoach: {refusal}").format(refusal=lock.refusal()), file=sys.stderr)
        return FAILED
    if not locked:
        where = address(data_dir, device)
        reply = send(where, Request("import-all", str(path))) if where else None
        if reply is None:
            print(
                CliText.tr("backcoach: {running_instance_silent}").format(
                    running_instance_silent=running_instance_silent(data_dir, lock.holder())
                ),
                file=sys.stderr,
            )
            return FAILED
        print(reply.message, file=sys.stdout if reply.status == "done" else sys.stderr)
        return reply.exit_status
    try:
        store = Store.open(data_dir, device, clock)
        store.remove_stray_temporaries(lock)
        try:
            summary = import_all(store, path)
        except FileProblem as error:
            print(
                CliText.tr("backcoach: {import_refused}").format(
                    import_refused=import_refused(error)
                ),
                file=sys.stderr,
            )
            return REFUSED
        except StoreError as error:
            print(
                CliText.tr("backcoach: {import_failed}").format(import_failed=import_failed(error)),
                file=sys.stderr,
            )
            return FAILED
        _print_problems(store.problems)
        print(summary)
        return OK
    finally:
        lock.release()


def _print_problems(problems: list[str]) -> None:
    for problem in problems:
        print(CliText.tr("backcoach: {problem}").format(problem=problem), file=sys.stderr)
