"""The shipped languages are complete and their files up to date: no string of the code is
missing or unfinished in a .ts, no translation loses or adds a placeholder, every .qm is what
lrelease builds from its .ts now, and the catalogue's texts are all translated. These fail
when a string is added to the code and `make translations` was not run (docs/translating.md)."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from backcoach.core.i18n import PSEUDO_LANGUAGE, SHIPPED_LANGUAGES, read_ts, ts_name
from backcoach.tools import translations

FOLDER = translations.FOLDER
LANGUAGES = ["en", *SHIPPED_LANGUAGES]
_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\([a-z_]+\)[a-z]|%[sdrn]")


def _messages(language: str):
    root = ElementTree.parse(FOLDER / ts_name(language)).getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


@pytest.fixture(scope="module")
def fresh_sources(tmp_path_factory) -> Path:
    """The .ts files as lupdate writes them from the code now, in a scratch folder."""
    scratch = tmp_path_factory.mktemp("ts")
    for language in LANGUAGES:
        shutil.copy(FOLDER / ts_name(language), scratch / ts_name(language))
        command = [translations._tool("pyside6-lupdate"), "-extensions", "py"]
        command += ["-locations", "none", "-no-obsolete"]
        if language == "en":
            command.append("-pluralonly")
        command += [str(translations.SOURCES), "-ts", str(scratch / ts_name(language))]
        subprocess.run(command, check=True, capture_output=True)
    return scratch


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_of_the_code_is_translated_and_finished(language, fresh_sources):
    root = ElementTree.parse(fresh_sources / ts_name(language)).getroot()
    not_done = [
        (context.findtext("name"), message.findtext("source"))
        for context in root.iter("context")
        for message in context.iter("message")
        if (message.find("translation").get("type") or "") in ("unfinished", "vanished", "obsolete")
    ]
    assert not_done == [], f"run make translations and translate these ({language})"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_shipped_ts_file_is_what_lupdate_makes_now(language, fresh_sources):
    shipped = read_ts((FOLDER / ts_name(language)).read_text(encoding="utf-8"))
    fresh = read_ts((fresh_sources / ts_name(language)).read_text(encoding="utf-8"))
    assert set(shipped) == set(fresh)


@pytest.mark.parametrize("language", SHIPPED_LANGUAGES)
def test_a_translation_keeps_every_placeholder_of_its_source(language):
    wrong = []
    for context, message in _messages(language):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        wanted = sorted(set(_PLACEHOLDER.findall(source)) - {"%n"})
        for form in forms:
            if sorted(set(_PLACEHOLDER.findall(form)) - {"%n"}) != wanted:
                wrong.append((context, source, form))
            if source.count("&") - 2 * source.count("&&") > 0 and form.count("&") < 1:
                wrong.append((context, source, form + "  <- no & for the Alt letter"))
        if message.get("numerus") == "yes" and "%n" not in forms[-1]:
            wrong.append((context, source, forms[-1] + "  <- the plural form needs %n"))
    assert wrong == []


@pytest.mark.parametrize("language", SHIPPED_LANGUAGES)
def test_a_plural_has_each_form_of_its_language(language):
    missing = [
        message.findtext("source")
        for _, message in _messages(language)
        if message.get("numerus") == "yes"
        and len([f for f in message.find("translation").iter("numerusform") if f.text]) < 2
    ]
    assert missing == []


def test_every_qm_file_is_built_from_its_ts_file_as_it_is_now():
    assert translations.stale_qm() == []


def test_the_pseudo_language_stretches_and_accents_every_string():
    assert translations.pseudo("Start") == "[Štårt ~]"
    assert translations.pseudo("Hello {name}, %n day(s)") == "[Héllö {name}, %n dåý(š) ~~~~]"
    assert translations.pseudo("&Save <b>it</b>") == "[&Šåvé <b>ît</b> ~~]"
    pseudo = read_ts((FOLDER / ts_name(PSEUDO_LANGUAGE)).read_text(encoding="utf-8"))
    german = read_ts((FOLDER / ts_name("de")).read_text(encoding="utf-8"))
    assert set(pseudo) == set(german)
    assert all(form.startswith("[") for forms in pseudo.values() for form in forms)
