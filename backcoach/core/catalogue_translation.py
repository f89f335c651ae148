"""The catalogue's words in the language in use: the exercises' names, instructions, cues and
safety notes, the guide's advice, and the built-in routines' names, kept as data beside the
catalogue (assets/translations/catalogue_<language>.json, keyed by the English text).

English stays the source: a text without a translation shows as written, and the exercises the
user writes are never translated. tests/core/test_catalogue_translation.py checks that every
shipped language has every text.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from backcoach.core.i18n import SHIPPED_LANGUAGES, TRANSLATIONS_FOLDER, current_language
from backcoach.core.resources import asset
from backcoach.core.storage.device_documents import DEVICES_FOLDER, LOCAL_FILE

if TYPE_CHECKING:
    from backcoach.core.catalogue import Catalogue, Exercise, Position, SafetyNote
    from backcoach.core.routine import Routine

T = TypeVar("T")


def catalogue_file(language: str) -> str:
    return f"catalogue_{language}.json"


@cache
def catalogue_texts(language: str) -> Mapping[str, str]:
    """English text -> its translation, for a shipped language (empty for any other)."""
    if language not in SHIPPED_LANGUAGES:
        return {}
    node = asset(TRANSLATIONS_FOLDER, catalogue_file(language))
    texts = json.loads(node.read_text(encoding="utf-8"))["texts"]
    return {str(english): str(text) for english, text in texts.items()}


def text_in_language(english: str, language: str | None = None) -> str:
    if not english:
        return english
    return catalogue_texts(language or current_language()).get(english, english)


def _texts(values: tuple[str, ...], language: str) -> tuple[str, ...]:
    return tuple(text_in_language(value, language) for value in values)


def _position(position: Position, language: str) -> Position:
    return replace(
        position,
        name=text_in_language(position.name, language),
        cue=text_in_language(position.cue, language),
        side_cues=tuple(
            (side, text_in_language(cue, language)) for side, cue in position.side_cues
        ),
    )


def _exercise(exercise: Exercise, language: str) -> Exercise:
    fields: dict[str, Any] = {
        name: text_in_language(getattr(exercise, name), language)
        for name in ("name", "purpose", "instructions", "side_label", "safety")
        + ("get_ready", "hold_cue", "release_cue")
    }
    return replace(
        exercise,
        positions=tuple(_position(p, language) for p in exercise.positions),
        guide=_texts(exercise.guide, language),
        safety_guide=_texts(exercise.safety_guide, language),
        **fields,
    )


def _note(note: SafetyNote, language: str) -> SafetyNote:
    return replace(
        note,
        title=text_in_language(note.title, language),
        text=text_in_language(note.text, language),
        guide=_texts(note.guide, language),
    )


def translated_catalogue(catalogue: Catalogue, language: str | None = None) -> Catalogue:
    """The shipped catalogue in `language` (the language in use when None)."""
    language = language or current_language()
    if not catalogue_texts(language):
        return catalogue
    exercises = {key: _exercise(value, language) for key, value in catalogue.exercises.items()}
    safety = tuple(_note(note, language) for note in catalogue.safety)
    return replace(catalogue, exercises=exercises, safety=safety)


def translated_routine(routine: Routine, language: str | None = None) -> Routine:
    """A built-in routine with its name and description in `language`."""
    language = language or current_language()
    return replace(
        routine,
        name=text_in_language(routine.name, language),
        description=text_in_language(routine.description, language),
    )


def language_setting(data_dir: Path, device: str) -> str:
    """This computer's Language setting, as its local.json holds it (a setting of the computer,
    core/storage/device_documents.py), read without changing anything: the window needs its
    language before the store reads and, if need be, repairs the file. A file that cannot be
    read, or holds no such setting, says "system"."""
    path = data_dir / DEVICES_FOLDER / device / LOCAL_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return "system"
    settings = data.get("settings") if isinstance(data, dict) else None
    value = settings.get("language") if isinstance(settings, dict) else None
    return value if isinstance(value, str) else "system"
