"""Reading one document of the data folder, whatever state it is in, and the rules for writing one.

A document is read as one of:

- missing: None (or, when a damaged copy of it was kept and nothing took its place, what can be
  recovered from that copy: a recovery was interrupted);
- good: its content, migrated in memory (and on disk, after a backup) if an older version wrote it;
- from a newer version: its content, read-only (never written: `read_only`);
- unreadable, because the system refuses (permission denied, a folder in its place): None, and the
  file is never written over (`unreadable`); a month is read again before each save, so fixing
  its permissions while the app runs is enough;
- damaged: rebuilt (recovery.py), its bytes kept aside, the rebuilt document written in its
  place. When the bytes cannot be kept aside (a full disk), the file stays as it is and is not
  written over until they can be (`damaged`).

A store that only reads (`writable` false: a command while the window may be writing) rebuilds in
memory and writes nothing. Every write goes through `write`, which says no (StoreError) to a file
that must not be written, backs the file up, and raises nothing but StoreError.
"""

from __future__ import annotations

import errno
from pathlib import Path
from typing import Any

from backcoach.core.clock import Clock
from backcoach.core.data_words import (
    damaged_file_recovered,
    file_left_alone,
    file_left_in_place,
    file_not_changed,
    interrupted_recovery_found,
    newer_version_file,
    recovered_not_saved,
    repaired_at_next_start,
    repaired_by_its_computer,
    what_came_back,
)
from backcoach.core.i18n import Context
from backcoach.core.storage.backups import Backups
from backcoach.core.storage.files import (
    FileProblem,
    FileUnreadable,
    read_json,
    write_json_atomic,
)
from backcoach.core.storage.layout import broken_copies
from backcoach.core.storage.migrations import (
    SCHEMA_VERSION,
    SETTINGS,
    DocumentKind,
    migrate,
)
from backcoach.core.storage.recovery import (
    KIND_WORDS,
    empty_document,
    keep_aside,
    rebuild,
    shape_problem,
)

StorageText = Context("StorageText")


class StoreError(Exception):
    """A write that did not happen; the message says why, for a person.

    retryable: the cause may pass (a full disk, a folder made read-only, a file whose permissions
    are fixed): trying again later may succeed. A file from a newer version, by contrast, stays
    unwritable (newer_version).
    """

    def __init__(self, message: str, retryable: bool = False, newer_version: bool = False) -> None:
        super().__init__(message)
        self.retryable = retryable
        # The file is a newer version's: what was to go in it can go in a file of its own.
        self.newer_version = newer_version


def why(error: OSError) -> str:
    """The reason of a failed read or write, for a person."""
    if error.errno == errno.ENOSPC:
        return StorageText.tr("the disk is full")
    if error.errno in (errno.EACCES, errno.EPERM):
        return StorageText.tr("the app may not write there (permission denied)")
    if error.errno == errno.EROFS:
        return StorageText.tr("the folder is read-only")
    return error.strerror or str(error)


