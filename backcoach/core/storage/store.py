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

import contextlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from backcoach.core.clock import Clock, SystemClock
from backcoach.core.data_words import conflict_copies_merged
from backcoach.core.i18n import Context
from backcoach.core.session import SessionRecord
from backcoach.core.settings import Settings
from backcoach.core.storage.backups import Backup, Backups
from backcoach.core.storage.device_documents import LOCAL_FILE, DeviceDocuments
from backcoach.core.storage.device_id import default_device_id, device_for
from backcoach.core.storage.documents import Documents, StoreError, why
from backcoach.core.storage.files import PRIVATE_FOLDER_MODE, make_folders, write_bytes_atomic
from backcoach.core.storage.instance_lock import InstanceLock
from backcoach.core.storage.layout import (
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
from backcoach.core.storage.session_files import SessionFiles
from backcoach.core.storage.versions import stamp_text

StorageText = Context("StorageText")

__all__ = [
    "SETTINGS_FILE",
    "ROUTINES_FILE",
    "SESSIONS_FOLDER",
    "Store",
    "StoreError",
    "SCHEMA_VERSION",
    "default_device_id",
]


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
        self.device = device or device_for(self.folder)
        self.clock: Clock = clock or SystemClock()
        self.backups = Backups(self.folder, self.clock)
        self.documents = Documents(self.folder, self.device, self.clock, self.backups, writable)
        self.session_files = SessionFiles(self.folder, self.device, self.documents)
        self.shared = DeviceDocuments(self.folder, self.device, self.documents)
        self._told: set[str] = set()  # conflict copies said (a reader cannot note them on disk)

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
            store.problems.append(
                StorageText.tr("The data folder {folder} cannot be made: {why}.").format(
                    folder=folder, why=why(error)
                )
            )
        make_own_folders_private(store.folder, store.device)
        store.back_up_legacy_files()
        return store

    @classmethod
    @contextlib.contextmanager
    def under_lock(
        cls, folder: Path, device: str | None = None, clock: Clock | None = None
    ) -> Iterator[Store]:
        """The store to write with, while holding the data folder's lock (instance_lock.py):
        what a command that writes uses. StoreError when another BackCoach holds the lock."""
        device = device or default_device_id()
        lock = InstanceLock(folder, device)
        try:
            make_folders(Path(folder), PRIVATE_FOLDER_MODE)
            held = lock.acquire()
        except OSError as error:
            raise StoreError(
                StorageText.tr("The data folder {folder} cannot be locked: {why}.").format(
                    folder=folder, why=why(error)
                )
            ) from error
        if not held:
            raise StoreError(lock.refusal())
        try:
            store = cls.open(folder, device, clock)
            store.remove_stray_temporaries(lock)
            yield store
        finally:
            lock.release()

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
            raise StoreError(
                StorageText.tr("Could not read the backup {path}: {why}.").format(
                    path=backup.path, why=why(error)
                )
            ) from error
        kind = self._kind_of(backup.original)
        if good_document(raw, kind, backup.path.name) is None:
            raise StoreError(
                StorageText.tr("The backup {path} is damaged; nothing was restored.").format(
                    path=backup.path
                )
            )
        documents = self.documents
        documents.read_only.discard(backup.original)  # the user chose to put this back
        documents.unreadable.discard(backup.original)
        documents.check_writable(backup.original)
        try:
            self.backups.before_change(backup.original, force=True)
            write_bytes_atomic(backup.original, raw, private=True)
        except OSError as error:
            raise StoreError(
                StorageText.tr("Could not restore {original}: {why}.").format(
                    original=backup.original, why=why(error)
                ),
                retryable=True,
            ) from error

    def _kind_of(self, path: Path) -> DocumentKind:
        if path.parent.parent == self.sessions_folder:
            return SESSIONS
        if path.name == ROUTINES_FILE:
            return ROUTINES
        if path.name in (SETTINGS_FILE, LOCAL_FILE):
            return SETTINGS
        return SESSIONS

    # --- what older versions shared, and what sync tools kept -----------------------------

    def back_up_legacy_files(self) -> None:
        """The migration from the shared settings.json and routines.json older versions wrote:
        they stay as they are, read as the oldest layer (device_documents.py), and are backed
        up once, before this version first writes its own documents. Idempotent."""
        if not self.writable or self.shared.own(LOCAL_FILE).exists():
            return
        legacy = self.shared.legacy_files()
        try:
            for path in legacy:
                self.backups.before_change(path, force=True)
        except OSError as error:
            self.problems.append(
                StorageText.tr(
                    "Could not back up {path} before using the new layout: {why}."
                ).format(path=path, why=why(error))
            )
            return
        local = {"schema": SCHEMA_VERSION, "device": self.device, "settings": {}}
        if legacy:
            local["migrated"] = stamp_text(self.clock.now())
        try:
            self.documents.write(self.shared.own(LOCAL_FILE), local)
        except StoreError as error:
            self.problems.append(str(error))

    def tell_conflict_copies(self) -> None:
        """Say once which conflict copies were read and merged (remembered in local.json)."""
        found = {*self.session_files.conflict_copies, *self.shared.conflict_copies}
        names = sorted({self.documents.relative(path) for path in found} - self._told)
        local_path = self.shared.own(LOCAL_FILE)
        local = self.documents.read(local_path, SETTINGS) or {}
        told = local.get("conflict_copies_told")
        told = set(told) if isinstance(told, list) else set()
        new = [name for name in names if name not in told]
        self._told.update(names)
        if not new:
            return
        self.problems.append(conflict_copies_merged(new))
        if self.writable:
            local = {"schema": SCHEMA_VERSION, "device": self.device, "settings": {}, **local}
            local["conflict_copies_told"] = sorted(told | set(new))
            with contextlib.suppress(StoreError):
                self.documents.write(local_path, local)

    # --- settings ------------------------------------------------------------------------

    def load_settings(self) -> Settings:
        """Every computer's settings merged per setting and per rest day, with this computer's
        local ones (device_documents.py)."""
        settings, problems = Settings.from_json(self.shared.load_settings())
        self.problems.extend(problems)
        return settings

    def save_settings(self, settings: Settings) -> None:
        """Write what changed here, in this computer's own documents."""
        self.shared.save_settings(settings.to_json(), self.clock.now())

    # --- the user's routines and exercises ------------------------------------------------

    def load_user_data(self) -> dict[str, Any]:
        """The raw user routines file ({"routines": [...], "exercises": [...]}), or empty lists.

        Keys this version does not know are in the dict too: pass it back whole to
        save_user_data so they are kept.
        """
        return self.shared.load_user_data()

    def save_user_data(self, data: dict[str, Any]) -> None:
        """Write the routines and exercises made, changed or deleted here (device_documents.py)."""
        self.shared.save_user_data(data, self.clock.now())

    # --- sessions ------------------------------------------------------------------------

    def load_sessions(self) -> list[SessionRecord]:
        """Every readable session of every device, oldest first, each once: its newest version."""
        return merge_sessions(self.read_session_files())

    def read_session_files(self) -> Iterator[list[SessionRecord]]:
        """An empty list after each session file read, then every session (session_files.py):
        a window that loads years of history can stay responsive between two files."""
        yield from self.session_files.read_all()
        self.tell_conflict_copies()

    def log_session(self, record: SessionRecord) -> SessionRecord:
        """Add a session; raises StoreError (and writes nothing) if it cannot be saved."""
        return self.add_sessions([record])[0]

    def add_sessions(self, records: Iterable[SessionRecord]) -> list[SessionRecord]:
        """Add sessions (a known id gets a newer version), writing each month file once; the
        records as written. StoreError if one cannot be saved (the files written before it keep
        their new sessions)."""
        return self.session_files.add(records, self.clock.now())

    def update_session(self, record: SessionRecord) -> SessionRecord:
        """Write a new version of the session in this computer's own file; the record as
        written, stamped with when and where the change was made."""
        return self.session_files.add(
            [self.session_files.stamped(record, self.clock.now())], self.clock.now()
        )[0]

    def delete_session(self, session_id: str) -> None:
        """Write a tombstone for the session in this computer's own file."""
        self.session_files.delete(session_id, self.clock.now())


def merge_sessions(batches: Iterable[Iterable[SessionRecord]]) -> list[SessionRecord]:
    """Sessions from several files (and devices) as one history: oldest first, each id once."""
    by_id = {record.id: record for batch in batches for record in batch}
    return sorted(by_id.values(), key=lambda r: r.started)
