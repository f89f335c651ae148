"""The logged sessions as a table: edit the note and the pain ratings, delete with undo, and add a
session done without the app. Every change goes through the AppState (which saves it) as an undo
command, so Ctrl+Z takes back an edit, a deletion or an addition alike.
"""

from __future__ import annotations

from collections.abc import Sequence

import shiboken6
from PySide6.QtCore import (
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from backcoach.core.session import SessionRecord
from backcoach.core.words import (
    month_name,
    weekday_name,
)
from backcoach.ui.app_state import AppState
from backcoach.ui.history.cell_editors import NoteDelegate, RatingDelegate
from backcoach.ui.history.session_dialog import AddSessionDialog
from backcoach.ui.history.sessions_model import (  # noqa: F401 (the tests find the columns here)
    COLUMNS,
    DATE,
    DONE,
    DURATION,
    EDITABLE,
    NOTE,
    PAIN_AFTER,
    PAIN_BEFORE,
    ROUTINE,
    SessionsModel,
    session_day,
)
from backcoach.ui.widgets.translation import Context

HistoryText = Context("HistoryText")


class EditSession(QUndoCommand):
    def __init__(self, state: AppState, old: SessionRecord, new: SessionRecord) -> None:
        super().__init__(HistoryText.tr("edit the session of {day}").format(day=session_day(old)))
        self.state, self.old, self.new = state, old, new
        self.record_id = old.id

    def redo(self) -> None:
        if not self.state.update_session(self.new):
            self.setObsolete(True)

    def undo(self) -> None:
        self.state.update_session(self.old)


class DeleteSession(QUndoCommand):
    def __init__(self, state: AppState, record: SessionRecord) -> None:
        super().__init__(
            HistoryText.tr("delete the session of {day}").format(day=session_day(record))
        )
        self.state, self.record = state, record
        self.record_id = record.id

    def redo(self) -> None:
        if self.state.delete_session(self.record.id) is None:
            self.setObsolete(True)

    def undo(self) -> None:
        self.state.log_session(self.record)


class AddSession(QUndoCommand):
    def __init__(self, state: AppState, record: SessionRecord) -> None:
        super().__init__(HistoryText.tr("add the session of {day}").format(day=session_day(record)))
        self.state, self.record = state, record
        self.record_id = record.id

    def redo(self) -> None:
        self.state.log_session(self.record)

    def undo(self) -> None:
        self.state.delete_session(self.record.id)


# --- the widget ---------------------------------------------------------------------------------


class SessionsTable(QWidget):
    statusChanged = Signal(str)

    def __init__(self, state: AppState, undo_stack: QUndoStack, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.undo_stack = undo_stack
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.add_button = self._button(
            HistoryText.tr("&Add a session…"),
            HistoryText.tr("Log a session you did without the app"),
        )
        self.add_button.clicked.connect(self.add_session)
        self.delete_button = self._button(
            HistoryText.tr("&Delete"),
            HistoryText.tr("Delete the selected session (Delete key); Undo brings it back"),
        )
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_button = self._button(
            HistoryText.tr("&Undo"), HistoryText.tr("Take back the last change (Ctrl+Z)")
        )
        self.undo_button.clicked.connect(undo_stack.undo)
        self.redo_button = self._button(
            HistoryText.tr("Re&do"), HistoryText.tr("Do the change again (Ctrl+Shift+Z)")
        )
        self.redo_button.clicked.connect(undo_stack.redo)
        for button in (self.add_button, self.delete_button, self.undo_button, self.redo_button):
            bar.addWidget(button)
        self.status = QLabel()
        self.status.setAccessibleName(HistoryText.tr("Last change"))
        self.status.setWordWrap(True)  # a long message wraps instead of widening the window
        bar.addWidget(self.status, 1)
        layout.addLayout(bar)

        self.model = SessionsModel(self._edit)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(HistoryText.tr("Sessions"))
        self.view.setToolTip(
            HistoryText.tr("Your sessions, newest first. F2 edits a rating or the note.")
        )
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.sectionResized.connect(self._column_resized)
        names = {column: HistoryText.tr(COLUMNS[column]) for column in (PAIN_BEFORE, PAIN_AFTER)}
        self.rating_delegate = RatingDelegate(names, self.view)
        for column in (PAIN_BEFORE, PAIN_AFTER):
            self.view.setItemDelegateForColumn(column, self.rating_delegate)
        self.note_delegate = NoteDelegate(self.view)
        self.view.setItemDelegateForColumn(NOTE, self.note_delegate)
        self.model.refused.connect(self.status.setText)
        self.rating_delegate.problem.connect(self._rating_problem)
        layout.addWidget(self.view, 1)
        self._fitting = False
        self._user_sized = False  # once a column is dragged, the widths are the user's

        self.delete_action = QAction(HistoryText.tr("Delete session"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.delete_selected)
        self.view.addAction(self.delete_action)
        undo = undo_stack.createUndoAction(self, HistoryText.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = undo_stack.createRedoAction(self, HistoryText.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        for action in (undo, redo):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self._stack_index = undo_stack.index()
        undo_stack.indexChanged.connect(self._stack_moved)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def _button(self, text: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        return button

    def set_records(self, records: Sequence[SessionRecord]) -> None:
        current = self.selected_record()
        self.model.set_records(records)
        if current is not None:
            for row, record in enumerate(self.model.records):
                if record.id == current.id:
                    self.view.selectRow(row)
                    break
        self.fit_columns()
        self._update_buttons()

    # --- column widths ----------------------------------------------------------------------

    def fit_columns(self) -> None:
        """Widths from the texts a column can hold, measured with the font (never from rows,
        which a hidden table has not laid out, and ten years of which take long to measure):
        every column whole, the routine's name as far as the note keeps a sixth of the width (a
        longer name is cut, and whole in its tooltip), the note the rest."""
        if self._user_sized:
            return
        fm = self.view.fontMetrics()
        pad = fm.averageCharWidth() + 8  # the cell's margins and the grid line
        header = self.view.horizontalHeader()

        def fits(*texts: str) -> int:
            return int(max(fm.horizontalAdvance(t) for t in texts)) + pad

        def title(column: int) -> int:
            return header.sectionSizeFromContents(column).width()

        dates = [
            f"{weekday_name(d, 'short')} 28 {month_name(m, 'short')} 2026, 22:58"
            for d in range(7)
            for m in range(1, 13)
        ]
        manual = any(r.source == "manual" for r in self.model.records)
        done = (
            (HistoryText.tr("Completed (by hand)"), HistoryText.tr("Partial (by hand)"))
            if manual
            else (HistoryText.tr("Completed"), HistoryText.tr("Partial"))
        )
        widths = {
            DATE: fits(*dates),
            DURATION: fits(HistoryText.tr("59 min 59 s"), HistoryText.tr("23 h 59 min")),
            DONE: fits(*done),
            PAIN_BEFORE: fits("10"),
            PAIN_AFTER: fits("10"),
        }
        widths = {column: max(width, title(column)) for column, width in widths.items()}
        names = {r.routine_name for r in self.model.records} or {HistoryText.tr("Routine")}
        viewport = self.view.viewport().width()
        room = viewport - sum(widths.values()) - viewport // 6  # a sixth at least for the note
        shortest = fits(HistoryText.tr("Full floor routine"))
        widths[ROUTINE] = max(title(ROUTINE), min(fits(*names), max(shortest, room)))
        self._fitting = True
        try:
            for column, width in widths.items():
                header.resizeSection(column, width)
        finally:
            self._fitting = False

    def _column_resized(self, column: int, old: int, new: int) -> None:
        if not self._fitting and column != NOTE and self.view.isVisible():
            self._user_sized = True

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.fit_columns()

    def selected_record(self) -> SessionRecord | None:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        if rows and rows[0].row() < len(self.model.records):
            return self.model.records[rows[0].row()]
        return None

    def _edit(self, old: SessionRecord, new: SessionRecord) -> None:
        self.undo_stack.push(EditSession(self.state, old, new))

    def delete_selected(self) -> None:
        record = self.selected_record()
        if record is None:
            return
        row = self.view.selectionModel().selectedRows()[0].row()
        self.undo_stack.push(DeleteSession(self.state, record))
        if self.model.records:
            self.view.selectRow(min(row, len(self.model.records) - 1))

    def add_session(self) -> None:
        dialog = AddSessionDialog(self.state.routines, self.state.clock.now(), self)
        dialog.accepted.connect(
            lambda: self.undo_stack.push(AddSession(self.state, dialog.record()))
        )
        dialog.open()

    def _rating_problem(self, text: str) -> None:
        if text:
            self.status.setText(text)
        elif self.status.text().startswith(tuple(HistoryText.tr(name) for name in COLUMNS)):
            self.status.setText("")  # the rating being typed is right again

    def _stack_moved(self, index: int) -> None:
        """Say what was just done, undone or redone, and show the session it changed."""
        stack = self.undo_stack
        if not shiboken6.isValid(stack):
            return  # the history view is being destroyed
        previous, self._stack_index = self._stack_index, index
        if index == previous:
            return
        undone = index < previous
        command = stack.command(index if undone else index - 1)
        if command is not None:
            text = command.text()
            text = text[0].upper() + text[1:]
            self.status.setText(
                HistoryText.tr("Undone: {text}. Redo brings it back.").format(text=text)
                if undone
                else HistoryText.tr("Done: {text}. Undo takes it back.").format(text=text)
            )
            self._select(getattr(command, "record_id", None))
        self._update_buttons()

    def _select(self, record_id: str | None) -> None:
        for row, record in enumerate(self.model.records):
            if record.id == record_id:
                self.view.selectRow(row)
                self.view.scrollTo(self.model.index(row, 0))
                return

    def _update_buttons(self, *_: object) -> None:
        stack = self.undo_stack
        if not shiboken6.isValid(stack):
            # The history view is being destroyed: its undo stack goes before this table, whose
            # selection still reports its last change.
            return
        self.delete_button.setEnabled(self.selected_record() is not None)
        self.undo_button.setEnabled(stack.canUndo())
        self.redo_button.setEnabled(stack.canRedo())
        self.undo_button.setToolTip(
            HistoryText.tr("Undo: {undoText} (Ctrl+Z)").format(undoText=stack.undoText())
            if stack.canUndo()
            else HistoryText.tr("Nothing to undo")
        )
        self.redo_button.setToolTip(
            HistoryText.tr("Redo: {redoText} (Ctrl+Shift+Z)").format(redoText=stack.redoText())
            if stack.canRedo()
            else HistoryText.tr("Nothing to redo")
        )
