"""CSV exports of the history: one row per session, and one row per exercise of each session.

Every text cell that a spreadsheet would run as a formula (starting with = + - @, a tab or a line
break) gets a leading apostrophe, the usual guard against formula injection through a note, a
name or an id; and every cell is quoted, so a line break of any kind (a lone carriage return, a
line separator) stays inside its cell instead of starting a row a spreadsheet then reads as a
formula. Numbers are written with a dot, so scripts can read them back.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from pathlib import Path

from backcoach.core.history import session_day
from backcoach.core.session import SessionRecord
from backcoach.core.storage.files import write_text_atomic
from backcoach.core.words import cannot_write, csv_needs_two_files, export_path_is_a_folder

SESSION_COLUMNS = (
    "id",
    "day",
    "started",
    "ended",
    "routine",
    "routine_name",
    "duration_minutes",
    "active_minutes",
    "completed",
    "pain_before",
    "pain_after",
    "note",
    "source",
    "exercises",
)

EXERCISE_COLUMNS = (
    "session_id",
    "day",
    "started",
    "routine",
    "exercise",
    "name",
    "holds_planned",
    "holds_done",
    "reps_planned",
    "reps_done",
    "hold_seconds",
    "active_seconds",
)

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")


class ExportError(Exception):
    """An export that could not be written; the message says why, for a person.

    refused: the paths asked for cannot be used (a folder, the same file twice), as opposed to a
    write the system refused."""

    def __init__(self, message: str, refused: bool = False) -> None:
        super().__init__(message)
        self.refused = refused


def guard_cell(text: str) -> str:
    """The text, made safe to open in a spreadsheet."""
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


class _Rows:
    """A CSV writer that guards every text cell and quotes every cell."""

    def __init__(self, header: Sequence[str]) -> None:
        self.out = io.StringIO()
        self.writer = csv.writer(self.out, lineterminator="\n", quoting=csv.QUOTE_ALL)
        self.writer.writerow(header)

    def add(self, *cells: object) -> None:
        self.writer.writerow(guard_cell(c) if isinstance(c, str) else c for c in cells)

    def text(self) -> str:
        return self.out.getvalue()


def _minutes(seconds: float) -> str:
    return f"{seconds / 60:.2f}"


def _rating(value: int | None) -> str:
    return "" if value is None else str(value)


def sessions_csv(sessions: Iterable[SessionRecord], day_start_hour: int = 0) -> str:
    rows = _Rows(SESSION_COLUMNS)
    for record in sessions:
        rows.add(
            record.id,
            session_day(record, day_start_hour).isoformat(),
            record.started.isoformat(timespec="seconds"),
            record.ended.isoformat(timespec="seconds"),
            record.routine_id,
            record.routine_name,
            _minutes(record.duration_seconds),
            _minutes(record.active_seconds),
            "yes" if record.completed else "no",
            _rating(record.pain_before),
            _rating(record.pain_after),
            record.note,
            record.source,
            len(record.exercises),
        )
    return rows.text()


def exercises_csv(sessions: Iterable[SessionRecord], day_start_hour: int = 0) -> str:
    rows = _Rows(EXERCISE_COLUMNS)
    for record in sessions:
        day = session_day(record, day_start_hour).isoformat()
        started = record.started.isoformat(timespec="seconds")
        for exercise in record.exercises:
            rows.add(
                record.id,
                day,
                started,
                record.routine_id,
                exercise.exercise_id,
                exercise.name,
                exercise.holds_planned,
                exercise.holds_done,
                exercise.reps_planned,
                exercise.reps_done,
                exercise.hold_seconds,
                f"{exercise.active_seconds:.1f}",
            )
    return rows.text()


def exercises_path_for(sessions_path: Path) -> Path:
    """Where the exercises go when only the sessions file is named: beside it, "-exercises"."""
    suffix = sessions_path.suffix or ".csv"
    return sessions_path.with_name(f"{sessions_path.stem}-exercises{suffix}")


def export_csv(
    sessions: Sequence[SessionRecord],
    sessions_path: Path,
    exercises_path: Path | None = None,
    day_start_hour: int = 0,
) -> tuple[Path, Path]:
    """Write both CSV files; raises ExportError with a message a person can act on."""
    exercises_path = exercises_path or exercises_path_for(sessions_path)
    if sessions_path.resolve() == exercises_path.resolve():
        raise ExportError(csv_needs_two_files(), refused=True)
    for path, text in (
        (sessions_path, sessions_csv(sessions, day_start_hour)),
        (exercises_path, exercises_csv(sessions, day_start_hour)),
    ):
        if path.is_dir():
            raise ExportError(export_path_is_a_folder(path), refused=True)
        try:
            write_text_atomic(path, text)
        except OSError as error:
            raise ExportError(cannot_write(path, error)) from error
    return sessions_path, exercises_path
