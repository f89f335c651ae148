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


def test_a_settings_file_follows_its_schema(store: Store):
    store.save_settings(Settings().changed(volume=30, rest_days=["2026-03-04"]))
    data = json.loads((store.folder / "settings.json").read_text())
    jsonschema.validate(data, schema("settings.schema.json"))


def test_the_documented_examples_follow_the_schemas_and_load():
    text = (DOCS / "data-format.md").read_text()
    sessions_example, settings_example = re.findall(r"```json\n(.*?)```", text, re.S)[:2]
    sessions = json.loads(sessions_example)
    jsonschema.validate(sessions, schema("sessions.schema.json"))
    jsonschema.validate(json.loads(settings_example), schema("settings.schema.json"))
    from backcoach.core.session import SessionRecord

    assert SessionRecord.from_json(sessions["sessions"][0]).pain_after == 3
