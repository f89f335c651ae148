"""The bounds of everything read from a file, in one place: sizes, nesting, numbers, text, years.

Every reader holds its input to these: the data folder's files (settings, routines, each month of
sessions), routine files from elsewhere, and archives made by Export all data. The JSON parser
(core/storage/files.py) checks a file's JSON limits before it builds anything; the readers of
records (sessions, settings, routines) check text and dates field by field. A faster parser must
hold files to the same bounds, so they are data here, not constants scattered beside each reader.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from backcoach.core.i18n import Context

CoreText = Context("CoreText")


@dataclass(frozen=True)
class JsonLimits:
    """What a JSON file may be, checked before it is parsed (see files.parse_json)."""

    max_bytes: int  # checked before the file is read
    # Nested lists and objects: no BackCoach file goes deeper than about six levels.
    max_depth: int = 32
    # No BackCoach number has more than 20 digits or a three-digit exponent: Python would spend
    # quadratic time converting a 100,000-digit integer, and 1e400 is infinity.
    max_number_digits: int = 20
    max_exponent_digits: int = 2
    # A list or an object costs Python about 60 bytes, so a file of "[[],[],[],...]" would take
    # twenty times its size in memory. A session, an exercise or a position takes well over a
    # hundred bytes of JSON: one list or object per 16 bytes (plus a few for a tiny file) is
    # far more than any BackCoach file holds, and bounds the memory to a small multiple of the
    # file.
    bytes_per_container: int = 16
    spare_containers: int = 64

    def max_containers(self, size: int) -> int:
        return size // self.bytes_per_container + self.spare_containers


# The files of the data folder: years of a busy month are a few megabytes; this is far beyond.
DATA_FILE = JsonLimits(max_bytes=64_000_000)
# A routine of a hundred exercises, each of them the user's own with long instructions, is far
# below this; anything larger is not a routine file and is refused before it is read.
ROUTINE_FILE = JsonLimits(max_bytes=1_000_000)
# An archive holds every session of every year: a hundred thousand sessions are about 70 MB.
ARCHIVE = JsonLimits(max_bytes=256_000_000)

# Any text read from a file (a note, a routine's or an exercise's name): a note is written with
# at most 2,000 characters (core/session.py), and an older or hand-edited one may be longer, but
# a text this long is not a note and would stall the window that lays it out.
MAX_TEXT_READ_CHARS = 20_000

# The years a date read from a file, an import or a person may fall in. A session in year 999 or
# 9999 is damage or mischief: outside this range, dates overflow when a time zone is applied, and
# a month file's name would not be read back.
FIRST_YEAR = 1900
LAST_YEAR = 2200


def year_in_range(day: date) -> bool:
    return FIRST_YEAR <= day.year <= LAST_YEAR


def year_problem(day: date) -> str | None:
    """What is wrong with a date's year, as a sentence, or None."""
    if year_in_range(day):
        return None
    return CoreText.tr(
        "The year {year} is not a year BackCoach keeps ({FIRST_YEAR} to {LAST_YEAR})."
    ).format(year=day.year, FIRST_YEAR=FIRST_YEAR, LAST_YEAR=LAST_YEAR)
