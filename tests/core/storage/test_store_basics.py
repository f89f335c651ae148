"""The store keeps settings and sessions between runs, per device, atomically."""

from __future__ import annotations

import json

import pytest

from backcoach.core.session import SessionRecord
from backcoach.core.settings import Settings, SettingsError
from backcoach.core.storage.store import SCHEMA_VERSION, Store, StoreError
from tests.factories import make_record, morning


def test_settings_survive_a_restart(data_dir):
    store = Store.open(data_dir)
    store.save_settings(Settings().changed(safety_acknowledged=True, volume=40))
    again = Store.open(data_dir).load_settings()
    assert again.safety_acknowledged is True
    assert again.volume == 40
    assert again.sound is True  # a default


def test_a_wrong_setting_is_refused_with_a_message():
    with pytest.raises(SettingsError, match="from 0 to 100"):
        Settings().changed(volume=101)
    with pytest.raises(SettingsError, match="no setting"):
        Settings().changed(colour="red")


def test_a_wrong_stored_setting_falls_back_but_is_kept_in_the_file(data_dir):
    data_dir.mkdir(parents=True)
    (data_dir / "settings.json").write_text(
        json.dumps({"schema": 1, "settings": {"volume": "loud", "sound": False}})
    )
    store = Store.open(data_dir)
    settings = store.load_settings()
    assert settings.volume == 80 and settings.sound is False
    assert any("volume" in p for p in store.problems)
    store.save_settings(settings.changed(sound=True))
    saved = json.loads((data_dir / "settings.json").read_text())
    assert saved["settings"]["volume"] == "loud"


def test_sessions_are_logged_per_device_and_month_and_merged(data_dir):
    laptop = Store.open(data_dir, device="laptop")
    desktop = Store.open(data_dir, device="desktop")
    a, b, c = (
        make_record(started=morning(2, 3)),
        make_record(started=morning(3, 3)),
        make_record(started=morning(1, 4)),
    )
    laptop.log_session(a)
    laptop.log_session(c)
    desktop.log_session(b)
    assert (data_dir / "sessions" / "laptop" / "2026-03.json").exists()
    assert (data_dir / "sessions" / "laptop" / "2026-04.json").exists()
    assert (data_dir / "sessions" / "desktop" / "2026-03.json").exists()
    loaded = Store.open(data_dir, device="third").load_sessions()
    assert [r.id for r in loaded] == [a.id, b.id, c.id]
    assert loaded[0] == a


def test_the_same_session_in_two_files_is_shown_once(data_dir):
    record = make_record(started=morning())
    Store.open(data_dir, device="one").log_session(record)
    Store.open(data_dir, device="two").log_session(record)
    assert len(Store.open(data_dir).load_sessions()) == 1


def test_update_and_delete_a_session(store):
    record = make_record(started=morning())
    store.log_session(record)
    store.load_sessions()
    store.update_session(record.updated(note="felt good", pain_after=2))
    (loaded,) = Store.open(store.folder, device=store.device).load_sessions()
    assert loaded.note == "felt good" and loaded.pain_after == 2
    store.delete_session(record.id)
    assert Store.open(store.folder).load_sessions() == []


def test_every_file_carries_its_schema_version(store):
    store.log_session(make_record(started=morning()))
    store.save_settings(Settings())
    for path in store.folder.rglob("*.json"):
        assert json.loads(path.read_text())["schema"] == SCHEMA_VERSION


def test_an_unreadable_record_is_kept_in_the_file_when_another_is_logged(store):
    path = store.sessions_folder / store.device / "2026-03.json"
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"schema": 1, "sessions": [{"id": "x", "completed": "maybe"}]}))
    assert store.load_sessions() == []
    assert store.problems
    store.log_session(make_record(started=morning()))
    raw = json.loads(path.read_text())["sessions"]
    assert raw[0] == {"id": "x", "completed": "maybe"}
    assert len(raw) == 2


def test_a_broken_file_is_set_aside_never_overwritten(store):
    path = store.folder / "settings.json"
    path.write_text("{ not json")
    settings = store.load_settings()
    assert settings == Settings()
    aside = list(store.folder.glob("settings.json.broken-*"))
    assert len(aside) == 1 and aside[0].read_text() == "{ not json"
    assert "kept as" in store.problems[0]
    assert json.loads(path.read_text()) == {"schema": 1, "settings": {}}, "rebuilt in place"


def test_a_file_from_a_newer_version_is_read_but_never_written(store):
    path = store.folder / "devices" / store.device / "settings.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    entry = {"value": 10, "changed": "2026-01-01T00:00:00.000000+00:00", "device": store.device}
    path.write_text(json.dumps({"schema": 99, "settings": {"volume": entry}}))
    assert store.load_settings().volume == 10
    with pytest.raises(StoreError, match="newer version"):
        store.save_settings(Settings().changed(volume=11))
    assert json.loads(path.read_text())["schema"] == 99


def test_a_failed_write_raises_a_clear_error_and_leaves_the_old_file(store, monkeypatch):
    store.log_session(first := make_record(started=morning()))
    import errno
    import os

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(StoreError, match="disk is full"):
        store.log_session(make_record(started=morning(3)))
    monkeypatch.undo()
    assert [r.id for r in Store.open(store.folder).load_sessions()] == [first.id]
    assert not list(store.folder.rglob(".tmp-*"))


def test_records_keep_unknown_keys_from_newer_versions(store):
    record = SessionRecord.from_json(
        {**make_record(started=morning()).to_json(), "heart_rate": [70, 90]}
    )
    store.log_session(record)
    (loaded,) = Store.open(store.folder).load_sessions()
    assert loaded.to_json()["heart_rate"] == [70, 90]
