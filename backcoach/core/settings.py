"""The user's settings: each has a type, bounds and a default, checked on load and on change.

Each setting is declared once, as a `Spec` on the `Settings` class: the spec checks values, and on
an instance it reads the value with its type (`settings.volume` is an int for mypy), so no caller
indexes by a string that mypy cannot check. `Settings.changed` (through AppState.update_settings in
the app) is the only way to change them. The rules that widgets need before saving (work hours,
weekdays, reminder times, rest days) are here too, so a hand-edited file gets the same checks.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any, Generic, Literal, NoReturn, TypeVar, cast, get_args, overload

from backcoach.core.i18n import QT_TRANSLATE_NOOP, SHIPPED_LANGUAGES, SOURCE_LANGUAGE, Context
from backcoach.core.input_limits import FIRST_YEAR, LAST_YEAR, year_in_range

CoreText = Context("CoreText")

T = TypeVar("T")

ReminderMode = Literal["interval", "times"]
REMINDER_MODES: tuple[ReminderMode, ...] = get_args(ReminderMode)
# The player's two kinds of cue, each of which may be missing on a computer.
CUE_KINDS = ("sound", "voice")
# The app's colours: the desktop's, or light or dark whatever the desktop uses.
ThemeName = Literal["system", "light", "dark"]
THEMES: tuple[ThemeName, ...] = get_args(ThemeName)
LANGUAGES = ("system", SOURCE_LANGUAGE, *SHIPPED_LANGUAGES)
# Fixed reminder times a day: more would be a reminder every hour, which "interval" does better.
MAX_REMINDER_TIMES = 24


class SettingsError(ValueError):
    pass


class Spec(Generic[T]):
    """One setting: its kind, bounds, default and meaning. Read on a Settings, it gives the value.

    check: a further rule for values of the right kind (a time of day, a list of weekdays); it
    returns what is wrong, in words that finish "The setting 'x' ...", or None.
    """

    def __init__(
        self,
        default: T,
        kind: type,
        low: int | None = None,
        high: int | None = None,
        description: str = "",
        check: Callable[[Any], str | None] | None = None,
    ) -> None:
        self.default = default
        self.kind = kind
        self.low = low
        self.high = high
        self.description = description
        self.check = check
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, settings: None, owner: type) -> Spec[T]: ...

    @overload
    def __get__(self, settings: Settings, owner: type) -> T: ...

    def __get__(self, settings: Settings | None, owner: type) -> Spec[T] | T:
        if settings is None:
            return self  # Settings.volume: the spec itself, for its bounds and description
        return cast(T, settings.value(self.name))

    def __set__(self, settings: Settings, value: NoReturn) -> None:
        # Settings are changed only through Settings.changed (AppState.update_settings in the
        # app), which checks the value; mypy refuses an assignment too (value: NoReturn).
        raise AttributeError(
            CoreText.tr("settings are read-only: use changed({name}=...)").format(name=self.name)
        )

    @property
    def bounds(self) -> tuple[int, int]:
        """(low, high) of a bounded whole number, for a spin box's range."""
        if self.low is None or self.high is None:
            raise TypeError(
                CoreText.tr("the setting {name!r} has no bounds").format(name=self.name)
            )
        return self.low, self.high

    def problem(self, value: object) -> str | None:
        if self.kind is int:
            if isinstance(value, bool) or not isinstance(value, int):
                return CoreText.tr("must be a whole number")
            low, high = self.low, self.high
            if low is not None and high is not None and not low <= value <= high:
                return CoreText.tr("must be from {low} to {high}").format(
                    low=self.low, high=self.high
                )
        elif not isinstance(value, self.kind):
            return CoreText.tr("must be {get}").format(
                get=CoreText.tr(_KIND_WORDS.get(self.kind, self.kind.__name__))
            )
        return self.check(value) if self.check else None

    def __repr__(self) -> str:
        return f"Spec({self.name!r}, default={self.default!r})"


