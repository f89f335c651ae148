"""One file with all the user's data: exported on one computer, merged in on another.

The archive holds the settings, the user's routines and exercises, and every readable session.
Importing merges without duplicates: a session whose id is already here is skipped; settings set
here stay as they are, settings set only in the archive are added and rest days are combined;
a routine or exercise already here is kept, one that differs under the same id comes in as a copy.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from backcoach import __version__
from backcoach.core.i18n import Context
from backcoach.core.input_limits import ARCHIVE
from backcoach.core.session import RecordError, SessionRecord
from backcoach.core.settings import SPECS, Settings, parse_rest_days
from backcoach.core.storage.files import FileProblem, read_json, write_json_atomic
from backcoach.core.storage.layout import NOT_SAVED_FILE
from backcoach.core.storage.migrations import SCHEMA_VERSION, SESSIONS, migrate
from backcoach.core.storage.store import Store, StoreError
from backcoach.core.words import archive_exported, archive_imported, cannot_write

StorageText = Context("StorageText")

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
        raise FileProblem(
            StorageText.tr(
                "{name} is not a BackCoach export (made with File > Export all data)."
            ).format(name=name)
        )
    schema = data.get("schema")
    if isinstance(schema, bool) or not isinstance(schema, int) or schema < 0:
        raise FileProblem(StorageText.tr("{name} has no valid schema version.").format(name=name))
    if schema > SCHEMA_VERSION:
        raise FileProblem(
            StorageText.tr(
                "{name} was made by a newer version of BackCoach; update to import it."
            ).format(name=name)
        )
    if not isinstance(data.get("sessions"), list):
        raise FileProblem(StorageText.tr("{name} has no list of sessions.").format(name=name))
    if not isinstance(data.get("settings", {}), dict):
        raise FileProblem(
            StorageText.tr("In {name}, 'settings' is not an object.").format(name=name)
        )
    user_data = data.get("user_data", {})
    if not isinstance(user_data, dict) or not all(
        isinstance(user_data.get(key, []), list) for key in ("routines", "exercises")
    ):
        raise FileProblem(
            StorageText.tr("In {name}, the routines are not readable.").format(name=name)
        )
    if schema == SCHEMA_VERSION:
        return data  # no copy: an archive is the largest file the app reads
    # Sessions of an older archive go through the same migration as an older sessions file.
    migrated = migrate(SESSIONS, {"schema": schema, "sessions": data["sessions"]})
    return {**data, "sessions": migrated["sessions"], "schema": SCHEMA_VERSION}


@dataclass
class _Plan:
    """Everything an import changes, worked out before anything is written."""

    sessions: list[SessionRecord]
    settings: Settings | None  # None: nothing to change
    user_data: dict[str, Any] | None


def import_all(store: Store, path: Path) -> ImportSummary:
    """Merge an archive into the data folder; every changed file is backed up first.

    All or nothing for what the archive holds: the whole file is read and checked, and every
    change worked out, before the first is written (FileProblem, and nothing changed, for an
    archive that cannot be imported). Only a write can still fail half-way (StoreError): what
    was written stays, and importing the same file again adds the rest.
    """
    archive = read_archive(path)
    summary = ImportSummary()
    plan = _plan(store, archive, summary)
    store.add_sessions(plan.sessions)
    if plan.settings is not None:
        store.save_settings(plan.settings)
    if plan.user_data is not None:
        store.save_user_data(plan.user_data)
    return summary


def _plan(store: Store, archive: dict[str, Any], summary: ImportSummary) -> _Plan:
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
    summary.sessions_added = len(new_sessions)

    settings, added = merge_settings(store.load_settings(), archive.get("settings", {}))
    summary.settings_added = added

    user_data = store.load_user_data()
    incoming = archive.get("user_data", {})
    summary.routines_added = _merge_by_id(user_data["routines"], incoming.get("routines", []))
    summary.exercises_added = _merge_by_id(user_data["exercises"], incoming.get("exercises", []))
    # Keys of a newer version's routines file come along; the ones this version knows are its
    # own to merge (the built-ins a user hid stay this computer's choice).
    unknown_keys = {k: v for k, v in incoming.items() if k not in user_data and k not in _KNOWN}
    changed_library = summary.routines_added or summary.exercises_added or unknown_keys
    return _Plan(
        sessions=list(new_sessions.values()),
        settings=settings if added else None,
        user_data={**unknown_keys, **user_data} if changed_library else None,
    )


_KNOWN = frozenset({"schema", "routines", "exercises", "hidden_builtins"})


def merge_settings(current: Settings, incoming: Any) -> tuple[Settings, list[str]]:
    """Settings set here stay; those set only in the archive are added, when their values are
    good ones; rest days are combined (the dates among them)."""
    if not isinstance(incoming, dict):
        return current, []
    mine = current.to_json()
    merged = dict(mine)
    added = []
    for name, value in incoming.items():
        spec = SPECS.get(name)
        if spec is not None and spec.problem(value):
            continue  # a wrong value in the archive is not worth keeping here
        if name == "rest_days":
            dates = {day.isoformat() for day in parse_rest_days(value)}
            combined = sorted(
                {*(d for d in mine.get("rest_days", []) if isinstance(d, str)), *dates}
            )
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
    in as a copy with a new id and "(imported)" after its name. The number added.

    Linear in the number of items: what each holds apart from its id and name is looked up by
    its JSON, and each copy's new id continues from the last one given."""
    if not isinstance(incoming, list):
        return 0
    by_id = {item.get("id"): item for item in mine if isinstance(item, dict)}
    ids_by_content: dict[str, list[str]] = {}
    for item in by_id.values():
        if isinstance(item.get("id"), str):
            ids_by_content.setdefault(_content(item), []).append(item["id"])
    next_number: dict[str, int] = {}
    added = 0
    for item in incoming:
        if not isinstance(item, dict) or not isinstance(item.get("id"), str):
            continue
        existing = by_id.get(item["id"])
        if existing == item:
            continue
        content = _content(item)
        if existing is not None:
            if any(i.startswith(item["id"]) for i in ids_by_content.get(content, ())):
                continue  # imported before
            item = dict(item, id=_free_id(item["id"] + "-imported", by_id, next_number))
            if isinstance(item.get("name"), str):
                item["name"] += StorageText.tr(" (imported)")
        mine.append(item)
        by_id[item["id"]] = item
        ids_by_content.setdefault(content, []).append(item["id"])
        added += 1
    return added


