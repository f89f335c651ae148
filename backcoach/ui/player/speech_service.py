"""Is Linux's speech service (speech-dispatcher) there and answering? Asked without waiting.

Qt's speech engine for Linux connects to speech-dispatcher while it is being made, and waits for
it: a service that is wedged (as it is on a computer whose sound does not work) freezes the
whole app at the first spoken cue, for good. So before the engine is made, this asks the service
itself, the way its clients do (SSIP over its socket), and gives it a few seconds; the voice is
made only once the service has answered. A service that is not running yet is started as its
clients start it (`speech-dispatcher --spawn`), then asked.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, QTimer, Signal
from PySide6.QtNetwork import QLocalSocket

from backcoach.core.i18n import QT_TRANSLATE_NOOP
from backcoach.ui.widgets.translation import Context

PlayerText = Context("PlayerText")

# How long the service has to answer, and to create its socket once spawned.
ANSWER_MS = 4000
SPAWN_POLL_MS = 100
# The first thing a client says, and the answer's code for "OK" (2xx).
HELLO = b"SET SELF CLIENT_NAME backcoach:voice:check\r\n"
NOT_INSTALLED = QT_TRANSLATE_NOOP(
    "PlayerText", "Spoken cues need speech-dispatcher, which is not installed on this computer."
)


def socket_path() -> Path | None:
    """Where the service listens, as libspeechd finds it; None for a network address."""
    address = os.environ.get("SPEECHD_ADDRESS", "")
    if address:
        kind, _, rest = address.partition(":")
        return Path(rest) if kind == "unix_socket" and rest else None
    runtime = os.environ.get("XDG_RUNTIME_DIR") or str(Path.home() / ".cache")
    return Path(runtime) / "speech-dispatcher" / "speechd.sock"


class SpeechServiceCheck(QObject):
    """One check; `answered(problem)` says "" when the service answered, else what is wrong."""

    answered = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.socket = QLocalSocket(self)
        self.socket.connected.connect(lambda: self.socket.write(HELLO))
        self.socket.readyRead.connect(self._read)
        self.socket.errorOccurred.connect(lambda _error: self._refused())
        self.deadline = QTimer(self)
        self.deadline.setSingleShot(True)
        self.deadline.timeout.connect(lambda: self._done(self._silent()))
        self.poll = QTimer(self)
        self.poll.setInterval(SPAWN_POLL_MS)
        self.poll.timeout.connect(self._ask)
        self._path: Path | None = None
        self._spawned = False
        self._over = False

    def start(self) -> None:
        self._path = socket_path()
        if self._path is None:
            self._done("")  # a network address: nothing to ask here, the engine will tell
            return
        self.deadline.start(ANSWER_MS)
        self._ask()

    def _ask(self) -> None:
        self.poll.stop()
        if self._path is not None and self._path.exists():
            if self.socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
                self.socket.abort()
            self.socket.connectToServer(str(self._path))
        else:
            self._refused()

    def _refused(self) -> None:
        """No service at the socket: start one, as libspeechd would, and ask it again soon."""
        if self._over:
            return
        if not self._spawned:
            if shutil.which("speech-dispatcher") is None:
                self._done(PlayerText.tr(NOT_INSTALLED))
                return
            self._spawned = QProcess.startDetached("speech-dispatcher", ["--spawn"])[0]
            if not self._spawned:
                self._done(PlayerText.tr(NOT_INSTALLED))
                return
        self.poll.start()  # until the deadline

    def _read(self) -> None:
        line = bytes(self.socket.readLine().data()).strip()
        if line:
            ok = line[:1] == b"2"
            self._done(
                ""
                if ok
                else PlayerText.tr("The speech service refused: {decode}.").format(
                    decode=line.decode(errors="replace")
                )
            )

    def _silent(self) -> str:
        return PlayerText.tr("The speech service (speech-dispatcher) does not answer.")

    def _done(self, problem: str) -> None:
        if self._over:
            return
        self._over = True
        self.deadline.stop()
        self.poll.stop()
        self.socket.abort()
        self.answered.emit(problem)
