"""Which computer this is, for one data folder: chosen once, then remembered on this computer.

The device id names this computer's own folders in the data folder (sessions/<device>/,
devices/<device>/). It is chosen the first time a data folder is opened (from the host name and a
short hash of the machine id, as before) and kept in this computer's own state folder
(platformdirs' user state folder, devices.json), never in the synced data folder: a host name
changed later does not make a new device, and two computers never share one by syncing it. The
variable BACKCOACH_DEVICE overrides it (for tests, or two ids on one computer).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import socket
import uuid
from pathlib import Path

DEVICE_VARIABLE = "BACKCOACH_DEVICE"
STATE_FILE = "devices.json"


def slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]+", "-", text).strip("-")[:40]


def default_device_id() -> str:
    """A name for this computer, readable in a file manager and unique in practice."""
    override = os.environ.get(DEVICE_VARIABLE)
    if override:
        return slug(override)
    machine = ""
    for candidate in ("/etc/machine-id", "/var/lib/dbus/machine-id"):
        try:
            machine = Path(candidate).read_text().strip()
            break
        except OSError:
            continue
    machine = machine or str(uuid.getnode())
    digest = hashlib.sha256(machine.encode()).hexdigest()[:8]
    return f"{slug(socket.gethostname()) or 'computer'}-{digest}"


def state_folder() -> Path:
    from platformdirs import user_state_dir

    return Path(user_state_dir("BackCoach", appauthor=False))


def device_for(data_dir: Path, state: Path | None = None) -> str:
    """This computer's device id in the data folder: BACKCOACH_DEVICE, else the one remembered
    for the folder, else a new one (remembered from now on; if it cannot be, it is still the same
    next time as long as the host name stays)."""
    override = os.environ.get(DEVICE_VARIABLE)
    if override:
        return slug(override)
    path = (state or state_folder()) / STATE_FILE
    key = str(Path(data_dir).expanduser().absolute())
    known = _read(path)
    device = known.get(key)
    if isinstance(device, str) and slug(device) == device and device:
        return device
    device = default_device_id()
    known[key] = device
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        from backcoach.core.storage.files import write_json_atomic

        write_json_atomic(path, known, private=True)
    return device


def _read(path: Path) -> dict[str, object]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}
