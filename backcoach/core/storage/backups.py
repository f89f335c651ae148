"""Rolling backups of the data files, in DATA/backups/, thinned as they age.

Before the store changes a file it asks for a backup of the file as it is. At most one backup of a
file is taken per hour (unless forced: before a migration, a restore or an import), and older ones
are thinned: every backup of the last day is kept, then the newest of each of the last 7 days, of
each of the last 4 weeks and of each of the last 12 months, and always the newest of all.

Layout: the backups of DATA/sessions/dev/2026-03.json are DATA/backups/sessions/dev/2026-03/
YYYYMMDD-HHMMSS.json, each a byte-for-byte copy of the file as it was at that moment.

A backup stamped in the future was taken while the computer's clock was wrong: it is kept, but
neither the hour between backups nor the thinning counts it (one save with a clock three years
ahead would otherwise stop every backup for three years). And ages are counted from the backup
before the newest rather than from the clock, so that the save made with the wrong clock does not
thin the others away either.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from backcoach.core.clock import Clock
from backcoach.core.storage.files import write_bytes_atomic
from backcoach.core.storage.layout import BACKUPS_FOLDER

MIN_INTERVAL = timedelta(hours=1)
_STAMP_FORMAT = "%Y%m%d-%H%M%S"
_BACKUP_NAME = re.compile(r"^(\d{8}-\d{6})(?:-(\d+))?\.json$")


@dataclass(frozen=True)
class Backup:
    path: Path  # the backup copy
    original: Path  # the data file it is a copy of
    taken: datetime  # local time, without a zone (as the name says)

    @property
    def size(self) -> int:
        try:
            return self.path.stat().st_size
        except OSError:
            return 0


def backups_to_keep(taken: Iterable[datetime], now: datetime) -> set[datetime]:
    """Which backup moments survive thinning: the last day's, then daily, weekly, monthly ones;
    every one stamped in the future is kept and counts for nothing."""
    moments = set(taken)
    future = {moment for moment in moments if moment > now}
    newest_first = sorted(moments - future, reverse=True)
    keep: set[datetime] = set(newest_first[:1]) | future
    seen_buckets: set[tuple[str, object]] = set()
    for moment in newest_first:
        age = now - moment
        buckets: list[tuple[str, object]] = []
        if age <= timedelta(days=1):
            keep.add(moment)
        if age <= timedelta(days=7):
            buckets.append(("day", moment.date()))
        if age <= timedelta(weeks=4):
            buckets.append(("week", moment.isocalendar()[:2]))
        if age <= timedelta(days=366):
            buckets.append(("month", (moment.year, moment.month)))
        for bucket in buckets:
            if bucket not in seen_buckets:  # newest first: the first seen is the newest
                seen_buckets.add(bucket)
                keep.add(moment)
    return keep


class Backups:
    def __init__(self, data_folder: Path, clock: Clock) -> None:
        self.data_folder = Path(data_folder)
        self.folder = self.data_folder / BACKUPS_FOLDER
        self.clock = clock

    def now(self) -> datetime:
        """The local time of day, as the backups' names carry it."""
        return self.clock.now().replace(tzinfo=None, microsecond=0)

    def _folder_of(self, original: Path) -> Path:
        relative = Path(original).relative_to(self.data_folder)
        return self.folder / relative.with_suffix("")

    def _original_of(self, backup_folder: Path) -> Path:
        return self.data_folder / backup_folder.relative_to(self.folder).with_suffix(".json")

    def of(self, original: Path, future_last: bool = False) -> list[Backup]:
        """The backups of one data file, newest first; with future_last, those stamped in the
        future (while the clock was wrong) after the others, for recovery."""
        folder = self._folder_of(original)
        found = self._in_folder(folder, Path(original))
        if future_last:
            now = self.now()
            found.sort(key=lambda backup: backup.taken > now)  # stable: newest first in each
        return found

    def _in_folder(self, folder: Path, original: Path) -> list[Backup]:
        found = []
        try:
            entries = list(folder.iterdir())
        except OSError:
            return []
        for path in entries:
            match = _BACKUP_NAME.match(path.name)
            if match and path.is_file():
                taken = datetime.strptime(match.group(1), _STAMP_FORMAT)
                found.append((taken, int(match.group(2) or 0), path))
        found.sort(reverse=True)
        return [Backup(path, original, taken) for taken, _, path in found]

    def all(self) -> list[Backup]:
        """Every backup of every file, newest first."""
        if not self.folder.is_dir():
            return []
        folders = {path.parent for path in self.folder.rglob("*.json")}
        backups = [
            backup
            for folder in folders
            for backup in self._in_folder(folder, self._original_of(folder))
        ]
        return sorted(backups, key=lambda b: (b.taken, b.path.name), reverse=True)

    def before_change(self, original: Path, force: bool = False) -> Backup | None:
        """Back up the file as it is now, unless it is missing or was backed up in the last hour.

        Raises OSError when the backup cannot be written (the caller then does not change the file).
        """
        original = Path(original)
        try:
            content = original.read_bytes()
        except FileNotFoundError:
            return None
        now = self.now()
        existing = [backup for backup in self.of(original) if backup.taken <= now]
        if not force and existing and now - existing[0].taken < MIN_INTERVAL:
            return None
        if existing and existing[0].path.read_bytes() == content and not force:
            return None  # nothing changed since the last backup: a copy would add nothing
        folder = self._folder_of(original)
        stamp = now.strftime(_STAMP_FORMAT)
        target = folder / f"{stamp}.json"
        counter = 1
        while target.exists():
            counter += 1
            target = folder / f"{stamp}-{counter}.json"
        write_bytes_atomic(target, content, private=True)
        self.thin(original)
        return Backup(target, original, now)

    def thin(self, original: Path) -> list[Path]:
        """Delete the backups of the file that thinning does not keep; the deleted paths."""
        backups = self.of(original)
        now = self.now()
        past = sorted((b.taken for b in backups if b.taken <= now), reverse=True)
        # Ages count from the backup before the newest, not from the clock: one save with a clock
        # set years ahead would otherwise make every earlier backup look years old, and thin
        # them all away. (While the app is used, the two differ by an hour or so.)
        reference = min(now, past[1]) if len(past) > 1 else now
        keep = backups_to_keep((b.taken for b in backups), reference)
        removed = []
        for backup in backups:
            if backup.taken in keep:
                continue
            try:
                backup.path.unlink()
                removed.append(backup.path)
            except OSError:
                pass
        return removed