_KIND_WORDS = {
    bool: QT_TRANSLATE_NOOP("CoreText", "true or false"),
    str: QT_TRANSLATE_NOOP("CoreText", "text"),
    list: QT_TRANSLATE_NOOP("CoreText", "a list"),
    dict: QT_TRANSLATE_NOOP("CoreText", "an object"),
}


# --- rules for the reminder settings ---------------------------------------------------------


def parse_time_of_day(text: str) -> tuple[int, int] | None:
    """(hour, minute) from "HH:MM" on a 24-hour clock, or None when it is not one."""
    hour, colon, minute = text.strip().partition(":")
    if not colon or not (hour.isdigit() and minute.isdigit()) or len(minute) != 2:
        return None
    if len(hour) > 2 or not (0 <= int(hour) <= 23 and 0 <= int(minute) <= 59):
        return None
    return int(hour), int(minute)


def parse_times_of_day(text: str) -> tuple[list[str], str | None]:
    """Reminder times from what a person wrote ("10:30, 15:00"): (sorted "HH:MM" texts, None), or
    ([], what is wrong, as a sentence to show them)."""
    words = [w for w in re.split(r"[,;\s]+", text.strip()) if w]
    if not words:
        return [], CoreText.tr("Write at least one time, such as 10:30.")
    times = set()
    for word in words:
        parsed = parse_time_of_day(word)
        if parsed is None:
            return [], CoreText.tr(
                "“{word}” is not a time of day; write times like 10:30, 15:00."
            ).format(word=word)
        times.add(f"{parsed[0]:02d}:{parsed[1]:02d}")
    if len(times) > MAX_REMINDER_TIMES:
        return [], CoreText.tr("At most {MAX_REMINDER_TIMES} times a day.").format(
            MAX_REMINDER_TIMES=MAX_REMINDER_TIMES
        )
    return sorted(times), None


def work_hours_problem(start: str, end: str) -> str | None:
    """What is wrong with work hours from `start` to `end` ("HH:MM"), as a sentence, or None.

    They must end after they start on the same day: hours across midnight would make "today's"
    reminders belong to two dates."""
    first, last = parse_time_of_day(start), parse_time_of_day(end)
    if first is None or last is None:
        return CoreText.tr("Work hours must be times of day such as 09:00.")
    if last <= first:
        return CoreText.tr("Work hours must end after they start.")
    return None


def weekdays_problem(days: Sequence[object]) -> str | None:
    """What is wrong with a list of reminder days, as a sentence, or None."""
    if not days:
        return CoreText.tr("Choose at least one day.")
    if not all(isinstance(d, int) and not isinstance(d, bool) and 0 <= d <= 6 for d in days):
        return CoreText.tr("Days must be numbers from 0 (Monday) to 6 (Sunday).")
    return None


def _time_of_day(value: str) -> str | None:
    return None if parse_time_of_day(value) else CoreText.tr("must be a time of day such as 09:00")


def _weekdays(value: list[Any]) -> str | None:
    if not value:
        return CoreText.tr("must list at least one weekday")
    if weekdays_problem(value):
        return CoreText.tr("must list weekdays as numbers from 0 (Monday) to 6 (Sunday)")
    return None


def _times_of_day(value: list[Any]) -> str | None:
    if not value:
        return CoreText.tr("must list at least one time")
    if len(value) > MAX_REMINDER_TIMES:
        return CoreText.tr("must have at most {MAX_REMINDER_TIMES} times").format(
            MAX_REMINDER_TIMES=MAX_REMINDER_TIMES
        )
    if not all(isinstance(t, str) and parse_time_of_day(t) for t in value):
        return CoreText.tr("must list times of day such as 10:30")
    return None


def _cue_kinds(value: list[Any]) -> str | None:
    if all(kind in CUE_KINDS for kind in value):
        return None
    return CoreText.tr("must list only {join}").format(join=" and ".join(CUE_KINDS))


def _one_of(*choices: str) -> Callable[[str], str | None]:
    return lambda value: (
        None
        if value in choices
        else CoreText.tr("must be one of {join}").format(join=", ".join(choices))
    )


