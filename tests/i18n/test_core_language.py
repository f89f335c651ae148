"""The core's own lookup (core/i18n.py): the language chosen from the setting or the locale,
plural forms by each language's rule, a sentence's words and placeholders in order, dates and
times by the language's conventions, and the context names lupdate files each string under."""

from __future__ import annotations

import ast
from datetime import date, datetime
from pathlib import Path

import pytest

from backcoach.core import i18n
from backcoach.core.i18n import Context, Conventions, chosen_language, use_language
from backcoach.core.words import date_text, plural, progress_text, time_text

PACKAGE = Path(__file__).resolve().parents[2] / "backcoach"


@pytest.fixture
def speaking():
    """use_language for the test, English again after it."""
    yield use_language
    use_language("en")


def test_the_language_comes_from_the_setting_then_the_locale():
    assert chosen_language("system", {"LANG": "de_AT.UTF-8"}) == "de"
    assert chosen_language("system", {"LANGUAGE": "fr:en", "LANG": "de_DE.UTF-8"}) == "fr"
    assert chosen_language("system", {"LC_ALL": "es_MX.UTF-8"}) == "es"
    assert chosen_language("system", {"LANG": "pt_BR.UTF-8"}) == "en"
    assert chosen_language("system", {}) == "en"
    assert chosen_language("es", {"LANG": "de_DE.UTF-8"}) == "es"
    assert chosen_language("es", {"BACKCOACH_LANGUAGE": "pseudo"}) == "pseudo"


def test_plural_forms_follow_each_languages_rule(speaking):
    assert [plural(n, "day") for n in (0, 1, 2)] == ["0 days", "1 day", "2 days"]
    speaking("de")
    assert [plural(n, "day") for n in (0, 1, 2)] == ["0 Tage", "1 Tag", "2 Tage"]
    speaking("fr")
    # French puts 0 with 1.
    assert [plural(n, "session") for n in (0, 1, 2)] == ["0 séance", "1 séance", "2 séances"]
    speaking("es")
    assert plural(3, "exercise") == "3 ejercicios"


def test_an_unknown_language_falls_back_to_english(speaking):
    assert speaking("xx") == "en"
    assert i18n.current_language() == "en"
    assert plural(2, "week") == "2 weeks"


def test_a_sentence_is_translated_whole_with_its_values(speaking):
    from backcoach.core.history import Progress, Streak

    streak = Streak(3, date(2026, 3, 2), date(2026, 3, 4), ())
    progress = Progress(date(2026, 3, 4), streak, week_days=2, goal=4, goal_weeks=0)
    assert progress_text(progress).startswith("Streak: 3 days.")
    speaking("de")
    assert progress_text(progress).startswith("Serie: 3 Tage. Wochenziel: 2 von 4 Tage")


def test_dates_and_times_follow_the_language_and_its_conventions(speaking):
    day = date(2026, 6, 5)
    assert date_text(day, weekday="short") == "Fri 5 Jun 2026"
    speaking("de")
    assert date_text(day, weekday="short") == "Fr, 5. Juni 2026"
    speaking("fr")
    assert date_text(day, weekday="long", year=False) == "vendredi 5 juin"
    speaking("en", Conventions(".", hour12=True))
    assert time_text(datetime(2026, 6, 5, 15, 7)) == "3:07 PM"
    speaking("es")
    assert time_text(datetime(2026, 6, 5, 15, 7)) == "15:07"


def test_a_context_is_held_by_a_variable_of_its_own_name():
    """pyside6-lupdate files a call under the name before `.tr`; the lookup uses the string
    given to Context. They must be one name, and QT_TRANSLATE_NOOP must name a context that is
    looked up."""
    wrong, contexts = [], set()
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Assign)
                and isinstance(node.value, ast.Call)
                and getattr(node.value.func, "id", "") == "Context"
            ):
                name = node.targets[0].id  # type: ignore[attr-defined]
                given = node.value.args[0].value  # type: ignore[attr-defined]
                contexts.add(given)
                if name != given:
                    wrong.append(f"{path.name}: {name} = Context({given!r})")
    assert wrong == []
    assert {"CoreText", "CliText", "PlayerText", "ShellText", "StorageText"} <= contexts


def test_the_core_lookup_reads_what_lrelease_would_put_in_the_qm(speaking):
    speaking("de")
    assert Context("ShellText").tr("&File") == "&Datei"
    assert Context("ShellText").tr("No such string") == "No such string"
    assert Context("CoreText").tr("%n day(s)", "", 1) == "1 Tag"


def test_a_language_s_translations_are_read_once(monkeypatch):
    # The command line chooses the language, then the window again: one parse, before the paint.
    parsed = []
    real = i18n.read_ts
    monkeypatch.setattr(i18n, "read_ts", lambda text: parsed.append(1) or real(text))
    i18n.load_language.cache_clear()
    try:
        for _ in range(3):
            use_language("de")
        assert len(parsed) == 1
    finally:
        use_language("en")
