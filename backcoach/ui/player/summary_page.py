"""After a session: what was done and what it adds up to (the streak, the week's goal), then an
optional pain rating and a note for the log. A discarded session says nothing was logged, and
offers to log it after all."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from backcoach.core.session import NOTE_LIMIT, SessionRecord
from backcoach.core.words import duration_text, plural
from backcoach.ui.player.pain_scale import PainScale
from backcoach.ui.widgets.buttons import make_button
from backcoach.ui.widgets.fonts import scaled_font
from backcoach.ui.widgets.translation import Context

PlayerText = Context("PlayerText")


class SummaryPage(QWidget):
    doneRequested = Signal()
    logRequested = Signal()  # log the discarded session after all

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 18, 32, 18)
        layout.setSpacing(10)
        self.title = QLabel()
        self.title.setFont(scaled_font(self, 2.2, bold=True))
        self.title.setAccessibleName(PlayerText.tr("Summary"))
        layout.addWidget(self.title)
        self.totals = QLabel()
        self.totals.setFont(scaled_font(self, 1.3))
        self.totals.setWordWrap(True)
        self.totals.setAccessibleName(PlayerText.tr("Duration and reps"))
        layout.addWidget(self.totals)
        self.progress = QLabel()
        self.progress.setFont(scaled_font(self, 1.2, bold=True))
        self.progress.setForegroundRole(QPalette.ColorRole.Accent)
        self.progress.setWordWrap(True)
        self.progress.setAccessibleName(PlayerText.tr("Streak and weekly goal"))
        layout.addWidget(self.progress)
        self.exercises = QLabel()
        self.exercises.setTextFormat(Qt.TextFormat.RichText)
        self.exercises.setWordWrap(True)
        self.exercises.setAccessibleName(PlayerText.tr("Exercises done"))
        self.exercises.setFont(scaled_font(self, 1.15))
        self.exercises.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # A long routine on a small screen: the list scrolls, the rating and the note stay.
        self.exercises_area = QScrollArea()
        self.exercises_area.setWidget(self.exercises)
        self.exercises_area.setWidgetResizable(True)
        self.exercises_area.setFrameShape(QFrame.Shape.NoFrame)
        self.exercises_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.exercises_area.setMinimumHeight(self.exercises.fontMetrics().lineSpacing() * 3)
        layout.addWidget(self.exercises_area, 1)
        self.pain = PainScale(PlayerText.tr("How does your back feel now?"))
        layout.addWidget(self.pain)
        note_label = QLabel(PlayerText.tr("&Note (optional)"))
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(PlayerText.tr("Note"))
        self.note.setToolTip(PlayerText.tr("Anything worth remembering about this session"))
        self.note.setPlaceholderText(PlayerText.tr("How it went, what felt tight, what helped…"))
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(self.note.fontMetrics().lineSpacing() * 3 + 16)
        note_label.setBuddy(self.note)
        layout.addWidget(note_label)
        layout.addWidget(self.note)
        row = QHBoxLayout()
        self.status = QLabel()
        self.status.setAccessibleName(PlayerText.tr("Log status"))
        self.status.setWordWrap(True)
        row.addWidget(self.status, 1)
        self.log_button = make_button(
            PlayerText.tr("&Log it after all"),
            PlayerText.tr("Log it after all"),
            PlayerText.tr("Undo the discard: log what you did"),
        )
        self.log_button.clicked.connect(self.logRequested)
        row.addWidget(self.log_button)
        self.done_button = make_button(
            PlayerText.tr("&Save and finish"),
            PlayerText.tr("Save and finish"),
            PlayerText.tr("Save the rating and note with the session"),
        )
        self.done_button.setFont(scaled_font(self, 1.2, bold=True))
        row.addWidget(self.done_button)
        layout.addLayout(row)
        self.done_button.clicked.connect(self.doneRequested)

    def show_record(
        self,
        record: SessionRecord,
        logged: bool,
        ask_pain: bool,
        discarded: bool = False,
        progress: str = "",
    ) -> None:
        """progress: the streak and the week's goal, said after a completed session."""
        if discarded:
            self.title.setText(PlayerText.tr("Session discarded"))
        else:
            self.title.setText(
                PlayerText.tr("Well done!")
                if record.completed
                else PlayerText.tr("Session stopped")
            )
        self.progress.setText(progress)
        self.progress.setVisible(bool(progress))
        planned_reps = sum(e.reps_planned for e in record.exercises)
        self.totals.setText(
            PlayerText.tr("{duration_text} · {len} of {plural} · {reps_done} of {plural2}").format(
                duration_text=duration_text(record.duration_seconds),
                len=len(record.exercises_begun),
                plural=plural(len(record.exercises), "exercise"),
                reps_done=record.reps_done,
                plural2=plural(planned_reps, "rep"),
            )
        )
        rows = []
        for exercise in record.exercises:
            done = PlayerText.tr("{reps_done} of {plural}").format(
                reps_done=exercise.reps_done, plural=plural(exercise.reps_planned, "rep")
            )
            partly = 0 < exercise.holds_done < exercise.holds_planned
            if exercise.holds_planned != exercise.reps_planned and partly:
                done += PlayerText.tr(" ({holds_done} of {plural})").format(
                    holds_done=exercise.holds_done, plural=plural(exercise.holds_planned, "hold")
                )
            mark = "✓" if exercise.holds_done >= exercise.holds_planned else "·"
            rows.append(
                f"<tr><td>{mark}</td><td><b>{escape(exercise.name)}</b></td>"
                f"<td>&nbsp;&nbsp;{escape(done)}</td></tr>"
            )
        hurts = ""
        if record.hurts:
            names = {e.exercise_id: e.name for e in record.exercises}
            said = ", ".join(
                names.get(h.exercise_id, h.exercise_id)
                + (f" ({h.rating}/10)" if h.rating is not None else "")
                for h in record.hurts
            )
            hurts = PlayerText.tr("<p>It hurt during: {escape}</p>").format(escape=escape(said))
        self.exercises.setText(
            PlayerText.tr("<table cellspacing='4'>{join}</table>{hurts}").format(
                join="".join(rows), hurts=hurts
            )
        )
        self.pain.setVisible(ask_pain)
        self.pain.set_value(record.pain_after)
        self.note.setPlainText(record.note)
        if logged:
            kind = (
                PlayerText.tr("as complete")
                if record.completed
                else PlayerText.tr("as partial, with what you did")
            )
            self.status.setText(PlayerText.tr("Logged {kind}.").format(kind=kind))
        elif discarded:
            self.status.setText(
                PlayerText.tr("Nothing was logged. Discarded by mistake? Log it after all.")
            )
        else:
            self.status.setText(PlayerText.tr("Nothing was logged: no exercise had begun."))
        self.log_button.setVisible(discarded and not logged)
        self.note.setEnabled(logged)
        self.pain.setEnabled(logged)
        self.done_button.setText(
            PlayerText.tr("&Save and finish") if logged else PlayerText.tr("&Back to the start")
        )
        self.done_button.setAccessibleName(self.done_button.text().replace("&", ""))
        self.done_button.setFocus()

    def answers(self) -> dict[str, object]:
        """The pain rating and note as the user left them."""
        return {
            "pain_after": self.pain.value() if self.pain.isVisibleTo(self) else None,
            "note": self.note.toPlainText().strip()[:NOTE_LIMIT],
        }
