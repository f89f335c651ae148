"""A file of the data folder that cannot be read: told apart, rebuilt, kept aside, and said.

The store reads a document and asks here whether it has the shape of its kind. One that does not
(or that does not parse) is rebuilt from what it still holds (whole records before and after the
damage, see salvage.py) and its newest good backup. Then, in this order, so that a crash or a
full disk at any instant loses nothing and hides nothing:

1. the damaged bytes are kept as NAME.broken-STAMP beside the file: a second name for the same
   file (a hard link: instant, and it needs no space), or else a copy written atomically; an
   earlier copy of the same bytes (from a recovery that was interrupted) is used again;
2. the rebuilt document is written atomically in the file's place (the store does this).

Killed before step 1 ends, the next start finds the damaged file in place and recovers again;
between 1 and 2, it finds it in place too, and reuses the copy; after 2, the file is whole. If the
copy cannot be made, the damaged file stays where it is, untouched, and is not written until it
can be. A copy with no file in its place (left by an older version, which moved the file aside
first) is recovered from again. Nothing here ever deletes or changes a damaged file.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from backcoach.core.i18n import Context
from backcoach.core.session import RecordError, SessionRecord
from backcoach.core.storage.backups import Backup, Backups
from backcoach.core.storage.files import FileProblem, parse_json, write_bytes_atomic
from backcoach.core.storage.layout import broken_copies, broken_name
from backcoach.core.storage.migrations import (
    ROUTINES,
    SCHEMA_VERSION,
    SESSIONS,
    SETTINGS,
    DocumentKind,
    migrate,
)
from backcoach.core.storage.salvage import salvage_records

StorageText = Context("StorageText")

KIND_WORDS = {SETTINGS: "settings", ROUTINES: "routines", SESSIONS: "sessions"}


def shape_problem(data: Any, kind: DocumentKind, name: str) -> str | None:
    """Why the document is not a BackCoach document of this kind, or None if it is one."""
    if not isinstance(data, dict):
        return StorageText.tr("{name} does not hold {KIND_WORDS}.").format(
            name=name, KIND_WORDS=KIND_WORDS[kind]
        )
    schema = data.get("schema")
    if isinstance(schema, bool) or not isinstance(schema, int) or schema < 0:
        return StorageText.tr("{name} has no valid schema version.").format(name=name)
    if schema > SCHEMA_VERSION:
        return None  # a newer version may shape its files differently: not ours to judge
    if kind == SESSIONS and not isinstance(data.get("sessions"), list):
        return StorageText.tr("{name} has no list of sessions.").format(name=name)
    if kind == ROUTINES:
        for key in ("routines", "exercises"):
            if key in data and not isinstance(data[key], list):
                return StorageText.tr("In {name}, {key!r} is not a list.").format(
                    name=name, key=key
                )
    if kind == SETTINGS and "settings" in data and not isinstance(data["settings"], dict):
        return StorageText.tr("In {name}, 'settings' is not an object.").format(name=name)
    return None


def good_document(raw: bytes, kind: DocumentKind, name: str) -> dict[str, Any] | None:
    """The document these bytes hold, at the current schema, or None if it is not a good one."""
    try:
        data = parse_json(raw, name)
    except FileProblem:
        return None
    if shape_problem(data, kind, name) or data["schema"] > SCHEMA_VERSION:
        return None
    return migrate(kind, data)


def empty_document(kind: DocumentKind, device: str) -> dict[str, Any]:
    """What a file of this kind holds when nothing of it could be recovered."""
    if kind == SESSIONS:
        return {"schema": SCHEMA_VERSION, "device": device, "sessions": []}
    if kind == ROUTINES:
        return {"schema": SCHEMA_VERSION, "routines": [], "exercises": []}
    return {"schema": SCHEMA_VERSION, "settings": {}}


@dataclass(frozen=True)
class Rebuilt:
    """What could be recovered of a damaged file."""

    document: dict[str, Any] | None  # None: nothing at all
    salvaged: int  # readable records found in the damaged bytes
    backup: Backup | None  # the backup it was rebuilt from, if any


def rebuild(raw: bytes, kind: DocumentKind, path: Path, backups: Backups, device: str) -> Rebuilt:
    """The damaged file's readable records over its newest good backup (they are newer)."""
    found = _newest_good_backup(backups, path, kind)
    backup, recovered = found if found else (None, None)
    salvaged = 0
    if kind == SESSIONS:
        recovered, salvaged = _merge_salvaged_sessions(recovered, raw, device)
    elif kind == ROUTINES:
        recovered, salvaged = _merge_salvaged_routines(recovered, raw)
    return Rebuilt(recovered, salvaged, backup)


