"""The data folder's lock: one BackCoach at a time writes a data folder, from any computer.

The lock is a lock the operating system holds on the file DATA/.backcoach.lock (flock on
Linux and macOS, a locked byte on Windows), taken by the window and by `--import-all`. It is one
lock for the whole folder, whatever the device id: two windows on one folder (two device ids on
one computer, or two computers on a network share whose file system passes locks on) never write
at once; the second opens read-only and says so (ui/shell/application.py). The system
lets it go the instant its process ends, however it ends: a killed or crashed BackCoach never
leaves a stale lock, and no process id is trusted (a pid that now belongs to another program
would otherwise look like a running BackCoach). The file names the holder (its process id, the
app's name, the host and the device id) for people and messages; it is never deleted, since a
lock file removed while another process opens it would give two holders.

Qt-free, so the command line takes the same lock as the window (ui/shell/single_instance.py).
"""

from __future__ import annotations

import contextlib
import os
import socket
import sys
from pathlib import Path

from backcoach.core.i18n import Context

StorageText = Context("StorageText")

if sys.platform == "win32":  # pragma: no cover - Windows only
    import msvcrt
else:
    import fcntl

# Windows locks a byte range that readers of the file's text cannot then read: the byte locked is
# far past the text.
_WINDOWS_LOCKED_BYTE = 1 << 20


LOCK_FILE = ".backcoach.lock"


def lock_path(data_dir: Path) -> Path:
    # One lock for the folder. A sync tool copies this file between computers too, but a lock
    # lives in the operating system, not in the file's text: a copied file locks nothing.
    return Path(data_dir) / LOCK_FILE


class InstanceLock:
    """The lock of one data folder; `acquire` takes it without waiting."""

    def __init__(self, data_dir: Path, device: str) -> None:
        self.path = lock_path(data_dir)
        self.device = device
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> bool:
        """True once this process holds the lock; False if another process holds it. OSError
        when the folder cannot hold a lock at all (read-only, or no such folder)."""
        if self._fd is not None:
            return True
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o600)
        try:
            if not _try_lock(fd):
                os.close(fd)
                return False
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd
        with contextlib.suppress(OSError):  # the text is for people; the lock is what counts
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            text = f"{os.getpid()}\nBackCoach\n{socket.gethostname()}\n{self.device}\n"
            os.write(fd, text.encode())
        return True

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)  # nobody holds it now: the file no longer names anyone
        os.close(fd)  # the system lets the lock go with the last descriptor

    def holder(self) -> int | None:
        """The process id of another process holding the lock (0 when its file does not say), or
        None when none holds it (a folder that cannot hold a lock is held by nobody)."""
        lines = self.holder_lines()
        if lines is None:
            return None
        return int(lines[0]) if lines and lines[0].isdigit() else 0

    def holder_device(self) -> str | None:
        """The device id of the BackCoach holding the lock ("" when its file does not say), or
        None when none holds it."""
        lines = self.holder_lines()
        if lines is None:
            return None
        return lines[3] if len(lines) > 3 else ""

    def describe_holder(self) -> str:
        """The holder, for people: "process 123 on desk, device desk-1a2b3c4d"."""
        lines = self.holder_lines() or []
        parts = [
            StorageText.tr("process {lines}").format(lines=lines[0])
            if lines and lines[0].isdigit()
            else StorageText.tr("a process")
        ]
        if len(lines) > 2 and lines[2]:
            parts.append(StorageText.tr("on {lines}").format(lines=lines[2]))
        if len(lines) > 3 and lines[3]:
            parts.append(StorageText.tr("device {lines}").format(lines=lines[3]))
        return " ".join(parts[:2]) + (f", {parts[2]}" if len(parts) > 2 else "")

    def refusal(self) -> str:
        return StorageText.tr(
            "Another BackCoach ({describe_holder}) is writing {parent}; "
            "nothing was changed. Try again when it has finished or is "
            "closed."
        ).format(describe_holder=self.describe_holder(), parent=self.path.parent)

    def holder_lines(self) -> list[str] | None:
        """The lines of the lock file while another process holds the lock, or None."""
        if self._fd is not None:
            return None
        try:
            fd = os.open(self.path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        except OSError:
            return None
        try:
            if _try_lock(fd, shared=True):
                return None
            os.lseek(fd, 0, os.SEEK_SET)
            text = os.read(fd, 200).decode(errors="replace")
        except OSError:
            return None
        finally:
            os.close(fd)  # a lock taken just to look is let go with it
        return text.split("\n")


def _try_lock(fd: int, shared: bool = False) -> bool:
    """Take the lock on the open file without waiting; False if another process has it."""
    if sys.platform == "win32":  # pragma: no cover - Windows only
        os.lseek(fd, _WINDOWS_LOCKED_BYTE, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        if shared:
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return True
    try:
        fcntl.flock(fd, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True
