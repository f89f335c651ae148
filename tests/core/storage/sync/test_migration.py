"""From the shared files of older versions: backed up once, read as the oldest layer, left as
they were, still readable; migrating again changes nothing."""

from __future__ import annotations

import json

from backcoach.core.clock import FakeClock
from backcoach.core.storage.store import Store
from tests.factories import make_record

OLD_SETTINGS = {
    "schema": 1,
    "settings": {"volume": 40, "rest_days": ["2026-01-02"], "window_geometry": "OLD"},
}
OLD_ROUTINES = {
    "schema": 1,
    "routines": [{"id": "old", "name": "Old", "items": []}],
    "exercises": [],
    "hidden_builtins": ["desk_stretch"],
    "folders": ["kept"],
}


def _old_folder(tmp_path):
    data = tmp_path / "data"
    (data / "sessions" / "desk").mkdir(parents=True)
    (data / "settings.json").write_text(json.dumps(OLD_SETTINGS))
    (data / "routines.json").write_text(json.dumps(OLD_ROUTINES))
    month = {"schema": 1, "device": "desk", "sessions": [make_record(1).to_json()]}
    # The same id in another device's folder, as the old edit-in-place could leave it.
    (data / "sessions" / "desk" / "2026-01.json").write_text(json.dumps(month))
    (data / "sessions" / "laptop").mkdir()
    month["sessions"][0]["note"] = "edited in place by an older version"
    (data / "sessions" / "laptop" / "2026-01.json").write_text(json.dumps(month))
    return data


def test_old_files_are_backed_up_once_read_and_left_as_they_were(tmp_path):
    data = _old_folder(tmp_path)
    before = {p: p.read_bytes() for p in data.rglob("*.json")}
    clock = FakeClock()
    store = Store.open(data, "laptop", clock)
    settings = store.load_settings()
    assert settings.volume == 40 and settings.rest_days == ["2026-01-02"]
    assert settings.window_geometry == "OLD", "this computer's window, until it is moved"
    user_data = store.load_user_data()
    assert [r["id"] for r in user_data["routines"]] == ["old"]
    assert user_data["hidden_builtins"] == ["desk_stretch"] and user_data["folders"] == ["kept"]
    (record,) = store.load_sessions()  # one id, its versions unstamped: decided by device id
    assert record.note == "edited in place by an older version"
    backups = {b.original.name for b in store.backups.all()}
    assert backups == {"settings.json", "routines.json"}

    store.save_settings(settings.changed(volume=41))
    store.save_user_data({**user_data, "routines": []})
    clock.advance(7200)
    again = Store.open(data, "laptop", clock)
    assert len(again.backups.all()) == 2, "backed up once"
    assert again.load_settings().volume == 41 and again.load_user_data()["routines"] == []
    assert again.load_settings().rest_days == ["2026-01-02"]
    for path, content in before.items():
        assert path.read_bytes() == content, f"{path.name} is left as it was"
    local = json.loads((data / "devices" / "laptop" / "local.json").read_text())
    assert "migrated" in local


def test_a_new_folder_has_nothing_to_migrate(tmp_path):
    store = Store.open(tmp_path / "data", "laptop")
    assert store.backups.all() == [] and store.load_settings().volume == 80
    assert "migrated" not in json.loads(
        (tmp_path / "data" / "devices" / "laptop" / "local.json").read_text()
    )
