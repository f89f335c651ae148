"""The JSON store: the only code that reads or writes the data folder.

The data folder's layout is layout.py's (documented for users in docs/data-format.md). The store
is in four parts, each a module of core/storage:

    store.py      what the app asks: settings, routines, sessions (this module)
    documents.py  reading one file whatever its state, and the rules for writing one
    recovery.py   rebuilding a damaged file (with salvage.py), keeping its bytes aside
    backups.py    rolling backups; files.py atomic writes and bounded reads; layout.py names

Each device writes only its own sessions folder, so two computers that share the data folder
through a sync tool never write the same file; reading merges every device's files. A month per
file keeps logging a session as cheap after ten years as on the first day.

What the store promises (docs/data-format.md, "Data safety", says it for users): a write replaces a
file whole or not at all; a file is backed up before it changes; a damaged file is rebuilt from
what can be read of it and of its newest good backup, its bytes kept aside under a new name first,
never lost (recovery.py); a file the system will not let the app read is left alone; a file from
a newer version is read but never written; an older one is migrated after a backup. Only the
holder of the single-instance lock writes (Store.open); commands that may run beside the window
read through Store.reader, which writes nothing.
"""

from __future__ import annotations

import hashlib
import os
import re
import socket
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from backcoach.core.clock import Clock, SystemClock
from backcoach.core.data_words import folder_left_alone, unreadable_sessions
from backcoach.core.input_limits import year_in_range
from backcoach.core.session import RecordError, SessionRecord
from backcoach.core.settings import Settings
from backcoach.core.storage.backups import Backup, Backups
from backcoach.core.storage.documents import Documents, StoreError, why
from backcoach.core.storage.fast_reader import Refused, read_month_file
from backcoach.core.storage.files import PRIVATE_FOLDER_MODE, make_folders, write_bytes_atomic
from backcoach.core.storage.instance_lock import InstanceLock
from backcoach.core.storage.layout import (
    BROKEN_FILE,
    MONTH_FILE,
    ROUTINES_FILE,
    SESSIONS_FOLDER,
    SETTINGS_FILE,
    make_own_folders_private,
    remove_own_temporaries,
)
from backcoach.core.storage.migrations import (
    ROUTINES,
    SCHEMA_VERSION,
    SESSIONS,
    SETTINGS,
    DocumentKind,
)
from backcoach.core.storage.recovery import good_document

__all__ = ["SETTINGS_FILE", "ROUTINES_FILE", "SESSIONS_FOLDER", "Store", "StoreError"]


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


