"""Reading what is still readable in a damaged JSON file: whole records before and after the damage.

A truncated file, a flipped bit or a stray edit breaks the JSON parser for the whole file, yet every
record outside the damaged spot is intact. Records are JSON objects inside a named list; each is
decoded on its own, and after a record that cannot be decoded the scan moves on to the next "{".
"""

from __future__ import annotations

import json
import re
from typing import Any

from backcoach.core.storage.files import MAX_DEPTH, MAX_FILE_BYTES

_decoder = json.JSONDecoder()
_SPACE_OR_COMMA = re.compile(r"[\s,]+")
_TOP_LEVEL_KEY = re.compile(r'\n "[^"\n]*": ')


def salvage_records(raw: bytes, key: str) -> list[dict[str, Any]]:
    """Every JSON object that decodes whole inside the list named `key` (in file order).

    Objects nested in a damaged record may come back on their own; callers check each record
    (a session without an id is no session), so a stray fragment is dropped there.
    """
    if len(raw) > MAX_FILE_BYTES:
        return []
    text = raw.decode("utf-8", errors="replace").lstrip("\ufeff")
    start = re.search(r'"' + re.escape(key) + r'"\s*:\s*\[', text)
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
            try:
                value, end = _decoder.raw_decode(text, position)
            except (ValueError, RecursionError):
                value, end = None, position + 1
            if isinstance(value, dict) and end <= end_of_list and _shallow(value):
                records.append(value)
                position = end
                continue
            damaged = True
            position = end
        else:
            damaged = True
        next_object = text.find("{", position, end_of_list)
        if next_object < 0:
            break
        position = next_object
    return records


def _shallow(value: Any, depth: int = 0) -> bool:
    if depth > MAX_DEPTH:
        return False
    if isinstance(value, dict):
        return all(_shallow(v, depth + 1) for v in value.values())
    if isinstance(value, list):
        return all(_shallow(v, depth + 1) for v in value)
    return True
