""" "This hurts": the exercise stops, the guide's advice shows, and the user chooses what next.

The advice is the guide's own (assets/exercises.json safety notes): never force a stretch, and
see your physician or a physiotherapist.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from backcoach.core.catalogue import Catalogue, Exercise
from backcoach.ui.player.pain_scale import PainScale
from backcoach.ui.widgets.buttons import make_button
from backcoach.ui.widgets.fonts import scaled_font
from backcoach.ui.widgets.plain_text import plain_labels
from backcoach.ui.widgets.translation import Context

PlayerText = Context("PlayerText")

ADVICE_NOTES = ("never_force", "consult_physician", "see_physiotherapist")


def hurt_advice(catalogue: Catalogue, exercise: Exercise) -> list[str]:
    """The guide's advice for pain, this exercise's own safety note first."""
    notes = {note.id: note.text for note in catalogue.safety}
    advice = [exercise.safety] if exercise.safety else []
    advice += [notes[key] for key in ADVICE_NOTES if key in notes]
    advice.append(
        PlayerText.tr(
            "If the pain is strong, lasts, or spreads down a leg, see your physician or a "
            "physiotherapist before you exercise again."
        )
    )
    return advice


class HurtPage(QWidget):
    skipRequested = Signal()
    endRequested = Signal()
    backRequested = Signal()

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 20)
        layout.setSpacing(12)
        self.title = QLabel()
        self.title.setFont(scaled_font(self, 2.0, bold=True))
        self.title.setWordWrap(True)
        self.title.setAccessibleName(PlayerText.tr("Stopped because it hurts"))
        plain_labels(self.title)  # the exercise's name, from data (plain_text.py)
        layout.addWidget(self.title)
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.advice.setTextFormat(Qt.TextFormat.RichText)
        self.advice.setFont(scaled_font(self, 1.2))
        self.advice.setAccessibleName(PlayerText.tr("Advice"))
        layout.addWidget(self.advice)
        layout.addStretch(1)
        # It hurts: "no pain" is not an answer here.
        self.pain = PainScale(PlayerText.tr("How much does it hurt?"), lowest=1)
        layout.addWidget(self.pain)
        self.buttons = QGridLayout()
        self._narrow: bool | None = None
        self.back_button = make_button(
            PlayerText.tr("&Return to the paused exercise"),
            PlayerText.tr("Return to the paused exercise"),
            PlayerText.tr(
                "It was a false alarm: back to the exercise, paused; nothing is noted (Esc)"
            ),
        )
        self.skip_button = make_button(
            PlayerText.tr("&Skip to the next exercise"),
            PlayerText.tr("Skip to the next exercise"),
            PlayerText.tr("Note the pain and go on with the next exercise"),
        )
        self.end_button = make_button(
            PlayerText.tr("&End the session"),
            PlayerText.tr("End the session"),
            PlayerText.tr("Note the pain, stop and log what you did"),
        )
        for button in (self.skip_button, self.end_button):
            button.setFont(scaled_font(self, 1.15, bold=True))
        self.buttons.setColumnStretch(0, 1)
        layout.addLayout(self.buttons)
        self.back_button.clicked.connect(self.backRequested)
        self.skip_button.clicked.connect(self.skipRequested)
        self.end_button.clicked.connect(self.endRequested)
        self._arrange_buttons()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange_buttons()

    def _arrange_buttons(self) -> None:
        """The three answers on one row, or "return" above the other two when their words (a
        longer language's) do not fit the page's width."""
        shown = (self.back_button, self.skip_button, self.end_button)
        needed = sum(button.sizeHint().width() for button in shown) + 4 * 12
        narrow = needed > self.contentsRect().width() - 24
        if narrow == self._narrow:
            return
        self._narrow = narrow
        for button in shown:
            self.buttons.removeWidget(button)
        left = Qt.AlignmentFlag.AlignLeft
        self.buttons.addWidget(self.back_button, 0, 0, 1, 3 if narrow else 1, left)
        self.buttons.addWidget(self.skip_button, 1 if narrow else 0, 1)
        self.buttons.addWidget(self.end_button, 1 if narrow else 0, 2)

    def show_for(self, exercise: Exercise, has_next: bool) -> None:
        self.title.setText(PlayerText.tr("Stop: {name} hurts").format(name=exercise.name))
        items = "".join(
            f"<li>{escape(text)}</li>" for text in hurt_advice(self.catalogue, exercise)
        )
        self.advice.setText(
            PlayerText.tr(
                "<p>Never force a stretch: forcing it can tear muscles and make the pain worse. "
                "The exercise is paused.</p><ul>{items}</ul>"
            ).format(items=items)
        )
        self.pain.clear()
        self.skip_button.setVisible(has_next)
        (self.skip_button if has_next else self.end_button).setFocus()
