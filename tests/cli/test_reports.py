"""`backcoach --stats` and `--export-csv` (without Qt), the CSV export, and the demo generator."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

import pytest

from backcoach.app import main
from backcoach.core.history import day_of, summarise
from backcoach.core.session import SessionRecord
from backcoach.core.settings import parse_rest_days
from backcoach.core.storage.export import SESSION_COLUMNS, exercises_csv, guard_cell, sessions_csv
from backcoach.core.storage.store import Store
from backcoach.tools.demo import generate
from tests.factories import make_exercise_record, make_record


@pytest.fixture
def demo_store(store: Store, clock) -> Store:
    """A quarter of a year of demo sessions, up to the fake clock's today."""
    generate(store, years=0.25, today=clock.now().date(), seed=3)
    return store


def test_the_demo_history_looks_like_a_person(store):
    today = date(2026, 3, 2)
    count, rest_days = generate(store, years=1, today=today, seed=11)
    sessions = store.load_sessions()
    assert count == len(sessions) > 200
    days = {day_of(r.started, 3) for r in sessions}
    assert max(days) == today
    assert 200 < len(days) < 340  # gaps
    assert rest_days and not (
        set(rest_days) - set(parse_rest_days(d.isoformat() for d in rest_days))
    )
    rated = [r for r in sessions if r.pain_before is not None]
    first, last = rated[: len(rated) // 6], rated[-len(rated) // 6 :]
    mean = lambda rs: sum(r.pain_before for r in rs) / len(rs)  # noqa: E731
    assert mean(first) > mean(last) + 2  # pain improves
    assert all(r.pain_after <= r.pain_before for r in rated)
    assert any(not r.completed for r in sessions) and any(r.note for r in sessions)
    assert any(r.source == "manual" for r in sessions)


def test_stats_prints_the_summary_as_json(demo_store, clock, capsys):
    assert main(["--data-dir", str(demo_store.folder), "--stats"], clock=clock) == 0
    printed = json.loads(capsys.readouterr().out)
    sessions = demo_store.load_sessions()
    settings = demo_store.load_settings()
    expected = summarise(
        sessions,
        day_of(clock.now(), settings.day_start_hour),
        day_start_hour=settings.day_start_hour,
        rest_days=parse_rest_days(settings.rest_days),
    ).to_json()
    assert printed == expected
    assert printed["totals"]["sessions"] == len(sessions) > 0
    assert printed["current_streak"]["days"] > 0


def test_export_csv_equals_the_store(demo_store, tmp_path, capsys):
    target = tmp_path / "sessions.csv"
    assert main(["--data-dir", str(demo_store.folder), "--export-csv", str(target)]) == 0
    assert "Exported" in capsys.readouterr().out
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    stored = demo_store.load_sessions()
    assert len(rows) == len(stored)
    for row, record in zip(rows, stored, strict=True):
        assert row["id"] == record.id
        assert datetime.fromisoformat(row["started"]) == record.started
        assert float(row["active_minutes"]) == pytest.approx(record.active_seconds / 60, abs=0.01)
        assert row["completed"] == ("yes" if record.completed else "no")
        assert row["note"] == record.note
        assert int(row["exercises"]) == len(record.exercises)
    exercise_rows = list(
        csv.DictReader(
            io.StringIO((tmp_path / "sessions-exercises.csv").read_text(encoding="utf-8"))
        )
    )
    assert len(exercise_rows) == sum(len(r.exercises) for r in stored)
    first = stored[0].exercises[0] if stored[0].exercises else None
    if first is not None:
        assert exercise_rows[0]["exercise"] == first.exercise_id
        assert int(exercise_rows[0]["holds_done"]) == first.holds_done


def test_export_exercises_to_a_file_of_its_own(demo_store, tmp_path):
    sessions_file, exercises_file = tmp_path / "a.csv", tmp_path / "b.csv"
    assert (
        main(
            [
                "--data-dir",
                str(demo_store.folder),
                "--export-csv",
                str(sessions_file),
                "--export-exercises-csv",
                str(exercises_file),
            ]
        )
        == 0
    )
    assert exercises_file.read_text().startswith('"session_id",')


def test_export_to_a_folder_is_refused_clearly(demo_store, tmp_path, capsys):
    # A refused input: exit status 2, as for every input refused (cli/exit_status.py).
    assert main(["--data-dir", str(demo_store.folder), "--export-csv", str(tmp_path)]) == 2
    assert "is a folder" in capsys.readouterr().err


def test_exercises_file_alone_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--export-exercises-csv", "x.csv"])
    assert exit_info.value.code == 2


def test_reports_run_without_qt_and_never_create_the_data_folder(tmp_path):
    missing = tmp_path / "nothing-here"
    script = (
        "import sys; from backcoach.app import main; "
        f"code = main(['--data-dir', {str(missing)!r}, '--stats']); "
        "assert not any(m.startswith(('PySide6', 'pyqtgraph')) for m in sys.modules), 'Qt'; "
        "sys.exit(code)"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["totals"]["sessions"] == 0
    assert not missing.exists()


def test_formula_like_text_is_guarded_in_the_csv():
    assert guard_cell('=HYPERLINK("x")') == '\'=HYPERLINK("x")'
    assert guard_cell("-ish day") == "'-ish day"
    assert guard_cell("fine") == "fine"
    started = datetime(2024, 5, 6, 8, 0, tzinfo=timezone(timedelta(hours=2)))
    record = make_record(
        started=started,
        minutes=4,
        paused=1,
        completed=False,
        pain=(None, None),
        id="s1",
        routine_name='R, with "quotes"',
        note="=1+1\nsecond line",
    ).updated(exercises=(make_exercise_record("bridge", holds_done=8, active_seconds=60.0),))
    (row,) = csv.DictReader(io.StringIO(sessions_csv([record])))
    assert row["note"] == "'=1+1\nsecond line"
    assert row["routine_name"] == 'R, with "quotes"'
    assert row["day"] == "2024-05-06" and row["active_minutes"] == "4.00"
    assert row["pain_before"] == "" and row["completed"] == "no"
    (exercise,) = csv.DictReader(io.StringIO(exercises_csv([record])))
    assert exercise["session_id"] == "s1" and exercise["reps_done"] == "4"


@pytest.mark.parametrize("field", ["id", "source", "routine", "routine_name", "note"])
def test_every_text_cell_is_guarded(field: str):
    # Issue 16, item 12: the id, source and session_id columns were written as they were.
    raw = make_record(1).to_json()
    raw[field] = "=2+3"
    record = SessionRecord.from_json(raw)
    rows = [*csv.reader(io.StringIO(sessions_csv([record])))]
    assert "=2+3" not in [cell for row in rows for cell in row]
    assert "'=2+3" in rows[1]
    if field in ("id", "routine"):
        (exercise,) = csv.DictReader(io.StringIO(exercises_csv([record])))
        assert exercise["session_id" if field == "id" else "routine"] == "'=2+3"


@pytest.mark.parametrize("line_break", ["\r", "\n", "\r\n", "\u2028", "\x0b", "\x85"])
def test_a_line_break_of_any_kind_stays_inside_its_cell(line_break: str):
    # (Not through updated(), which refuses some of these in a note: the export must hold
    # whatever a record holds.)
    record = replace(make_record(1), note="first" + line_break + "=2+3")
    text = sessions_csv([record])
    rows = [*csv.reader(io.StringIO(text, newline=""))]
    assert len(rows) == 2, "the header and one session: nothing spills into a row of its own"
    assert rows[1][SESSION_COLUMNS.index("note")] == "first" + line_break + "=2+3"
    # The cell is quoted, so a spreadsheet that splits rows at that character still reads the
    # rest as the same cell; and what follows the break is never a cell of its own.
    assert f'"first{line_break}=2+3"' in text
    assert text.count('"=2+3') == 0 and text.count(",=2+3") == 0
