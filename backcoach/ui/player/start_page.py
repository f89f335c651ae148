"""Before a session: choose the routine, see what it holds, optionally rate the pain, start."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from backcoach.core.timeline import Timeline
from backcoach.core.words import duration_text, item_text, plural
from backcoach.ui.player.pain_scale import PainScale
from backcoach.ui.widgets.buttons import make_button
from backcoach.ui.widgets.fonts import scaled_font
from backcoach.ui.widgets.pose_view import PoseView


class StartPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 14, 24, 16)
        layout.setSpacing(10)

        top = QHBoxLayout()
        routine_label = QLabel("&Routine")
        routine_label.setFont(scaled_font(self, 1.1))
        self.routine_box = QComboBox()
        self.routine_box.setAccessibleName("Routine")
        self.routine_box.setToolTip("The routine to follow")
        self.routine_box.setFont(scaled_font(self, 1.1))
        self.routine_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        routine_label.setBuddy(self.routine_box)
        top.addWidget(routine_label)
        top.addWidget(self.routine_box)
        top.addStretch(1)
        self.top = top
        self._buttons = 0  # added beside the routine box
        layout.addLayout(top)

        body = QHBoxLayout()
        body.setSpacing(24)
        text = QVBoxLayout()
        self.title = QLabel()
        self.title.setFont(scaled_font(self, 2.0, bold=True))
        self.title.setWordWrap(True)
        self.title.setAccessibleName("Routine name")
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setFont(scaled_font(self, 1.15))
        self.description.setAccessibleName("Routine description")
        self.length = QLabel()
        self.length.setFont(scaled_font(self, 1.15, bold=True))
        self.length.setAccessibleName("Routine length")
        self.exercises = QLabel()
        self.exercises.setWordWrap(True)
        self.exercises.setTextFormat(Qt.TextFormat.RichText)
        self.exercises.setAccessibleName("Exercises in the routine")
        self.exercises.setFont(scaled_font(self, 1.1))
        self.exercises.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.exercises.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        for widget in (self.title, self.description, self.length, self.exercises):
            text.addWidget(widget)
        body.addLayout(text, 5)
        self.pose = PoseView()
        self.pose.setAccessibleName("The routine's first position")
        body.addWidget(self.pose, 4)
        layout.addLayout(body, 1)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setForegroundRole(QPalette.ColorRole.Mid)
        layout.addWidget(line)

        bottom = QHBoxLayout()
        bottom.setSpacing(24)
        rating = QVBoxLayout()
        self.pain = PainScale("How does your back feel right now?")
        rating.addWidget(self.pain)
        # In sight, not in a menu: a user who does not want the question can say so here.
        self.ask_pain_box = QCheckBox("&Ask how my back feels before and after each session")
        self.ask_pain_box.setAccessibleName("Ask how my back feels")
        self.ask_pain_box.setToolTip(
            "A pain rating from 0 to 10 before and after each session, for the history's chart"
        )
        rating.addWidget(self.ask_pain_box)
        bottom.addLayout(rating, 3)
        # Not a default button: outside a dialog it only looks like one, and that look hid the
        # focus ring; Space starts from anywhere on the page.
        self.start_button = make_button("&Start", "Start", "Start the routine (Space)")
        self.start_button.setFont(scaled_font(self, 1.5, bold=True))
        self.start_button.setMinimumSize(
            self.start_button.fontMetrics().horizontalAdvance("Start") * 3,
            self.start_button.fontMetrics().height() * 2 + 8,
        )
        self.start_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        bottom.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(bottom)

    def add_button(self, button: QWidget) -> None:
        """A button beside the routine box, after those added before it."""
        self._buttons += 1
        self.top.insertWidget(self.top.indexOf(self.routine_box) + self._buttons, button)

    def show_routine(self, timeline: Timeline) -> None:
        routine = timeline.routine
        self.title.setText(routine.name)
        self.description.setText(routine.description)
        self.length.setText(
            f"{plural(len(timeline.items), 'exercise')} · about "
            f"{duration_text(timeline.total_seconds)}"
        )
        rows = []
        for item, exercise in zip(timeline.items, timeline.exercises, strict=True):
            reps = item_text(item.reps, item.hold_seconds, item.sets, item.both_sides)
            rows.append(f"<li><b>{escape(exercise.name)}</b> &nbsp;{escape(reps)}</li>")
        self.exercises.setText(f"<ol style='margin-left:0'>{''.join(rows)}</ol>")
        first = timeline.exercises[0].hold_position
        self.pose.show_pose(first.pose, first.name)
