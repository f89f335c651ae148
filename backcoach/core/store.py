"""The JSON store: the only code that reads or writes the data folder.

Layout of the data folder (documented for users in docs/data-format.md):

    settings.json                      the user's settings
    routines.json                      the user's own routines and exercises
    sessions/<device>/<YYYY-MM>.json   sessions logged on one device in one month

Each device writes only its own sessions folder, so two computers that share the data folder
through a sync tool never write the same file; reading merges every device's files. A month per
file keeps logging a session as cheap after ten years as on the first day.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import socket
import uuid
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

from backcoach.core.files import FileProblem, read_json, remove_stray_temporaries, write_json_atomic
from backcoach.core.session import RecordError, SessionRecord
from backcoach.core.settings import Settings

SCHEMA_VERSION = 1
SETTINGS_FILE = "settings.json"
ROUTINES_FILE = "routines.json"
SESSIONS_FOLDER = "sessions"
_MONTH_FILE = re.compile(r"^\d{4}-\d{2}\.json$")


class StoreError(Exception):
    """A write that did not happen; the message says why, for a person."""


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
    def __init__(self, folder: Path, device: str | None = None) -> None:
        self.folder = Path(folder)
        self.device = device or default_device_id()
        # Messages about files that could not be read, for the window to show once.
        self.problems: list[str] = []
        # Files from a newer version of the app: read, never written.
        self.read_only: set[Path] = set()
        self._session_files: dict[str, Path] = {}
        # Top-level keys of settings.json this version does not know: written back unchanged.
        self._settings_extra: dict[str, Any] = {}

    @classmethod
    def open(cls, folder: Path, device: str | None = None) -> Store:
        store = cls(folder, device)
        try:
            store.folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            store.problems.append(f"The data folder {folder} cannot be made: {_why(error)}.")
        remove_stray_temporaries(store.folder)
        return store

    @property
    def sessions_folder(self) -> Path:
        return self.folder / SESSIONS_FOLDER

    # --- documents -----------------------------------------------------------------------

    def _read_document(self, path: Path, what: str) -> dict[str, Any] | None:
        """The file's content, or None if it is missing or unreadable (then set aside)."""
        if not path.exists():
            return None
        try:
            data = read_json(path)
            if not isinstance(data, dict):
                raise FileProblem(f"{path.name} does not hold {what}.")
            schema = data.get("schema")
            if isinstance(schema, bool) or not isinstance(schema, int) or schema < 1:
                raise FileProblem(f"{path.name} has no valid schema version.")
        except FileProblem as problem:
            self._set_aside(path, str(problem))
            return None
        if schema > SCHEMA_VERSION:
            self.read_only.add(path)
            self.problems.append(
                f"{path} was written by a newer version of BackCoach. It is shown but not "
                "changed; update BackCoach to edit it."
            )
        return data

    def _set_aside(self, path: Path, why: str) -> None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        aside = path.with_name(f"{path.name}.broken-{stamp}")
        try:
            path.rename(aside)
            where = f"It was kept as {aside}."
        except OSError:
            self.read_only.add(path)
            where = f"It is left as it was at {path}."
        self.problems.append(f"{why} {where}")

    def _write_document(self, path: Path, data: dict[str, Any]) -> None:
        if path in self.read_only:
            raise StoreError(
                f"{path.name} was written by a newer version of BackCoach (or could not be read) "
                "and is not changed."
            )
        try:
            write_json_atomic(path, {**data, "schema": max(SCHEMA_VERSION, data.get("schema", 1))})
        except OSError as error:
            raise StoreError(f"Could not save {path}: {_why(error)}.") from error

    # --- settings ------------------------------------------------------------------------

    def load_settings(self) -> Settings:
        data = self._read_document(self.folder / SETTINGS_FILE, "settings")
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
        """The raw user routines file ({"routines": [...], "exercises": [...]}), or empty lists."""
        data = self._read_document(self.folder / ROUTINES_FILE, "routines")
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
        by_id: dict[str, SessionRecord] = {}
        self._session_files.clear()
        for path in self._session_files_on_disk():
            data = self._read_document(path, "sessions")
            if data is None:
                continue
            raw_sessions = data.get("sessions")
            if not isinstance(raw_sessions, list):
                self.problems.append(f"{path} has no list of sessions; it is left as it is.")
                self.read_only.add(path)
                continue
            unreadable = 0
            for raw in raw_sessions:
                try:
                    record = SessionRecord.from_json(raw)
                except RecordError:
                    unreadable += 1
                    continue
                by_id[record.id] = record
                self._session_files[record.id] = path
            if unreadable:
                self.problems.append(
                    f"{unreadable} session(s) in {path} could not be read; they are kept in the "
                    "file but not shown."
                )
        return sorted(by_id.values(), key=lambda r: r.started)

    def _raw_sessions(self, path: Path) -> dict[str, Any]:
        data = self._read_document(path, "sessions") if path.exists() else None
        if data is None:
            return {"schema": SCHEMA_VERSION, "device": self.device, "sessions": []}
        if not isinstance(data.get("sessions"), list):
            raise StoreError(f"{path} has no list of sessions; it is left as it is.")
        return data

    def log_session(self, record: SessionRecord) -> None:
        """Add a session; raises StoreError (and writes nothing) if it cannot be saved."""
        self.log_sessions([record])

    def log_sessions(self, records: Iterable[SessionRecord]) -> None:
        """Add sessions, one write per month file; a session already there is replaced."""
        by_file: dict[Path, list[SessionRecord]] = {}
        for record in records:
            by_file.setdefault(self._month_file(record), []).append(record)
        for path, batch in by_file.items():
            data = self._raw_sessions(path)
            ids = {record.id for record in batch}
            # Unreadable and unknown records stay in the file as they were.
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
            record.to_json() if isinstance(raw, dict) and raw.get("id") == record.id else raw
            for raw in data["sessions"]
        ]
        if not any(isinstance(raw, dict) and raw.get("id") == record.id for raw in data["sessions"]):
            data["sessions"].append(record.to_json())
        self._write_document(path, data)
        self._session_files[record.id] = path

    def delete_session(self, session_id: str) -> None:
        path = self._session_files.get(session_id)
        if path is None:
            return
        data = self._raw_sessions(path)
        data["sessions"] = [
            raw for raw in data["sessions"] if not (isinstance(raw, dict) and raw.get("id") == session_id)
        ]
        self._write_document(path, data)
        del self._session_files[session_id]
