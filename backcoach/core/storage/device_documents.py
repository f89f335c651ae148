"""Settings and routines shared by several computers: each writes only its own documents.

    devices/<device>/settings.json   the settings this computer changed, each with when
    devices/<device>/routines.json   the routines and exercises this computer made, changed or
                                     deleted, each with when, and the built-ins it hid or showed
    devices/<device>/local.json      what belongs to this computer alone (window geometry,
                                     start at login, ...): never merged

Every computer reads every device's documents, the settings.json and routines.json older versions
wrote (the oldest layer: everything in them counts as older than any stamped change), and sync
tools' conflict copies of any of them, and keeps per setting, per rest day, per routine, per
exercise and per hidden built-in the newest version (versions.py). Saving writes only what
differs from what was read, stamped newer than the version it replaces: two computers' changes
to different things both survive, and a change to the same thing resolves the same way on both.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from backcoach.core.storage.documents import Documents
from backcoach.core.storage.migrations import ROUTINES, SCHEMA_VERSION, SETTINGS, DocumentKind
from backcoach.core.storage.sync_names import conflict_original
from backcoach.core.storage.versions import (
    Version,
    newest,
    next_stamp,
    parse_stamp,
    stamp_text,
)

DEVICES_FOLDER = "devices"
SETTINGS_FILE = "settings.json"
ROUTINES_FILE = "routines.json"
LOCAL_FILE = "local.json"
# Settings that describe this computer, not the person: kept per computer, never merged. The
# language too: each computer may have its own desktop language (core/catalogue_translation.py
# reads it before the store opens).
LOCAL_SETTINGS = frozenset(
    {"window_geometry", "start_at_login", "cue_problems_told", "tray_close_explained", "language"}
)
_REST = "rest_days/"
# What the older versions' shared files count as: older than any stamped change, and the file
# itself newer than its conflict copies.
_LEGACY = "~legacy~"
_LEGACY_COPY = "~legacy "
_ROUTINE_KINDS = (("routines", "routine"), ("exercises", "exercise"))
_ROUTINE_KEYS = frozenset({"schema", "device", "routines", "exercises", "hidden_builtins"})


class DeviceDocuments:
    def __init__(self, folder: Path, device: str, documents: Documents) -> None:
        self.folder = folder
        self.device = device
        self.documents = documents
        self.settings_winners: dict[str, Version[Any]] = {}
        self.routine_winners: dict[str, Version[Any]] = {}
        self.local: dict[str, Any] = {}
        # Conflict copies read since the store opened, to tell (Store.tell_conflict_copies).
        self.conflict_copies: set[Path] = set()

    def own(self, name: str) -> Path:
        return self.folder / DEVICES_FOLDER / self.device / name

    # --- finding the files ---------------------------------------------------------------

    def _files(self, name: str) -> Iterator[tuple[Path, str, bool]]:
        """The older versions' shared file and every device's document called `name`, with
        their conflict copies: (path, device, whether this computer writes it)."""
        # A damaged shared file is still repaired in place (documents.py), as before.
        yield from self._in_folder(self.folder, name, _LEGACY, True)
        devices = self.folder / DEVICES_FOLDER
        try:
            folders = sorted(p for p in devices.iterdir() if p.is_dir())
        except OSError:
            return
        for folder in folders:
            yield from self._in_folder(folder, name, folder.name, folder.name == self.device)

    def _in_folder(
        self, folder: Path, name: str, device: str, ours: bool
    ) -> Iterator[tuple[Path, str, bool]]:
        try:
            names = sorted(p.name for p in folder.iterdir())
        except OSError:
            return
        if name in names:
            yield folder / name, device, ours
        for other in names:
            if conflict_original(other) == name:
                # Older than the file itself when neither is stamped: the tool kept the file.
                copy_device = _LEGACY_COPY + other if device == _LEGACY else device
                yield folder / other, copy_device, False

    def _read(self, path: Path, kind: DocumentKind, ours: bool) -> dict[str, Any] | None:
        data = self.documents.read(path, kind, ours=ours)
        if data is not None and conflict_original(path.name):
            self.conflict_copies.add(path)
        return data

    # --- settings ------------------------------------------------------------------------

    def load_settings(self) -> dict[str, Any]:
        """The merged settings, as settings.json's "settings" held them."""
        versions: list[Version[Any]] = []
        legacy_local: dict[str, Any] = {}
        for path, device, ours in self._files(SETTINGS_FILE):
            data = self._read(path, SETTINGS, ours)
            if data is None or not isinstance(data.get("settings"), dict):
                continue
            if device == _LEGACY or device.startswith(_LEGACY_COPY):
                versions.extend(_legacy_settings(data["settings"], device))
                if device == _LEGACY:
                    legacy_local = {
                        k: v for k, v in data["settings"].items() if k in LOCAL_SETTINGS
                    }
            else:
                versions.extend(_stamped_settings(data, device))
        self.settings_winners = newest(versions)
        local = self.documents.read(self.own(LOCAL_FILE), SETTINGS) or {}
        own_local = local.get("settings")
        own_local = own_local if isinstance(own_local, dict) else {}
        self.local = {**legacy_local, **own_local}
        return {**_settings_values(self.settings_winners), **self.local}

    def save_settings(self, values: dict[str, Any], now: datetime) -> None:
        """Write what differs from what was read: local settings to local.json, the others to
        this computer's settings.json, each stamped."""
        local = {k: v for k, v in values.items() if k in LOCAL_SETTINGS}
        if local != self.local:
            path = self.own(LOCAL_FILE)
            document = self._own_document(path, SETTINGS)
            document["settings"] = local
            self.documents.write(path, document)
            self.local = local
        changes: dict[str, Any] = {}
        for key, value in values.items():
            if key in LOCAL_SETTINGS or key == "rest_days":
                continue
            seen = self.settings_winners.get(key)
            if seen is None or seen.value != value:
                changes[key] = value
        rest = {d for d in values.get("rest_days", []) if isinstance(d, str)}
        marked = {k[len(_REST) :] for k, v in self.settings_winners.items() if k.startswith(_REST)}
        was = {d for d in marked if self.settings_winners[_REST + d].value is True}
        rest_changes = {d: True for d in rest - was} | {d: False for d in was - rest}
        if not changes and not rest_changes:
            return
        path = self.own(SETTINGS_FILE)
        document = self._own_document(path, SETTINGS)
        entries = document.setdefault("settings", {})
        days = document.get("rest_days")
        days = document["rest_days"] = days if isinstance(days, dict) else {}
        written: list[Version[Any]] = []
        for key, value in changes.items():
            version = self._stamp(self.settings_winners, key, value, now)
            entries[key] = _entry(version, value=value)
            written.append(version)
        for day, resting in rest_changes.items():
            version = self._stamp(self.settings_winners, _REST + day, resting, now)
            days[day] = _entry(version, rest=resting)
            written.append(version)
        if not days:
            del document["rest_days"]
        self.documents.write(path, document)
        self.settings_winners.update((v.key, v) for v in written)

    # --- routines and exercises ----------------------------------------------------------

    def load_user_data(self) -> dict[str, Any]:
        """The merged routines file: {"routines": [...], "exercises": [...], "hidden_builtins":
        [...]} and the keys a newer version added."""
        versions: list[Version[Any]] = []
        extra: dict[str, Any] = {}
        for path, device, ours in self._files(ROUTINES_FILE):
            data = self._read(path, ROUTINES, ours)
            if data is None:
                continue
            if device == _LEGACY or device == self.device:
                extra.update({k: v for k, v in data.items() if k not in _ROUTINE_KEYS})
            if device == _LEGACY or device.startswith(_LEGACY_COPY):
                versions.extend(_legacy_routines(data, device))
            else:
                versions.extend(_stamped_routines(data, device))
        self.routine_winners = newest(versions)
        merged: dict[str, Any] = {**extra, "routines": [], "exercises": []}
        for kind, _ in _ROUTINE_KINDS:
            items = [
                v.value
                for v in self.routine_winners.values()
                if v.key.startswith(kind + "/") and not v.deleted and v.value is not None
            ]
            merged[kind] = [item for _, _, item in sorted(items, key=lambda t: (t[0], t[1]))]
        hidden = sorted(
            v.key.split("/", 1)[1]
            for v in self.routine_winners.values()
            if v.key.startswith("hidden_builtins/") and v.value is True
        )
        if hidden or any(k.startswith("hidden_builtins/") for k in self.routine_winners):
            merged["hidden_builtins"] = hidden
        return merged

    def save_user_data(self, data: dict[str, Any], now: datetime) -> None:
        path = self.own(ROUTINES_FILE)
        written: list[Version[Any]] = []
        entries: dict[str, list[dict[str, Any]]] = {}
        for kind, word in _ROUTINE_KINDS:
            items = data.get(kind)
            items = items if isinstance(items, list) else []
            now_here = {}
            for position, item in enumerate(items):
                now_here[f"{kind}/{_item_key(item)}"] = (position, item)
            for key, (position, item) in now_here.items():
                seen = self.routine_winners.get(key)
                if seen is None or seen.value is None or seen.value[2] != item:
                    version = self._stamp(self.routine_winners, key, (position, key, item), now)
                    entries.setdefault(kind, []).append(
                        _entry(version, id=key.split("/", 1)[1], position=position, **{word: item})
                    )
                    written.append(version)
            for key, seen in self.routine_winners.items():
                if key.startswith(kind + "/") and not seen.deleted and key not in now_here:
                    version = self._stamp(self.routine_winners, key, None, now, deleted=True)
                    entries.setdefault(kind, []).append(
                        _entry(version, id=key.split("/", 1)[1], deleted=True)
                    )
                    written.append(version)
        listed = data.get("hidden_builtins")
        hidden = {h for h in listed if isinstance(h, str)} if isinstance(listed, list) else set()
        was = {
            k.split("/", 1)[1]
            for k, v in self.routine_winners.items()
            if k.startswith("hidden_builtins/") and v.value is True
        }
        for builtin in sorted(hidden ^ was):
            key = f"hidden_builtins/{builtin}"
            version = self._stamp(self.routine_winners, key, builtin in hidden, now)
            entries.setdefault("hidden_builtins", []).append(
                _entry(version, id=builtin, hidden=builtin in hidden)
            )
            written.append(version)
        extra = {k: v for k, v in data.items() if k not in _ROUTINE_KEYS}
        document = self._own_document(path, ROUTINES)
        known_extra = {k: v for k, v in document.items() if k not in _ROUTINE_KEYS}
        if not written and extra == known_extra:
            return
        for kind, new in entries.items():
            keys = {e["id"] for e in new}
            old = document.get(kind)
            old = old if isinstance(old, list) else []
            document[kind] = [e for e in old if not (isinstance(e, dict) and e.get("id") in keys)]
            document[kind].extend(new)
        document.update(extra)
        self.documents.write(path, document)
        self.routine_winners.update((v.key, v) for v in written)

    # --- shared ------------------------------------------------------------------------------

    def _own_document(self, path: Path, kind: DocumentKind) -> dict[str, Any]:
        data = self.documents.read(path, kind)
        self.documents.check_writable(path, reread=True)
        return data or {"schema": SCHEMA_VERSION, "device": self.device}

    def _stamp(
        self,
        winners: dict[str, Version[Any]],
        key: str,
        value: Any,
        now: datetime,
        deleted: bool = False,
    ) -> Version[Any]:
        seen = winners.get(key)
        return Version(
            key, value, next_stamp(now, seen.changed if seen else None), self.device, deleted
        )

    def legacy_files(self) -> list[Path]:
        """The shared files older versions wrote, which this version only reads."""
        return [p for name in (SETTINGS_FILE, ROUTINES_FILE) if (p := self.folder / name).exists()]


