"""A dialog to log a session done without the app (at the physio's, on holiday, from memory)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from backcoach.core.routine import Routine
from backcoach.core.session import MANUAL_MINUTES, NOTE_LIMIT, RecordError, SessionRecord
from backcoach.ui.history.title_room import make_room_for_title
from backcoach.ui.widgets.dialog_buttons import confirm_buttons
from backcoach.ui.widgets.translation import Context

HistoryText = Context("HistoryText")

NOT_RATED = -1


def rating_box(name: str) -> QSpinBox:
    """A 0 to 10 rating, or "not rated" one step below 0."""
    box = QSpinBox()
    box.setRange(NOT_RATED, 10)
    box.setSpecialValueText(HistoryText.tr("not rated"))
    box.setValue(NOT_RATED)
    box.setAccessibleName(name)
    box.setToolTip(
        HistoryText.tr("{name}, 0 (none) to 10 (worst); below 0 leaves it unrated").format(
            name=name
        )
    )
    return box


def rating_value(box: QSpinBox) -> int | None:
    return None if box.value() == NOT_RATED else box.value()


def _wall_time(moment: datetime) -> QDateTime:
    """The moment's date and time of day to the minute, as the edit shows them (no zone)."""
    return QDateTime(
        QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
    )


def _from_wall_time(shown: QDateTime) -> datetime:
    day, time_of_day = shown.date(), shown.time()
    return datetime(day.year(), day.month(), day.day(), time_of_day.hour(), time_of_day.minute())


class AddSessionDialog(QDialog):
    def __init__(self, routines: Sequence[Routine], now: datetime, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(HistoryText.tr("Add a session done without the app"))
        self.now = now
        form = QFormLayout(self)

        self.when = QDateTimeEdit(_wall_time(now))
        self.when.setCalendarPopup(True)
        self.when.setMaximumDateTime(_wall_time(now))
        self.when.setDisplayFormat(HistoryText.tr("ddd d MMM yyyy  HH:mm"))
        self.when.setAccessibleName(HistoryText.tr("When it started"))
        self.when.setToolTip(HistoryText.tr("The day and time the session started"))
        form.addRow(HistoryText.tr("&When:"), self.when)

        self.routine = QComboBox()
        for routine in routines:
            self.routine.addItem(routine.name, routine.id)
        self.routine.setAccessibleName(HistoryText.tr("Routine"))
        self.routine.setToolTip(HistoryText.tr("The routine you followed"))
        form.addRow(HistoryText.tr("&Routine:"), self.routine)

        self.minutes = QSpinBox()
        self.minutes.setRange(*MANUAL_MINUTES)
        self.minutes.setValue(10)
        self.minutes.setSuffix(HistoryText.tr(" min"))
        self.minutes.setAccessibleName(HistoryText.tr("Minutes exercising"))
        self.minutes.setToolTip(HistoryText.tr("How long you exercised, not counting breaks"))
        form.addRow(HistoryText.tr("&Minutes:"), self.minutes)

        self.completed = QCheckBox(HistoryText.tr("I did the whole routine"))
        self.completed.setChecked(True)
        self.completed.setAccessibleName(HistoryText.tr("Completed"))
        self.completed.setToolTip(HistoryText.tr("Untick when you stopped part way"))
        form.addRow("", self.completed)

        self.pain_before = rating_box(HistoryText.tr("Pain before"))
        self.pain_after = rating_box(HistoryText.tr("Pain after"))
        form.addRow(HistoryText.tr("Pain &before:"), self.pain_before)
        form.addRow(HistoryText.tr("Pain &after:"), self.pain_after)

        self.note = QLineEdit()
        self.note.setAccessibleName(HistoryText.tr("Note"))
        self.note.setToolTip(HistoryText.tr("Anything worth remembering about this session"))
        self.note.setMaxLength(NOTE_LIMIT)
        form.addRow(HistoryText.tr("&Note:"), self.note)

        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(HistoryText.tr("Problem"))
        self.problem.hide()
        form.addRow(self.problem)

        buttons, _ = confirm_buttons(
            HistoryText.tr("Add session"),
            HistoryText.tr("Log this session in your history"),
            HistoryText.tr("Close without adding anything"),
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        make_room_for_title(self)

    def accept(self) -> None:
        """Close only with a session the core accepts; otherwise say what is wrong."""
        try:
            self.record()
        except RecordError as error:
            self.problem.setText(f"⚠ {error}")
            self.problem.show()
            return
        super().accept()

    def record(self) -> SessionRecord:
        """The session as entered (see SessionRecord.entered_by_hand); RecordError if it breaks
        a rule."""
        return SessionRecord.entered_by_hand(
            routine_id=self.routine.currentData(),
            routine_name=self.routine.currentText(),
            started=_from_wall_time(self.when.dateTime()),
            minutes=self.minutes.value(),
            now=self.now,
            completed=self.completed.isChecked(),
            pain_before=rating_value(self.pain_before),
            pain_after=rating_value(self.pain_after),
            note=self.note.text(),
        )
