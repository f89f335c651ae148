"""The user's settings: each has a type, bounds and a default, checked on load and on change."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Spec:
    default: Any
    kind: type
    low: int | None = None
    high: int | None = None
    description: str = ""

    def problem(self, value: Any) -> str | None:
        if self.kind is int:
            if isinstance(value, bool) or not isinstance(value, int):
                return "must be a whole number"
            if self.low is not None and self.high is not None and not self.low <= value <= self.high:
                return f"must be from {self.low} to {self.high}"
            return None
        if not isinstance(value, self.kind):
            return f"must be {_KIND_WORDS.get(self.kind, self.kind.__name__)}"
        return None


_KIND_WORDS = {bool: "true or false", str: "text", list: "a list", dict: "an object"}

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
