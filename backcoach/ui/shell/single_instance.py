"""One window per data folder: a second start brings the first window forward and exits.

A QLockFile in the data folder says who writes there. Qt checks whether the process named in a
lock file is still running, so a lock left by a killed process is taken over at once. The first
instance also listens on a QLocalServer, named after the data folder; a second start that finds
the lock taken connects to it, asks it to show its window, and exits.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from backcoach.core.storage.instance_lock import lock_path

ACTIVATE = b"activate\n"
CONNECT_TIMEOUT_MS = 2000


def server_name(data_dir: Path, device: str) -> str:
    folder = str(Path(data_dir).expanduser().resolve())
    digest = hashlib.sha256(f"{folder}\0{device}".encode()).hexdigest()[:16]
    return f"backcoach-{digest}"


class SingleInstance(QObject):
    # Another start asked this one to come to the front.
    activationRequested = Signal()

    def __init__(self, data_dir: Path, device: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        Path(data_dir).mkdir(parents=True, exist_ok=True)
        self.lock_file = QLockFile(str(lock_path(data_dir, device)))
        # Only a dead holder makes a lock stale, never its age: a week-long session is no reason.
        self.lock_file.setStaleLockTime(0)
        self.name = server_name(data_dir, device)
        self.server: QLocalServer | None = None

    def claim(self) -> bool:
        """True if this is the only instance (it now holds the lock and listens); False if
        another one runs (it has been asked to come to the front)."""
        if self.lock_file.tryLock(0):
            self._listen()
            return True
        if self.lock_file.error() == QLockFile.LockError.LockFailedError:
            self.ask_running_instance_to_activate()
            return False
        # The folder cannot hold a lock (read-only, permission denied): run anyway; the store
        # reports why nothing can be saved.
        return True

    def _listen(self) -> None:
        # A socket file left by a killed first instance would make listen() fail; the lock says
        # no instance runs, so it is safe to remove.
        QLocalServer.removeServer(self.name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._on_connection)
        if server.listen(self.name):
            self.server = server

    def _on_connection(self) -> None:
        assert self.server is not None
        while self.server.hasPendingConnections():
            # The server owns the socket (deleted with it); the message is tiny and sent at
            # once, so it is read here, waiting briefly if it has not arrived yet.
            socket = self.server.nextPendingConnection()
            arrived = socket.bytesAvailable() or socket.waitForReadyRead(CONNECT_TIMEOUT_MS)
            if arrived and bytes(socket.readAll().data()).startswith(ACTIVATE.strip()):
                self.activationRequested.emit()
            socket.disconnectFromServer()

    def ask_running_instance_to_activate(self) -> bool:
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
            return False
        socket.write(ACTIVATE)
        sent = socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
        socket.disconnectFromServer()
        return sent

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        self.lock_file.unlock()