def keep_aside(path: Path, raw: bytes, now: datetime) -> Path:
    """Keep the damaged file's bytes as NAME.broken-STAMP beside it, before anything replaces
    it; the copy's path. Raises OSError when no copy can be made (the file is then left alone).

    An earlier copy of the same bytes is used again, so recovering twice (after a crash) keeps
    one copy, not two.
    """
    for earlier in broken_copies(path):
        if _same_content(earlier, path, raw):
            return earlier
    stamp = now.strftime("%Y%m%d-%H%M%S")
    counter = 1
    while True:
        aside = broken_name(path, stamp, counter)
        try:
            os.link(path, aside)  # the same file under a second name: instant, no space needed
            return aside
        except FileExistsError:
            counter += 1
            continue
        except OSError:
            break  # no hard links here (FAT, some network folders): copy the bytes instead
    while aside.exists():
        counter += 1
        aside = broken_name(path, stamp, counter)
    write_bytes_atomic(aside, raw, private=True)
    return aside


def _same_content(candidate: Path, path: Path, raw: bytes) -> bool:
    try:
        if os.path.samefile(candidate, path):
            return True
        return candidate.stat().st_size == len(raw) and candidate.read_bytes() == raw
    except OSError:
        return False


def _newest_good_backup(
    backups: Backups, path: Path, kind: DocumentKind
) -> tuple[Backup, dict[str, Any]] | None:
    for backup in backups.of(path, future_last=True):
        try:
            raw = backup.path.read_bytes()
        except OSError:
            continue
        data = good_document(raw, kind, backup.path.name)
        if data is not None:
            return backup, data
    return None


def _merge_salvaged_sessions(
    recovered: dict[str, Any] | None, raw: bytes, device: str
) -> tuple[dict[str, Any] | None, int]:
    readable = []
    for candidate in salvage_records(raw, "sessions"):
        try:
            SessionRecord.from_json(candidate)
        except RecordError:
            continue
        readable.append(candidate)
    if not readable:
        return recovered, 0
    if recovered is None:
        recovered = {"schema": SCHEMA_VERSION, "device": device, "sessions": []}
    by_id = {s.get("id"): s for s in recovered["sessions"] if isinstance(s, dict)}
    # The damaged file is newer than its backup: its readable records win.
    by_id.update({record["id"]: record for record in readable})
    kept = [s for s in recovered["sessions"] if not isinstance(s, dict) or "id" not in s]
    recovered["sessions"] = kept + list(by_id.values())
    return recovered, len(readable)


def _merge_salvaged_routines(
    recovered: dict[str, Any] | None, raw: bytes
) -> tuple[dict[str, Any] | None, int]:
    count = 0
    result = recovered or {"schema": SCHEMA_VERSION, "routines": [], "exercises": []}
    for key in ("routines", "exercises"):
        readable = [r for r in salvage_records(raw, key) if isinstance(r.get("id"), str)]
        if not readable:
            continue
        existing = result.get(key)
        if not isinstance(existing, list):
            existing = []
        by_id = {r.get("id"): r for r in existing if isinstance(r, dict)}
        by_id.update({r["id"]: r for r in readable})
        result[key] = list(by_id.values())
        count += len(readable)
    return (result if count or recovered is not None else None), count
