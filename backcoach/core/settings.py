"""The user's settings: each has a type, bounds and a default, checked on load and on change."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any


@dataclass(frozen=True)
class Spec:
    default: Any
    kind: type
    low: int | None = None
    high: int | None = None
    description: str = ""
    # A further rule for values of the right kind (a time of day, a list of weekdays): returns
    # what is wrong, in words that finish "The setting 'x' ...", or None.
    check: Callable[[Any], str | None] | None = None

    def problem(self, value: Any) -> str | None:
        if self.kind is int:
            if isinstance(value, bool) or not isinstance(value, int):
                return "must be a whole number"
            bounded = self.low is not None and self.high is not None
            if bounded and not self.low <= value <= self.high:  # type: ignore[operator]
                return f"must be from {self.low} to {self.high}"
        elif not isinstance(value, self.kind):
            return f"must be {_KIND_WORDS.get(self.kind, self.kind.__name__)}"
        return self.check(value) if self.check else None


_KIND_WORDS = {bool: "true or false", str: "text", list: "a list", dict: "an object"}


# --- rules for the reminder settings ---------------------------------------------------------


def parse_time_of_day(text: str) -> tuple[int, int] | None:
    """(hour, minute) from "HH:MM" on a 24-hour clock, or None when it is not one."""
    hour, colon, minute = text.strip().partition(":")
    if not colon or not (hour.isdigit() and minute.isdigit()) or len(minute) != 2:
        return None
    if len(hour) > 2 or not (0 <= int(hour) <= 23 and 0 <= int(minute) <= 59):
        return None
    return int(hour), int(minute)


def _time_of_day(value: str) -> str | None:
    return None if parse_time_of_day(value) else "must be a time of day such as 09:00"


def _weekdays(value: list[Any]) -> str | None:
    if not all(isinstance(d, int) and not isinstance(d, bool) and 0 <= d <= 6 for d in value):
        return "must list weekdays as numbers from 0 (Monday) to 6 (Sunday)"
    return None


def _times_of_day(value: list[Any]) -> str | None:
    if len(value) > 24:
        return "must have at most 24 times"
    if not all(isinstance(t, str) and parse_time_of_day(t) for t in value):
        return "must list times of day such as 10:30"
    return None


def _one_of(*choices: str) -> Callable[[str], str | None]:
    return lambda value: None if value in choices else f"must be one of {', '.join(choices)}"


def _empty_or(parse: Callable[[str], Any], example: str) -> Callable[[str], str | None]:
    def check(value: str) -> str | None:
        if not value:
            return None
        try:
            parse(value)
        except ValueError:
            return f"must be empty or like {example}"
        return None

    return check


SPECS: Mapping[str, Spec] = {
    "safety_acknowledged": Spec(False, bool, description="the safety advice was read"),
    "routine": Spec("full_floor", str, description="the routine chosen in the player"),
    "sound": Spec(True, bool, description="ticks and chimes"),
    "voice": Spec(True, bool, description="spoken cues"),
    "volume": Spec(80, int, 0, 100, description="cue volume in percent"),
    "ask_pain": Spec(True, bool, description="ask for a pain rating before and after"),
    "day_start_hour": Spec(0, int, 0, 12, description="the hour a new day starts"),
    "weekly_goal_days": Spec(0, int, 0, 7, description="days a week to exercise (0: no goal)"),
    "rest_days": Spec([], list, description="dates (YYYY-MM-DD) marked as rest or flare-up days"),
    "window_geometry": Spec("", str, description="where the window was, as Qt saved it (base64)"),
    # --- desk reminders: backcoach/core/schedule.py turns these into reminder times ---
    "reminders": Spec(False, bool, description="remind me to do a routine at my desk"),
    "reminder_mode": Spec(
        "interval",
        str,
        description="interval (every N minutes in work hours) or times (fixed times of day)",
        check=_one_of("interval", "times"),
    ),
    "reminder_interval_minutes": Spec(60, int, 1, 480, description="minutes between reminders"),
    "work_start": Spec("09:00", str, description="work hours start (HH:MM)", check=_time_of_day),
    "work_end": Spec("17:00", str, description="work hours end (HH:MM)", check=_time_of_day),
    "reminder_weekdays": Spec(
        [0, 1, 2, 3, 4],
        list,
        description="days to remind on, 0 Monday to 6 Sunday",
        check=_weekdays,
    ),
    "reminder_times": Spec(
        ["10:30", "15:00"], list, description="fixed reminder times (HH:MM)", check=_times_of_day
    ),
    "reminder_goal_sessions": Spec(
        1, int, 0, 10, description="completed sessions a day after which reminders stop (0: never)"
    ),
    "reminder_routine": Spec("desk_stretch", str, description="the routine a reminder starts"),
    "do_not_disturb": Spec(False, bool, description="hold all reminders until switched off"),
    "reminders_snoozed_until": Spec(
        "",
        str,
        description="no reminder before this time (ISO 8601)",
        check=_empty_or(datetime.fromisoformat, "2026-03-02T10:15:00+01:00"),
    ),
    "reminders_off_day": Spec(
        "",
        str,
        description="the date 'no more reminders today' was chosen",
        check=_empty_or(date.fromisoformat, "2026-03-02"),
    ),
    "start_at_login": Spec(False, bool, description="start in the tray when I log in"),
    "tray_close_explained": Spec(
        False, bool, description="told once that closing the window keeps BackCoach in the tray"
    ),
}


class SettingsError(ValueError):
    pass


class Settings:
    """Known settings with defaults, plus any keys a newer version wrote, kept as they are."""

    def __init__(
        self, values: Mapping[str, Any] | None = None, ignored: Mapping[str, Any] | None = None
    ) -> None:
        self._values = dict(values or {})
        # Stored values that were wrong: not used, but written back until the user sets the
        # setting again, so a hand edit with a typo is never silently thrown away.
        self._ignored = {k: v for k, v in (ignored or {}).items() if k not in self._values}

    def __getitem__(self, name: str) -> Any:
        if name in self._values:
            return self._values[name]
        return SPECS[name].default

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Settings) and self.to_json() == other.to_json()

    def __repr__(self) -> str:
        return f"Settings({self._values!r})"

    def changed(self, **changes: Any) -> Settings:
        """A copy with the changes; a wrong value raises SettingsError and changes nothing."""
        for name, value in changes.items():
            spec = SPECS.get(name)
            if spec is None:
                raise SettingsError(f"There is no setting called {name!r}.")
            problem = spec.problem(value)
            if problem:
                raise SettingsError(f"The setting {name!r} {problem}.")
        return Settings({**self._values, **changes}, self._ignored)

    def to_json(self) -> dict[str, Any]:
        return {**self._ignored, **self._values}

    @classmethod
    def from_json(cls, data: Any) -> tuple[Settings, list[str]]:
        """The settings, and a message for each stored value that was wrong and so ignored."""
        if not isinstance(data, Mapping):
            return cls(), ["The settings were not an object; the defaults are used."]
        values: dict[str, Any] = {}
        ignored: dict[str, Any] = {}
        problems = []
        for name, value in data.items():
            spec = SPECS.get(name)
            problem = spec.problem(value) if spec else None
            if problem:
                problems.append(f"The setting {name!r} {problem}; its default is used.")
                ignored[name] = value
            else:
                values[name] = value
        return cls(values, ignored), problems