class Documents:
    def __init__(
        self, folder: Path, device: str, clock: Clock, backups: Backups, writable: bool
    ) -> None:
        self.folder = folder
        self.device = device
        self.clock = clock
        self.backups = backups
        self.writable = writable
        # Why a store that only reads writes nothing, for the message of a refused write.
        self.read_only_reason = StorageText.tr("this command only reads the data folder.")
        # Messages about files that could not be read, for the window to show once.
        self.problems: list[str] = []
        self.read_only: set[Path] = set()  # from a newer version
        self.unreadable: set[Path] = set()  # the system would not let them be read
        self.damaged: set[Path] = set()  # damaged, and their bytes not kept aside yet

    def relative(self, path: Path) -> str:
        try:
            return str(path.relative_to(self.folder))
        except ValueError:
            return str(path)

    # --- reading -----------------------------------------------------------------------------

    def read(self, path: Path, kind: DocumentKind, *, ours: bool = True) -> dict[str, Any] | None:
        """The document at the current schema (see the module's docstring), or None.

        ours: a file this device writes; another device's file is repaired in memory only (its
        own computer repairs it on disk), never written here.
        """
        writable = self.writable and ours
        try:
            data = read_json(path)
        except FileUnreadable as refused:
            if not _missing(path):
                self.unreadable.add(path)
                self.problems.append(file_left_alone(refused))
                return None
            return self._recover_interrupted(path, kind, writable)
        except FileProblem as damage:
            return self._recover(path, kind, str(damage), writable, ours)
        self.unreadable.discard(path)
        problem = shape_problem(data, kind, path.name)
        if problem:
            return self._recover(path, kind, problem, writable, ours)
        self.damaged.discard(path)
        schema = data["schema"]
        if schema > SCHEMA_VERSION:
            if path not in self.read_only:
                self.read_only.add(path)
                self.problems.append(newer_version_file(path))
        elif schema < SCHEMA_VERSION:
            data = self._migrate(path, kind, data, writable)
        return data

    def read_quickly(self, path: Path) -> None:
        """Note that the file was read whole by storage/fast_reader.py, as read() notes a good
        file: it is neither unreadable nor damaged now."""
        self.unreadable.discard(path)
        self.damaged.discard(path)

    def _migrate(
        self, path: Path, kind: DocumentKind, data: dict[str, Any], writable: bool
    ) -> dict[str, Any]:
        migrated = migrate(kind, data)
        if not writable:
            return migrated
        try:
            self.backups.before_change(path, force=True)
            write_json_atomic(path, migrated, private=True)
        except OSError as error:
            # Still usable in memory; the next save writes the migrated form (after a backup).
            self.problems.append(
                StorageText.tr(
                    "{path} is from an older version of BackCoach and could not "
                    "be updated yet: {why}."
                ).format(path=path, why=why(error))
            )
        return migrated

    def _recover(
        self, path: Path, kind: DocumentKind, damage: str, writable: bool, ours: bool = True
    ) -> dict[str, Any] | None:
        """Rebuild a damaged file, keep its bytes aside, then write the rebuilt one in its place
        (recovery.py says why in that order). The rebuilt document, or None if unreadable."""
        try:
            raw = path.read_bytes()
        except OSError as error:
            self.unreadable.add(path)
            self.problems.append(
                file_left_alone(
                    StorageText.tr("{name} cannot be read: {why}.").format(
                        name=path.name, why=why(error)
                    )
                )
            )
            return None
        rebuilt = rebuild(raw, kind, path, self.backups, self.device)
        document = rebuilt.document or empty_document(kind, self.device)
        aside = None
        tail = ""
        if not writable:
            self.damaged.add(path)
            tail = repaired_at_next_start() if ours else repaired_by_its_computer()
        else:
            try:
                aside = keep_aside(path, raw, self.clock.now())
            except OSError as error:
                self.damaged.add(path)
                tail = file_left_in_place(path, why(error))
            else:
                self.damaged.discard(path)
                try:
                    write_json_atomic(path, document, private=True)
                except OSError as error:
                    tail = recovered_not_saved(why(error))
        message = damaged_file_recovered(
            KIND_WORDS[kind],
            self.relative(path),
            damage,
            aside=aside,
            salvaged=rebuilt.salvaged,
            backup_taken=rebuilt.backup.taken if rebuilt.backup else None,
            settings=kind == SETTINGS,
        )
        self.problems.append(f"{message} {tail}".strip())
        return document

    def _recover_interrupted(
        self, path: Path, kind: DocumentKind, writable: bool
    ) -> dict[str, Any] | None:
        """A missing file with a damaged copy kept beside it: an interrupted recovery (an older
        version moved the file aside first). Recovered from the copy, which stays as it is."""
        copies = broken_copies(path)
        if not copies:
            return None
        try:
            raw = copies[0].read_bytes()
        except OSError:
            return None
        rebuilt = rebuild(raw, kind, path, self.backups, self.device)
        document = rebuilt.document or empty_document(kind, self.device)
        tail = ""
        if writable:
            try:
                write_json_atomic(path, document, private=True)
            except OSError as error:
                tail = recovered_not_saved(why(error))
        else:
            tail = repaired_at_next_start()
        found = what_came_back(
            rebuilt.salvaged,
            rebuilt.backup.taken if rebuilt.backup else None,
            settings=kind == SETTINGS,
        )
        message = f"{interrupted_recovery_found(self.relative(path), copies[0])} {found}"
        self.problems.append(f"{message} {tail}".strip())
        return document

    # --- writing -----------------------------------------------------------------------------

    def check_writable(self, path: Path, *, reread: bool = False) -> None:
        """StoreError when the file must not be written now (see the module's docstring).

        reread: the caller reads the file again before each write (a month), so a file that
        could not be read, or not kept aside, is worth trying again later."""
        name = self.relative(path)
        if not self.writable:
            raise StoreError(file_not_changed(name, self.read_only_reason))
        if path in self.read_only:
            raise StoreError(
                file_not_changed(
                    name,
                    StorageText.tr(
                        "it was written by a newer version of BackCoach, and this "
                        "version never changes such a file."
                    ),
                ),
                newer_version=True,
            )
        if path in self.unreadable:
            raise StoreError(
                file_not_changed(
                    name, StorageText.tr("it could not be read, so writing it would lose it.")
                ),
                retryable=reread,
            )
        if path in self.damaged:
            try:
                keep_aside(path, path.read_bytes(), self.clock.now())
            except OSError as error:
                reason = StorageText.tr("it is damaged and cannot be kept aside: {why}.").format(
                    why=why(error)
                )
                raise StoreError(file_not_changed(name, reason), retryable=True) from None
            self.damaged.discard(path)

    def write(self, path: Path, data: dict[str, Any], *, reread: bool = False) -> None:
        """Back the file up and replace it with the data; StoreError and nothing else when it
        cannot be done (nothing is then changed)."""
        self.check_writable(path, reread=reread)
        try:
            self.backups.before_change(path)
        except OSError as error:
            raise StoreError(
                StorageText.tr("Could not back up {path} before saving: {why}.").format(
                    path=path, why=why(error)
                ),
                retryable=True,
            ) from error
        document = {**data, "schema": max(SCHEMA_VERSION, _schema(data))}
        try:
            write_json_atomic(path, document, private=True)
        except OSError as error:
            raise StoreError(
                StorageText.tr("Could not save {path}: {why}.").format(path=path, why=why(error)),
                retryable=True,
            ) from error
        except (TypeError, ValueError) as error:  # not JSON at all: a bug, said rather than raised
            raise StoreError(
                StorageText.tr("Could not save {path}: {error}.").format(path=path, error=error)
            ) from error


def _schema(data: dict[str, Any]) -> int:
    schema = data.get("schema", SCHEMA_VERSION)
    return schema if isinstance(schema, int) and not isinstance(schema, bool) else SCHEMA_VERSION


def _missing(path: Path) -> bool:
    try:
        path.lstat()
    except FileNotFoundError:
        return True
    except OSError:
        return False
    return False
