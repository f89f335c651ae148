"""Reading what is still readable in a damaged JSON file: whole records before and after the damage.

A truncated file, a flipped bit or a stray edit breaks the JSON parser for the whole file, yet every
record outside the damaged spot is intact. Records are JSON objects inside a named list; each is
decoded on its own, and after a record that cannot be decoded the scan moves on to the next "{"
past the spot where the decoder gave up.

Linear in the size of the file, whatever it holds: each attempt starts where the last one stopped
(the decoder says where the damage is) and is given only as much of the text as it needs,
numbers are never converted from more than 20 digits, and a structure too deep for the decoder is
skipped with the piece it is in. Starting again at every "{" inside a failed
attempt would decode the same text over and over on a file made of nested, unclosed records.
"""

from __future__ import annotations

import json
import re
from typing import Any

from backcoach.core.input_limits import DATA_FILE


def _bounded_int(digits: str) -> int | None:
    # A number no record holds: None, which the record's own checks refuse, and no quadratic
    # conversion of a 100,000-digit number.
    return int(digits) if len(digits) <= DATA_FILE.max_number_digits + 1 else None


_decoder = json.JSONDecoder()
# For a piece with a number of more than 20 digits (a rare piece): ints through _bounded_int.
_careful_decoder = json.JSONDecoder(parse_int=_bounded_int)
_LONG_DIGITS = re.compile(r"\d{" + str(DATA_FILE.max_number_digits + 1) + "}")
_SPACE_OR_COMMA = re.compile(r"[\s,]++")
_TOP_LEVEL_KEY = re.compile(r'\n "[^"\n]*+": ')
# A damaged file has a few damaged spots, each costing a few failed attempts; past this many, the
# text is not a damaged BackCoach file at all (it was made to look like one), and the salvage ends
# with what it found: its time stays bounded whatever the text.
MAX_FAILED_ATTEMPTS = 10_000
# The first piece of text the decoder is given (see _decode): a session record is a few hundred
# characters, so one or two growths of the piece take it whole.
_FIRST_WINDOW = 256


def salvage_records(raw: bytes, key: str) -> list[dict[str, Any]]:
    """Every JSON object that decodes whole inside the list named `key` (in file order).

    Objects nested in a damaged record may come back on their own; callers check each record
    (a session without an id is no session), so a stray fragment is dropped there.
    """
    if len(raw) > DATA_FILE.max_bytes:
        return []
    text = raw.decode("utf-8", errors="replace").lstrip("\ufeff")
    start = re.search(r'"' + re.escape(key) + r'"\s*+:\s*+\[', text)
    if start is None:
        return []
    # The list ends before the next top-level key (the app writes one key per line, indented by
    # one space); past a damaged spot its closing "]" cannot be told from a nested list's.
    next_key = _TOP_LEVEL_KEY.search(text, start.end())
    end_of_list = next_key.start() if next_key else len(text)
    records: list[dict[str, Any]] = []
    position = start.end()
    damaged = False
    failures = 0
    while position < end_of_list:
        space = _SPACE_OR_COMMA.match(text, position)
        if space:
            position = space.end()
        if position >= end_of_list or (text[position] == "]" and not damaged):
            break
        if text[position] == "{":
            value, end = _decode(text, position, end_of_list)
            if isinstance(value, dict) and end <= end_of_list and _shallow(value):
                records.append(value)
                position = end
                continue
            damaged = True
            position = max(end, position + 1)
        else:
            damaged = True
        failures += 1
        if failures > MAX_FAILED_ATTEMPTS:
            break
        next_object = text.find("{", position, end_of_list)
        if next_object < 0:
            break
        position = next_object
    return records


def _decode(text: str, position: int, limit: int) -> tuple[Any, int]:
    """The value that starts at the position and where it ends, or (None, where it broke).

    The decoder is given a piece of the text, not all of it: its error counts the lines from
    the start of what it was given, and a damaged file can make it fail a hundred thousand
    times. The piece grows (four times each time) only when the decoder ran off its end."""
    window = _FIRST_WINDOW
    while True:
        end = min(limit, position + window)
        piece = text[position:end]
        decoder = _careful_decoder if _LONG_DIGITS.search(piece) else _decoder
        try:
            value, stop = decoder.raw_decode(piece)
            return value, position + stop
        except json.JSONDecodeError as error:
            ran_out = error.pos >= len(piece) - 1 or error.msg.startswith("Unterminated string")
            if ran_out and end < limit:
                window *= 4
                continue
            return None, position + error.pos
        except RecursionError:
            # Nested deeper than the decoder goes, where a record is a few levels deep: the
            # piece is skipped whole (no damaged BackCoach file nests like this).
            return None, end


def _shallow(value: Any, depth: int = 0) -> bool:
    if depth > DATA_FILE.max_depth:
        return False
    if isinstance(value, dict):
        return all(_shallow(v, depth + 1) for v in value.values())
    if isinstance(value, list):
        return all(_shallow(v, depth + 1) for v in value)
    return True
