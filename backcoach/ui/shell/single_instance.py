"""One window per data folder: a second start hands its request to the first, and exits.

The lock is core/storage/instance_lock.py's (the system holds it; a killed BackCoach never leaves
it behind, and a process id that now belongs to another program is never mistaken for ours). The
first instance listens with a QLocalServer at core/hand_over.py's address, in the user's own
runtime folder; a second start that finds the lock taken hands over its request (come to the
front, import this routine file, merge this archive) and prints the window's answer.

Reading never blocks the window: each connection is read as its bytes arrive, and one that says
nothing, or too much, is closed after a few seconds.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from backcoach.core.hand_over import MAX_LINE_BYTES, Reply, Request, address, send
from backcoach.core.storage.files import PRIVATE_FOLDER_MODE, make_folders
from backcoach.core.storage.instance_lock import InstanceLock
from backcoach.ui.widgets.translation import Context

ShellText = Context("ShellText")

# A second start writes its one line at once; a connection silent this long is not one.
IDLE_MS = 5000

Handler = Callable[[Request], Reply]


class SingleInstance(QObject):
    def __init__(self, data_dir: Path, device: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lock = InstanceLock(data_dir, device)
        self.address = address(data_dir, device)
        self.server: QLocalServer | None = None
        self._data_dir = Path(data_dir)
        self._handler: Handler = lambda _request: Reply(
            "failed", ShellText.tr("BackCoach is still starting.")
        )

    def claim(self) -> bool:
        """True if this is the only instance (it now holds the lock and listens); False if
        another one runs (hand the request over with `hand_over`)."""
        try:
            make_folders(self._data_dir, PRIVATE_FOLDER_MODE)
            if not self.lock.acquire():
                return False
        except OSError:
            # The folder cannot hold a lock (read-only, permission denied): run anyway; the
            # store reports why nothing can be saved.
            return True
        self._listen()
        return True

    @property
    def holder(self) -> int | None:
        """The process id of the instance that holds the lock, when it is another one."""
        return self.lock.holder()

    def hand_over(self, request: Request) -> Reply | None:
        """Ask the running instance to do the request; its answer, or None if it gave none."""
        if self.address is None:
            return None
        return send(self.address, request)

    def serve(self, handler: Handler) -> None:
        """Answer the requests of later starts with the handler (the window's, once built)."""
        self._handler = handler

    def _listen(self) -> None:
        if self.address is None:
            return  # no private place for a socket: later starts cannot hand anything over
        # A socket file left by a killed first instance would make listen() fail; the lock says
        # no instance runs, and the folder is this user's alone, so it is safe to remove.
        QLocalServer.removeServer(self.address)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._on_connection)
        if server.listen(self.address):
            self.server = server

    def _on_connection(self) -> None:
        assert self.server is not None
        # The conversation reaches this object only weakly: a strong reference from a child back
        # to its parent makes a cycle that Python's collector may free at any moment, even while
        # Qt is deleting that child, and the parent then deletes the child a second time.
        owner = weakref.ref(self)

        def answer(request: Request) -> Reply:
            instance = owner()
            if instance is None:
                return Reply("failed", ShellText.tr("BackCoach is closing."))
            return instance._handler(request)

        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            _Conversation(socket, answer, self)

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        self.lock.release()


class _Conversation(QObject):
    """One connection: read its line as it arrives, answer it once, close."""

    def __init__(self, socket: QLocalSocket, handler: Handler, parent: QObject) -> None:
        super().__init__(parent)
        # The conversation owns its socket, so one deletion ends both, in one place.
        socket.setParent(self)
        self.socket = socket
        self.handler = handler
        self.received = b""
        self.closed = False
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self.close)
        self.idle.start(IDLE_MS)
        socket.readyRead.connect(self._read)
        socket.disconnected.connect(self.close)
        self._read()

    def _read(self) -> None:
        self.received += bytes(self.socket.readAll().data())
        if len(self.received) > MAX_LINE_BYTES:
            self.close()
            return
        if b"\n" not in self.received:
            return  # not all there yet: wait for readyRead, never block the window
        self.idle.stop()
        self.socket.readyRead.disconnect(self._read)
        request = Request.decode(self.received.split(b"\n", 1)[0])
        reply = (
            self.handler(request)
            if request
            else Reply("failed", ShellText.tr("Not a BackCoach request."))
        )
        self.socket.write(reply.encode())
        self.socket.flush()
        self.socket.disconnectFromServer()

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        self.idle.stop()
        if self.socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            self.socket.abort()
        self.deleteLater()
