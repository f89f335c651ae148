"""Answering the app's modal questions as a person would: read the box, click one of its buttons.

A modal QMessageBox runs its own event loop (exec), so the answer is given from a timer that fires
inside that loop. Tests check what the box says through this, never by replacing the code that
asks.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

# How often, and how many times, to look for the box before giving up (it may open after a step
# of the event loop, as the window's close does).
_LOOK_EVERY_MS = 10
_LOOKS = 200


@dataclass
class Answer:
    """What the next modal message box said, once it has been answered."""

    button: str
    title: str = ""
    text: str = ""
    buttons: list[str] = field(default_factory=list)
    answered: bool = False


def answer_next_message_box(button: str) -> Answer:
    """Click the button labelled `button` in the next modal message box; returns what it said.

    Call it before the action that asks. A box without such a button is closed unanswered
    (so the test fails on `answered` rather than hanging).
    """
    answer = Answer(button)
    looks = 0

    def look() -> None:
        nonlocal looks
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            looks += 1
            if looks < _LOOKS:
                QTimer.singleShot(_LOOK_EVERY_MS, look)
            return
        answer.title, answer.text = box.windowTitle(), box.text()
        answer.buttons = [b.text().replace("&", "") for b in box.buttons()]
        for candidate in box.buttons():
            if candidate.text().replace("&", "") == button:
                answer.answered = True
                candidate.click()
                return
        box.reject()

    QTimer.singleShot(0, look)
    return answer
