"""The history's calendar page: the twelve months, their legend, and the chosen day: what it was
(sessions, minutes, a rest day), each of its sessions, and the button to mark it a rest day."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from backcoach.core.session import SessionRecord
from backcoach.ui.history.calendar_heatmap import CalendarHeatmap
from backcoach.ui.history.calendar_legend import HeatmapLegend
from backcoach.ui.history.chart_data import session_line
from backcoach.ui.widgets.translation import Context

HistoryText = Context("HistoryText")


class CalendarPage(QWidget):
    restToggled = Signal(object)  # a date to mark or unmark as a rest day
    dayChosen = Signal(object)  # a date

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.calendar = CalendarHeatmap(today)
        self.calendar.restToggled.connect(self.restToggled)
        self.calendar.currentChanged.connect(self.dayChosen)
        layout.addWidget(self.calendar)

        row = QHBoxLayout()
        self.legend = HeatmapLegend(self.calendar)
        row.addWidget(self.legend)
        row.addStretch(1)
        self.rest_button = QPushButton(HistoryText.tr("Mark as rest day"))
        self.rest_button.setCheckable(True)
        self.rest_button.setAccessibleName(HistoryText.tr("Rest day"))
        self.rest_button.setToolTip(
            HistoryText.tr(
                "Mark or unmark the chosen day as a rest or flare-up day (Space in the calendar)"
            )
        )
        self.rest_button.clicked.connect(lambda: self.restToggled.emit(self.calendar.current))
        row.addWidget(self.rest_button)
        layout.addLayout(row)

        # The chosen day, in words, then its sessions: what the space under the months is for.
        self.day_label = QLabel()
        self.day_label.setAccessibleName(HistoryText.tr("Chosen day"))
        self.day_label.setWordWrap(True)
        font = self.day_label.font()
        font.setBold(True)
        self.day_label.setFont(font)
        layout.addWidget(self.day_label)
        self.day_sessions = QLabel()
        self.day_sessions.setAccessibleName(HistoryText.tr("Sessions of the chosen day"))
        self.day_sessions.setWordWrap(True)
        self.day_sessions.setTextFormat(Qt.TextFormat.RichText)
        self.day_sessions.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.day_sessions)
        # On the page's own background (setWidget fills the label's), and never taking room
        # from the months: it scrolls instead.
        self.day_sessions.setAutoFillBackground(False)
        scroll.viewport().setAutoFillBackground(False)
        scroll.setMinimumHeight(self.fontMetrics().height() * 2)
        layout.addWidget(scroll, 1)

        hint = QLabel(
            HistoryText.tr(
                "Click a day or move with the arrow keys. Rest and flare-up "
                "days pause your streak instead of breaking it."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)

    def show_day(self, day: date, sessions: Sequence[SessionRecord], is_rest: bool) -> None:
        self.day_label.setText(self.calendar.describe(day))
        ordered = sorted(sessions, key=lambda r: r.started)
        self.day_sessions.setText("<br>".join(session_line(r, with_note=True) for r in ordered))
        self.rest_button.setChecked(is_rest)
        self.rest_button.setText(
            HistoryText.tr("Rest day (unmark)") if is_rest else HistoryText.tr("Mark as rest day")
        )
