"""A newer version's files are read-only; older ones are migrated after a backup, idempotently."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from backcoach.core.clock import FakeClock
from backcoach.core.storage.migrations import SCHEMA_VERSION, SESSIONS, migrate
from backcoach.core.storage.store import Store, StoreError
from tests.factories import make_record

NOW = datetime(2026, 3, 2, 8, 0)


def _store(data_dir: Path) -> Store:
    return Store.open(data_dir, device="dev", clock=FakeClock(NOW))


def _v0_month(data_dir: Path) -> Path:
    """A synthetic schema-0 file: sessions from before "source" was recorded."""
    sessions = []
    for number in (1, 2):
        raw = make_record(number).to_json()
        del raw["source"]
        sessions.append(raw)
    path = data_dir / "sessions" / "dev" / "2026-01.json"
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"schema": 0, "device": "dev", "sessions": sessions}))
    return path


def test_an_older_file_is_migrated_after_a_backup(data_dir: Path):
    path = _v0_month(data_dir)
    original = path.read_bytes()
    store = _store(data_dir)
    sessions = store.load_sessions()
    assert [s.source for s in sessions] == ["app", "app"]
    assert store.problems == []
    migrated = json.loads(path.read_text())
    assert migrated["schema"] == SCHEMA_VERSION
    assert all(s["source"] == "app" for s in migrated["sessions"])
    backups = store.backups.of(path)
    assert len(backups) == 1 and backups[0].path.read_bytes() == original


def test_migrating_twice_changes_nothing(data_dir: Path):
    path = _v0_month(data_dir)
    document = json.loads(path.read_text())
    once = migrate(SESSIONS, document)
    assert migrate(SESSIONS, once) == once
    assert document["schema"] == 0, "the input is not changed"
    _store(data_dir).load_sessions()
    after_first_start = path.read_bytes()
    store = _store(data_dir)
    store.load_sessions()
    assert path.read_bytes() == after_first_start
    assert len(store.backups.of(path)) == 1, "no second migration, no second backup"


def test_a_session_with_a_source_keeps_it_when_migrated():
    manual = make_record(1, source="manual").to_json()
    result = migrate(SESSIONS, {"schema": 0, "sessions": [manual]})
    assert result["sessions"][0]["source"] == "manual"


def test_a_file_from_a_newer_version_is_read_but_never_written(data_dir: Path):
    store = _store(data_dir)
    store.log_session(make_record(1))
    store.save_settings(store.load_settings().changed(volume=7))
    month = data_dir / "sessions" / "dev" / "2026-01.json"
    for path in (month, data_dir / "devices" / "dev" / "settings.json"):
        data = json.loads(path.read_text())
        data["schema"] = SCHEMA_VERSION + 1
        data["new_feature"] = {"x": 1}
        path.write_text(json.dumps(data))
    before = {p: p.read_bytes() for p in (month, data_dir / "devices" / "dev" / "settings.json")}

    store = _store(data_dir)
    assert [r.id for r in store.load_sessions()] == [make_record(1).id]
    assert store.load_settings().volume == 7
    assert any("newer version" in p for p in store.problems)
    with pytest.raises(StoreError, match="newer version"):
        store.log_session(make_record(2))  # January: the newer file
    with pytest.raises(StoreError, match="newer version"):
        store.update_session(make_record(1).updated(note="changed"))
    with pytest.raises(StoreError, match="newer version"):
        store.delete_session(make_record(1).id)
    with pytest.raises(StoreError, match="newer version"):
        store.save_settings(store.load_settings().changed(volume=9))
    assert {p: p.read_bytes() for p in before} == before
    store.log_session(make_record(60))  # March: a file of this version, written as usual
    assert len(_store(data_dir).load_sessions()) == 2


def test_a_newer_file_with_a_different_shape_is_not_called_broken(data_dir: Path):
    path = data_dir / "sessions" / "dev" / "2026-01.json"
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"schema": 99, "sessions": {"by_day": {}}}))
    store = _store(data_dir)
    assert store.load_sessions() == []
    assert path.exists() and not list(path.parent.glob("*.broken-*"))
    assert "newer version" in store.problems[0]
