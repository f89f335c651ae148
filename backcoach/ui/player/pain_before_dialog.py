"""The pain question before a session started from elsewhere (a reminder, the tray, the history):
the start page asks it on the page; these starts skip the page, so they ask it here."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from backcoach.ui.player.pain_scale import PainScale
from backcoach.ui.widgets.dialog_buttons import confirm_buttons
from backcoach.ui.widgets.translation import Context

PlayerText = Context("PlayerText")


class PainBeforeDialog(QDialog):
    def __init__(self, routine_name: str, rating: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(PlayerText.tr("Start {routine_name}").format(routine_name=routine_name))
        self.setAccessibleName(PlayerText.tr("Before the session"))
        layout = QVBoxLayout(self)
        self.pain = PainScale(PlayerText.tr("How does your back feel right now?"))
        self.pain.set_value(rating)
        layout.addWidget(self.pain)
        buttons, self.start_button = confirm_buttons(
            PlayerText.tr("&Start"),
            PlayerText.tr("Start the session, with the rating if you chose one"),
            PlayerText.tr("Start nothing, and go back"),
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.start_button.setDefault(True)
        self.start_button.setFocus()
