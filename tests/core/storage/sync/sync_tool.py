"""A sync tool for the tests, with the real tools' rules (Syncthing, Dropbox, Nextcloud).

Two folders, one per computer. Changes travel only when `sync` runs (the tool's delay), and only
for the files it is given time for: a file is written beside its place under a temporary name
first (half-written, and seen so by anyone listing the folder), then renamed. A file changed on
both sides since they last agreed is a conflict: the copy with the newer modification time wins
the name, the other is kept beside it as a conflict copy named as the tool names it, on both
sides. Deleted files are deleted on the other side, unless changed there meanwhile. The lock file
is not synced: a lock is the operating system's, per computer (docs/data-format.md).
"""

from __future__ import annotations

import os
import random
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from backcoach.core.storage.instance_lock import LOCK_FILE
from backcoach.core.storage.sync_names import is_sync_temporary

STYLES = ("syncthing", "dropbox", "nextcloud")


def conflict_name(name: str, style: str, when: datetime, who: str) -> str:
    stem, dot, ext = name.rpartition(".")
    ext = dot + ext
    if style == "syncthing":
        return f"{stem}.sync-conflict-{when:%Y%m%d-%H%M%S}-{who.upper()[:7]:A<7}{ext}"
    if style == "dropbox":
        return f"{stem} ({who}'s conflicted copy {when:%Y-%m-%d}){ext}"
    return f"{stem} (conflicted copy {when:%Y-%m-%d %H%M%S}){ext}"


def temporary_name(name: str, style: str) -> str:
    if style == "syncthing":
        return f".syncthing.{name}.tmp"
    if style == "dropbox":
        return f".~{name}"
    return f"{name}.partial"


@dataclass
class SyncTool:
    a: Path
    b: Path
    style: str = "syncthing"
    names: tuple[str, str] = ("laptop", "desk")
    rng: random.Random = field(default_factory=lambda: random.Random(0))
    # What both sides held when they last agreed, per relative path.
    agreed: dict[str, bytes] = field(default_factory=dict)
    conflicts: list[Path] = field(default_factory=list)
    # Temporary files left half-written by an interrupted round, to be finished by the next.
    half_written: list[Path] = field(default_factory=list)

    def files(self, side: Path) -> dict[str, bytes]:
        found = {}
        for path in side.rglob("*"):
            if path.is_file() and path.name != LOCK_FILE and not is_sync_temporary(path.name):
                found[str(path.relative_to(side))] = path.read_bytes()
        return found

    def sync(self, share: float = 1.0, when: datetime | None = None) -> None:
        """One round: each differing file travels with probability `share` (1: everything);
        when share < 1, one file may be left half-written under its temporary name."""
        when = when or datetime(2026, 11, 24, 10, 10, 10)
        for leftover in self.half_written:
            leftover.unlink(missing_ok=True)  # the tool itself cleans up its own
        self.half_written = []
        left, right = self.files(self.a), self.files(self.b)
        for rel in sorted(set(left) | set(right)):
            if self.rng.random() > share:
                if share < 1 and not self.half_written and rel in left and rel not in right:
                    self._half_write(self.b / rel, left[rel])
                continue
            mine, theirs, base = left.get(rel), right.get(rel), self.agreed.get(rel)
            if mine == theirs:
                if mine is not None:
                    self.agreed[rel] = mine
                continue
            if theirs == base:  # changed on a only
                self._put(self.b / rel, mine, self.a / rel)
            elif mine == base:  # changed on b only
                self._put(self.a / rel, theirs, self.b / rel)
            else:
                self._conflict(rel, mine, theirs, when)
                continue
            self.agreed[rel] = mine if theirs == base else theirs  # type: ignore[assignment]
            if self.agreed[rel] is None:
                del self.agreed[rel]

    def full_sync(self) -> None:
        """Rounds until both sides hold the same files."""
        for _ in range(5):
            self.sync()
            if self.files(self.a) == self.files(self.b):
                return
        raise AssertionError("the sides never agreed")

    def _half_write(self, path: Path, content: bytes) -> None:
        temporary = path.with_name(temporary_name(path.name, self.style))
        temporary.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(content[: len(content) // 2])
        self.half_written.append(temporary)

    def _put(self, path: Path, content: bytes | None, source: Path) -> None:
        if content is None:
            path.unlink(missing_ok=True)
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(temporary_name(path.name, self.style))
        temporary.write_bytes(content)
        stat = source.stat()
        os.utime(temporary, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # tools keep the mtime
        os.replace(temporary, path)

    def _conflict(self, rel: str, mine: bytes | None, theirs: bytes | None, when: datetime) -> None:
        a_time = (self.a / rel).stat().st_mtime_ns if mine is not None else -1
        b_time = (self.b / rel).stat().st_mtime_ns if theirs is not None else -1
        a_wins = a_time >= b_time
        winner, loser = (mine, theirs) if a_wins else (theirs, mine)
        winner_side, loser_name = (self.a, self.names[1]) if a_wins else (self.b, self.names[0])
        if loser is not None:
            name = conflict_name(Path(rel).name, self.style, when, loser_name)
            for side in (self.a, self.b):
                copy = side / Path(rel).parent / name
                copy.parent.mkdir(parents=True, exist_ok=True)
                copy.write_bytes(loser)
            self.conflicts.append(Path(rel).parent / name)
            self.agreed[str(Path(rel).parent / name)] = loser
        for side in (self.a, self.b):
            if winner is None:
                (side / rel).unlink(missing_ok=True)
            elif side != winner_side:
                self._put(side / rel, winner, winner_side / rel)
        if winner is None:
            self.agreed.pop(rel, None)
        else:
            self.agreed[rel] = winner
