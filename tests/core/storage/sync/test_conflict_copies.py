"""Sync tools' conflict copies are read and merged, said once, and never touched; their temporary
files are never read and never deleted."""

from __future__ import annotations

import json
import shutil

import pytest

from backcoach.core.storage.store import Store
from backcoach.core.storage.sync_names import conflict_original, is_sync_temporary
from tests.core.storage.sync.computers import Computer
from tests.core.storage.sync.sync_tool import STYLES, SyncTool, conflict_name, temporary_name
from tests.factories import make_record

MONTH = "2026-01.json"


@pytest.mark.parametrize(
    ("name", "original"),
    [
        ("2026-11.sync-conflict-20261124-101010-ABCDEFG.json", "2026-11.json"),
        ("2026-11 (desk's conflicted copy 2026-11-24).json", "2026-11.json"),
        ("2026-11 (desk's conflicted copy 2026-11-24 (1)).json", "2026-11.json"),
        ("settings (conflicted copy 2026-11-24 101010).json", "settings.json"),
        ("2026-11.json", None),
        ("2026-11.json.broken-20261124-101010", None),
        (".syncthing.2026-11.json.tmp", None),
    ],
)
def test_conflict_copies_are_known_by_their_names(name, original):
    assert conflict_original(name) == original


@pytest.mark.parametrize(
    "name",
    [
        ".syncthing.2026-11.json.tmp",
        "~syncthing~2026-11.json.tmp",
        ".~2026-11.json",
        "2026-11.json.partial",
        ".dropbox.cache",
        "2026-11.json.part",
    ],
)
def test_temporary_files_of_sync_tools_are_known(name):
    assert is_sync_temporary(name) and conflict_original(name) is None


def _month(folder, device, *numbers, note=None):
    records = [make_record(n) if note is None else make_record(n, note=note) for n in numbers]
    return {"schema": 1, "device": device, "sessions": [r.to_json() for r in records]}


def test_a_folder_with_syncthing_and_dropbox_conflict_copies_shows_every_session(tmp_path):
    folder = tmp_path / "data" / "sessions" / "desk"
    folder.mkdir(parents=True)
    (folder / MONTH).write_text(json.dumps(_month(folder, "desk", 1, 2)))
    syncthing = folder / "2026-01.sync-conflict-20260124-101010-ABCDEFG.json"
    syncthing.write_text(json.dumps(_month(folder, "desk", 1, 3)))
    dropbox = folder / "2026-01 (desk's conflicted copy 2026-01-24).json"
    dropbox.write_text(json.dumps(_month(folder, "desk", 4)))
    nextcloud = folder / "2026-01 (conflicted copy 2026-01-24 101010).json"
    nextcloud.write_text(json.dumps(_month(folder, "desk", 5)))
    copies = {p: p.read_bytes() for p in (syncthing, dropbox, nextcloud)}

    store = Store.open(tmp_path / "data", "laptop")
    ids = [r.id for r in store.load_sessions()]
    assert ids == [make_record(n).id for n in range(1, 6)]
    (message,) = store.problems
    assert "3 conflict copies" in message and "left as they are" in message
    assert {p: p.read_bytes() for p in copies} == copies, "never changed, moved or deleted"

    again = Store.open(tmp_path / "data", "laptop")
    assert len(again.load_sessions()) == 5 and again.problems == [], "said once"


def test_an_edit_in_a_conflict_copy_counts_by_its_stamp(tmp_path):
    folder = tmp_path / "data" / "sessions" / "desk"
    folder.mkdir(parents=True)
    edited = make_record(1).to_json() | {
        "note": "edited in the copy",
        "changed": "2026-01-10T10:00:00.000000+00:00",
        "changed_on": "desk",
    }
    (folder / MONTH).write_text(json.dumps(_month(folder, "desk", 1)))
    copy = folder / "2026-01 (desk's conflicted copy 2026-01-24).json"
    copy.write_text(json.dumps({"schema": 1, "device": "desk", "sessions": [edited]}))
    (record,) = Store.open(tmp_path / "data", "laptop").load_sessions()
    assert record.note == "edited in the copy"


