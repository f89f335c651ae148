"""The command line's reports, run without the window: `--stats` as JSON and `--export-csv`.

Only the core is imported here (no Qt), so a script or a status bar gets its answer quickly.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TextIO

from backcoach.cli.exit_status import FAILED, OK, REFUSED
from backcoach.core.clock import Clock
from backcoach.core.history import day_of, summarise
from backcoach.core.i18n import Context
from backcoach.core.session import SessionRecord
from backcoach.core.settings import Settings
from backcoach.core.storage.export import ExportError, export_csv
from backcoach.core.storage.store import Store
from backcoach.core.words import csv_exported, export_failed

CliText = Context("CliText")


def _read(data_dir: Path, clock: Clock, err: TextIO) -> tuple[Settings, list[SessionRecord]]:
    # A reader: a report never makes, repairs or changes a file, so it may run beside the window.
    store = Store.reader(data_dir, clock=clock)
    settings = store.load_settings()
    sessions = store.load_sessions()
    for problem in store.problems:
        print(CliText.tr("backcoach: {problem}").format(problem=problem), file=err)
    return settings, sessions


def stats(data_dir: Path, clock: Clock, err: TextIO | None = None) -> dict:
    """The totals and streaks up to the clock's today, as JSON."""
    settings, sessions = _read(data_dir, clock, err or sys.stderr)
    day_start = settings.day_start_hour
    return summarise(
        sessions,
        day_of(clock.now(), day_start),
        day_start_hour=day_start,
        rest_days=settings.rest_dates,
        weekly_goal_days=settings.weekly_goal_days,
    ).to_json()


def print_stats(
    data_dir: Path, clock: Clock, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    out = out or sys.stdout
    json.dump(stats(data_dir, clock, err=err), out, indent=2)
    out.write("\n")
    return OK


def export(
    data_dir: Path,
    clock: Clock,
    sessions_path: Path,
    exercises_path: Path | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    out, err = out or sys.stdout, err or sys.stderr
    settings, sessions = _read(data_dir, clock, err)
    try:
        written = export_csv(sessions, sessions_path, exercises_path, settings.day_start_hour)
    except ExportError as error:
        print(
            CliText.tr("backcoach: {export_failed}").format(export_failed=export_failed(error)),
            file=err,
        )
        return REFUSED if error.refused else FAILED
    print(csv_exported(len(sessions), *written), file=out)
    return OK
