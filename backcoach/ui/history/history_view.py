"""The history: totals and the list of logged sessions."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from backcoach.ui.app_state import AppState

COLUMNS = ("Date", "Routine", "Duration", "Done", "Pain before", "Pain after", "Note")


class HistoryView(QWidget):
    startRequested = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setAccessibleName("Summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.start_button = QPushButton("Start a routine")
        self.start_button.setToolTip("Go to the player and start your first session")
        self.start_button.setAccessibleName("Start a routine")
        self.start_button.clicked.connect(self.startRequested)
        layout.addWidget(self.start_button)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setAccessibleName("Sessions")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        state.sessionsChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        sessions = list(reversed(self.state.sessions))
        minutes = sum(s.active_seconds for s in sessions) / 60
        if sessions:
            self.summary.setText(f"{len(sessions)} sessions, {minutes:.0f} active minutes in all.")
        else:
            self.summary.setText("No sessions yet. Your history appears here after your first one.")
        self.start_button.setVisible(not sessions)
        self.table.setRowCount(len(sessions))
        for row, record in enumerate(sessions):
            values = (
                record.started.strftime("%a %d %b %Y %H:%M"),
                record.routine_name,
                f"{record.duration_seconds / 60:.0f} min",
                "Completed" if record.completed else "Partial",
                "" if record.pain_before is None else str(record.pain_before),
                "" if record.pain_after is None else str(record.pain_after),
                record.note,
            )
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
