"""Handing a request to the BackCoach that already runs with a data folder, and its answer.

A second start (`backcoach`, `backcoach --routine FILE`, `backcoach --import-all FILE`) finds the
single-instance lock held (core/storage/instance_lock.py) and hands its request to the running
window, which does it and answers: the second process prints the answer and exits with its status
(0 done, 2 the file was refused, 1 it could not be done). The window listens with a QLocalServer
(ui/shell/single_instance.py); this side is plain Python, so the command line needs no Qt.

The conversation is one line of JSON each way:

    request  {"command": "show" | "routine" | "import-all", "path": "/absolute/file"}
    reply    {"status": "done" | "refused" | "failed", "message": "for a person"}

Where it happens: a Unix socket in the user's own runtime folder ($XDG_RUNTIME_DIR, else a folder
of the temporary folder that this user owns and nobody else may enter), so another user cannot put
a socket of theirs in its place; on Windows a named pipe, which Qt makes for this user only.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import socket
import stat
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

Command = Literal["show", "routine", "import-all"]
COMMANDS: tuple[Command, ...] = ("show", "routine", "import-all")
Status = Literal["done", "refused", "failed"]
EXIT_STATUS: dict[str, int] = {"done": 0, "refused": 2, "failed": 1}
# A request or a reply is a short line: anything longer is not one.
MAX_LINE_BYTES = 64 * 1024
CONNECT_SECONDS = 2.0
# How long the second start waits for the window's answer: importing years of sessions takes a
# while; bringing the window forward does not.
ANSWER_SECONDS: dict[str, float] = {"show": 10.0, "routine": 60.0, "import-all": 600.0}


@dataclass(frozen=True)
class Request:
    command: Command
    path: str = ""

    def encode(self) -> bytes:
        return json.dumps({"command": self.command, "path": self.path}).encode() + b"\n"

    @classmethod
    def decode(cls, line: bytes) -> Request | None:
        """The request in a line, or None for anything that is not one."""
        data = _json_object(line)
        if data is None:
            return None
        command, path = data.get("command"), data.get("path", "")
        if command not in COMMANDS or not isinstance(path, str):
            return None
        if command != "show" and not os.path.isabs(path):
            return None
        return cls(command, path)


@dataclass(frozen=True)
class Reply:
    status: Status
    message: str

    @property
    def exit_status(self) -> int:
        return EXIT_STATUS[self.status]

    def encode(self) -> bytes:
        return json.dumps({"status": self.status, "message": self.message}).encode() + b"\n"

    @classmethod
    def decode(cls, line: bytes) -> Reply | None:
        data = _json_object(line)
        if data is None:
            return None
        status, message = data.get("status"), data.get("message")
        if status not in EXIT_STATUS or not isinstance(message, str):
            return None
        return cls(status, message)


def _json_object(line: bytes) -> dict | None:
    if len(line) > MAX_LINE_BYTES:
        return None
    try:
        data = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def runtime_folder() -> Path | None:
    """The user's own folder for sockets, or None when there is none that is safe to use."""
    override = os.environ.get("XDG_RUNTIME_DIR")
    if override and os.path.isabs(override) and _private_folder(Path(override)):
        return Path(override)
    if not hasattr(os, "getuid"):
        return None
    fallback = Path(tempfile.gettempdir()) / f"backcoach-{os.getuid()}"
    with contextlib.suppress(FileExistsError, OSError):
        fallback.mkdir(mode=0o700)
    return fallback if _private_folder(fallback) else None


def _private_folder(folder: Path) -> bool:
    """A real folder (not a link) of this user's, which no one else may enter."""
    try:
        info = folder.lstat()
    except OSError:
        return False
    return (
        stat.S_ISDIR(info.st_mode)
        and info.st_uid == os.getuid()
        and not stat.S_IMODE(info.st_mode) & 0o077
    )


def address(data_dir: Path, device: str) -> str | None:
    """Where the window with this data folder listens: a socket path (a pipe name on Windows),
    or None when there is no safe place for one."""
    folder = str(Path(data_dir).expanduser().resolve())
    name = "backcoach-" + hashlib.sha256(f"{folder}\0{device}".encode()).hexdigest()[:16]
    if sys.platform == "win32":  # pragma: no cover - Windows only
        return name
    runtime = runtime_folder()
    return str(runtime / name) if runtime is not None else None


def send(where: str, request: Request) -> Reply | None:
    """Hand the request over and wait for the answer; None when nobody answers in time."""
    timeout = ANSWER_SECONDS[request.command]
    try:
        if sys.platform == "win32":  # pragma: no cover - Windows only
            with open(rf"\\.\pipe\{where}", "r+b", buffering=0) as pipe:
                pipe.write(request.encode())
                return Reply.decode(pipe.readline(MAX_LINE_BYTES + 1))
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
            connection.settimeout(CONNECT_SECONDS)
            connection.connect(where)
            connection.settimeout(timeout)
            connection.sendall(request.encode())
            return Reply.decode(_read_line(connection))
    except OSError:  # no such socket, refused, timed out
        return None


def _read_line(connection: socket.socket) -> bytes:
    received = b""
    while b"\n" not in received and len(received) <= MAX_LINE_BYTES:
        chunk = connection.recv(4096)
        if not chunk:
            break
        received += chunk
    return received.split(b"\n", 1)[0]
