"""Safe JSON files: atomic writes, and reads that refuse huge, deep or malformed input."""

from __future__ import annotations

import contextlib
import json
import os
import re
import tempfile
from itertools import accumulate
from pathlib import Path
from typing import Any

from backcoach.core.words import cannot_read

MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_DEPTH = 32
MAX_NUMBER_DIGITS = 20
TEMP_PREFIX = ".tmp-"


class FileProblem(Exception):
    """A file that cannot be read as what it should be; the message says why, for a person."""


def read_json(path: Path, max_bytes: int = MAX_FILE_BYTES) -> Any:
    """Parse a JSON file, refusing one that is too large, too deeply nested or not JSON."""
    try:
        size = path.stat().st_size
    except OSError as error:
        raise FileProblem(cannot_read(path.name, error)) from None
    if size > max_bytes:
        raise FileProblem(
            f"{path.name} is {size / 1e6:.0f} MB, more than the {max_bytes / 1e6:.0f} MB "
            "this app reads."
        )
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise FileProblem(cannot_read(path.name, error)) from None
    return parse_json(raw, path.name)


def parse_json(raw: bytes, name: str) -> Any:
    if not raw.strip():
        raise FileProblem(f"{name} is empty.")
    try:
        text = raw.decode("utf-8-sig")  # a byte order mark from a Windows editor is harmless
    except UnicodeDecodeError:
        raise FileProblem(f"{name} is not text (it is damaged or not a BackCoach file).") from None
    _check_depth_and_numbers(text, name)
    try:
        return json.loads(text, parse_constant=_refuse_constant)
    except RecursionError:
        raise FileProblem(f"{name} is nested too deeply to be a BackCoach file.") from None
    except ValueError as error:  # JSONDecodeError, and ints too long to convert
        raise FileProblem(f"{name} is not valid JSON ({error}).") from None


_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"')
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
# No BackCoach number has more than 20 digits or a three-digit exponent; Python would spend
# quadratic time converting a 100,000-digit integer, and 1e400 is infinity.
_HUGE_NUMBER = re.compile(r"\d{" + str(MAX_NUMBER_DIGITS + 1) + r",}|[eE][-+]?\d{3,}")
_DEPTH_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}


def _check_depth_and_numbers(text: str, name: str) -> None:
    # A cheap scan before parsing, so a hostile file cannot exhaust the parser's stack or its time:
    # strings removed, then only brackets kept, then their running sum (all in C, for a fast start).
    outside_strings = _STRING.sub("", text)
    brackets = _NOT_BRACKET.sub("", outside_strings)
    if brackets and max(accumulate(map(_DEPTH_STEP.__getitem__, brackets))) > MAX_DEPTH:
        raise FileProblem(f"{name} is nested too deeply to be a BackCoach file.")
    huge = _HUGE_NUMBER.search(outside_strings)
    if huge:
        raise FileProblem(
            f"{name} is not valid JSON for this app (a number is too large: {huge.group()[:24]}…)."
        )


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number this app accepts")


def write_json_atomic(path: Path, data: Any) -> None:
    """Replace the file with the data as JSON; see write_bytes_atomic."""
    text = json.dumps(data, ensure_ascii=False, indent=1, allow_nan=False) + "\n"
    write_bytes_atomic(path, text.encode("utf-8"))


def write_bytes_atomic(path: Path, content: bytes) -> None:
    """Replace the file's content, so that a crash at any instant leaves the old or the new file.

    The data goes to a temporary file in the same folder, which is flushed and fsynced, then renamed
    over the old file, and the folder is fsynced so the rename itself survives a power cut. On any
    error the temporary file is removed and the old file is untouched (unless only the final folder
    fsync failed: then the new file is in place, but the error is still raised, because its
    durability is not certain).
    """
    folder = path.parent
    folder.mkdir(parents=True, exist_ok=True)
    fd, temp_name = tempfile.mkstemp(prefix=TEMP_PREFIX + path.name + ".", dir=folder)
    try:
        try:
            handle = os.fdopen(fd, "wb")
        except BaseException:
            os.close(fd)
            raise
        with handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    fsync_folder(folder)


def fsync_folder(folder: Path) -> None:
    if os.name != "posix":  # Windows cannot open a folder; its rename is already durable
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def remove_stray_temporaries(folder: Path) -> list[Path]:
    """Delete temporary files a crash left behind; they are never the only copy of anything."""
    removed = []
    if folder.is_dir():
        for path in folder.rglob(TEMP_PREFIX + "*"):
            try:
                path.unlink()
                removed.append(path)
            except OSError:
                pass
    return removed


def write_text_atomic(path: Path, text: str, encoding: str = "utf-8") -> None:
    """Replace a text file (an export) atomically; see write_bytes_atomic."""
    write_bytes_atomic(path, text.encode(encoding))
