"""The "Up next" preview shown while resting or getting ready: what comes, with its picture."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from backcoach.core import step_text
from backcoach.core.pose.sides import mirrored_for
from backcoach.core.timeline import Step
from backcoach.ui.widgets.plain_text import plain_labels
from backcoach.ui.widgets.pose_view import PoseView
from backcoach.ui.widgets.translation import Context

PlayerText = Context("PlayerText")


class UpNextCard(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.setAccessibleName(PlayerText.tr("Up next"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        self.pose = PoseView()
        self.pose.setMinimumSize(96, 60)
        self.pose.setMaximumSize(QSize(200, 110))
        self.pose.setAccessibleName(PlayerText.tr("Up next illustration"))
        layout.addWidget(self.pose, 2)
        text = QVBoxLayout()
        self.title = QLabel(PlayerText.tr("Up next"))
        self.title.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.what = QLabel()
        self.what.setWordWrap(True)
        self.what.setAccessibleName(PlayerText.tr("Up next exercise"))
        font = QFont(self.what.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.what.setFont(font)
        self.how = QLabel()
        self.how.setWordWrap(True)
        self.how.setAccessibleName(PlayerText.tr("Up next position"))
        plain_labels(self.what, self.how)  # names and cues, from data (plain_text.py)
        text.addStretch(1)
        for label in (self.title, self.what, self.how):
            text.addWidget(label)
        text.addStretch(1)
        layout.addLayout(text, 3)

    def show_step(self, step: Step, current: Step) -> None:
        """Preview `step` (the next hold), seen from the `current` step."""
        self.what.setText(step_text.preview_text(step, current))
        self.how.setText(step_text.cue(step, step.position) or step.position.name)
        self.pose.show_pose(
            step.position.pose,
            step.position.name,
            mirrored=mirrored_for(step.exercise.hold_position.pose, step.side),
        )
