"""The files the store writes follow the JSON Schemas published in docs/schema."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema

from backcoach.core.settings import Settings
from backcoach.core.storage.store import Store
from tests.factories import make_record

DOCS = Path(__file__).resolve().parents[3] / "docs"


def schema(name: str) -> dict:
    return json.loads((DOCS / "schema" / name).read_text())


def test_a_sessions_file_follows_its_schema(store: Store):
    store.log_session(make_record(1))
    store.log_session(make_record(2, pain=(None, 2), note="ok", completed=False))
    (path,) = store.sessions_folder.rglob("*.json")
    jsonschema.validate(json.loads(path.read_text()), schema("sessions.schema.json"))


def test_a_settings_file_of_an_older_version_follows_its_schema_and_loads(store: Store):
    # settings.json is no longer written (each computer writes its own documents); an older
    # version's is read as the oldest layer.
    data = {"schema": 1, "settings": {"volume": 30, "rest_days": ["2026-03-04"]}}
    jsonschema.validate(data, schema("settings.schema.json"))
    (store.folder / "settings.json").write_text(json.dumps(data))
    assert store.load_settings().volume == 30


def test_the_documented_examples_follow_the_schemas_and_load():
    text = (DOCS / "data-format.md").read_text()
    sessions_example, settings_example = re.findall(r"```json\n(.*?)```", text, re.S)[:2]
    sessions = json.loads(sessions_example)
    jsonschema.validate(sessions, schema("sessions.schema.json"))
    jsonschema.validate(json.loads(settings_example), schema("settings.schema.json"))
    from backcoach.core.session import SessionRecord

    assert SessionRecord.from_json(sessions["sessions"][0]).pain_after == 3


def test_the_per_computer_files_follow_their_schemas(store: Store):
    store.save_settings(
        Settings().changed(volume=30, rest_days=["2026-03-04"], window_geometry="AAAA")
    )
    store.save_settings(store.load_settings().changed(rest_days=[]))
    routine = {"id": "mine", "name": "Mine", "items": []}
    store.save_user_data({"routines": [routine], "exercises": [], "hidden_builtins": ["desk"]})
    store.save_user_data({"routines": [], "exercises": [], "hidden_builtins": []})
    store.log_session(make_record(1))
    store.update_session(make_record(1).updated(note="edited"))
    store.log_session(make_record(2))
    store.delete_session(make_record(2).id)
    own = store.folder / "devices" / store.device
    for name, schema_name in (
        ("settings.json", "device-settings.schema.json"),
        ("routines.json", "device-routines.schema.json"),
        ("local.json", "device-local.schema.json"),
    ):
        jsonschema.validate(json.loads((own / name).read_text()), schema(schema_name))
    (month,) = store.sessions_folder.rglob("*.json")
    data = json.loads(month.read_text())
    assert data["deleted"][0]["id"] == make_record(2).id and data["sessions"][0]["changed"]
    jsonschema.validate(data, schema("sessions.schema.json"))
