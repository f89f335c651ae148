"""The page a person follows during a session, laid out to be read from two metres away:
the exercise, its illustration, the phase in words, the big countdown ring, the rep and side,
the instruction line, the safety note while getting ready, the routine's progress and the
controls.

It only lays out and shows; the player view decides what to show and when.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from backcoach.ui.player.countdown_ring import CountdownRing
from backcoach.ui.player.up_next_card import UpNextCard
from backcoach.ui.widgets.buttons import make_button
from backcoach.ui.widgets.fonts import scaled_font
from backcoach.ui.widgets.plain_text import plain_labels
from backcoach.ui.widgets.pose_view import PoseView
from backcoach.ui.widgets.translation import Context

PlayerText = Context("PlayerText")


class SessionPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 10, 18, 12)
        layout.setSpacing(6)

        header = QHBoxLayout()
        self.exercise_label = QLabel()
        self.exercise_label.setAccessibleName(PlayerText.tr("Exercise"))
        self.exercise_label.setFont(scaled_font(self, 2.0, bold=True))
        self.exercise_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.progress_label = QLabel()
        self.progress_label.setAccessibleName(PlayerText.tr("Routine progress"))
        self.progress_label.setFont(scaled_font(self, 1.1))
        self.progress_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.progress_label.setAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        header.addWidget(self.exercise_label, 1)
        header.addWidget(self.progress_label)
        self.header = header
        layout.addLayout(header)

        self.routine_bar = QProgressBar()
        self.routine_bar.setRange(0, 1000)
        self.routine_bar.setTextVisible(False)
        self.routine_bar.setMaximumHeight(6)
        self.routine_bar.setAccessibleName(PlayerText.tr("Routine done"))
        self.routine_bar.setToolTip(PlayerText.tr("How much of the routine is done"))
        layout.addWidget(self.routine_bar)

        status = QHBoxLayout()
        self.phase_label = QLabel()
        self.phase_label.setAccessibleName(PlayerText.tr("Phase"))
        self.phase_label.setFont(scaled_font(self, 1.9, bold=True))
        # The accent is made readable as text on the window (ui/widgets/theme.py).
        self.phase_label.setForegroundRole(QPalette.ColorRole.Accent)
        self.rep_label = QLabel()
        self.rep_label.setAccessibleName(PlayerText.tr("Repetition"))
        self.rep_label.setFont(scaled_font(self, 1.5))
        self.side_label = QLabel()
        self.side_label.setAccessibleName(PlayerText.tr("Side"))
        self.side_label.setFont(scaled_font(self, 1.5, bold=True))
        status.addWidget(self.phase_label)
        status.addStretch(1)
        status.addWidget(self.rep_label)
        status.addSpacing(18)
        status.addWidget(self.side_label)
        layout.addLayout(status)

        middle = QHBoxLayout()
        middle.setSpacing(18)
        left = QVBoxLayout()
        self.pose = PoseView()
        left.addWidget(self.pose, 1)
        self.instruction_label = QLabel()
        self.instruction_label.setAccessibleName(PlayerText.tr("Instruction"))
        self.instruction_label.setWordWrap(True)
        self.instruction_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.instruction_label.setFont(scaled_font(self, 1.35))
        left.addWidget(self.instruction_label)
        # Names, cues and sides come from routines, which may come from a file (plain_text.py).
        plain_labels(
            self.exercise_label,
            self.progress_label,
            self.phase_label,
            self.rep_label,
            self.side_label,
            self.instruction_label,
        )
        # The exercise's safety note, in a panel of its own while the user gets ready.
        self.safety_label = QLabel()
        self.safety_label.setAccessibleName(PlayerText.tr("Safety note"))
        self.safety_label.setWordWrap(True)
        self.safety_label.setTextFormat(Qt.TextFormat.RichText)
        self.safety_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.safety_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.safety_label.setAutoFillBackground(True)
        self.safety_label.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.safety_label.setMargin(6)
        self.safety_label.setFont(scaled_font(self, 1.15))

        self.up_next = UpNextCard()
        # Below the figure, one place shows the safety note as an exercise begins, or what comes
        # next while resting; its room is kept when it shows neither, so the figure keeps one
        # size through the whole session.
        self.below = QStackedWidget()
        self.nothing_below = QWidget()  # when neither shows: an empty page of the same size
        for widget in (self.nothing_below, self.up_next, self.safety_label):
            self.below.addWidget(widget)
        left.addWidget(self.below)
        middle.addLayout(left, 5)
        self.ring = CountdownRing()
        middle.addWidget(self.ring, 4)
        layout.addLayout(middle, 1)

        controls = QHBoxLayout()
        controls.setSpacing(8)
        self.previous_button = make_button(
            PlayerText.tr("◀ Previous"),
            PlayerText.tr("Previous"),
            PlayerText.tr("Back to the start of this exercise, or the one before (Left)"),
        )
        self.pause_button = make_button(
            PlayerText.tr("Pause"), PlayerText.tr("Pause"), PlayerText.tr("Pause (Space)")
        )
        self.pause_button.setFont(scaled_font(self, 1.15, bold=True))
        # Room for "Resume" too, so the button keeps its width when its word changes; twice
        # the word in English, less in a language whose word is long (the row must fit 800 px).
        metrics = self.pause_button.fontMetrics()
        resume = metrics.horizontalAdvance(PlayerText.tr("Resume"))
        self.pause_button.setMinimumWidth(
            min(
                2 * resume,
                max(resume, metrics.horizontalAdvance(PlayerText.tr("Pause")))
                + 3 * metrics.height(),
            )
        )
        self.skip_button = make_button(
            PlayerText.tr("Skip ▶"),
            PlayerText.tr("Skip"),
            PlayerText.tr("Skip to the next exercise (Right)"),
        )
        self.stop_button = make_button(
            PlayerText.tr("Stop"),
            PlayerText.tr("Stop"),
            PlayerText.tr("Stop the session and log what you did (Esc)"),
        )
        self.hurt_button = make_button(
            PlayerText.tr("This hurts"),
            PlayerText.tr("This hurts"),
            PlayerText.tr("Stop this exercise because it hurts (H)"),
        )
        self.focus_button = make_button(
            PlayerText.tr("Full screen"),
            PlayerText.tr("Full screen"),
            PlayerText.tr("A full-screen view without distractions (F)"),
        )
        self.focus_button.setCheckable(True)
        controls.addWidget(self.previous_button)
        controls.addWidget(self.pause_button)
        controls.addWidget(self.skip_button)
        controls.addSpacing(12)
        controls.addWidget(self.stop_button)
        controls.addStretch(1)
        controls.addWidget(self.hurt_button)
        controls.addWidget(self.focus_button)
        self.controls = controls
        layout.addLayout(controls)
        self._text_sizes = {
            self.exercise_label: (2.0, True),
            self.phase_label: (1.9, True),
            self.rep_label: (1.5, False),
            self.side_label: (1.5, True),
            self.instruction_label: (1.35, False),
            self.safety_label: (1.15, False),
            self.progress_label: (1.1, False),
            self.up_next.what: (1.2, True),
            self.up_next.how: (1.0, False),
        }
        self._keep_room()

    def show_below(self, widget: QWidget | None) -> None:
        """Show the safety note or the "up next" card below the figure, or neither (the other
        pages of the place are hidden, so each says truly whether it shows)."""
        self.below.setCurrentWidget(widget if widget is not None else self.nothing_below)

    def scale_text(self, factor: float) -> None:
        """Grow the words with the window, so a full screen reads from across the room."""
        base = self.font()
        for label, (size, bold) in self._text_sizes.items():
            font = QFont(base)
            font.setPointSizeF(base.pointSizeF() * size * factor)
            font.setBold(bold)
            label.setFont(font)
        self._keep_room()

    def _keep_room(self) -> None:
        """The words under the figure keep one height whatever they say, so the figure keeps
        its size: two lines for the instruction, and for the place below, the "up next" card
        or four lines of a safety note, whichever is taller."""
        two_lines = self.instruction_label.fontMetrics().boundingRect(
            0, 0, 10_000, 10_000, Qt.TextFlag.TextWordWrap, "Two\nlines"
        )
        self.instruction_label.setMinimumHeight(two_lines.height())
        note = self.safety_label
        note_height = note.fontMetrics().lineSpacing() * 4 + 2 * (note.margin() + 2)
        self.below.setFixedHeight(max(self.up_next.sizeHint().height(), note_height))
