"""One file with all the user's data: exported on one computer, merged in on another.

The archive holds the settings, the user's routines and exercises, and every readable session.
Importing merges without duplicates: a session whose id is already here is skipped; settings set
here stay as they are, settings set only in the archive are added and rest days are combined;
a routine or exercise already here is kept, one that differs under the same id comes in as a copy.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from backcoach import __version__
from backcoach.core.input_limits import ARCHIVE
from backcoach.core.session import RecordError, SessionRecord
from backcoach.core.settings import Settings
from backcoach.core.storage.files import FileProblem, read_json, write_json_atomic
from backcoach.core.storage.migrations import SCHEMA_VERSION, SESSIONS, migrate
from backcoach.core.storage.store import Store
from backcoach.core.words import archive_exported, archive_imported, cannot_write

ARCHIVE_FORMAT = "backcoach-archive"
# An archive of many years is larger than any one data file.
MAX_ARCHIVE_BYTES = ARCHIVE.max_bytes


@dataclass
class ExportSummary:
    path: Path
    sessions: int
    routines: int
    exercises: int

    def __str__(self) -> str:
        return archive_exported(self)


@dataclass
class ImportSummary:
    sessions_added: int = 0
    sessions_already_here: int = 0
    sessions_unreadable: int = 0
    settings_added: list[str] = field(default_factory=list)
    routines_added: int = 0
    exercises_added: int = 0

    def __str__(self) -> str:
        return archive_imported(self)


def export_all(
    store: Store, path: Path, extra_sessions: list[SessionRecord] | tuple = ()
) -> ExportSummary:
    """Write everything to one file (plus sessions not saved yet, when the app passes them)."""
    sessions = {record.id: record for record in store.load_sessions()}
    sessions.update({record.id: record for record in extra_sessions})
    user_data = store.load_user_data()
    archive = {
        "format": ARCHIVE_FORMAT,
        "schema": SCHEMA_VERSION,
        "app_version": __version__,
        "exported": store.clock.now().isoformat(timespec="seconds"),
        "device": store.device,
        "settings": store.load_settings().to_json(),
        "user_data": {k: v for k, v in user_data.items() if k != "schema"},
        "sessions": [r.to_json() for r in sorted(sessions.values(), key=lambda r: r.started)],
    }
    try:
        write_json_atomic(Path(path), archive)
    except OSError as error:
        raise FileProblem(cannot_write(path, error)) from error
    return ExportSummary(
        Path(path), len(sessions), len(user_data["routines"]), len(user_data["exercises"])
    )


def read_archive(path: Path) -> dict[str, Any]:
    """The archive's content, checked; FileProblem with a message for a person otherwise."""
    data = read_json(Path(path), ARCHIVE)
    name = Path(path).name
    if not isinstance(data, dict) or data.get("format") != ARCHIVE_FORMAT:
        raise FileProblem(f"{name} is not a BackCoach export (made with File > Export all data).")
    schema = data.get("schema")
    if isinstance(schema, bool) or not isinstance(schema, int):
        raise FileProblem(f"{name} has no valid schema version.")
    if schema > SCHEMA_VERSION:
        raise FileProblem(f"{name} was made by a newer version of BackCoach; update to import it.")
    if not isinstance(data.get("sessions"), list):
        raise FileProblem(f"{name} has no list of sessions.")
    if not isinstance(data.get("settings", {}), dict):
        raise FileProblem(f"In {name}, 'settings' is not an object.")
    user_data = data.get("user_data", {})
    if not isinstance(user_data, dict) or not all(
        isinstance(user_data.get(key, []), list) for key in ("routines", "exercises")
    ):
        raise FileProblem(f"In {name}, the routines are not readable.")
    # Sessions of an older archive go through the same migration as an older sessions file.
    migrated = migrate(SESSIONS, {"schema": schema, "sessions": data["sessions"]})
    return {**data, "sessions": migrated["sessions"], "schema": SCHEMA_VERSION}


def import_all(store: Store, path: Path) -> ImportSummary:
    """Merge an archive into the data folder; every changed file is backed up first."""
    archive = read_archive(path)
    summary = ImportSummary()
    here = {record.id for record in store.load_sessions()}
    new_sessions: dict[str, SessionRecord] = {}
    for raw in archive["sessions"]:
        try:
            record = SessionRecord.from_json(raw)
        except RecordError:
            summary.sessions_unreadable += 1
            continue
        if record.id in here or record.id in new_sessions:
            summary.sessions_already_here += 1
        else:
            new_sessions[record.id] = record
    store.add_sessions(new_sessions.values())
    summary.sessions_added = len(new_sessions)

    settings, added = merge_settings(store.load_settings(), archive.get("settings", {}))
    if added:
        store.save_settings(settings)
        summary.settings_added = added

    user_data = store.load_user_data()
    incoming = archive.get("user_data", {})
    summary.routines_added = _merge_by_id(user_data["routines"], incoming.get("routines", []))
    summary.exercises_added = _merge_by_id(user_data["exercises"], incoming.get("exercises", []))
    unknown_keys = {k: v for k, v in incoming.items() if k not in user_data}
    if summary.routines_added or summary.exercises_added or unknown_keys:
        store.save_user_data({**unknown_keys, **user_data})
    return summary


def merge_settings(current: Settings, incoming: Any) -> tuple[Settings, list[str]]:
    """Settings set here stay; those set only in the archive are added; rest days combined."""
    if not isinstance(incoming, dict):
        return current, []
    mine = current.to_json()
    merged = dict(mine)
    added = []
    for name, value in incoming.items():
        if name == "rest_days" and isinstance(value, list):
            combined = sorted({*mine.get("rest_days", []), *value}, key=str)
            if combined != mine.get("rest_days", []):
                merged[name] = combined
                added.append(name)
        elif name == "safety_acknowledged":
            if value is True and mine.get(name) is not True:
                merged[name] = True
                added.append(name)
        elif name not in mine:
            merged[name] = value
            added.append(name)
    settings, _problems = Settings.from_json(merged)
    return settings, added


def _merge_by_id(mine: list[Any], incoming: Any) -> int:
    """Add incoming items (dicts with an "id") to `mine`; a different item under a taken id comes
    in as a copy with a new id and "(imported)" after its name. The number added."""
    if not isinstance(incoming, list):
        return 0
    by_id = {item.get("id"): item for item in mine if isinstance(item, dict)}
    added = 0
    for item in incoming:
        if not isinstance(item, dict) or not isinstance(item.get("id"), str):
            continue
        existing = by_id.get(item["id"])
        if existing == item:
            continue
        if existing is not None:
            if any(_same_but_id(candidate, item) for candidate in by_id.values()):
                continue  # imported before
            item = dict(item, id=_free_id(item["id"] + "-imported", by_id))
            if isinstance(item.get("name"), str):
                item["name"] += " (imported)"
        mine.append(item)
        by_id[item["id"]] = item
        added += 1
    return added


def _same_but_id(candidate: Any, item: dict[str, Any]) -> bool:
    if not isinstance(candidate, dict) or not str(candidate.get("id", "")).startswith(item["id"]):
        return False
    strip = {"id", "name"}
    return {k: v for k, v in candidate.items() if k not in strip} == {
        k: v for k, v in item.items() if k not in strip
    }


def _free_id(wanted: str, taken: dict[Any, Any]) -> str:
    candidate, number = wanted, 1
    while candidate in taken:
        number += 1
        candidate = f"{wanted}-{number}"
    return candidate
