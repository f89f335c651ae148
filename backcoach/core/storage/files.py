"""Safe JSON files: atomic writes, and reads that refuse huge, deep or malformed input in linear
time. The bounds (size, depth, numbers, lists and objects) are core/input_limits.py's."""

from __future__ import annotations

import contextlib
import json
import os
import re
import tempfile
from itertools import accumulate
from pathlib import Path
from typing import Any

from backcoach.core.i18n import Context
from backcoach.core.input_limits import DATA_FILE, JsonLimits
from backcoach.core.words import cannot_read

StorageText = Context("StorageText")

# Kept for the readers that name the data files' bounds directly.
MAX_FILE_BYTES = DATA_FILE.max_bytes
MAX_DEPTH = DATA_FILE.max_depth
MAX_NUMBER_DIGITS = DATA_FILE.max_number_digits
TEMP_PREFIX = ".tmp-"
# The folders of the data folder are the user's alone, like its files: other people on the
# computer cannot list which months have sessions.
PRIVATE_FOLDER_MODE = 0o700


class FileProblem(Exception):
    """A file that cannot be read as what it should be; the message says why, for a person."""


class FileUnreadable(FileProblem):
    """The system would not let the file be read (permission denied, an input/output error, a
    folder where a file should be): nothing is known about its content, so it is not damaged."""


def read_json(path: Path, limits: JsonLimits = DATA_FILE) -> Any:
    """Parse a JSON file, refusing one that is too large, too deeply nested or not JSON.

    FileUnreadable when the system refuses to read it; FileProblem when its content is wrong.
    """
    try:
        size = path.stat().st_size
    except OSError as error:
        raise FileUnreadable(cannot_read(path.name, error)) from None
    if size > limits.max_bytes:
        raise FileProblem(too_large(path.name, size, limits.max_bytes))
    try:
        raw = read_at_most(path, limits.max_bytes, size)
    except OSError as error:
        raise FileUnreadable(cannot_read(path.name, error)) from None
    if len(raw) > limits.max_bytes:
        raise FileProblem(too_large(path.name, len(raw), limits.max_bytes))
    return parse_json(raw, path.name, limits)


def read_at_most(path: Path, max_bytes: int, size: int) -> bytes:
    """The file's bytes, up to one more than max_bytes (so that a file that grew since its size
    was taken is still seen to be too large). Memory goes with what is there, not with the bound:
    read(n) sets n bytes aside before it reads anything."""
    chunks = []
    total = 0
    with path.open("rb") as handle:
        want = min(size, max_bytes) + 1
        while total <= max_bytes:
            chunk = handle.read(want)
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            want = min(1 << 20, max_bytes + 1 - total)
    return b"".join(chunks) if len(chunks) != 1 else chunks[0]


def too_large(name: str, size: int, limit: int) -> str:
    return StorageText.tr(
        "{name} is {value:,.1f} MB, more than the {value2:,.0f} MB this app reads for such a file."
    ).format(name=name, value=size / 1e6, value2=limit / 1e6)


def parse_json(raw: bytes, name: str, limits: JsonLimits = DATA_FILE) -> Any:
    """The JSON value in the bytes; FileProblem, saying why, for anything else. Linear in the
    size of the input: checked by check_structure before the parser builds anything."""
    if not raw or raw.isspace():
        raise FileProblem(StorageText.tr("{name} is empty.").format(name=name))
    if len(raw) > limits.max_bytes:
        raise FileProblem(too_large(name, len(raw), limits.max_bytes))
    try:
        text = raw.decode("utf-8-sig")  # a byte order mark from a Windows editor is harmless
    except UnicodeDecodeError:
        raise FileProblem(
            StorageText.tr("{name} is not text (it is damaged or not a BackCoach file).").format(
                name=name
            )
        ) from None
    check_structure(text, name, limits)
    try:
        return json.loads(text, parse_constant=_refuse_constant)
    except RecursionError:
        raise FileProblem(
            StorageText.tr("{name} is nested too deeply to be a BackCoach file.").format(name=name)
        ) from None
    except ValueError as error:  # JSONDecodeError, and ints too long to convert
        raise FileProblem(
            StorageText.tr("{name} is not valid JSON ({error}).").format(name=name, error=error)
        ) from None


# A JSON string, or what is left of an unterminated one: from a quote to the closing quote, or to
# the end of the text. It matches at every quote and never backtracks (possessive quantifiers, and
# "." takes line breaks too), so removing every string is one pass over the text: a pattern that
# can fail at an unterminated string is retried at each later quote, which took hours on a file of
# \" repeated (tests/core/storage/test_linear_scan.py checks the property).
STRING_TOKEN = re.compile(r'"[^"\\]*+(?:\\.[^"\\]*+)*+(?:"|\\?\Z)', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]++")
_DEPTH_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}