def _entry(version: Version[Any], **fields: Any) -> dict[str, Any]:
    assert version.changed is not None
    return {**fields, "changed": stamp_text(version.changed), "device": version.device}


def _item_key(item: Any) -> str:
    if isinstance(item, dict) and isinstance(item.get("id"), str):
        return item["id"]
    # An item that has no id (kept unread): known by its whole content.
    return "#" + json.dumps(item, sort_keys=True, ensure_ascii=False)


def _legacy_settings(values: dict[str, Any], device: str) -> Iterator[Version[Any]]:
    for key, value in values.items():
        if key in LOCAL_SETTINGS:
            continue
        if key == "rest_days" and isinstance(value, list):
            for day in value:
                if isinstance(day, str):
                    yield Version(_REST + day, True, None, device)
        else:
            yield Version(key, value, None, device)


def _stamped_settings(data: dict[str, Any], device: str) -> Iterator[Version[Any]]:
    for key, entry in data["settings"].items():
        if isinstance(entry, dict) and "value" in entry and key not in LOCAL_SETTINGS:
            yield Version(
                key, entry["value"], parse_stamp(entry.get("changed")), _by(entry, device)
            )
    days = data.get("rest_days")
    for day, entry in days.items() if isinstance(days, dict) else ():
        if isinstance(entry, dict) and isinstance(entry.get("rest"), bool):
            changed = parse_stamp(entry.get("changed"))
            yield Version(_REST + day, entry["rest"], changed, _by(entry, device))


