"""A reminder with its own buttons, where the desktop offers them: Start now and Snooze right in
the notification, as Stretchly's users expect.

A tray message (QSystemTrayIcon.showMessage) has no buttons: its one click is the start. On
Linux, libnotify's `notify-send` shows a freedesktop notification with buttons (`--action`) and
waits (`--wait`) to print the one the user chose; it runs as a separate process, so nothing
waits in the app. Where it is missing, or too old to know `--action`, the tray message is used.
"""

from __future__ import annotations

import shutil
import sys

from PySide6.QtCore import QObject, QProcess, Signal

from backcoach import APP_NAME
from backcoach.ui.widgets.translation import Context

RemindersText = Context("RemindersText")

# What the user can choose in the notification; "default" is a click on its body.
START, SNOOZE, OPEN = "start", "snooze", "default"


def find_notify_send() -> str | None:
    """The notify-send program, on Linux, if installed."""
    return shutil.which("notify-send") if sys.platform.startswith("linux") else None


class DesktopNotification(QObject):
    # START, SNOOZE or OPEN: what the user chose in the notification.
    chosen = Signal(str)
    # The notification could not be shown this way (kept from then on): say it another way.
    unavailable = Signal()

    def __init__(self, program: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.program = program
        self.usable = True
        self.process: QProcess | None = None
        self.shown: list[list[str]] = []  # the arguments of each notification, for tests

    def show(self, title: str, body: str, snooze_text: str, timeout_ms: int) -> None:
        """Show the notification, replacing one still shown."""
        self.close()
        arguments = [
            f"--app-name={APP_NAME}",
            "--icon=backcoach",
            f"--expire-time={timeout_ms}",
            "--wait",
            RemindersText.tr("--action={START}=Start now").format(START=START),
            f"--action={SNOOZE}={snooze_text}",
            RemindersText.tr("--action={OPEN}=Open {APP_NAME}").format(
                OPEN=OPEN, APP_NAME=APP_NAME
            ),
            title,
            body,
        ]
        process = QProcess(self)
        process.finished.connect(lambda code, _status, p=process: self._finished(p, code))
        process.errorOccurred.connect(lambda error, p=process: self._failed(p, error))
        self.process = process
        self.shown.append(arguments)
        process.start(self.program, arguments)

    def close(self) -> None:
        """Stop waiting for the one shown (it stays on screen until it expires)."""
        process, self.process = self.process, None
        if process is not None:
            process.blockSignals(True)
            process.kill()
            process.waitForFinished(1000)
            process.deleteLater()

    def _finished(self, process: QProcess, code: int) -> None:
        if process is not self.process:
            return
        self.process = None
        output = bytes(process.readAllStandardOutput().data()).decode(errors="replace")
        process.deleteLater()
        if code != 0:  # an old notify-send that knows no --action, or no notification service
            self.usable = False
            self.unavailable.emit()
            return
        words = [line.strip() for line in output.splitlines() if line.strip()]
        if words and words[-1] in (START, SNOOZE, OPEN):
            self.chosen.emit(words[-1])

    def _failed(self, process: QProcess, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart and process is self.process:
            self.process = None
            self.usable = False
            self.unavailable.emit()
