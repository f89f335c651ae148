"""What a person does with the player in tests: keys, the fake clock, and what the screen says."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QLabel

from backcoach.core.clock import FakeClock
from backcoach.ui.player.player_view import PlayerView


@dataclass(frozen=True)
class Screen:
    """What the session page shows, as a person reads it."""

    exercise: str
    phase: str
    digits: str
    rep: str
    side: str
    progress: str
    instruction: str
    up_next: str  # "" when the card is hidden
    safety: str  # the safety note as it reads, "" when hidden


def screen(player: PlayerView) -> Screen:
    page = player.session_page
    return Screen(
        exercise=page.exercise_label.text(),
        phase=page.phase_label.text(),
        digits=page.ring.text,
        rep=page.rep_label.text(),
        side=page.side_label.text(),
        progress=page.progress_label.text(),
        instruction=page.instruction_label.text(),
        up_next=page.up_next.what.text() if page.up_next.isVisibleTo(page) else "",
        safety=shown_text(page.safety_label) if page.safety_label.isVisibleTo(page) else "",
    )


def shown_text(label: QLabel) -> str:
    """A label's words as a person reads them, without the markup that styles them."""
    document = QTextDocument()
    document.setHtml(label.text())
    return document.toPlainText()


def choose_routine(player: PlayerView, routine_id: str) -> None:
    """Pick a routine in the start page's list, as a person would."""
    box = player.start_page.routine_box
    index = box.findData(routine_id)
    assert index >= 0, f"{routine_id} is not in the list"
    box.setCurrentIndex(index)


def press(qtbot, window, key: Qt.Key) -> None:
    """A key press where the keyboard focus is, as a person types it."""
    qtbot.keyClick(QApplication.focusWidget() or window, key)


def run(player: PlayerView, clock: FakeClock, seconds: float, step: float = 0.25) -> None:
    """Let time pass; the player catches up as its timer would make it."""
    for _ in range(round(seconds / step)):
        clock.advance(step)
        player.tick()


def answer(player: PlayerView, yes: bool) -> None:
    """Answer the stop question: stop and log (yes), or go on (no)."""
    box = player.stop_question
    assert box is not None and box.isVisible()
    (box.stop_button if yes else box.go_on_button).click()


def not_clipped(label: QLabel) -> bool:
    """Whether a shown label is high enough for all its words at its width."""
    return label.isHidden() or label.height() >= label.heightForWidth(label.width())


def answer_pain_before(player: PlayerView, rating: int | None) -> None:
    """Answer the pain question asked before a session started from elsewhere, and start."""
    dialog = player.starter.pain_dialog
    assert dialog is not None and dialog.isVisible(), "the pain question was not asked"
    if rating is not None:
        dialog.pain.button(rating).click()
    dialog.start_button.click()
