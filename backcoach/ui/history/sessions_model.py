"""The sessions table's model: the logged sessions, newest first, in the table's columns; an
edit is handed on, never applied here (sessions_table.py applies it as an undo command)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from backcoach.core.i18n import QT_TRANSLATE_NOOP
from backcoach.core.session import RecordError, SessionRecord
from backcoach.core.words import (
    active_text,
    date_text,
    duration_text,
    moment_text,
)
from backcoach.ui.history.session_dialog import NOT_RATED
from backcoach.ui.widgets.plain_text import plain_tooltip
from backcoach.ui.widgets.translation import Context

HistoryText = Context("HistoryText")

COLUMNS = (
    QT_TRANSLATE_NOOP("HistoryText", "Date"),
    QT_TRANSLATE_NOOP("HistoryText", "Routine"),
    QT_TRANSLATE_NOOP("HistoryText", "Duration"),
    QT_TRANSLATE_NOOP("HistoryText", "Done"),
    QT_TRANSLATE_NOOP("HistoryText", "Pain before"),
    QT_TRANSLATE_NOOP("HistoryText", "Pain after"),
    QT_TRANSLATE_NOOP("HistoryText", "Note"),
)
# The pain columns hold a number: their names on two lines keep them narrow.
HEADERS = (
    QT_TRANSLATE_NOOP("HistoryText", "Date"),
    QT_TRANSLATE_NOOP("HistoryText", "Routine"),
    QT_TRANSLATE_NOOP("HistoryText", "Duration"),
    QT_TRANSLATE_NOOP("HistoryText", "Done"),
    QT_TRANSLATE_NOOP("HistoryText", "Pain\nbefore"),
    QT_TRANSLATE_NOOP("HistoryText", "Pain\nafter"),
    QT_TRANSLATE_NOOP("HistoryText", "Note"),
)
DATE, ROUTINE, DURATION, DONE, PAIN_BEFORE, PAIN_AFTER, NOTE = range(len(COLUMNS))
EDITABLE = {PAIN_BEFORE: "pain_before", PAIN_AFTER: "pain_after", NOTE: "note"}

_Index = QModelIndex | QPersistentModelIndex


class SessionsModel(QAbstractTableModel):
    """The sessions, newest first. An edit is not applied here: it is handed to `on_edit`."""

    refused = Signal(str)  # an edit the core's rules refused, and why

    def __init__(self, on_edit: Callable[[SessionRecord, SessionRecord], None]) -> None:
        super().__init__()
        self.records: list[SessionRecord] = []
        self.on_edit = on_edit

    def set_records(self, records: Sequence[SessionRecord]) -> None:
        """Show these records. When they are the same sessions as before (an edit), the rows
        are updated in place: a reset would close the editor that is committing the edit, and
        take the keyboard focus (and with it Ctrl+Z) out of the table."""
        new = sorted(records, key=lambda r: r.started, reverse=True)
        old = self.records
        if len(new) == len(old) and all(a.id == b.id for a, b in zip(new, old, strict=True)):
            self.records = new
            for row, (before, after) in enumerate(zip(old, new, strict=True)):
                if before is not after and before != after:
                    self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
            return
        self.beginResetModel()
        self.records = new
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return HistoryText.tr(HEADERS[section])
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return HistoryText.tr(COLUMNS[section])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() in EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self.records[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(record, column)
        if role == Qt.ItemDataRole.EditRole and column in EDITABLE:
            value = getattr(record, EDITABLE[column])
            return NOT_RATED if value is None else value
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == DURATION:
                return HistoryText.tr("{duration_text} in all, {active_text}").format(
                    duration_text=duration_text(record.duration_seconds),
                    active_text=active_text(record.active_seconds),
                )
            if column == DONE and record.source == "manual":
                return HistoryText.tr("Entered by hand")
            if column == ROUTINE:
                return plain_tooltip(record.routine_name)  # the whole name, when cut
            if column == NOTE:
                # The note as written, never run as HTML (ui/widgets/plain_text.py).
                return plain_tooltip(record.note) or HistoryText.tr(
                    "Double-click (or F2) to add a note"
                )
            if column in (PAIN_BEFORE, PAIN_AFTER):
                return HistoryText.tr("Pain from 0 (none) to 10 (worst); F2 to change")
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            DURATION,
            PAIN_BEFORE,
            PAIN_AFTER,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            shown = self._display(record, column) or HistoryText.tr("none")
            return f"{HistoryText.tr(COLUMNS[column])}: {shown}"
        return None

    def _display(self, record: SessionRecord, column: int) -> str:
        if column == DATE:
            return moment_text(record.started, weekday=True)
        if column == ROUTINE:
            return record.routine_name
        if column == DURATION:
            return duration_text(record.duration_seconds)
        if column == DONE:
            done = HistoryText.tr("Completed") if record.completed else HistoryText.tr("Partial")
            return done + (HistoryText.tr(" (by hand)") if record.source == "manual" else "")
        if column in (PAIN_BEFORE, PAIN_AFTER):
            value = getattr(record, EDITABLE[column])
            return "" if value is None else str(value)
        if column == NOTE:
            return record.note
        return ""

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() not in EDITABLE:
            return False
        record = self.records[index.row()]
        field = EDITABLE[index.column()]
        if field == "note":
            new_value: Any = str(value).strip()
        else:
            number = int(value)
            new_value = None if number == NOT_RATED else number
        if getattr(record, field) == new_value:
            return False
        try:
            changed = record.updated(**{field: new_value})
        except RecordError as error:
            self.refused.emit(str(error))
            return False
        self.on_edit(record, changed)
        return True


# --- undo commands ----------------------------------------------------------------------------


def session_day(record: SessionRecord) -> str:
    # "Undo delete the session of Mon 5 Feb", in the Edit menu.
    return date_text(record.started.date(), weekday="short", year=False)