def _settings_values(winners: dict[str, Version[Any]]) -> dict[str, Any]:
    values = {k: v.value for k, v in winners.items() if not k.startswith(_REST)}
    days = [k[len(_REST) :] for k, v in winners.items() if k.startswith(_REST)]
    if days:
        values["rest_days"] = sorted(d for d in days if winners[_REST + d].value is True)
    return values


def _legacy_routines(data: dict[str, Any], device: str) -> Iterator[Version[Any]]:
    for kind, _ in _ROUTINE_KINDS:
        items = data.get(kind)
        for position, item in enumerate(items if isinstance(items, list) else []):
            key = f"{kind}/{_item_key(item)}"
            yield Version(key, (position, key, item), None, device)
    hidden = data.get("hidden_builtins")
    for builtin in hidden if isinstance(hidden, list) else []:
        if isinstance(builtin, str):
            yield Version(f"hidden_builtins/{builtin}", True, None, device)


def _stamped_routines(data: dict[str, Any], device: str) -> Iterator[Version[Any]]:
    for kind, word in _ROUTINE_KINDS:
        items = data.get(kind)
        for entry in items if isinstance(items, list) else []:
            if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
                continue
            key = f"{kind}/{entry['id']}"
            changed, by = parse_stamp(entry.get("changed")), _by(entry, device)
            if entry.get("deleted") is True:
                yield Version(key, None, changed, by, deleted=True)
            elif word in entry:
                position = entry.get("position")
                position = position if isinstance(position, int) else 0
                yield Version(key, (position, key, entry[word]), changed, by)
    hidden = data.get("hidden_builtins")
    for entry in hidden if isinstance(hidden, list) else []:
        if (
            isinstance(entry, dict)
            and isinstance(entry.get("id"), str)
            and isinstance(entry.get("hidden"), bool)
        ):
            changed = parse_stamp(entry.get("changed"))
            key = f"hidden_builtins/{entry['id']}"
            yield Version(key, entry["hidden"], changed, _by(entry, device))


def _by(entry: dict[str, Any], device: str) -> str:
    by = entry.get("device")
    return by if isinstance(by, str) and by else device
