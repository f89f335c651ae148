"""The JSON store: the only code that reads or writes the data folder.

Layout of the data folder (documented for users in docs/data-format.md):

    settings.json                      the user's settings
    routines.json                      the user's own routines and exercises
    sessions/<device>/<YYYY-MM>.json   sessions logged on one device in one month
    backups/...                        rolling backups of each of those (see backups.py)

Each device writes only its own sessions folder, so two computers that share the data folder
through a sync tool never write the same file; reading merges every device's files. A month per
file keeps logging a session as cheap after ten years as on the first day.

What the store promises (docs/data-format.md, "Data safety", says it for users): a write replaces a
file whole or not at all; a file is backed up before it changes; a file that cannot be read is set
aside under a new name, never overwritten, and what can be read of it and of its newest good backup
is restored (recovery.py); a file from a newer version is read but never written; an older one is
migrated after a backup.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import socket
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from backcoach.core.clock import Clock, SystemClock
from backcoach.core.session import RecordError, SessionRecord
from backcoach.core.settings import Settings
from backcoach.core.storage.backups import Backup, Backups
from backcoach.core.storage.files import (
    FileProblem,
    read_json,
    remove_stray_temporaries,
    write_bytes_atomic,
    write_json_atomic,
)
from backcoach.core.storage.migrations import (
    ROUTINES,
    SCHEMA_VERSION,
    SESSIONS,
    SETTINGS,
    DocumentKind,
    migrate,
)
from backcoach.core.storage.recovery import good_document, recover, shape_problem
from backcoach.core.words import plural

SETTINGS_FILE = "settings.json"
ROUTINES_FILE = "routines.json"
SESSIONS_FOLDER = "sessions"
_MONTH_FILE = re.compile(r"^\d{4}-\d{2}\.json$")


class StoreError(Exception):
    """A write that did not happen; the message says why, for a person.

    retryable: the cause may pass (a full disk, a folder made read-only): trying again later
    may succeed. A file from a newer version, by contrast, stays unwritable.
    """

    def __init__(self, message: str, retryable: bool = False) -> None:
        super().__init__(message)
        self.retryable = retryable


def default_device_id() -> str:
    """A stable name for this computer, readable in a file manager and unique in practice."""
    override = os.environ.get("BACKCOACH_DEVICE")
    if override:
        return _slug(override)
    machine = ""
    for candidate in ("/etc/machine-id", "/var/lib/dbus/machine-id"):
        try:
            machine = Path(candidate).read_text().strip()
            break
        except OSError:
            continue
    machine = machine or str(uuid.getnode())
    digest = hashlib.sha256(machine.encode()).hexdigest()[:8]
    return f"{_slug(socket.gethostname()) or 'computer'}-{digest}"


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]+", "-", text).strip("-")[:40]


def _why(error: OSError) -> str:
    if error.errno == errno.ENOSPC:
        return "the disk is full"
    if error.errno in (errno.EACCES, errno.EPERM):
        return "the app may not write there (permission denied)"
    if error.errno == errno.EROFS:
        return "the folder is read-only"
    return error.strerror or str(error)


class Store:
    def __init__(
        self,
        folder: Path,
        device: str | None = None,
        clock: Clock | None = None,
    ) -> None:
        """clock: the app's one clock, for the backups' and set-aside files' times; without one
        (a tool or a test that only reads), the system's."""
        self.folder = Path(folder)
        self.device = device or default_device_id()
        self.clock: Clock = clock or SystemClock()
        self.backups = Backups(self.folder, self.clock)
        # Messages about files that could not be read, for the window to show once.
        self.problems: list[str] = []
        # Files from a newer version of the app (or that could not be set aside): never written.
        self.read_only: set[Path] = set()
        self._session_files: dict[str, Path] = {}
        # Top-level keys of settings.json this version does not know: written back unchanged.
        self._settings_extra: dict[str, Any] = {}

    @classmethod
    def open(
        cls,
        folder: Path,
        device: str | None = None,
        clock: Clock | None = None,
    ) -> Store:
        """The store of the data folder; call only while holding the single-instance lock,
        because it deletes temporary files that a running writer might be using."""
        store = cls(folder, device, clock)
        try:
            store.folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            store.problems.append(f"The data folder {folder} cannot be made: {_why(error)}.")
        remove_stray_temporaries(store.folder)
        return store

    @property
    def sessions_folder(self) -> Path:
        return self.folder / SESSIONS_FOLDER

    def _relative(self, path: Path) -> str:
        try:
            return str(path.relative_to(self.folder))
        except ValueError:
            return str(path)

    # --- documents -----------------------------------------------------------------------

    def _read_document(self, path: Path, kind: DocumentKind) -> dict[str, Any] | None:
        """The file's content at the current schema, or None if it is missing.

        A file that cannot be read is set aside and what can be recovered is put in its place.
        """
        if not path.exists():
            return None
        try:
            data = read_json(path)
        except FileProblem as unreadable:
            return self._recover(path, kind, str(unreadable))
        problem = shape_problem(data, kind, path.name)
        if problem:
            return self._recover(path, kind, problem)
        schema = data["schema"]
        if schema > SCHEMA_VERSION:
            self.read_only.add(path)
            self.problems.append(
                f"{path} was written by a newer version of BackCoach. It is shown but not "
                "changed; update BackCoach to edit it."
            )
        elif schema < SCHEMA_VERSION:
            data = self._migrate(path, kind, data)
        return data

    def _migrate(self, path: Path, kind: DocumentKind, data: dict[str, Any]) -> dict[str, Any]:
        migrated = migrate(kind, data)
        try:
            self.backups.before_change(path, force=True)
            write_json_atomic(path, migrated)
        except OSError as error:
            # Still usable in memory; the next save writes the migrated form (after a backup).
            self.problems.append(
                f"{path} is from an older version of BackCoach and could not be updated yet: "
                f"{_why(error)}."
            )
        return migrated

    def _recover(self, path: Path, kind: DocumentKind, why: str) -> dict[str, Any] | None:
        """Set the broken file aside; rebuild it from what it still holds and its newest good
        backup; tell the user. The recovered document, or None if nothing was recovered."""
        recovery = recover(
            path, kind, why, self._relative(path), self.backups, self.device, self.clock.now()
        )
        message = recovery.message
        if recovery.aside is None:
            self.read_only.add(path)
        elif recovery.document is not None:
            try:
                write_json_atomic(path, recovery.document)
            except OSError as error:
                message += f" The recovered data could not be saved yet: {_why(error)}."
        self.problems.append(message)
        return recovery.document

    def _write_document(self, path: Path, data: dict[str, Any]) -> None:
        if path in self.read_only:
            raise StoreError(
                f"{path.name} was written by a newer version of BackCoach (or could not be read) "
                "and is not changed."
            )
        try:
            self.backups.before_change(path)
        except OSError as error:
            raise StoreError(
                f"Could not back up {path} before saving: {_why(error)}.", retryable=True
            ) from error
        try:
            write_json_atomic(path, {**data, "schema": max(SCHEMA_VERSION, data.get("schema", 1))})
        except OSError as error:
            raise StoreError(f"Could not save {path}: {_why(error)}.", retryable=True) from error

    # --- backups -------------------------------------------------------------------------

    def restore_backup(self, backup: Backup) -> None:
        """Put a backup back in place of its file, after backing up the file as it is now."""
        try:
            raw = backup.path.read_bytes()
        except OSError as error:
            raise StoreError(f"Could not read the backup {backup.path}: {_why(error)}.") from error
        kind = self._kind_of(backup.original)
        if good_document(raw, kind, backup.path.name) is None:
            raise StoreError(f"The backup {backup.path} is damaged; nothing was restored.")
        try:
            self.backups.before_change(backup.original, force=True)
            write_bytes_atomic(backup.original, raw)
        except OSError as error:
            raise StoreError(
                f"Could not restore {backup.original}: {_why(error)}.", retryable=True
            ) from error
        self.read_only.discard(backup.original)

    def _kind_of(self, path: Path) -> DocumentKind:
        if path.name == SETTINGS_FILE and path.parent == self.folder:
            return SETTINGS
        if path.name == ROUTINES_FILE and path.parent == self.folder:
            return ROUTINES
        return SESSIONS

    # --- settings ------------------------------------------------------------------------

    def load_settings(self) -> Settings:
        data = self._read_document(self.folder / SETTINGS_FILE, SETTINGS)
        if data is None:
            return Settings()
        values = {k: v for k, v in data.items() if k != "schema"}
        settings, problems = Settings.from_json(values.pop("settings", {}))
        self.problems.extend(problems)
        self._settings_extra = values
        return settings

    def save_settings(self, settings: Settings) -> None:
        self._write_document(
            self.folder / SETTINGS_FILE,
            {**self._settings_extra, "schema": SCHEMA_VERSION, "settings": settings.to_json()},
        )

    # --- the user's routines and exercises ------------------------------------------------

    def load_user_data(self) -> dict[str, Any]:
        """The raw user routines file ({"routines": [...], "exercises": [...]}), or empty lists.

        Keys this version does not know are in the dict too: pass it back whole to
        save_user_data so they are kept.
        """
        data = self._read_document(self.folder / ROUTINES_FILE, ROUTINES)
        if data is None:
            return {"routines": [], "exercises": []}
        for key in ("routines", "exercises"):
            if not isinstance(data.get(key), list):
                data[key] = []
        return data

    def save_user_data(self, data: dict[str, Any]) -> None:
        self._write_document(self.folder / ROUTINES_FILE, {**data, "schema": SCHEMA_VERSION})

    # --- sessions ------------------------------------------------------------------------

    def _month_file(self, record: SessionRecord) -> Path:
        return self.sessions_folder / self.device / f"{record.started:%Y-%m}.json"

    def _session_files_on_disk(self) -> Iterable[Path]:
        if not self.sessions_folder.is_dir():
            return []
        return sorted(
            path
            for device in self.sessions_folder.iterdir()
            if device.is_dir()
            for path in device.iterdir()
            if _MONTH_FILE.match(path.name)
        )

    def load_sessions(self) -> list[SessionRecord]:
        """Every readable session of every device, oldest first, each once."""
        return merge_sessions(self.read_session_files())

    def read_session_files(self) -> Iterator[list[SessionRecord]]:
        """The readable sessions of each session file, one file at a time: a window that loads
        years of history can stay responsive between two files (see merge_sessions)."""
        self._session_files.clear()
        for path in self._session_files_on_disk():
            data = self._read_document(path, SESSIONS)
            if data is None:
                continue
            raw_sessions = data.get("sessions")
            if not isinstance(raw_sessions, list):  # only in a newer version's file
                continue
            records = []
            unreadable = 0
            for raw in raw_sessions:
                try:
                    record = SessionRecord.from_json(raw)
                except RecordError:
                    unreadable += 1
                    continue
                records.append(record)
                self._session_files[record.id] = path
            if unreadable:
                self.problems.append(
                    f"{plural(unreadable, 'session')} in {path} could not be read; they are "
                    "kept in the file but not shown."
                )
            yield records

    def _raw_sessions(self, path: Path) -> dict[str, Any]:
        problems_before = len(self.problems)
        data = self._read_document(path, SESSIONS) if path.exists() else None
        if path in self.read_only:
            raise StoreError(
                f"{path} was written by a newer version of BackCoach (or could not be read) "
                "and is not changed."
            )
        if len(self.problems) > problems_before and data is None:
            # The file broke since it was loaded and nothing could be recovered: say so now.
            raise StoreError(self.problems[-1])
        if data is None:
            return {"schema": SCHEMA_VERSION, "device": self.device, "sessions": []}
        return data

    def log_session(self, record: SessionRecord) -> None:
        """Add a session; raises StoreError (and writes nothing) if it cannot be saved."""
        self.add_sessions([record])

    def add_sessions(self, records: Iterable[SessionRecord]) -> None:
        """Add or replace sessions, writing each month file once; StoreError if one cannot be
        saved (the files written before it keep their new sessions)."""
        by_file: dict[Path, list[SessionRecord]] = {}
        for record in records:
            by_file.setdefault(self._month_file(record), []).append(record)
        for path, batch in by_file.items():
            data = self._raw_sessions(path)
            ids = {record.id for record in batch}
            # Unreadable and unknown records stay in the file as they were: only these are added.
            data["sessions"] = [
                raw
                for raw in data["sessions"]
                if not (isinstance(raw, dict) and raw.get("id") in ids)
            ]
            data["sessions"].extend(record.to_json() for record in batch)
            self._write_document(path, data)
            for record in batch:
                self._session_files[record.id] = path

    def update_session(self, record: SessionRecord) -> None:
        path = self._session_files.get(record.id) or self._month_file(record)
        data = self._raw_sessions(path)
        data["sessions"] = [
            record.to_json() if _has_id(raw, record.id) else raw for raw in data["sessions"]
        ]
        if not any(_has_id(raw, record.id) for raw in data["sessions"]):
            data["sessions"].append(record.to_json())
        self._write_document(path, data)
        self._session_files[record.id] = path

    def delete_session(self, session_id: str) -> None:
        path = self._session_files.get(session_id)
        if path is None:
            return
        data = self._raw_sessions(path)
        data["sessions"] = [raw for raw in data["sessions"] if not _has_id(raw, session_id)]
        self._write_document(path, data)
        del self._session_files[session_id]


def _has_id(raw: Any, session_id: str) -> bool:
    return isinstance(raw, dict) and raw.get("id") == session_id


def merge_sessions(batches: Iterable[Iterable[SessionRecord]]) -> list[SessionRecord]:
    """Sessions from several files (and devices) as one history: oldest first, each id once."""
    by_id = {record.id: record for batch in batches for record in batch}
    return sorted(by_id.values(), key=lambda r: r.started)