class Store:
    def __init__(
        self,
        folder: Path,
        device: str | None = None,
        clock: Clock | None = None,
        *,
        writable: bool = True,
    ) -> None:
        """clock: the app's one clock, for the backups' and set-aside files' times; without one
        (a tool or a test that only reads), the system's. writable false: a store that never
        writes anything (see Store.reader)."""
        self.folder = Path(folder)
        self.device = device or default_device_id()
        self.clock: Clock = clock or SystemClock()
        self.backups = Backups(self.folder, self.clock)
        self.documents = Documents(self.folder, self.device, self.clock, self.backups, writable)
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
        """The store of the data folder, to read and write; the caller holds the single-instance
        lock (see InstanceLock), so that no other BackCoach writes the same files."""
        store = cls(folder, device, clock)
        try:
            make_folders(store.folder, PRIVATE_FOLDER_MODE)
        except OSError as error:
            store.problems.append(f"The data folder {folder} cannot be made: {why(error)}.")
        make_own_folders_private(store.folder, store.device)
        return store

    @classmethod
    def reader(
        cls,
        folder: Path,
        device: str | None = None,
        clock: Clock | None = None,
    ) -> Store:
        """A store that reads only, for a command that may run while the window writes (the
        reports, the exports): it never makes, repairs or changes a file."""
        return cls(folder, device, clock, writable=False)

    @property
    def writable(self) -> bool:
        return self.documents.writable

    @property
    def problems(self) -> list[str]:
        """Messages about files that could not be read, for the window to show once."""
        return self.documents.problems

    @problems.setter
    def problems(self, problems: list[str]) -> None:
        self.documents.problems = problems

    def remove_stray_temporaries(self, lock: InstanceLock) -> list[Path]:
        """Delete the temporary files a crash left in this device's folders (layout.py says which
        are the app's). Only while holding the lock: a running writer's look the same."""
        if not lock.held:
            return []
        return remove_own_temporaries(self.folder, self.device)

    @property
    def sessions_folder(self) -> Path:
        return self.folder / SESSIONS_FOLDER

    # --- backups -------------------------------------------------------------------------

    def restore_backup(self, backup: Backup) -> None:
        """Put a backup back in place of its file, after backing up the file as it is now."""
        try:
            raw = backup.path.read_bytes()
        except OSError as error:
            raise StoreError(f"Could not read the backup {backup.path}: {why(error)}.") from error
        kind = self._kind_of(backup.original)
        if good_document(raw, kind, backup.path.name) is None:
            raise StoreError(f"The backup {backup.path} is damaged; nothing was restored.")
        documents = self.documents
        documents.read_only.discard(backup.original)  # the user chose to put this back
        documents.unreadable.discard(backup.original)
        documents.check_writable(backup.original)
        try:
            self.backups.before_change(backup.original, force=True)
            write_bytes_atomic(backup.original, raw, private=True)
        except OSError as error:
            raise StoreError(
                f"Could not restore {backup.original}: {why(error)}.", retryable=True
            ) from error

    def _kind_of(self, path: Path) -> DocumentKind:
        if path.name == SETTINGS_FILE and path.parent == self.folder:
            return SETTINGS
        if path.name == ROUTINES_FILE and path.parent == self.folder:
            return ROUTINES
        return SESSIONS

    # --- settings ------------------------------------------------------------------------

    def load_settings(self) -> Settings:
        data = self.documents.read(self.folder / SETTINGS_FILE, SETTINGS)
        if data is None:
            return Settings()
        values = {k: v for k, v in data.items() if k != "schema"}
        settings, problems = Settings.from_json(values.pop("settings", {}))
        self.problems.extend(problems)
        self._settings_extra = values
        return settings

    def save_settings(self, settings: Settings) -> None:
        self.documents.write(
            self.folder / SETTINGS_FILE,
            {**self._settings_extra, "schema": SCHEMA_VERSION, "settings": settings.to_json()},
        )

    # --- the user's routines and exercises ------------------------------------------------

    def load_user_data(self) -> dict[str, Any]:
        """The raw user routines file ({"routines": [...], "exercises": [...]}), or empty lists.

        Keys this version does not know are in the dict too: pass it back whole to
        save_user_data so they are kept.
        """
        data = self.documents.read(self.folder / ROUTINES_FILE, ROUTINES)
        if data is None:
            return {"routines": [], "exercises": []}
        for key in ("routines", "exercises"):
            if not isinstance(data.get(key), list):
                data[key] = []
        return data

    def save_user_data(self, data: dict[str, Any]) -> None:
        self.documents.write(self.folder / ROUTINES_FILE, {**data, "schema": SCHEMA_VERSION})

    # --- sessions ------------------------------------------------------------------------

    def _month_file(self, record: SessionRecord) -> Path:
        return self.sessions_folder / self.device / f"{record.started:%Y-%m}.json"

    def _session_files_on_disk(self) -> list[tuple[Path, bool]]:
        """Every month file of every device, with whether it is this device's; a month that
        was set aside with nothing in its place counts (its recovery was interrupted). A device
        folder that cannot be listed is said and left alone; the others still load."""
        try:
            devices = sorted(self.sessions_folder.iterdir())
        except FileNotFoundError:
            return []
        except OSError as error:
            self.problems.append(folder_left_alone(self.sessions_folder, error))
            return []
        found: list[tuple[Path, bool]] = []
        for device in devices:
            try:
                if not device.is_dir():
                    continue
                names = {path.name for path in device.iterdir()}
            except OSError as error:
                self.problems.append(folder_left_alone(device, error))
                continue
            months = {name for name in names if MONTH_FILE.match(name)}
            for name in names:
                broken = BROKEN_FILE.match(name)
                if broken and MONTH_FILE.match(broken["live"]):
                    months.add(broken["live"])
            ours = device.name == self.device
            found.extend((device / month, ours) for month in sorted(months))
        return found

    def load_sessions(self) -> list[SessionRecord]:
        """Every readable session of every device, oldest first, each once."""
        return merge_sessions(self.read_session_files())

    def read_session_files(self) -> Iterator[list[SessionRecord]]:
        """The readable sessions of each session file, one file at a time: a window that loads
        years of history can stay responsive between two files (see merge_sessions)."""
        self._session_files.clear()
        for path, ours in self._session_files_on_disk():
            try:  # the quick way first; a file it refuses is read the careful way
                records = read_month_file(path)
            except Refused:
                pass
            else:
                self.documents.read_quickly(path)
                self._session_files.update((record.id, path) for record in records)
                yield records
                continue
            data = self.documents.read(path, SESSIONS, ours=ours)
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
                self.problems.append(unreadable_sessions(unreadable, path))
            yield records

    def _raw_sessions(self, path: Path) -> dict[str, Any]:
        """The month file as it is on disk now, ready to change; StoreError when it must not be
        written (a newer version's, unreadable, damaged and not yet kept aside)."""
        data = self.documents.read(path, SESSIONS)
        self.documents.check_writable(path, reread=True)
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
            _check_dates(record)
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
            self.documents.write(path, data, reread=True)
            for record in batch:
                self._session_files[record.id] = path

    def update_session(self, record: SessionRecord) -> None:
        _check_dates(record)
        path = self._session_files.get(record.id) or self._month_file(record)
        data = self._raw_sessions(path)
        data["sessions"] = [
            record.to_json() if _has_id(raw, record.id) else raw for raw in data["sessions"]
        ]
        if not any(_has_id(raw, record.id) for raw in data["sessions"]):
            data["sessions"].append(record.to_json())
        self.documents.write(path, data, reread=True)
        self._session_files[record.id] = path

    def delete_session(self, session_id: str) -> None:
        path = self._session_files.get(session_id)
        if path is None:
            return
        data = self._raw_sessions(path)
        data["sessions"] = [raw for raw in data["sessions"] if not _has_id(raw, session_id)]
        self.documents.write(path, data, reread=True)
        del self._session_files[session_id]


def _check_dates(record: SessionRecord) -> None:
    # A month file's name is the year and month of the start: a year outside the range would
    # name a file that is never read back (year 999), or overflow when read (year 9999).
    for moment in (record.started, record.ended):
        if not year_in_range(moment):
            raise StoreError(
                f"This session's date ({moment:%Y-%m-%d}) is not one BackCoach keeps; check the "
                "computer's clock."
            )


def _has_id(raw: Any, session_id: str) -> bool:
    return isinstance(raw, dict) and raw.get("id") == session_id


def merge_sessions(batches: Iterable[Iterable[SessionRecord]]) -> list[SessionRecord]:
    """Sessions from several files (and devices) as one history: oldest first, each id once."""
    by_id = {record.id: record for batch in batches for record in batch}
    return sorted(by_id.values(), key=lambda r: r.started)
