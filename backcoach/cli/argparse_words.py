"""argparse's own words ("usage:", "show this help message and exit", its errors) in the
language of the command line. Python ships no translations for them: argparse looks each up
through its module's `_` (gettext) when it prints, so that lookup is pointed at the app's."""

from __future__ import annotations

import argparse

from backcoach.core.i18n import QT_TRANSLATE_NOOP, translate

# The ones a person meets: the help's headings and the errors of a mistyped command line.
WORDS = (
    QT_TRANSLATE_NOOP("ArgparseText", "usage: "),
    QT_TRANSLATE_NOOP("ArgparseText", "options"),
    QT_TRANSLATE_NOOP("ArgparseText", "positional arguments"),
    QT_TRANSLATE_NOOP("ArgparseText", "show this help message and exit"),
    QT_TRANSLATE_NOOP("ArgparseText", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("ArgparseText", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("ArgparseText", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("ArgparseText", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("ArgparseText", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("ArgparseText", "expected one argument"),
    QT_TRANSLATE_NOOP("ArgparseText", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("ArgparseText", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("ArgparseText", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("ArgparseText", "not allowed with argument %s"),
)


def _argparse_text(text: str) -> str:
    return translate("ArgparseText", text)


def speak_the_language() -> None:
    """Make argparse say its words in the language in use (core/i18n.py)."""
    argparse._ = _argparse_text  # type: ignore[attr-defined]
