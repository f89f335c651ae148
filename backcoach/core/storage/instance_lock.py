"""Where the single-instance lock lives, and who holds it, readable without Qt.

The window takes the lock with QLockFile (backcoach.ui.shell.single_instance). Command-line
tools that change the data folder (--import-all) must not run while a window writes to it; they
read the lock file, which QLockFile fills with the holder's process id, application name and
host name.
"""

from __future__ import annotations

import os
import socket
from pathlib import Path


def lock_path(data_dir: Path, device: str) -> Path:
    # One lock per device: a data folder shared by a sync tool carries other computers' lock
    # files too, and those must never keep this computer's app from starting.
    return Path(data_dir) / f".backcoach-{device}.lock"


def running_holder(path: Path) -> int | None:
    """The process id of a live process on this computer holding the lock, or None."""
    try:
        lines = path.read_text(errors="replace").splitlines()
        pid = int(lines[0])
    except (OSError, ValueError, IndexError):
        return None
    host = lines[2] if len(lines) > 2 else ""
    if host and host != socket.gethostname():
        return None
    if pid == os.getpid():
        return pid
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None
    except PermissionError:
        return pid  # alive, owned by someone else
    return pid