def _content(item: dict[str, Any]) -> str:
    """What an item holds apart from its id and name, as one comparable text."""
    rest = {k: v for k, v in item.items() if k not in ("id", "name")}
    return json.dumps(rest, sort_keys=True, ensure_ascii=False, default=str)


def _free_id(wanted: str, taken: dict[Any, Any], next_number: dict[str, int]) -> str:
    number = next_number.get(wanted, 1)
    candidate = wanted if number == 1 else f"{wanted}-{number}"
    while candidate in taken:
        number += 1
        candidate = f"{wanted}-{number}"
    next_number[wanted] = number + 1
    return candidate


def keep_sessions_aside(store: Store, sessions: list[SessionRecord]) -> Path:
    """Sessions that cannot go in the history here (their month's file is a newer version's),
    written to a file of their own in the data folder, in the archive's format: an updated
    BackCoach imports it (File › Import data). Its path; StoreError when it cannot be written."""
    if not store.writable:
        raise StoreError(StorageText.tr("This command only reads the data folder."))
    stamp = store.clock.now().strftime("%Y%m%d-%H%M%S")
    path = store.folder / NOT_SAVED_FILE.format(stamp=stamp)
    counter = 1
    while path.exists():
        counter += 1
        path = store.folder / NOT_SAVED_FILE.format(stamp=f"{stamp}-{counter}")
    archive = {
        "format": ARCHIVE_FORMAT,
        "schema": SCHEMA_VERSION,
        "app_version": __version__,
        "exported": store.clock.now().isoformat(timespec="seconds"),
        "device": store.device,
        "sessions": [record.to_json() for record in sessions],
    }
    try:
        write_json_atomic(path, archive, private=True)
    except OSError as error:
        raise StoreError(cannot_write(path, error), retryable=True) from error
    return path
