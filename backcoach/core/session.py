"""What a session leaves behind: the record that is logged in the store."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from backcoach.core.i18n import Context
from backcoach.core.input_limits import MAX_TEXT_READ_CHARS, year_in_range, year_problem
from backcoach.core.storage.versions import parse_stamp, stamp_text
from backcoach.core.text_rules import holds_non_text, text_problem

CoreText = Context("CoreText")

# The longest note a session keeps, in characters: a note, not a diary. Checked when a note is
# written (logged, edited, entered by hand); a longer one in a file written before is still read.
NOTE_LIMIT = 2000
# A session entered by hand lasts from a minute to four hours.
MANUAL_MINUTES = (1, 240)


class RecordError(ValueError):
    """A stored session that cannot be read, or a change to a session that cannot be made."""


def note_problem(note: str) -> str | None:
    """What is wrong with a session's note, as a sentence, or None."""
    if len(note) > NOTE_LIMIT:
        return CoreText.tr(
            "A note can be at most {NOTE_LIMIT} characters; this one has {len}."
        ).format(NOTE_LIMIT=NOTE_LIMIT, len=len(note))
    return text_problem(CoreText.tr("The note"), note)


def rating_problem(rating: int | None) -> str | None:
    """What is wrong with a pain rating (None: not rated), as a sentence, or None."""
    if rating is None:
        return None
    if isinstance(rating, bool) or not isinstance(rating, int) or not 0 <= rating <= 10:
        return CoreText.tr("A pain rating goes from 0 (none) to 10 (worst).")
    return None


@dataclass(frozen=True)
class ExerciseRecord:
    exercise_id: str
    name: str
    holds_planned: int
    holds_done: int
    reps_planned: int
    reps_done: int
    hold_seconds: int
    active_seconds: float

    @property
    def has_begun(self) -> bool:
        """Whether this exercise was begun: a hold done, or time spent moving into position,
        holding or releasing (getting ready and resting do not count)."""
        return self.holds_done > 0 or self.active_seconds > 0

    def to_json(self) -> dict[str, Any]:
        return {
            "exercise": self.exercise_id,
            "name": self.name,
            "holds_planned": self.holds_planned,
            "holds_done": self.holds_done,
            "reps_planned": self.reps_planned,
            "reps_done": self.reps_done,
            "hold_seconds": self.hold_seconds,
            "active_seconds": round(self.active_seconds, 1),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ExerciseRecord:
        return cls(
            exercise_id=_text(data, "exercise"),
            name=_text(data, "name"),
            holds_planned=_count(data, "holds_planned"),
            holds_done=_count(data, "holds_done"),
            reps_planned=_count(data, "reps_planned"),
            reps_done=_count(data, "reps_done"),
            hold_seconds=_count(data, "hold_seconds"),
            active_seconds=_seconds(data, "active_seconds"),
        )


@dataclass(frozen=True)
class Hurt:
    """The user pressed "this hurts" during an exercise."""

    exercise_id: str
    rating: int | None

    def to_json(self) -> dict[str, Any]:
        return {"exercise": self.exercise_id, "rating": self.rating}


@dataclass(frozen=True)
class SessionRecord:
    id: str
    routine_id: str
    routine_name: str
    started: datetime  # local time with its UTC offset, as it was where the session happened
    ended: datetime
    duration_seconds: float  # time the session ran, pauses excluded
    active_seconds: float  # time spent moving, holding and releasing
    completed: bool
    exercises: tuple[ExerciseRecord, ...] = ()
    pain_before: int | None = None
    pain_after: int | None = None
    note: str = ""
    hurts: tuple[Hurt, ...] = ()
    source: str = "app"  # "app" or "manual" (entered by hand afterwards)
    # When and on which computer this version was made by an edit (None: as first logged); the
    # newest version of a session wins (core/storage/versions.py). Not part of equality: the
    # same session, edited or not.
    changed: datetime | None = field(default=None, compare=False)
    changed_on: str = field(default="", compare=False)
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False)

    @staticmethod
    def new_id() -> str:
        return uuid.uuid4().hex

    @property
    def holds_done(self) -> int:
        return sum(e.holds_done for e in self.exercises)

    @property
    def reps_done(self) -> int:
        return sum(e.reps_done for e in self.exercises)

    @property
    def has_begun(self) -> bool:
        """Whether any exercise was begun (see `ExerciseRecord.has_begun`). A session stopped
        before that, during the first get-ready, has nothing to log."""
        return self.active_seconds > 0 or self.holds_done > 0

    @property
    def exercises_begun(self) -> tuple[ExerciseRecord, ...]:
        return tuple(e for e in self.exercises if e.has_begun)

    def updated(self, **changes: Any) -> SessionRecord:
        """A copy with the changes; a note or a pain rating that breaks the rules raises
        RecordError with a sentence for the user."""
        problem = note_problem(changes["note"]) if "note" in changes else None
        for key in ("pain_before", "pain_after"):
            if key in changes:
                problem = problem or rating_problem(changes[key])
        if problem:
            raise RecordError(problem)
        return replace(self, **changes)

    @classmethod
    def entered_by_hand(
        cls,
        routine_id: str,
        routine_name: str,
        started: datetime,
        minutes: int,
        now: datetime,
        completed: bool = True,
        pain_before: int | None = None,
        pain_after: int | None = None,
        note: str = "",
    ) -> SessionRecord:
        """A session done without the app (at the physio's, from memory), as a person entered it.

        started: the wall time it began, without a zone; it gets the UTC offset that applies on
        that date where this computer is (summer or winter time), not today's. now: the app
        clock's, since a session cannot start in the future. A value that breaks the rules raises
        RecordError with a sentence for the user."""
        first, last = MANUAL_MINUTES
        if not first <= minutes <= last:
            raise RecordError(
                CoreText.tr("A session entered by hand lasts {first} to {last} minutes.").format(
                    first=first, last=last
                )
            )
        start = started.replace(second=0, microsecond=0)
        problem = year_problem(start)
        if problem:
            raise RecordError(problem)
        if start.tzinfo is None:
            start = start.astimezone()  # the local offset of that date, from the system's rules
        if start > now:
            raise RecordError(CoreText.tr("A session cannot start in the future."))
        note = note.strip()
        problem = note_problem(note) or rating_problem(pain_before) or rating_problem(pain_after)
        if problem:
            raise RecordError(problem)
        seconds = minutes * 60
        return cls(
            id=cls.new_id(),
            routine_id=routine_id,
            routine_name=routine_name,
            started=start,
            ended=start + timedelta(seconds=seconds),
            duration_seconds=seconds,
            active_seconds=seconds,
            completed=completed,
            pain_before=pain_before,
            pain_after=pain_after,
            note=note,
            source="manual",
        )

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            **self.extra,
            "id": self.id,
            "routine": self.routine_id,
            "routine_name": self.routine_name,
            "started": self.started.isoformat(timespec="seconds"),
            "ended": self.ended.isoformat(timespec="seconds"),
            "duration_seconds": round(self.duration_seconds, 1),
            "active_seconds": round(self.active_seconds, 1),
            "completed": self.completed,
            "exercises": [e.to_json() for e in self.exercises],
            "pain_before": self.pain_before,
            "pain_after": self.pain_after,
            "note": self.note,
            "source": self.source,
        }
        if self.hurts:
            data["hurts"] = [h.to_json() for h in self.hurts]
        if self.changed is not None:
            data["changed"] = stamp_text(self.changed)
            data["changed_on"] = self.changed_on
        return data

    @classmethod
    def from_json(cls, data: Any) -> SessionRecord:
        if not isinstance(data, Mapping):
            raise RecordError(CoreText.tr("a session must be an object"))
        exercises = data.get("exercises", [])
        hurts = data.get("hurts", [])
        if not isinstance(exercises, list) or not isinstance(hurts, list):
            raise RecordError(CoreText.tr("'exercises' and 'hurts' must be lists"))
        try:
            hurt_records = tuple(Hurt(_text(h, "exercise"), _rating(h, "rating")) for h in hurts)
            exercise_records = tuple(ExerciseRecord.from_json(e) for e in exercises)
        except (TypeError, AttributeError) as error:
            raise RecordError(str(error)) from None
        known = {
            "id",
            "routine",
            "routine_name",
            "started",
            "ended",
            "duration_seconds",
            "active_seconds",
            "completed",
            "exercises",
            "pain_before",
            "pain_after",
            "note",
            "source",
            "hurts",
            "changed",
            "changed_on",
        }
        completed = data.get("completed")
        if not isinstance(completed, bool):
            raise RecordError(CoreText.tr("'completed' must be true or false"))
        return cls(
            id=_text(data, "id"),
            routine_id=_text(data, "routine"),
            routine_name=_text(data, "routine_name"),
            started=_moment(data, "started"),
            ended=_moment(data, "ended"),
            duration_seconds=_seconds(data, "duration_seconds"),
            active_seconds=_seconds(data, "active_seconds"),
            completed=completed,
            exercises=exercise_records,
            pain_before=_rating(data, "pain_before"),
            pain_after=_rating(data, "pain_after"),
            note=_text(data, "note", required=False),
            hurts=hurt_records,
            source=_text(data, "source", required=False) or "app",
            changed=parse_stamp(data.get("changed")),
            changed_on=_text(data, "changed_on", required=False),
            extra={k: v for k, v in data.items() if k not in known},
        )