def _empty_or(parse: Callable[[str], date], example: str) -> Callable[[str], str | None]:
    def check(value: str) -> str | None:
        if not value:
            return None
        try:
            moment = parse(value)
        except ValueError:
            return CoreText.tr("must be empty or like {example}").format(example=example)
        if not year_in_range(moment):
            return CoreText.tr("must be a date from {FIRST_YEAR} to {LAST_YEAR}").format(
                FIRST_YEAR=FIRST_YEAR, LAST_YEAR=LAST_YEAR
            )
        return None

    return check


# --- rules for the rest days -------------------------------------------------------------------


def parse_rest_days(values: Iterable[Any]) -> set[date]:
    """The rest days from the settings' list of "YYYY-MM-DD" texts; anything else is skipped."""
    days = set()
    for value in values:
        if isinstance(value, str) and len(value) <= len("YYYY-MM-DD"):
            try:
                day = date.fromisoformat(value)
            except ValueError:
                continue
            if year_in_range(day):
                days.add(day)
    return days


def toggled_rest_days(values: Iterable[Any], day: date) -> list[str]:
    """The rest-day list with `day` marked, or unmarked if it was: what to save as rest_days."""
    return sorted(d.isoformat() for d in parse_rest_days(values) ^ {day})


# --- the settings ------------------------------------------------------------------------------