@pytest.mark.parametrize("style", STYLES)
def test_a_cloned_device_id_makes_conflict_copies_and_nothing_is_lost(tmp_path, style, clock):
    # Two computers under one device id (a cloned disk): the only way the same file changes on
    # both. The sync tool keeps one version and a conflict copy; BackCoach shows both.
    laptop = Computer(tmp_path / "a", "same", clock)
    desk = Computer(tmp_path / "b", "same", clock)
    tool = SyncTool(laptop.folder, desk.folder, style=style)
    laptop.store.log_session(make_record(1))
    clock.advance(1)
    desk.store.log_session(make_record(2))
    tool.full_sync()
    assert len(tool.conflicts) >= 1
    for computer in (laptop, desk):
        store = Store.reader(computer.folder, "other")
        assert [r.id for r in store.load_sessions()] == [make_record(1).id, make_record(2).id]
        assert any("conflict cop" in p for p in store.problems)


def test_a_half_written_temporary_file_is_never_read_nor_deleted(tmp_path, clock):
    laptop = Computer(tmp_path / "a", "laptop", clock)
    desk = Computer(tmp_path / "b", "desk", clock)
    laptop.store.log_session(make_record(1))
    tool = SyncTool(laptop.folder, desk.folder, style="syncthing")
    tool._half_write(desk.folder / "sessions" / "laptop" / MONTH, b'{"schema": 1, "sessio')
    (temporary,) = tool.half_written
    desk.restart()
    assert desk.store.load_sessions() == [] and desk.store.problems == []
    desk.store.log_session(make_record(2))
    assert temporary.exists(), "a sync tool's file is never deleted"
    tool.sync()
    desk.restart()
    assert len(desk.store.load_sessions()) == 2


def test_temporary_names_of_every_style_are_ignored(tmp_path):
    folder = tmp_path / "data" / "sessions" / "desk"
    folder.mkdir(parents=True)
    for style in STYLES:
        (folder / temporary_name(MONTH, style)).write_text("{ half")
    copy = conflict_name(MONTH, "syncthing", make_record(1).started, "desk")
    (folder / f"~syncthing~{copy}.tmp").write_text("{")
    store = Store.open(tmp_path / "data", "laptop")
    assert store.load_sessions() == [] and store.problems == []
    assert len(list(folder.iterdir())) == 4


def test_conflict_copies_of_the_settings_and_routines_are_merged(tmp_path):
    data = tmp_path / "data"
    (data / "devices" / "desk").mkdir(parents=True)
    stamp = {"device": "desk"}
    mine = {"volume": {"value": 20, "changed": "2026-01-01T00:00:00.000000+00:00", **stamp}}
    theirs = {"sound": {"value": False, "changed": "2026-01-02T00:00:00.000000+00:00", **stamp}}
    (data / "devices" / "desk" / "settings.json").write_text(
        json.dumps({"schema": 1, "settings": mine})
    )
    copy = data / "devices" / "desk" / "settings.sync-conflict-20260102-000000-ABCDEFG.json"
    copy.write_text(json.dumps({"schema": 1, "settings": theirs}))
    legacy = {"schema": 1, "routines": [{"id": "a", "name": "A", "items": []}], "exercises": []}
    (data / "routines.json").write_text(json.dumps(legacy))
    legacy["routines"] = [{"id": "b", "name": "B", "items": []}]
    (data / "routines (desk's conflicted copy 2026-01-02).json").write_text(json.dumps(legacy))
    store = Store.open(data, "laptop")
    settings = store.load_settings()
    assert settings.volume == 20 and settings.sound is False
    assert [r["id"] for r in store.load_user_data()["routines"]] == ["a", "b"]
    store.load_sessions()
    assert any("2 conflict copies" in p for p in store.problems)
    assert copy.exists()
    shutil.rmtree(data / "devices" / "laptop")  # the told list goes with it: said again
    again = Store.open(data, "laptop")
    again.load_settings(), again.load_user_data(), again.load_sessions()
    assert any("conflict cop" in p for p in again.problems)


def test_the_app_loading_in_steps_shows_every_session_and_says_what_it_merged(tmp_path, clock):
    from backcoach.core.app_data import AppData

    folder = tmp_path / "data" / "sessions" / "desk"
    folder.mkdir(parents=True)
    (folder / MONTH).write_text(json.dumps(_month(folder, "desk", 1)))
    copy = folder / "2026-01.sync-conflict-20260124-101010-ABCDEFG.json"
    copy.write_text(json.dumps(_month(folder, "desk", 2)))
    data = AppData(Store.open(tmp_path / "data", "laptop", clock), clock, load_in_steps=True)
    changes = data.load_some(lambda: True)
    assert [r.id for r in data.sessions] == [make_record(1).id, make_record(2).id]
    assert any("a conflict copy" in p for p in changes.problems)
    again = AppData(Store.open(tmp_path / "data", "laptop", clock), clock, load_in_steps=True)
    assert not any("conflict" in p for p in again.load_some(lambda: True).problems)
