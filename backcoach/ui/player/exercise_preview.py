"""One exercise read before starting: its picture, what it is for, how to do it and its safety
note, as the start page shows the exercise chosen in the routine's list."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from backcoach.core import step_text
from backcoach.core.catalogue import Exercise
from backcoach.ui.widgets.fonts import scaled_font
from backcoach.ui.widgets.plain_text import plain_labels
from backcoach.ui.widgets.pose_view import PoseView
from backcoach.ui.widgets.translation import Context

PlayerText = Context("PlayerText")


class ExercisePreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.pose = PoseView()
        self.pose.setAccessibleName(PlayerText.tr("Picture of the chosen exercise"))
        layout.addWidget(self.pose, 1)
        self.name = QLabel()
        self.name.setFont(scaled_font(self, 1.3, bold=True))
        self.name.setWordWrap(True)
        self.name.setAccessibleName(PlayerText.tr("Chosen exercise"))
        self.purpose = QLabel()
        self.purpose.setWordWrap(True)
        self.purpose.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.purpose.setAccessibleName(PlayerText.tr("What the exercise is for"))
        self.instructions = QLabel()
        self.instructions.setWordWrap(True)
        self.instructions.setFont(scaled_font(self, 1.05))
        self.instructions.setAccessibleName(PlayerText.tr("How to do the exercise"))
        self.safety = QLabel()
        self.safety.setWordWrap(True)
        self.safety.setTextFormat(Qt.TextFormat.RichText)
        self.safety.setFrameShape(QFrame.Shape.StyledPanel)
        self.safety.setAutoFillBackground(True)
        self.safety.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.safety.setMargin(6)
        self.safety.setAccessibleName(PlayerText.tr("Safety note of the exercise"))
        # An exercise of the user's own may come from a shared file (ui/widgets/plain_text.py).
        plain_labels(self.name, self.purpose, self.instructions)
        for label in (self.name, self.purpose, self.instructions, self.safety):
            # Never shorter than their words: the picture takes what is left.
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)

    def show_exercise(self, exercise: Exercise) -> None:
        """The exercise in its held position, with its words; the safety note an exercise of the
        user's own leaves out is the guide's "never force it", as the player says it."""
        hold = exercise.hold_position
        self.pose.show_pose(hold.pose, f"{exercise.name}: {hold.name}")
        self.name.setText(exercise.name)
        self.purpose.setText(exercise.purpose)
        self.purpose.setVisible(bool(exercise.purpose))
        self.instructions.setText(exercise.instructions)
        note = exercise.safety or step_text.unwritten_safety()
        self.safety.setText(PlayerText.tr("<b>Safety:</b> {escape}").format(escape=escape(note)))
        self.safety.show()

    def clear(self) -> None:
        self.pose.show_pose("", "")
        for label in (self.name, self.purpose, self.instructions, self.safety):
            label.clear()
        self.safety.hide()
