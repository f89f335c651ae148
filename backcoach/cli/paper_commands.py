"""`--handout ROUTINE FILE` and `--report FILE [--from DATE] [--to DATE]`: the routine handout
and the progress report as PDF, without the window.

The arguments and the data are checked here, without Qt, before anything is drawn: an unknown
routine, a date that is not one, a period that runs backwards or holds no session, or a target
inside the data folder is refused (exit 2); a target that cannot be written fails (exit 1). The
data folder is only read. The drawing itself is handed in by the composition root (app.py), since
the command line does not import Qt.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from backcoach.cli.exit_status import FAILED, OK, REFUSED
from backcoach.core.i18n import Context

CliText = Context("CliText")

if TYPE_CHECKING:
    from backcoach.core.clock import Clock
    from backcoach.core.handout import Handout
    from backcoach.core.report import ProgressReport

    # What draws a document to a file: (the file, the document, today) -> pages; raises OSError.
    HandoutWriter = Callable[[Path, Handout, date], int]
    ReportWriter = Callable[[Path, ProgressReport, date], int]

# The documents' modules (handout, report, paper data) are imported by the commands that use
# them: every start of the window reads this module for its arguments, and they cost it ~70 ms.


def add_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group(CliText.tr("paper (write a PDF, then exit without a window)"))
    group.add_argument(
        "--handout",
        nargs=2,
        metavar=("ROUTINE", "FILE"),
        help=CliText.tr(
            "write the routine ROUTINE (its id or name) as a printable handout to FILE (PDF)"
        ),
    )
    group.add_argument(
        "--report",
        type=Path,
        metavar="FILE",
        help=CliText.tr(
            "write a progress report for your physiotherapist to FILE "
            "(PDF): the last 4 weeks unless --from and --to say otherwise"
        ),
    )
    group.add_argument(
        "--from",
        dest="report_from",
        metavar="DATE",
        help=CliText.tr("report from DATE (YYYY-MM-DD)"),
    )
    group.add_argument(
        "--to", dest="report_to", metavar="DATE", help=CliText.tr("report up to DATE (YYYY-MM-DD)")
    )


def wanted(args: argparse.Namespace) -> bool:
    return bool(args.handout or args.report or args.report_from or args.report_to)


def make_handout(
    args: argparse.Namespace,
    data_dir: Path,
    clock: Clock,
    write: HandoutWriter,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    from backcoach.core.handout import handout
    from backcoach.core.paper_data import read_paper_data
    from backcoach.core.pose.library import load_pose_library

    out, err = out or sys.stdout, err or sys.stderr
    routine_name, file_name = args.handout
    target = Path(file_name).expanduser()
    problem = _target_problem(target, data_dir)
    if problem:
        return _refuse(problem, err)
    data = read_paper_data(data_dir, clock, sessions=False)
    routine = data.find_routine(routine_name)
    if routine is None:
        names = ", ".join(data.routine_names())
        return _refuse(
            CliText.tr("There is no routine called {routine_name!r}. Routines: {names}.").format(
                routine_name=routine_name, names=names
            ),
            err,
        )
    content = handout(routine, data.library.catalogue, load_pose_library())
    return _write(lambda: write(target, content, clock.now().date()), target, out, err)


def make_report(
    args: argparse.Namespace,
    data_dir: Path,
    clock: Clock,
    write: ReportWriter,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    from backcoach.core.history import day_of
    from backcoach.core.paper_data import read_paper_data
    from backcoach.core.report import ReportError, default_period, progress_report

    out, err = out or sys.stdout, err or sys.stderr
    if args.report is None:
        return _refuse(CliText.tr("--from and --to go with --report FILE."), err)
    target = args.report.expanduser()
    problem = _target_problem(target, data_dir)
    if problem:
        return _refuse(problem, err)
    data = read_paper_data(data_dir, clock)
    for message in data.problems:
        print(CliText.tr("backcoach: {message}").format(message=message), file=err)
    settings = data.settings
    today = day_of(clock.now(), settings.day_start_hour)
    first, last = default_period(today)
    try:
        first = _date(args.report_from, "--from") if args.report_from else first
        last = _date(args.report_to, "--to") if args.report_to else last
        report = progress_report(
            data.sessions,
            data.library,
            first,
            last,
            today,
            day_start_hour=settings.day_start_hour,
            rest_days=settings.rest_dates,
            weekly_goal_days=settings.weekly_goal_days,
        )
    except ReportError as error:
        return _refuse(str(error), err)
    return _write(lambda: write(target, report, today), target, out, err)


def _date(text: str, option: str) -> date:
    from backcoach.core.report import ReportError

    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ReportError(
            CliText.tr("{option} {text!r} is not a date: write it as YYYY-MM-DD.").format(
                option=option, text=text
            )
        ) from None


def _target_problem(target: Path, data_dir: Path) -> str | None:
    from backcoach.core.paper_data import inside_folder

    if target.is_dir():
        return CliText.tr("{target} is a folder: give a file name for the PDF.").format(
            target=target
        )
    if inside_folder(target, data_dir):
        return CliText.tr(
            "{target} is inside the data folder ({data_dir}): save the PDF somewhere else."
        ).format(target=target, data_dir=data_dir)
    return None


def _refuse(message: str, err: TextIO) -> int:
    print(CliText.tr("backcoach: {message}").format(message=message), file=err)
    return REFUSED


def _write(draw: Callable[[], int], target: Path, out: TextIO, err: TextIO) -> int:
    try:
        pages = draw()
    except OSError as error:
        print(
            CliText.tr("backcoach: {target} could not be written: {value}.").format(
                target=target, value=error.strerror or error
            ),
            file=err,
        )
        return FAILED
    print(
        CliText.tr("Wrote {target} (%n page(s)).", "", pages).format(target=target),
        file=out,
    )
    return OK
