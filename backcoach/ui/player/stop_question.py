"""The question before a session ends early, from Stop or Esc or on quitting mid-session.

It never blocks: the box opens window-modal and the answer comes back through a callback, so the
event loop (and the cues) go on while it is open.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtWidgets import QMessageBox, QWidget


class StopQuestion(Enum):
    STOP = (
        "Stop the session?",
        "Stop now? What you have done so far is logged as a partial session.",
    )
    QUIT = (
        "Quit during a session?",
        "A session is running. Stop it, log what you did so far, and quit?",
    )

    @property
    def title(self) -> str:
        return self.value[0]

    @property
    def text(self) -> str:
        return self.value[1]


def ask_to_stop(
    parent: QWidget, question: StopQuestion, go_on: str, answered: Callable[[bool], None]
) -> QMessageBox:
    """Open the question; `answered(True)` when the user chose to stop and log. `go_on` names
    the other answer ("Go on" when the session was running, "Stay" when it was paused)."""
    box = QMessageBox(QMessageBox.Icon.Question, question.title, question.text, parent=parent)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    yes = box.button(QMessageBox.StandardButton.Yes)
    yes.setText("Stop and log")
    box.button(QMessageBox.StandardButton.No).setText(go_on)
    box.setEscapeButton(QMessageBox.StandardButton.No)

    def finished(_result: int) -> None:
        box.deleteLater()
        answered(box.clickedButton() is yes)

    box.finished.connect(finished)
    box.open()
    return box
