"""The command line's reports, run without the window: `--stats` as JSON and `--export-csv`.

Only the core is imported here (no Qt), so a script or a status bar gets its answer quickly.
"""

from __future__ import annotations

import json
import sys
from datetime import date, datetime
from pathlib import Path
from typing import TextIO

from backcoach.core.history import day_of, summarise
from backcoach.core.session import SessionRecord
from backcoach.core.settings import Settings
from backcoach.core.storage.export import ExportError, export_csv
from backcoach.core.storage.store import Store


def _read(data_dir: Path, err: TextIO) -> tuple[Settings, list[SessionRecord]]:
    # Store() rather than Store.open(): a report never creates a data folder that is not there.
    store = Store(data_dir)
    settings = store.load_settings()
    sessions = store.load_sessions()
    for problem in store.problems:
        print(f"backcoach: {problem}", file=err)
    return settings, sessions


def stats(data_dir: Path, today: date | None = None, err: TextIO | None = None) -> dict:
    settings, sessions = _read(data_dir, err or sys.stderr)
    day_start = settings.day_start_hour
    return summarise(
        sessions,
        today or day_of(datetime.now().astimezone(), day_start),
        day_start_hour=day_start,
        rest_days=settings.rest_dates,
        weekly_goal_days=settings.weekly_goal_days,
    ).to_json()


def print_stats(data_dir: Path, out: TextIO | None = None, err: TextIO | None = None) -> int:
    out = out or sys.stdout
    json.dump(stats(data_dir, err=err), out, indent=2)
    out.write("\n")
    return 0


def export(
    data_dir: Path,
    sessions_path: Path,
    exercises_path: Path | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    out, err = out or sys.stdout, err or sys.stderr
    settings, sessions = _read(data_dir, err)
    try:
        written = export_csv(sessions, sessions_path, exercises_path, settings.day_start_hour)
    except ExportError as error:
        print(f"backcoach: {error}", file=err)
        return 1
    print(
        f"Exported {len(sessions)} sessions to {written[0]} and their exercises to {written[1]}.",
        file=out,
    )
    return 0
