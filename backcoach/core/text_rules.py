"""What text may hold, from a person or a file: the one rule for names, notes and descriptions.

Text is shown in labels, spoken, written to files and exported to spreadsheets. Some characters
are never typed and only do harm there:

- control characters (C0 except tab and line breaks, DEL, and the C1 range U+0080-U+009F), which
  some terminals and spreadsheets act on;
- the bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069), which make
  "Hold 5 s" display as something else (the marks U+200E, U+200F and U+061C stay allowed: right-to-
  left text needs them and they reorder nothing by themselves);
- lone surrogates (U+D800-U+DFFF), which some editors and sync clients write as "\\ud83d" escapes
  and which cannot be encoded as UTF-8 at all.

Text that holds one is refused where it is typed and where it is read (a session's note, a
routine's or an exercise's name), with the sentence text_problem gives.
"""

from __future__ import annotations

import re

from backcoach.core.i18n import Context

CoreText = Context("CoreText")

# Tab, line feed and carriage return are text in a note; everything else below the space is not.
# (The characters as a regex class's body: storage/fast_reader.py checks the same in its decoder.)
NOT_TEXT_CHARACTERS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff"
_NOT_TEXT = re.compile(f"[{NOT_TEXT_CHARACTERS}]")
# Where a single line (a name) may not break: line breaks of every kind, and tabs.
LINE_BREAK_CHARACTERS = "\t\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029"
_LINE_BREAK = re.compile(f"[{LINE_BREAK_CHARACTERS}]")


def holds_non_text(text: str, *, single_line: bool = False) -> bool:
    """Whether the text holds a character that is not text (see the module's docstring); for a
    single line, a line break or a tab too."""
    return bool(_NOT_TEXT.search(text) or (single_line and _LINE_BREAK.search(text)))


def text_problem(label: str, text: str, *, single_line: bool = False) -> str | None:
    """What is wrong with the characters of a text, as a sentence beginning with its label
    ("The name ..."), or None."""
    if not holds_non_text(text, single_line=single_line):
        return None
    return CoreText.tr(
        "{label} contains characters that are not text (such as control characters, line breaks "
        "where one line is expected, or text direction overrides)."
    ).format(label=label)
