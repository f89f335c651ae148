"""The app's language in plain Python: which language is in use, its translations of the core's
and the command line's sentences, and its conventions (decimal mark, 12- or 24-hour clock).

The same `.ts` files the ui's `.qm` files are built from are read here, so a sentence the core
makes and a label the ui shows come from one translation (docs/translating.md). A module says
`CoreText = Context("CoreText")` and calls `CoreText.tr("Hello {name}").format(name=...)`;
`pyside6-lupdate` finds those calls by the name before `.tr`, which is why the variable and the
context share their name (tests/core/test_i18n.py checks it). Plurals use Qt's `%n`:
`CoreText.tr("%n day(s)", "", days)`.
"""

from __future__ import annotations

import functools
import os
import xml.etree.ElementTree as ElementTree
from collections.abc import Mapping
from dataclasses import dataclass

from backcoach.core.resources import asset

SOURCE_LANGUAGE = "en"
# The languages the app ships, complete (tests/test_translations.py), in the order a menu shows.
SHIPPED_LANGUAGES = ("de", "es", "fr")
# The pseudo-language: every string longer and accented, for finding clipped or untranslated
# words; made by `make translations`, never offered in the menu (BACKCOACH_LANGUAGE=pseudo).
PSEUDO_LANGUAGE = "pseudo"
# Each language's name in itself, as the Language menu lists it.
NATIVE_NAMES = {"en": "English", "de": "Deutsch", "es": "Español", "fr": "Français"}
TRANSLATIONS_FOLDER = "translations"


def ts_name(language: str) -> str:
    return f"backcoach_{language}.ts"


def qm_name(language: str) -> str:
    return f"backcoach_{language}.qm"


@dataclass(frozen=True)
class Conventions:
    """How a language writes numbers and times when the system does not say (the command line;
    the window takes them from QLocale)."""

    decimal_mark: str = "."
    hour12: bool = False


# English is written for a reader anywhere; 12-hour clocks only where LANG says en_US and the like.
_CONVENTIONS = {
    "en": Conventions(".", False),
    "de": Conventions(",", False),
    "es": Conventions(",", False),
    "fr": Conventions(",", False),
    PSEUDO_LANGUAGE: Conventions(",", False),
}
_HOUR12_REGIONS = ("en_US", "en_CA", "en_AU", "en_NZ", "en_PH", "en_IN", "es_MX", "es_US")


def _plural_index(language: str, n: int) -> int:
    # Qt's rules for the shipped languages: French puts 0 with 1, the others only 1.
    if language == "fr":
        return 0 if n < 2 else 1
    return 0 if n == 1 else 1


Lookup = Mapping[tuple[str, str, str], tuple[str, ...]]


def read_ts(text: str) -> dict[tuple[str, str, str], tuple[str, ...]]:
    """The finished translations of a .ts file: (context, source, disambiguation) -> its forms
    (one, or one per plural form). Unfinished, vanished and obsolete entries are left out, as
    lrelease leaves them out of a .qm."""
    root = ElementTree.fromstring(text)
    found: dict[tuple[str, str, str], tuple[str, ...]] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") is not None:
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")]
            if not forms:
                forms = [translation.text or ""]
            if not any(forms):
                continue
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = tuple(forms)
    return found


class _State:
    language = SOURCE_LANGUAGE
    conventions = _CONVENTIONS["en"]
    lookup: Lookup | None = None  # read on first use: English too has its plural forms


@functools.cache
def load_language(language: str) -> Lookup:
    """The translations of a language as shipped (for English, only its plural forms; empty for
    an unknown code). Read once: the command line chooses the language, then the window again
    (a German .ts takes ~30 ms to parse, before the first paint)."""
    node = asset(TRANSLATIONS_FOLDER, ts_name(language))
    if not node.is_file():
        return {}
    return read_ts(node.read_text(encoding="utf-8"))


def use_language(language: str, conventions: Conventions | None = None) -> str:
    """Make `language` the one the core speaks (a code of SHIPPED_LANGUAGES, "en", or the pseudo
    one; anything else falls back to English). Returns the language in use."""
    lookup = load_language(language)
    if language != SOURCE_LANGUAGE and not lookup:
        language = SOURCE_LANGUAGE
        lookup = load_language(language)
    _State.language = language
    _State.lookup = lookup
    _State.conventions = conventions or _CONVENTIONS.get(language, _CONVENTIONS["en"])
    return language


def current_language() -> str:
    return _State.language


def conventions() -> Conventions:
    return _State.conventions


def system_locale_name(environ: Mapping[str, str] | None = None) -> str:
    """The locale the environment asks for, as gettext reads it: "de_DE", "C" when none."""
    environ = os.environ if environ is None else environ
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(variable, "")
        if value:
            first = value.split(":")[0]
            return first.split(".")[0].split("@")[0] or "C"
    return "C"


def language_of_locale(locale_name: str) -> str:
    """The shipped language for a locale ("de_AT" -> "de"), or English."""
    code = locale_name.split("_")[0].split("-")[0].lower()
    if code == PSEUDO_LANGUAGE or code in SHIPPED_LANGUAGES:
        return code
    return SOURCE_LANGUAGE


def system_conventions(locale_name: str) -> Conventions:
    """The conventions for a locale name, without Qt: the language's, with a 12-hour clock where
    the region uses one."""
    base = _CONVENTIONS.get(language_of_locale(locale_name), _CONVENTIONS["en"])
    hour12 = any(locale_name.startswith(region) for region in _HOUR12_REGIONS)
    return Conventions(base.decimal_mark, hour12)


def chosen_language(setting: str, environ: Mapping[str, str] | None = None) -> str:
    """The language to use for the Language setting ("system" or a code); BACKCOACH_LANGUAGE,
    for tests and screenshots, wins over both."""
    environ = os.environ if environ is None else environ
    forced = environ.get("BACKCOACH_LANGUAGE", "")
    if forced:
        return language_of_locale(forced)
    if setting and setting != "system":
        return language_of_locale(setting)
    return language_of_locale(system_locale_name(environ))


def translate(
    context: str, source: str, disambiguation: str | None = None, n: int | None = None
) -> str:
    """The translation of `source` in the language in use, or `source` itself; `%n` becomes n
    (the form is the language's rule's for n: "-1 days" in English)."""
    if _State.lookup is None:
        _State.lookup = load_language(_State.language)
    forms = _State.lookup.get((context, source, disambiguation or ""))
    text = source
    if forms:
        index = 0 if n is None else _plural_index(_State.language, n)
        text = forms[min(index, len(forms) - 1)]
    return text if n is None else text.replace("%n", str(n))


class Context:
    """The sentences of one part of the app, for `pyside6-lupdate` and for the lookup."""

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, source: str, disambiguation: str | None = None, n: int | None = None) -> str:
        return translate(self.name, source, disambiguation, n)


def decimal(value: float, places: int = 1) -> str:
    """A number with the decimal mark of the language in use: "6.5", "6,5"."""
    return f"{value:.{places}f}".replace(".", _State.conventions.decimal_mark)


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks a sentence kept in a table at import time, before a language is chosen: lupdate
    finds it, and the code that shows it calls `<context>.tr(source)` then."""
    return source