def _text(data: Mapping[str, Any], key: str, *, required: bool = True) -> str:
    """A text of the record; one that holds what is not text (text_rules.py), or is far longer
    than any the app writes, is refused with its record (which stays in its file)."""
    value = data.get(key)
    if value is None and not required:
        return ""
    if not isinstance(value, str):
        raise RecordError(CoreText.tr("{key!r} must be text").format(key=key))
    if len(value) > MAX_TEXT_READ_CHARS:
        raise RecordError(
            CoreText.tr("{key!r} is longer than any text BackCoach keeps").format(key=key)
        )
    if holds_non_text(value, single_line=key != "note"):
        raise RecordError(CoreText.tr("{key!r} holds characters that are not text").format(key=key))
    return value


def _count(data: Mapping[str, Any], key: str) -> int:
    value = data.get(key)
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 1_000_000:
        raise RecordError(
            CoreText.tr("{key!r} must be a whole number of reasonable size").format(key=key)
        )
    return value


def _seconds(data: Mapping[str, Any], key: str) -> float:
    value = data.get(key)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1e7:
        raise RecordError(CoreText.tr("{key!r} must be a number of seconds").format(key=key))
    return float(value)


def _rating(data: Mapping[str, Any], key: str) -> int | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 10:
        raise RecordError(CoreText.tr("{key!r} must be a pain rating from 0 to 10").format(key=key))
    return value


def _moment(data: Mapping[str, Any], key: str) -> datetime:
    try:
        moment = datetime.fromisoformat(_text(data, key))
    except ValueError:
        raise RecordError(CoreText.tr("{key!r} must be a date and time").format(key=key)) from None
    if moment.tzinfo is None:
        raise RecordError(CoreText.tr("{key!r} must carry its UTC offset").format(key=key))
    if not year_in_range(moment):
        raise RecordError(
            CoreText.tr("{key!r} is in a year BackCoach does not keep ({year})").format(
                key=key, year=moment.year
            )
        )
    return moment
