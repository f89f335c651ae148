"""The guide's safety advice: shown on first start, acknowledged once, and from the Help menu."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from backcoach.core.catalogue import Catalogue

# Not a bullet of the guide, but what "never force a stretch" means while exercising.
STOP_IF_IT_HURTS = "Pain is a signal to stop the exercise, not to push through it."


def safety_html(catalogue: Catalogue) -> str:
    items = "".join(
        f"<li><b>{escape(note.title)}.</b> {escape(note.text)}</li>" for note in catalogue.safety
    )
    return f"<ul>{items}<li><b>Stop if it hurts.</b> {escape(STOP_IF_IT_HURTS)}</li></ul>"


class SafetyDialog(QDialog):
    def __init__(self, catalogue: Catalogue, first_start: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Before you start")
        self.setAccessibleName("Safety advice")
        layout = QVBoxLayout(self)
        heading = QLabel("<h2>Before you start</h2>")
        layout.addWidget(heading)
        intro = QLabel(
            "These exercises are meant to strengthen and stretch your back. Please read this "
            "advice from the guide first."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        advice = QLabel(safety_html(catalogue))
        advice.setWordWrap(True)
        advice.setTextFormat(Qt.TextFormat.RichText)
        advice.setAccessibleName("Safety advice from the guide")
        layout.addWidget(advice)
        buttons = QDialogButtonBox(self)
        self.understood: QCheckBox | None = None
        if first_start:
            self.understood = QCheckBox("I have read this advice")
            self.understood.setToolTip("Tick to confirm you have read the safety advice")
            self.understood.setAccessibleName("I have read this advice")
            layout.addWidget(self.understood)
            ok = buttons.addButton("Start using BackCoach", QDialogButtonBox.ButtonRole.AcceptRole)
            ok.setEnabled(False)
            self.understood.toggled.connect(ok.setEnabled)
        else:
            ok = buttons.addButton(QDialogButtonBox.StandardButton.Close)
            buttons.rejected.connect(self.accept)
        ok.setToolTip("Close the safety advice")
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        # Wrapped rich text only reports its height for a given width: fix the width first.
        for label in (intro, advice):
            label.setMinimumWidth(label.fontMetrics().averageCharWidth() * 60)
        self.adjustSize()
