"""The quick way to read a month file: msgspec decodes it into typed structs and checks every
bound of core/session.py's from_json in C, so years of sessions load in about a second.

It takes only a file that it can read whole and exactly as the careful path would (documents.py,
SessionRecord.from_json and session_files.py's tombstones): the current schema, no unknown key
in a session (the careful path keeps them), no record the careful path would refuse, and
tombstones that are each an object with a text id. Anything else, a damaged or hand-edited
file, a newer version's, is refused here (Refused) and read the careful way, so recovery and
refusals keep their meaning. tests/core/storage/test_fast_reader.py reads clean and damaged
folders both ways.

One difference is kept on purpose: the careful path takes a number written with more than 20
digits in a row or a three-digit exponent for damage (files.check_structure: Python converts a
huge integer in quadratic time). Here the decoder reads numbers in linear time and the bounds
refuse any out of range, so such a number in range (0.1000000000000000000001 seconds) is read,
not repaired. BackCoach never writes one; looking for them costs more than the decoding.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Annotated

import msgspec

from backcoach.core.input_limits import DATA_FILE, MAX_TEXT_READ_CHARS, year_in_range
from backcoach.core.session import ExerciseRecord, Hurt, SessionRecord
from backcoach.core.storage.migrations import SCHEMA_VERSION
from backcoach.core.storage.versions import parse_stamp
from backcoach.core.text_rules import LINE_BREAK_CHARACTERS, NOT_TEXT_CHARACTERS

# The texts from_json accepts (core/text_rules.py): no character that is not text, and for a
# single line (all but the note) no line break or tab either; \Z, as $ allows a final newline.
_TEXT = f"^[^{NOT_TEXT_CHARACTERS}]*\\Z"
_LINE = f"^[^{NOT_TEXT_CHARACTERS}{LINE_BREAK_CHARACTERS}]*\\Z"
Line = Annotated[str, msgspec.Meta(max_length=MAX_TEXT_READ_CHARS, pattern=_LINE)]
Text = Annotated[str, msgspec.Meta(max_length=MAX_TEXT_READ_CHARS, pattern=_TEXT)]
Count = Annotated[int, msgspec.Meta(ge=0, le=1_000_000)]
Seconds = Annotated[float, msgspec.Meta(ge=0, le=1e7)]
Rating = Annotated[int, msgspec.Meta(ge=0, le=10)]


class _Exercise(msgspec.Struct, forbid_unknown_fields=True):
    exercise: Line
    name: Line
    holds_planned: Count
    holds_done: Count
    reps_planned: Count
    reps_done: Count
    hold_seconds: Count
    active_seconds: Seconds


class _Hurt(msgspec.Struct, forbid_unknown_fields=True):
    exercise: Line
    rating: Rating | None = None


class _Session(msgspec.Struct, forbid_unknown_fields=True):
    id: Line
    routine: Line
    routine_name: Line
    started: Line
    ended: Line
    duration_seconds: Seconds
    active_seconds: Seconds
    completed: bool
    exercises: list[_Exercise] = []
    pain_before: Rating | None = None
    pain_after: Rating | None = None
    note: Text | None = None
    source: Line | None = None
    hurts: list[_Hurt] = []
    # Any text: one that is not a time with its offset reads as no stamp (versions.parse_stamp).
    changed: str | None = None
    changed_on: Line | None = None


class _Tombstone(msgspec.Struct):
    # Other keys are ignored, as session_files.py ignores them (and keeps them when it writes).
    id: str
    changed: str | None = None
    changed_on: str | None = None


class _MonthFile(msgspec.Struct):
    # Other keys of the file (its device) are the careful path's to keep when it writes.
    schema: int
    sessions: list[_Session]
    deleted: list[_Tombstone] = []


@dataclass(frozen=True)
class Tombstone:
    """A deletion as written in a month file's `deleted` list: changed_on is "" when the file
    does not say (the deletion is then the file's device's)."""

    id: str
    changed: datetime | None
    changed_on: str


@dataclass(frozen=True)
class MonthFile:
    sessions: list[SessionRecord]
    deleted: list[Tombstone]


_DECODER = msgspec.json.Decoder(_MonthFile)


class Refused(Exception):
    """Not a file for the quick way: read it the careful way."""


def read_month_file(path: Path) -> MonthFile:
    """The sessions and tombstones of a month file, as the careful path would read them;
    Refused otherwise."""
    try:
        if path.stat().st_size > DATA_FILE.max_bytes:
            raise Refused
        raw = path.read_bytes()
    except OSError:
        raise Refused from None
    if len(raw) > DATA_FILE.max_bytes:
        raise Refused
    try:
        month = _DECODER.decode(raw)
    except (msgspec.DecodeError, msgspec.ValidationError):
        raise Refused from None
    if month.schema != SCHEMA_VERSION:
        raise Refused
    return MonthFile(
        [_record(s) for s in month.sessions],
        [Tombstone(t.id, parse_stamp(t.changed), t.changed_on or "") for t in month.deleted],
    )


def _record(session: _Session) -> SessionRecord:
    return SessionRecord(
        id=session.id,
        routine_id=session.routine,
        routine_name=session.routine_name,
        started=_moment(session.started),
        ended=_moment(session.ended),
        duration_seconds=float(session.duration_seconds),
        active_seconds=float(session.active_seconds),
        completed=session.completed,
        exercises=tuple(
            ExerciseRecord(
                e.exercise,
                e.name,
                e.holds_planned,
                e.holds_done,
                e.reps_planned,
                e.reps_done,
                e.hold_seconds,
                float(e.active_seconds),
            )
            for e in session.exercises
        ),
        pain_before=session.pain_before,
        pain_after=session.pain_after,
        note=session.note or "",
        hurts=tuple(Hurt(h.exercise, h.rating) for h in session.hurts),
        source=session.source or "app",
        changed=parse_stamp(session.changed),
        changed_on=session.changed_on or "",
        extra={},
    )


def _moment(text: str) -> datetime:
    # As from_json reads it (the decoder's own reading of dates is not quite the same).
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise Refused from None
    if moment.tzinfo is None or not year_in_range(moment):
        raise Refused
    return moment
