"""What is read from a file or typed is held to one rule for characters (core/text_rules.py) and
one range of years (core/input_limits.py): refused with a sentence, never a crash (issue 16,
items 6, 7 and 11)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from backcoach.app import main
from backcoach.core.catalogue import load_catalogue
from backcoach.core.library_document import library_from_store_data
from backcoach.core.routine import load_builtin_routines
from backcoach.core.session import RecordError, SessionRecord, note_problem
from backcoach.core.settings import Settings, parse_rest_days
from backcoach.core.storage.store import Store, StoreError
from backcoach.core.text_rules import holds_non_text, text_problem
from tests.factories import make_record

HOSTILE = {
    "a right-to-left override": "Hold 5 s\u202e003 dloh",
    "a left-to-right embedding": "a\u202ab",
    "an isolate": "a\u2066b\u2069",
    "a C1 control": "a\x9bb",
    "a C0 control": "a\x07b",
    "a lone surrogate": "note \ud83d",
    "DEL": "a\x7fb",
}
FINE = ["Bridge", "Knee to chest: 5 s × 3", "Étirement du dos", "שלום\u200f", "日本語", "😀 done"]


@pytest.mark.parametrize("kind", HOSTILE)
def test_the_one_rule_refuses_what_is_not_text(kind: str):
    assert holds_non_text(HOSTILE[kind])
    assert "not text" in text_problem("The name", HOSTILE[kind])


@pytest.mark.parametrize("text", FINE)
def test_ordinary_text_of_any_language_is_text(text: str):
    assert not holds_non_text(text, single_line=True)
    assert not holds_non_text(text + "\nsecond line\tand a tab\r\n")


def test_a_name_is_one_line():
    assert holds_non_text("two\nlines", single_line=True)
    assert holds_non_text("line\u2028separator", single_line=True)


@pytest.mark.parametrize("kind", HOSTILE)
def test_a_note_that_is_not_text_is_refused_where_it_is_typed(kind: str):
    assert note_problem(HOSTILE[kind])
    with pytest.raises(RecordError, match="not text"):
        make_record(1).updated(note=HOSTILE[kind])


@pytest.mark.parametrize("field", ["note", "routine_name", "id"])
def test_a_session_holding_what_is_not_text_is_refused_where_it_is_read(field: str):
    raw = make_record(1).to_json()
    raw[field] = "x\u202ey"
    with pytest.raises(RecordError):
        SessionRecord.from_json(raw)
    raw = make_record(1).to_json()
    raw["exercises"][0]["name"] = "Bridge\x9b"
    with pytest.raises(RecordError):
        SessionRecord.from_json(raw)


def test_a_lone_surrogate_in_a_note_never_stops_a_save(store: Store):
    # As some editors and sync clients write: a "\ud83d" escape, half of an emoji.
    store.log_session(make_record(1))
    month = store.folder / "sessions" / "test-device" / "2026-01.json"
    data = json.loads(month.read_text())
    data["sessions"][0]["note"] = "good \ud83d"
    month.write_text(json.dumps(data))  # ensure_ascii: the escape, as such a tool writes it
    reopened = Store.open(store.folder, device="test-device")
    assert reopened.load_sessions() == [], "refused where it is read..."
    assert "could not be read" in reopened.problems[0]
    reopened.log_session(make_record(2))  # ...and the month still takes new sessions
    kept = json.loads(month.read_text())["sessions"]
    assert kept[0]["note"] == "good \ud83d", "the refused record is kept exactly as it was"
    assert [r.id for r in Store.open(store.folder).load_sessions()] == [make_record(2).id]


def test_a_write_raises_nothing_but_the_stores_error(store: Store):
    with pytest.raises(StoreError):
        store.save_user_data({"routines": [], "exercises": [], "odd": float("nan")})
    with pytest.raises(StoreError):
        store.save_user_data({"routines": [], "exercises": [], "odd": {1, 2}})


def _routines_file(name: str = "Mine", description: str = "", exercise_name: str = "Mine"):
    exercise = {
        "id": "mine",
        "name": exercise_name,
        "instructions": "Do it.",
        "positions": [{"id": "p1", "name": "Start", "pose": "lying_on_back", "cue": "Lie"}],
        "hold_seconds": 5,
        "reps": 2,
        "rest_seconds": 2,
        "per_side": False,
    }
    routine = {"id": "r", "name": name, "description": description, "exercises": []}
    return {"schema": 1, "routines": [routine], "exercises": [exercise]}


@pytest.mark.parametrize(
    "fields",
    [{"name": "A\u202eB"}, {"description": "x\x85y"}, {"exercise_name": "Bad\u2066name"}],
)
def test_routines_and_exercises_holding_what_is_not_text_are_kept_but_not_shown(fields):
    guide = load_catalogue()
    library, problems = library_from_store_data(
        guide, load_builtin_routines(guide), _routines_file(**fields)
    )
    assert problems and "could not be read" in problems[0]
    assert "not text" in problems[0]
    assert library.kept_routines or library.kept_exercises


# --- years -------------------------------------------------------------------------------------


@pytest.mark.parametrize("started", ["0999-06-01T10:00:00+00:00", "9999-12-31T23:00:00-05:00"])
def test_a_session_in_an_absurd_year_is_refused_where_it_is_read(started: str):
    raw = make_record(1).to_json()
    raw["started"] = started
    with pytest.raises(RecordError, match="year"):
        SessionRecord.from_json(raw)


def test_stats_and_the_history_go_on_past_a_session_in_year_9999(store: Store, clock, capsys):
    store.log_session(make_record(1))
    month = store.folder / "sessions" / "test-device" / "2026-01.json"
    data = json.loads(month.read_text())
    odd = dict(data["sessions"][0], id="odd", started="9999-12-31T23:00:00-05:00")
    odd["ended"] = "9999-12-31T23:30:00-05:00"
    data["sessions"].append(odd)
    month.write_text(json.dumps(data))
    assert [r.id for r in Store.open(store.folder).load_sessions()] == [make_record(1).id]
    assert main(["--data-dir", str(store.folder), "--stats"], clock=clock) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["totals"]["sessions"] == 1
    assert "1 session in" in captured.err


def test_a_session_dated_by_a_wrong_clock_is_refused_with_a_message(store: Store):
    wrong = make_record(started=datetime(2301, 1, 1, 9, tzinfo=UTC))
    with pytest.raises(StoreError, match="check the computer's clock") as refused:
        store.log_session(wrong)
    assert not refused.value.retryable
    assert not (store.folder / "sessions" / "test-device").exists()


def test_a_session_entered_by_hand_is_in_a_year_the_app_keeps(clock):
    with pytest.raises(RecordError, match="year 1800"):
        SessionRecord.entered_by_hand(
            "quick_break", "Quick break", datetime(1800, 1, 1, 9), 10, clock.now()
        )


@pytest.mark.parametrize("value", ["9999-12-31T23:59:00-05:00", "0001-01-01T00:00:00+00:00"])
def test_a_snooze_time_outside_the_years_is_not_used(value: str):
    settings, problems = Settings.from_json({"reminders_snoozed_until": value})
    assert settings.reminders_snoozed_until == "" and problems


def test_the_app_starts_past_a_snooze_near_year_9999(store: Store, clock):
    from backcoach.core.schedule import ReminderPlan, next_reminder

    (store.folder / "settings.json").write_text(
        json.dumps(
            {
                "schema": 1,
                "settings": {
                    "reminders": True,
                    "reminders_snoozed_until": "9999-12-31T23:59:59-12:00",
                },
            }
        )
    )
    settings = Store.open(store.folder).load_settings()
    plan = ReminderPlan.from_settings(settings)
    assert next_reminder(plan, clock.now(), [], None, clock.now().tzinfo) is not None


def test_rest_days_outside_the_years_are_skipped():
    assert parse_rest_days(["2026-03-02", "9999-12-31", "0001-01-01", {"a": 1}]) == {
        datetime(2026, 3, 2).date()
    }


def test_an_archive_session_in_year_999_is_counted_unreadable(store: Store, tmp_path: Path):
    from backcoach.core.storage.archive import import_all

    record = make_record(1).to_json()
    odd = dict(record, id="odd", started="0999-06-01T10:00:00+00:00")
    archive = {"format": "backcoach-archive", "schema": 1, "sessions": [record, odd]}
    path = tmp_path / "a.json"
    path.write_text(json.dumps(archive))
    summary = import_all(store, path)
    assert (summary.sessions_added, summary.sessions_unreadable) == (1, 1)
    assert not list(store.folder.rglob("999-*.json")) and not list(store.folder.rglob("0999*"))
