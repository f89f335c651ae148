"""Reading what is still readable in a damaged JSON file: whole records before and after the damage.

A truncated file, a flipped bit or a stray edit breaks the JSON parser for the whole file, yet every
record outside the damaged spot is intact. Records are JSON objects inside a named list; each is
decoded on its own, and after a record that cannot be decoded the scan moves on to the next "{"
past the spot where the decoder gave up.

Linear in the size of the file, whatever it holds: each attempt starts where the last one stopped
(the decoder says where the damage is), numbers are never converted from more than 20 digits, and
a structure too deep for the decoder is skipped whole. Starting again at every "{" inside a failed
attempt would decode the same text over and over on a file made of nested, unclosed records.
"""

from __future__ import annotations

import json
import re
import sys
from typing import Any

from backcoach.core.input_limits import DATA_FILE
from backcoach.core.storage.files import STRING_TOKEN


def _bounded_int(digits: str) -> int | None:
    # A number no record holds: None, which the record's own checks refuse, and no quadratic
    # conversion of a 100,000-digit number.
    return int(digits) if len(digits) <= DATA_FILE.max_number_digits + 1 else None


_decoder = json.JSONDecoder(parse_int=_bounded_int)
_SPACE_OR_COMMA = re.compile(r"[\s,]++")
_TOP_LEVEL_KEY = re.compile(r'\n "[^"\n]*+": ')
_STRING_OR_BRACKET = re.compile(STRING_TOKEN.pattern + r"|[\[\]{}]", re.DOTALL)
_OPENING = frozenset("[{")
_CLOSING = frozenset("]}")


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
    while position < end_of_list:
        space = _SPACE_OR_COMMA.match(text, position)
        if space:
            position = space.end()
        if position >= end_of_list or (text[position] == "]" and not damaged):
            break
        if text[position] == "{":
            value, end = _decode(text, position)
            if isinstance(value, dict) and end <= end_of_list and _shallow(value):
                records.append(value)
                position = end
                continue
            damaged = True
            position = max(end, position + 1)
        else:
            damaged = True
        next_object = text.find("{", position, end_of_list)
        if next_object < 0:
            break
        position = next_object
    return records


def _decode(text: str, position: int) -> tuple[Any, int]:
    """The value that starts at the position and where it ends, or (None, where it broke)."""
    try:
        return _decoder.raw_decode(text, position)
    except json.JSONDecodeError as error:
        return None, error.pos
    except RecursionError:
        return None, _past_deep_part(text, position)


def _past_deep_part(text: str, position: int) -> int:
    """Where the structure starting at the position is as deep as half the decoder's limit: the
    next attempt starts there, so no level is decoded more than twice."""
    depth, deep = 0, max(DATA_FILE.max_depth, sys.getrecursionlimit() // 2)
    for token in _STRING_OR_BRACKET.finditer(text, position):
        character = token.group()[0]
        if character in _OPENING:
            depth += 1
            if depth > deep:
                return token.end()
        elif character in _CLOSING:
            depth -= 1
            if depth <= 0:
                return token.end()
    return len(text)


def _shallow(value: Any, depth: int = 0) -> bool:
    if depth > DATA_FILE.max_depth:
        return False
    if isinstance(value, dict):
        return all(_shallow(v, depth + 1) for v in value.values())
    if isinstance(value, list):
        return all(_shallow(v, depth + 1) for v in value)
    return True
