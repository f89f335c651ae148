"""Huge and hostile input: refused with a clear message, and never a crash or a hang."""

from __future__ import annotations

import json
import os
from datetime import timedelta
from pathlib import Path

import pytest

from backcoach.core.storage.files import (
    MAX_DEPTH,
    MAX_FILE_BYTES,
    FileProblem,
    parse_json,
    read_json,
)
from backcoach.core.storage.store import Store
from tests.factories import FIRST, make_record


def test_a_file_over_the_size_bound_is_refused_without_reading_it(tmp_path: Path):
    path = tmp_path / "huge.json"
    with path.open("wb") as handle:  # sparse: costs no disk
        handle.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(FileProblem, match=r"huge.json is [\d.]+ MB, more than the 64 MB"):
        read_json(path)


@pytest.mark.parametrize("brackets", ["[", '{"a":'])
def test_deep_nesting_is_refused(brackets: str):
    text = brackets * 100_000
    with pytest.raises(FileProblem, match="nested too deeply"):
        parse_json(text.encode(), "deep.json")


def test_nesting_up_to_the_bound_is_fine_and_brackets_in_strings_do_not_count():
    assert parse_json(b"[" * MAX_DEPTH + b"]" * MAX_DEPTH, "ok.json") is not None
    assert parse_json(json.dumps({"note": "[[[[" * 100}).encode(), "ok.json")


@pytest.mark.parametrize(
    "text",
    ["1" * 5000, "-" + "9" * 30, "1e400", "-1e999", "NaN", "Infinity", "1." + "0" * 100_000],
)
def test_huge_numbers_are_refused(text: str):
    with pytest.raises(FileProblem, match="not valid JSON|too large"):
        parse_json(f'{{"schema": 1, "volume": {text}}}'.encode(), "numbers.json")


def test_ordinary_numbers_are_fine():
    assert parse_json(b'{"a": 12345678901234, "b": -0.5, "c": 1e10}', "n.json") == {
        "a": 12345678901234,
        "b": -0.5,
        "c": 1e10,
    }


def test_a_hostile_sessions_file_is_set_aside_and_the_rest_loads(data_dir: Path):
    store = Store.open(data_dir, device="dev")
    store.log_session(make_record(1))
    hostile = data_dir / "sessions" / "dev" / "2026-02.json"
    hostile.write_text('{"schema": 1, "sessions": [' + "[" * 50_000)
    store = Store.open(data_dir, device="dev")
    assert [r.id for r in store.load_sessions()] == [make_record(1).id]
    assert "nested too deeply" in store.problems[0]
    assert len(list(hostile.parent.glob("2026-02.json.broken-*"))) == 1
    assert json.loads(hostile.read_text())["sessions"] == [], "rebuilt (empty) in its place"


def test_a_hundred_thousand_sessions_load(data_dir: Path):
    # Ten years of ten sessions a day, written the way the store writes them.
    template = make_record(0, exercises=1).to_json()
    months: dict[str, list] = {}
    for number in range(100_000):
        started = FIRST + timedelta(minutes=53 * number)
        raw = dict(template, id=f"s{number:06d}", started=started.isoformat(timespec="seconds"))
        raw["ended"] = (started + timedelta(minutes=12)).isoformat(timespec="seconds")
        months.setdefault(f"{started:%Y-%m}", []).append(raw)
    folder = data_dir / "sessions" / "dev"
    os.makedirs(folder)
    for month, sessions in months.items():
        text = json.dumps({"schema": 1, "device": "dev", "sessions": sessions}, indent=1)
        (folder / f"{month}.json").write_text(text)
    store = Store.open(data_dir, device="dev")
    sessions = store.load_sessions()
    assert len(sessions) == 100_000
    assert store.problems == []
    assert sessions[0].id == "s000000" and sessions[-1].id == "s099999"
