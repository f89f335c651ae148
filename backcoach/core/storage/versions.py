"""The merge rule: which of several versions of one thing (a session, a setting, a routine) wins.

Every computer writes only its own files, so one thing can have a version in several computers'
files (and in a sync tool's conflict copies of them). Each version written by an edit carries
when it was made (`changed`, UTC with microseconds) and on which computer (`changed_on`); the
winner is the greatest (changed, device, deletion) - a version without a stamp (written before
stamps, or a first logging) is older than any stamped one, and on a tie in time and device a
deletion wins. The rule looks at nothing else, never at file order or names, so every computer
that has seen the same files picks the same winner.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Generic, TypeVar

# Older than any stamp a computer writes: what a version without a stamp counts as.
NEVER = datetime(1, 1, 1, tzinfo=UTC)
_TICK = timedelta(microseconds=1)

T = TypeVar("T")


def stamp_text(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def parse_stamp(value: Any) -> datetime | None:
    """A stamp as written in a file, or None when there is none (or it is not a time with its
    offset: such a version counts as unstamped rather than being refused)."""
    if not isinstance(value, str) or len(value) > 40:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    if moment.tzinfo is None:
        return None
    return moment.astimezone(UTC)


def next_stamp(now: datetime, seen: datetime | None) -> datetime:
    """The stamp for a change made now to something whose newest known version is `seen`: never
    older than what it replaces, so a computer with a clock behind still wins with its edit
    against the version it edited (and two edits within a microsecond stay in order)."""
    moment = now.astimezone(UTC)
    if seen is not None and moment <= seen:
        return seen + _TICK
    return moment


@dataclass(frozen=True)
class Version(Generic[T]):
    """One version of one thing: its value (or a deletion), when and where it was made."""

    key: str
    value: T | None
    changed: datetime | None
    device: str
    deleted: bool = False

    @property
    def order(self) -> tuple[datetime, str, bool]:
        return (self.changed or NEVER, self.device, self.deleted)


def newest(versions: Iterable[Version[T]]) -> dict[str, Version[T]]:
    """The winning version of each key (a deletion included: its key is then gone)."""
    winners: dict[str, Version[T]] = {}
    keep_newest(winners, versions)
    return winners


def keep_newest(winners: dict[str, Version[T]], versions: Iterable[Version[T]]) -> None:
    """Fold more versions into winners already chosen: the same winners as newest() over all
    the versions at once, so a long read can apply the rule file by file."""
    for version in versions:
        held = winners.get(version.key)
        if held is None or version.order > held.order:
            winners[version.key] = version


def living(winners: dict[str, Version[T]]) -> dict[str, T]:
    """The values of the winners that are not deletions."""
    return {key: v.value for key, v in winners.items() if not v.deleted and v.value is not None}
