"""The pain question before a session started from elsewhere (a reminder, the tray, the history):
the start page asks it on the page; these starts skip the page, so they ask it here."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from backcoach.ui.player.pain_scale import PainScale
from backcoach.ui.widgets.dialog_buttons import confirm_buttons


class PainBeforeDialog(QDialog):
    def __init__(self, routine_name: str, rating: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(f"Start {routine_name}")
        self.setAccessibleName("Before the session")
        layout = QVBoxLayout(self)
        self.pain = PainScale("How does your back feel right now?")
        self.pain.set_value(rating)
        layout.addWidget(self.pain)
        buttons, self.start_button = confirm_buttons(
            "&Start",
            "Start the session, with the rating if you chose one",
            "Start nothing, and go back",
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.start_button.setDefault(True)
        self.start_button.setFocus()