def _huge_number(limits: JsonLimits) -> re.Pattern[str]:
    # re keeps compiled patterns, so this costs nothing after the first file.
    digits, exponent = limits.max_number_digits + 1, limits.max_exponent_digits + 1
    return re.compile(rf"\d{{{digits}}}|[eE][-+]?+\d{{{exponent}}}")


def check_structure(text: str, name: str, limits: JsonLimits) -> None:
    """Refuse, before parsing, a text nested too deeply, holding a number too large to convert
    quickly, or so many lists and objects that it would take many times its size in memory.

    Strings are removed first (brackets and digits in a note do not count), then only brackets
    are kept and their running sum gives the depth: every step is a pass in C over the text.
    """
    outside_strings = STRING_TOKEN.sub("", text)
    # Counted first (in C), so that a file of millions of lists is refused before anything is
    # built for each of them.
    containers = outside_strings.count("[") + outside_strings.count("{")
    if containers > limits.max_containers(len(text)):
        # Too many; the depth is worth saying only if it shows at the start ("[[[[...").
        start = _NOT_BRACKET.sub("", outside_strings[: limits.max_containers(0) * 8])
        if start and max(accumulate(map(_DEPTH_STEP.__getitem__, start))) > limits.max_depth:
            raise FileProblem(
                StorageText.tr("{name} is nested too deeply to be a BackCoach file.").format(
                    name=name
                )
            )
        raise FileProblem(
            StorageText.tr(
                "{name} holds far more lists and objects than a BackCoach file of its size could."
            ).format(name=name)
        )
    brackets = _NOT_BRACKET.sub("", outside_strings)
    if brackets and max(accumulate(map(_DEPTH_STEP.__getitem__, brackets))) > limits.max_depth:
        raise FileProblem(
            StorageText.tr("{name} is nested too deeply to be a BackCoach file.").format(name=name)
        )
    huge = _huge_number(limits).search(outside_strings)
    if huge:
        raise FileProblem(
            StorageText.tr(
                "{name} is not valid JSON for this app (a number is too large: {group}…)."
            ).format(name=name, group=huge.group())
        )


def _refuse_constant(name: str) -> Any:
    raise ValueError(StorageText.tr("{name} is not a number this app accepts").format(name=name))


def encode_json(data: Any) -> bytes:
    """The data as UTF-8 JSON, one key per line. Text that cannot be UTF-8 (a lone surrogate kept
    from an older file) is written as a \\u escape, exactly as it was read, never refused here:
    a write fails only for the reasons the system gives. TypeError or ValueError only for data
    that is not JSON at all (a bug, not the user's)."""
    text = json.dumps(data, ensure_ascii=False, indent=1, allow_nan=False) + "\n"
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return (json.dumps(data, ensure_ascii=True, indent=1, allow_nan=False) + "\n").encode()


def write_json_atomic(path: Path, data: Any, *, private: bool = False) -> None:
    """Replace the file with the data as JSON (see encode_json and write_bytes_atomic)."""
    write_bytes_atomic(path, encode_json(data), private=private)


def write_bytes_atomic(path: Path, content: bytes, *, private: bool = False) -> None:
    """Replace the file's content, so that a crash at any instant leaves the old or the new file.

    The data goes to a temporary file in the same folder, which is flushed and fsynced, then renamed
    over the old file, and the folder is fsynced so the rename itself survives a power cut. On any
    error the temporary file is removed and the old file is untouched (unless only the final folder
    fsync failed: then the new file is in place, but the error is still raised, because its
    durability is not certain).

    private: missing folders are made readable by the user alone (the data folder's); an export
    to a folder of the user's gets ordinary ones. The file itself is always the user's alone
    (0600, as tempfile makes it).
    """
    folder = path.parent
    make_folders(folder, PRIVATE_FOLDER_MODE if private else 0o777)
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


def make_folders(folder: Path, mode: int = 0o777) -> None:
    """Make the folder and any missing parents, each with the mode (less the umask); what exists
    already is left as it is. OSError when one cannot be made."""
    missing = []
    current = Path(folder)
    while not current.is_dir() and current.parent != current:
        missing.append(current)
        current = current.parent
    for level in reversed(missing):
        try:
            level.mkdir(mode=mode)
        except FileExistsError:
            if not level.is_dir():
                raise


def fsync_folder(folder: Path) -> None:
    if os.name != "posix":  # Windows cannot open a folder; its rename is already durable
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_text_atomic(path: Path, text: str, encoding: str = "utf-8") -> None:
    """Replace a text file (an export) atomically; see write_bytes_atomic."""
    write_bytes_atomic(path, text.encode(encoding))
