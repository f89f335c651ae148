"""The sessions of every computer: reading their month files as versions, writing this one's.

Each computer writes only sessions/<its device>/<YYYY-MM>.json. A session logged there is its
first version. An edit of any session, whichever computer logged it, is written as a new version
in the editing computer's own month file (the month the session started in), stamped with when
and where it was made (`changed`, `changed_on`); a deletion is a tombstone in the same file's
`deleted` list. Reading gathers every version of every id from every device's month files and
from sync tools' conflict copies of them, and keeps the newest (versions.py): an edit made on the
laptop to a session of the desk computer never touches the desk computer's file, so no sync tool
ever sees the same file changed in two places.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

from backcoach.core.data_words import folder_left_alone, unreadable_sessions
from backcoach.core.i18n import Context
from backcoach.core.input_limits import year_in_range
from backcoach.core.session import RecordError, SessionRecord
from backcoach.core.storage.documents import Documents, StoreError
from backcoach.core.storage.fast_reader import Refused, read_month_file
from backcoach.core.storage.layout import BROKEN_FILE, MONTH_FILE, SESSIONS_FOLDER
from backcoach.core.storage.migrations import SCHEMA_VERSION, SESSIONS
from backcoach.core.storage.sync_names import conflict_original
from backcoach.core.storage.versions import (
    Version,
    keep_newest,
    next_stamp,
    parse_stamp,
    stamp_text,
)

StorageText = Context("StorageText")

SessionVersion = Version[SessionRecord]


class SessionFiles:
    def __init__(self, folder: Path, device: str, documents: Documents) -> None:
        self.folder = folder / SESSIONS_FOLDER
        self.device = device
        self.documents = documents
        # The winning version of every id seen (a tombstone included), for stamping the next edit
        # so that it is newer than what it replaces.
        self.winners: dict[str, SessionVersion] = {}
        self.conflict_copies: list[Path] = []  # read at the last load, to tell the user

    # --- reading -------------------------------------------------------------------------

    def files_on_disk(self) -> list[tuple[Path, str, bool]]:
        """Every month file of every device (path, device, whether this device writes it),
        with the conflict copies of month files (never written here); a month that was set aside
        with nothing in its place counts (its recovery was interrupted). A device folder that
        cannot be listed is said and left alone; the others still load."""
        try:
            devices = sorted(self.folder.iterdir())
        except FileNotFoundError:
            return []
        except OSError as error:
            self.documents.problems.append(folder_left_alone(self.folder, error))
            return []
        found: list[tuple[Path, str, bool]] = []
        for device in devices:
            try:
                if not device.is_dir():
                    continue
                names = {path.name for path in device.iterdir()}
            except OSError as error:
                self.documents.problems.append(folder_left_alone(device, error))
                continue
            months = {name for name in names if MONTH_FILE.match(name)}
            for name in names:
                broken = BROKEN_FILE.match(name)
                if broken and MONTH_FILE.match(broken["live"]):
                    months.add(broken["live"])
            copies = {n for n in names if MONTH_FILE.match(conflict_original(n) or "")}
            ours = device.name == self.device
            found.extend((device / month, device.name, ours) for month in sorted(months))
            found.extend((device / copy, device.name, False) for copy in sorted(copies))
        return found

    def read_versions(self) -> Iterator[list[SessionVersion]]:
        """The versions in each session file, one file at a time (a window reading years of
        history stays responsive between two files)."""
        self.conflict_copies = []
        for path, device, ours in self.files_on_disk():
            versions = self._read_quickly(path, device)
            if versions is None:
                versions = self._read_carefully(path, device, ours)
            if versions is None:
                continue
            if conflict_original(path.name):
                self.conflict_copies.append(path)
            yield versions

    def _read_quickly(self, path: Path, device: str) -> list[SessionVersion] | None:
        """The versions of a file the quick reader takes whole (fast_reader.py), or None: then
        it is read the careful way, which gives the same versions where both read a file."""
        try:
            month = read_month_file(path)
        except Refused:
            return None
        self.documents.read_quickly(path)
        versions = [Version(r.id, r, r.changed, r.changed_on or device) for r in month.sessions]
        versions.extend(
            Version(t.id, None, t.changed, t.changed_on or device, deleted=True)
            for t in month.deleted
        )
        return versions

    def _read_carefully(self, path: Path, device: str, ours: bool) -> list[SessionVersion] | None:
        data = self.documents.read(path, SESSIONS, ours=ours)
        if data is None:
            return None
        raw_sessions = data.get("sessions")
        if not isinstance(raw_sessions, list):  # only in a newer version's file
            return None
        versions: list[SessionVersion] = []
        unreadable = 0
        for raw in raw_sessions:
            try:
                record = SessionRecord.from_json(raw)
            except RecordError:
                unreadable += 1
                continue
            versions.append(Version(record.id, record, record.changed, record.changed_on or device))
        versions.extend(_tombstones(data.get("deleted"), device))
        if unreadable:
            self.documents.problems.append(unreadable_sessions(unreadable, path))
        return versions

    def read_all(self) -> Iterator[list[SessionRecord]]:
        """An empty list after each file read, then every living session, each id once: the
        rule needs every version before it can tell which one wins. The rule is applied file
        by file (it is a fold: the same winners as over all versions at once), so the last
        step only lists them, however long the history."""
        winners: dict[str, SessionVersion] = {}
        for batch in self.read_versions():
            keep_newest(winners, batch)
            yield []
        self.winners = winners
        yield [v.value for v in winners.values() if not v.deleted and v.value is not None]

    # --- writing -------------------------------------------------------------------------

    def month_file(self, record: SessionRecord) -> Path:
        return self.folder / self.device / f"{record.started:%Y-%m}.json"

    def _raw(self, path: Path) -> dict[str, Any]:
        """The month file as it is on disk now, ready to change; StoreError when it must not be
        written (a newer version's, unreadable, damaged and not yet kept aside)."""
        data = self.documents.read(path, SESSIONS)
        self.documents.check_writable(path, reread=True)
        if data is None:
            return {"schema": SCHEMA_VERSION, "device": self.device, "sessions": []}
        return data

    def stamped(self, record: SessionRecord, now: datetime) -> SessionRecord:
        seen = self.winners.get(record.id)
        stamp = next_stamp(now, seen.changed if seen else record.changed)
        return replace(record, changed=stamp, changed_on=self.device)

    def add(self, records: Iterable[SessionRecord], now: datetime) -> list[SessionRecord]:
        """Write sessions (new ones, or new versions of known ones, which get a stamp) to this
        computer's month files, each file once; the records as written. StoreError if one
        cannot be saved (the files written before it keep their new sessions)."""
        by_file: dict[Path, list[SessionRecord]] = {}
        written: list[SessionRecord] = []
        for record in records:
            _check_dates(record)
            if record.id in self.winners:
                record = self.stamped(record, now)
            by_file.setdefault(self.month_file(record), []).append(record)
            written.append(record)
        for path, batch in by_file.items():
            data = self._raw(path)
            batch = _newer_than_tombstones(batch, data, self.device, now)
            ids = {record.id for record in batch}
            # Unreadable and unknown records stay in the file as they were: only these change.
            data["sessions"] = [raw for raw in data["sessions"] if not _has_id(raw, ids)]
            data["sessions"].extend(record.to_json() for record in batch)
            _drop_tombstones(data, ids)
            self.documents.write(path, data, reread=True)
            written = [next((b for b in batch if b.id == r.id), r) for r in written]
            for record in batch:
                self.winners[record.id] = Version(
                    record.id, record, record.changed, record.changed_on or self.device
                )
        return written

    def delete(self, session_id: str, now: datetime) -> None:
        """Write a tombstone for the session in this computer's file of its month."""
        seen = self.winners.get(session_id)
        if seen is None or seen.deleted or seen.value is None:
            return
        stamp = next_stamp(now, seen.changed)
        path = self.month_file(seen.value)
        data = self._raw(path)
        data["sessions"] = [raw for raw in data["sessions"] if not _has_id(raw, {session_id})]
        _drop_tombstones(data, {session_id})
        tombstone = {"id": session_id, "changed": stamp_text(stamp), "changed_on": self.device}
        data.setdefault("deleted", []).append(tombstone)
        self.documents.write(path, data, reread=True)
        self.winners[session_id] = Version(session_id, None, stamp, self.device, deleted=True)


def _tombstones(raw: Any, device: str) -> Iterator[SessionVersion]:
    if not isinstance(raw, list):
        return
    for entry in raw:
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
            continue
        changed_on = entry.get("changed_on")
        where = changed_on if isinstance(changed_on, str) and changed_on else device
        yield Version(entry["id"], None, parse_stamp(entry.get("changed")), where, deleted=True)


def _newer_than_tombstones(
    batch: list[SessionRecord], data: dict[str, Any], device: str, now: datetime
) -> list[SessionRecord]:
    """A session written over its own tombstone (an undo, or one the store had not read) is
    stamped newer than the tombstone, so it is what every computer shows."""
    stones = {v.key: v for v in _tombstones(data.get("deleted"), device)}
    result = []
    for record in batch:
        stone = stones.get(record.id)
        if stone is not None:
            mine = Version(record.id, record, record.changed, record.changed_on or device)
            if mine.order < stone.order:
                stamp = next_stamp(now, stone.changed)
                record = replace(record, changed=stamp, changed_on=device)
        result.append(record)
    return result


def _drop_tombstones(data: dict[str, Any], ids: set[str]) -> None:
    deleted = data.get("deleted")
    if isinstance(deleted, list):
        data["deleted"] = [e for e in deleted if not (isinstance(e, dict) and e.get("id") in ids)]
        if not data["deleted"]:
            del data["deleted"]


def _check_dates(record: SessionRecord) -> None:
    # A month file's name is the year and month of the start: a year outside the range would
    # name a file that is never read back (year 999), or overflow when read (year 9999).
    for moment in (record.started, record.ended):
        if not year_in_range(moment):
            raise StoreError(
                StorageText.tr(
                    "This session's date ({moment:%Y-%m-%d}) is not one "
                    "BackCoach keeps; check the computer's clock."
                ).format(moment=moment)
            )


def _has_id(raw: Any, ids: set[str]) -> bool:
    return isinstance(raw, dict) and raw.get("id") in ids
