"""The catalogue in every shipped language: each text of the exercises, the safety notes, the
guide's advice and the built-in routines has a translation, and none is left over from a text
that changed; the loaded catalogue and routines are then wholly in the language."""

from __future__ import annotations

import json

import pytest

from backcoach.core.catalogue import catalogue_from_json
from backcoach.core.catalogue_translation import (
    catalogue_file,
    catalogue_texts,
    language_setting,
    translated_catalogue,
    translated_routine,
)
from backcoach.core.i18n import SHIPPED_LANGUAGES, TRANSLATIONS_FOLDER
from backcoach.core.resources import asset, load_asset_json
from backcoach.core.routine import routine_from_json


def english_texts() -> set[str]:
    data, routines = load_asset_json("exercises.json"), load_asset_json("routines.json")
    texts: set[str] = set()
    for note in data["safety"]:
        texts |= {note["title"], note["text"], *note.get("guide", ())}
    for exercise in data["exercises"]:
        for key in ("name", "purpose", "instructions", "side_label", "safety"):
            texts.add(exercise.get(key, ""))
        for key in ("get_ready", "hold_cue", "release_cue", "guide", "safety_guide"):
            value = exercise.get(key, ())
            texts |= {value} if isinstance(value, str) else set(value)
        for position in exercise["positions"]:
            texts |= {position["name"], position.get("cue", "")}
            texts |= set(position.get("side_cues", {}).values())
    for routine in routines["routines"]:
        texts |= {routine["name"], routine["description"]}
    return texts - {""}


@pytest.mark.parametrize("language", SHIPPED_LANGUAGES)
def test_every_text_of_the_catalogue_has_its_translation_and_no_stale_one(language):
    texts = catalogue_texts(language)
    assert english_texts() - set(texts) == set(), "translate these"
    assert set(texts) - english_texts() == set(), "these no longer appear in the catalogue"
    assert all(translation.strip() for translation in texts.values())
    raw = json.loads(asset(TRANSLATIONS_FOLDER, catalogue_file(language)).read_text("utf-8"))
    assert raw["language"] == language


@pytest.mark.parametrize("language", SHIPPED_LANGUAGES)
def test_the_loaded_catalogue_speaks_the_language_wholly(language):
    english = catalogue_from_json(load_asset_json("exercises.json"))
    translated = translated_catalogue(english, language)
    texts = catalogue_texts(language)
    for exercise in english:
        other = translated.get(exercise.id)
        assert other.name == texts[exercise.name]
        assert other.instructions == texts[exercise.instructions]
        assert [p.cue for p in other.positions] == [
            texts.get(p.cue, "") for p in exercise.positions
        ]
        assert other.guide == tuple(texts[g] for g in exercise.guide)
        assert (other.hold_seconds, other.reps) == (exercise.hold_seconds, exercise.reps)
    assert [n.title for n in translated.safety] == [texts[n.title] for n in english.safety]
    routine = routine_from_json(
        load_asset_json("routines.json")["routines"][0], english, builtin=True
    )
    assert translated_routine(routine, language).name == texts[routine.name]


def test_english_and_unknown_languages_keep_the_catalogue_as_written():
    english = catalogue_from_json(load_asset_json("exercises.json"))
    assert translated_catalogue(english, "en") is english
    assert translated_catalogue(english, "xx") is english


def test_the_language_setting_is_read_without_touching_the_file(tmp_path):
    assert language_setting(tmp_path, "desk") == "system"
    local = tmp_path / "devices" / "desk" / "local.json"
    local.parent.mkdir(parents=True)
    local.write_text('{"schema": 1, "device": "desk", "settings": {"language": "fr"}}')
    assert language_setting(tmp_path, "desk") == "fr"
    assert language_setting(tmp_path, "laptop") == "system"  # a computer's own choice
    local.write_text("{not json")
    assert language_setting(tmp_path, "desk") == "system"
    assert local.read_text() == "{not json"
