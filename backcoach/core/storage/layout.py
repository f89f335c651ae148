"""The data folder's layout: the names of its files and folders, and which of them are the app's.

    settings.json, routines.json                  what older versions shared (read only)
    devices/<device>/settings.json                the settings one device changed, stamped
    devices/<device>/routines.json                the routines one device made or changed
    devices/<device>/local.json                   what belongs to one device alone
    sessions/<device>/<YYYY-MM>.json              sessions one device logged or changed
    backups/<same path without .json>/<stamp>.json  rolling backups (backups.py)
    NAME.broken-<stamp>                           a damaged file, kept beside where it was
    sessions-not-saved-<stamp>.json               sessions a newer version's file kept out
    .backcoach.lock                               the folder's one-writer lock (instance_lock.py)

Folders the app makes are private to the user (0700), like its files (0600): other people on the
computer cannot list which months have sessions. A temporary file (.tmp-NAME.xxxxxxxx, made by
files.write_bytes_atomic) is the app's only when NAME is one of its own names and it sits in one
of its own folders: cleaning up after a crash touches nothing else.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path

from backcoach.core.storage.files import TEMP_PREFIX

SETTINGS_FILE = "settings.json"
ROUTINES_FILE = "routines.json"
SESSIONS_FOLDER = "sessions"
DEVICES_FOLDER = "devices"
BACKUPS_FOLDER = "backups"
MONTH_FILE = re.compile(r"^(\d{4})-(\d{2})\.json$")
BROKEN_SUFFIX = ".broken-"
BROKEN_FILE = re.compile(r"^(?P<live>.+\.json)\.broken-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?$")
NOT_SAVED_FILE = "sessions-not-saved-{stamp}.json"

_STAMP = r"\d{8}-\d{6}(?:-\d+)?"
_OWN_NAME = (
    rf"(?:settings\.json|routines\.json|local\.json|\d{{4}}-\d{{2}}\.json|{_STAMP}\.json"
    rf"|sessions-not-saved-{_STAMP}\.json)(?:\.broken-{_STAMP})?"
)
# tempfile.mkstemp adds eight characters of [a-z0-9_] after the prefix.
OWN_TEMPORARY = re.compile(rf"^{re.escape(TEMP_PREFIX)}{_OWN_NAME}\.[a-z0-9_]{{8}}$")


def own_folders(data_folder: Path, device: str) -> Iterator[Path]:
    """The folders this device's app writes: the data folder, its sessions folder, and the
    backups of the settings, the routines and its months (never another device's)."""
    yield data_folder
    yield data_folder / SESSIONS_FOLDER
    yield data_folder / SESSIONS_FOLDER / device
    yield data_folder / DEVICES_FOLDER
    yield data_folder / DEVICES_FOLDER / device
    backups = data_folder / BACKUPS_FOLDER
    yield backups / DEVICES_FOLDER
    yield backups / DEVICES_FOLDER / device
    for name in ("settings", "routines", "local"):
        yield backups / DEVICES_FOLDER / device / name
    yield backups
    yield backups / "settings"
    yield backups / "routines"
    yield backups / SESSIONS_FOLDER
    device_backups = backups / SESSIONS_FOLDER / device
    yield device_backups
    try:
        months = sorted(p for p in device_backups.iterdir() if MONTH_FILE.match(p.name + ".json"))
    except OSError:
        return
    yield from months


def make_own_folders_private(data_folder: Path, device: str) -> None:
    """Take group and other permissions off the app's folders inside the data folder, which an
    older version made readable by everyone. The data folder itself is left alone: it may be a
    folder the user chose (--data-dir), with permissions of their own."""
    if os.name != "posix":
        return  # Windows: a user's AppData is private already
    for folder in own_folders(data_folder, device):
        if folder == data_folder:
            continue
        try:
            info = folder.lstat()
            if stat.S_ISDIR(info.st_mode) and info.st_mode & 0o077:
                folder.chmod(stat.S_IMODE(info.st_mode) & 0o700)
        except OSError:
            continue  # missing, or another user's: nothing to tighten


def remove_own_temporaries(data_folder: Path, device: str) -> list[Path]:
    """Delete the temporary files a crash left in the app's own folders, by their exact names;
    never one of another device's, or a file of the user's that starts with .tmp-. Call only while
    holding the single-instance lock: a running writer's temporary file looks the same."""
    removed = []
    for folder in own_folders(data_folder, device):
        try:
            entries = list(folder.iterdir())
        except OSError:
            continue
        for path in entries:
            if OWN_TEMPORARY.match(path.name) and path.is_file() and not path.is_symlink():
                try:
                    path.unlink()
                    removed.append(path)
                except OSError:
                    pass
    return removed


def broken_name(live: Path, stamp: str, counter: int = 1) -> Path:
    suffix = f"{BROKEN_SUFFIX}{stamp}" + (f"-{counter}" if counter > 1 else "")
    return live.with_name(live.name + suffix)


def broken_copies(live: Path) -> list[Path]:
    """The damaged copies of a file kept beside it, newest first."""
    try:
        entries = list(live.parent.iterdir())
    except OSError:
        return []
    found = []
    for path in entries:
        match = BROKEN_FILE.match(path.name)
        if match and match["live"] == live.name:
            found.append((match["stamp"], int(match["n"] or 1), path))
    return [path for *_, path in sorted(found, reverse=True)]
