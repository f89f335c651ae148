"""The question before a session ends early, from Stop or Esc or on quitting mid-session.

It never blocks: the box opens window-modal and the answer comes back through a callback, so the
event loop (and the cues) go on while it is open. Its buttons say what they do, with no Yes and
No (whose icons some desktops colour green and red, which read as "good" and "bad" here).
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from backcoach.core.i18n import QT_TRANSLATE_NOOP
from backcoach.ui.widgets.translation import Context

PlayerText = Context("PlayerText")


class StopQuestion(Enum):
    STOP = (
        QT_TRANSLATE_NOOP("PlayerText", "Stop the session?"),
        QT_TRANSLATE_NOOP(
            "PlayerText",
            "Stop now? What you have done so far is logged as a partial session. "
            "Started it by mistake? Discard it, and nothing is logged.",
        ),
    )
    QUIT = (
        QT_TRANSLATE_NOOP("PlayerText", "Quit during a session?"),
        QT_TRANSLATE_NOOP(
            "PlayerText", "A session is running. Stop it, log what you did so far, and quit?"
        ),
    )

    @property
    def title(self) -> str:
        return PlayerText.tr(self.value[0])

    @property
    def text(self) -> str:
        return PlayerText.tr(self.value[1])


class StopAnswer(Enum):
    STOP = "stop"  # stop, and log what was done
    DISCARD = "discard"  # stop, and log nothing (the summary offers to log it after all)
    GO_ON = "go on"


class StopBox(QMessageBox):
    """The question's box; its buttons, by what they do."""

    stop_button: QPushButton
    discard_button: QPushButton | None
    go_on_button: QPushButton


def ask_to_stop(
    parent: QWidget,
    question: StopQuestion,
    go_on: str,
    answered: Callable[[StopAnswer], None],
) -> StopBox:
    """Open the question; `answered` gets the user's answer (Esc and closing the box: go on).
    `go_on` names that answer ("&Go on" when the session was running, "S&tay" when paused)."""
    box = StopBox(QMessageBox.Icon.Question, question.title, question.text, parent=parent)
    quitting = question is StopQuestion.QUIT
    box.stop_button = box.addButton(
        PlayerText.tr("&Stop, log and quit") if quitting else PlayerText.tr("&Stop and log"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.stop_button.setToolTip(
        PlayerText.tr("End the session here and log what you did as a partial session")
    )
    box.discard_button = None
    if not quitting:
        box.discard_button = box.addButton(
            PlayerText.tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.discard_button.setToolTip(PlayerText.tr("End the session and log nothing of it"))
    box.go_on_button = box.addButton(go_on, QMessageBox.ButtonRole.RejectRole)
    box.go_on_button.setToolTip(PlayerText.tr("Close this question and carry on with the session"))
    for button in box.buttons():
        button.setAccessibleName(button.text().replace("&", ""))
    box.setDefaultButton(box.go_on_button)
    box.setEscapeButton(box.go_on_button)

    def finished(_result: int) -> None:
        box.deleteLater()
        clicked = box.clickedButton()
        if clicked is box.stop_button:
            answered(StopAnswer.STOP)
        elif clicked is not None and clicked is box.discard_button:
            answered(StopAnswer.DISCARD)
        else:
            answered(StopAnswer.GO_ON)

    box.finished.connect(finished)
    box.open()
    return box