class Settings:
    """Known settings with defaults, plus any keys a newer version wrote, kept as they are.

    The class attributes are the specs; on an instance they read the values."""

    safety_acknowledged = Spec(False, bool, description="the safety advice was read")
    routine = Spec("full_floor", str, description="the routine chosen in the player")
    sound = Spec(True, bool, description="ticks and chimes")
    voice = Spec(True, bool, description="spoken cues")
    volume = Spec(80, int, 0, 100, description="cue volume in percent")
    ask_pain = Spec(True, bool, description="ask for a pain rating before and after")
    day_start_hour = Spec(0, int, 0, 12, description="the hour a new day starts")
    weekly_goal_days = Spec(0, int, 0, 7, description="days a week to exercise (0: no goal)")
    # Not checked item by item: an entry that is not a date is skipped (parse_rest_days), so a
    # typo in a hand edit never costs the other rest days.
    rest_days = Spec[Sequence[object]](
        [], list, description="dates (YYYY-MM-DD) marked as rest or flare-up days"
    )
    theme = Spec[ThemeName](
        "system", str, description="the colours: system, light or dark", check=_one_of(*THEMES)
    )
    # The language of the window: "system" (the desktop's) or a shipped language's code; it
    # applies at the next start (core/i18n.py).
    language = Spec(
        "system",
        str,
        description="the language: system, en, de, es or fr",
        check=_one_of(*LANGUAGES),
    )
    window_geometry = Spec("", str, description="where the window was, as Qt saved it (base64)")
    # --- desk reminders: backcoach/core/schedule.py turns these into reminder times ---
    reminders = Spec(False, bool, description="remind me to do a routine at my desk")
    reminder_mode = Spec[ReminderMode](
        "interval",
        str,
        description="interval (every N minutes in work hours) or times (fixed times of day)",
        check=_one_of(*REMINDER_MODES),
    )
    reminder_interval_minutes = Spec(60, int, 1, 480, description="minutes between reminders")
    work_start = Spec("09:00", str, description="work hours start (HH:MM)", check=_time_of_day)
    work_end = Spec("17:00", str, description="work hours end (HH:MM)", check=_time_of_day)
    reminder_weekdays = Spec[Sequence[int]](
        [0, 1, 2, 3, 4],
        list,
        description="days to remind on, 0 Monday to 6 Sunday",
        check=_weekdays,
    )
    reminder_times = Spec[Sequence[str]](
        ["10:30", "15:00"], list, description="fixed reminder times (HH:MM)", check=_times_of_day
    )
    reminder_goal_sessions = Spec(
        1, int, 0, 10, description="completed sessions a day after which reminders stop (0: never)"
    )
    reminder_routine = Spec("desk_stretch", str, description="the routine a reminder starts")
    do_not_disturb = Spec(False, bool, description="hold all reminders until switched off")
    reminders_snoozed_until = Spec(
        "",
        str,
        description="no reminder before this time (ISO 8601)",
        check=_empty_or(datetime.fromisoformat, "2026-03-02T10:15:00+01:00"),
    )
    reminders_off_day = Spec(
        "",
        str,
        description="the date 'no more reminders today' was chosen",
        check=_empty_or(date.fromisoformat, "2026-03-02"),
    )
    start_at_login = Spec(False, bool, description="start in the tray when I log in")
    cue_problems_told = Spec[Sequence[str]](
        [],
        list,
        description="the cues that cannot play here (sound, voice), explained once",
        check=_cue_kinds,
    )
    tray_close_explained = Spec(
        False, bool, description="told once that closing the window keeps BackCoach in the tray"
    )

    def __init__(
        self, values: Mapping[str, Any] | None = None, ignored: Mapping[str, Any] | None = None
    ) -> None:
        self._values = dict(values or {})
        # Stored values that were wrong: not used, but written back until the user sets the
        # setting again, so a hand edit with a typo is never silently thrown away.
        self._ignored = {k: v for k, v in (ignored or {}).items() if k not in self._values}

    def value(self, name: str) -> object:
        """A setting by name (for code that goes through SPECS); otherwise read the attribute."""
        if name in self._values:
            return self._values[name]
        return SPECS[name].default

    @property
    def rest_dates(self) -> set[date]:
        """The rest days as dates."""
        return parse_rest_days(self.rest_days)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Settings) and self.to_json() == other.to_json()

    def __repr__(self) -> str:
        return f"Settings({self._values!r})"

    def changed(self, **changes: object) -> Settings:
        """A copy with the changes; a wrong value raises SettingsError and changes nothing."""
        for name, value in changes.items():
            spec = SPECS.get(name)
            if spec is None:
                raise SettingsError(
                    CoreText.tr("There is no setting called {name!r}.").format(name=name)
                )
            problem = spec.problem(value)
            if problem:
                raise SettingsError(
                    CoreText.tr("The setting {name!r} {problem}.").format(
                        name=name, problem=problem
                    )
                )
        settings = Settings({**self._values, **changes}, self._ignored)
        for rule in RULES:
            problem = rule.problem(settings)
            if problem and any(name in changes for name in rule.names):
                raise SettingsError(problem)
        return settings

    def to_json(self) -> dict[str, Any]:
        return {**self._ignored, **self._values}

    @classmethod
    def from_json(cls, data: Any) -> tuple[Settings, list[str]]:
        """The settings, and a message for each stored value that was wrong and so ignored."""
        if not isinstance(data, Mapping):
            return cls(), [CoreText.tr("The settings were not an object; the defaults are used.")]
        values: dict[str, Any] = {}
        ignored: dict[str, Any] = {}
        problems = []
        for name, value in data.items():
            spec = SPECS.get(name)
            problem = spec.problem(value) if spec else None
            if problem:
                problems.append(
                    CoreText.tr("The setting {name!r} {problem}; its default is used.").format(
                        name=name, problem=problem
                    )
                )
                ignored[name] = value
            else:
                values[name] = value
        for rule in RULES:
            problem = rule.problem(cls(values))
            if problem:
                names = CoreText.tr(" and ").join(repr(name) for name in rule.names)
                problems.append(
                    CoreText.tr(
                        "{problem} The settings {names} are not used: the defaults are."
                    ).format(problem=problem, names=names)
                )
                ignored.update({name: values.pop(name) for name in rule.names if name in values})
        return cls(values, ignored), problems


class Rule:
    """A rule across settings, such as work hours that end after they start.

    A change that breaks it is refused; a stored pair that breaks it falls back to the defaults,
    which keep every rule."""

    def __init__(self, names: tuple[str, ...], problem: Callable[[Settings], str | None]) -> None:
        self.names = names
        self.problem = problem


SPECS: Mapping[str, Spec[Any]] = {
    name: spec for name, spec in vars(Settings).items() if isinstance(spec, Spec)
}
RULES: tuple[Rule, ...] = (
    Rule(("work_start", "work_end"), lambda s: work_hours_problem(s.work_start, s.work_end)),
)
