"""A file of the data folder that cannot be read: told apart, set aside, rebuilt, and said.

The store reads a document, and asks here whether it has the shape of its kind. One that does not
(or that does not parse) is renamed NAME.broken-STAMP, never overwritten; what it still holds
(whole records before and after the damage, see salvage.py) and its newest good backup are put
together in its place, and a message says what happened, for a person.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from backcoach.core.session import RecordError, SessionRecord
from backcoach.core.storage.backups import Backup, Backups
from backcoach.core.storage.files import FileProblem, parse_json
from backcoach.core.storage.migrations import (
    ROUTINES,
    SCHEMA_VERSION,
    SESSIONS,
    SETTINGS,
    DocumentKind,
    migrate,
)
from backcoach.core.storage.salvage import salvage_records
from backcoach.core.words import moment_text, plural

_KIND_WORDS = {SETTINGS: "settings", ROUTINES: "routines", SESSIONS: "sessions"}


def shape_problem(data: Any, kind: DocumentKind, name: str) -> str | None:
    """Why the document is not a BackCoach document of this kind, or None if it is one."""
    if not isinstance(data, dict):
        return f"{name} does not hold {_KIND_WORDS[kind]}."
    schema = data.get("schema")
    if isinstance(schema, bool) or not isinstance(schema, int) or schema < 0:
        return f"{name} has no valid schema version."
    if schema > SCHEMA_VERSION:
        return None  # a newer version may shape its files differently: not ours to judge
    if kind == SESSIONS and not isinstance(data.get("sessions"), list):
        return f"{name} has no list of sessions."
    if kind == ROUTINES:
        for key in ("routines", "exercises"):
            if key in data and not isinstance(data[key], list):
                return f"In {name}, {key!r} is not a list."
    if kind == SETTINGS and "settings" in data and not isinstance(data["settings"], dict):
        return f"In {name}, 'settings' is not an object."
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


@dataclass(frozen=True)
class Recovery:
    """What became of a file that could not be read."""

    document: dict[str, Any] | None  # what was recovered, to put in its place; None: nothing
    message: str  # what happened, for a person
    aside: Path | None  # where the damaged file is kept; None: it could not be moved


def recover(
    path: Path,
    kind: DocumentKind,
    why: str,
    name: str,
    backups: Backups,
    device: str,
    now: datetime,
) -> Recovery:
    """Set the broken file aside and rebuild it from what it still holds and its newest good
    backup; the caller writes the recovered document in its place (when the file was moved)."""
    try:
        raw = path.read_bytes()
    except OSError:
        raw = b""
    aside = _set_aside(path, now)
    found = _newest_good_backup(backups, path, kind)
    backup, recovered = found if found else (None, None)
    salvaged = 0
    if kind == SESSIONS:
        recovered, salvaged = _merge_salvaged_sessions(recovered, raw, device)
    elif kind == ROUTINES:
        recovered, salvaged = _merge_salvaged_routines(recovered, raw)
    what = {SETTINGS: "settings", ROUTINES: "routines", SESSIONS: "sessions"}[kind]
    message = [f"Your {what} file {name} could not be read: {why}"]
    if aside is None:
        message.append(f"It could not be moved aside, so it is left as it was at {path}.")
    else:
        message.append(f"The damaged file is kept as {aside}.")
    recovered_from = []
    if salvaged:
        rescued = plural(salvaged, "readable record")
        recovered_from.append(f"{rescued} {'was' if salvaged == 1 else 'were'} rescued from it")
    if backup is not None:
        recovered_from.append(f"the backup of {moment_text(backup.taken)} was loaded")
    if recovered_from:
        sentence = ", and ".join(recovered_from)
        message.append(sentence[0].upper() + sentence[1:] + ".")
    elif kind == SETTINGS:
        message.append("No good backup was found, so the default settings are used.")
    else:
        message.append("No good backup was found.")
    return Recovery(recovered, " ".join(message), aside)


def _newest_good_backup(
    backups: Backups, path: Path, kind: DocumentKind
) -> tuple[Backup, dict[str, Any]] | None:
    for backup in backups.of(path):
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


def _set_aside(path: Path, now: datetime) -> Path | None:
    """Rename the file to NAME.broken-STAMP; the new path, or None if it cannot be moved."""
    stamp = now.strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.broken-{stamp}")
    counter = 1
    while aside.exists():
        counter += 1
        aside = path.with_name(f"{path.name}.broken-{stamp}-{counter}")
    try:
        path.rename(aside)
    except OSError:
        return None
    return aside
