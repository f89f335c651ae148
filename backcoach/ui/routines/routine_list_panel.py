"""The routine editor's left pane: the routines to choose from, and what acts on a whole one.

The buttons and keys run the editor's commands (RoutinesView); choosing a routine in the list says
so through routineChosen, and the editor shows it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from backcoach.core.routine import Routine
from backcoach.ui.routines.exercise_list import wrap_rows
from backcoach.ui.widgets.buttons import command_button
from backcoach.ui.widgets.fonts import scaled_font
from backcoach.ui.widgets.shortcuts import make_shortcut
from backcoach.ui.widgets.translation import Context

RoutinesText = Context("RoutinesText")

if TYPE_CHECKING:
    from backcoach.ui.routines.routines_view import RoutinesView

ROUTINE_ID_ROLE = Qt.ItemDataRole.UserRole


class RoutineListPanel(QWidget):
    routineChosen = Signal(str)  # the id of the routine the user picked in the list

    def __init__(self, editor: RoutinesView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(RoutinesText.tr("Routines"))
        caption.setFont(scaled_font(self, 1.1, bold=True))
        layout.addWidget(caption)
        self.routine_list = QListWidget()
        self.routine_list.setAccessibleName(RoutinesText.tr("Routines"))
        self.routine_list.setToolTip(
            RoutinesText.tr("Choose a routine to edit (F2 renames, Delete deletes)")
        )
        self.routine_list.currentItemChanged.connect(self._chosen)
        wrap_rows(self.routine_list)
        caption.setBuddy(self.routine_list)
        layout.addWidget(self.routine_list, 1)
        grid = QGridLayout()
        self.new_button = command_button(
            RoutinesText.tr("&New…"),
            RoutinesText.tr("Make a new routine"),
            editor.new_routine,
            RoutinesText.tr("New routine"),
        )
        self.rename_button = command_button(
            RoutinesText.tr("R&ename…"),
            RoutinesText.tr("Rename this routine (F2)"),
            editor.rename_routine,
            RoutinesText.tr("Rename routine"),
        )
        self.duplicate_button = command_button(
            RoutinesText.tr("D&uplicate"),
            RoutinesText.tr("Make a copy of this routine to change"),
            editor.duplicate_routine,
            RoutinesText.tr("Duplicate routine"),
        )
        self.delete_button = command_button(
            RoutinesText.tr("Delete…"),
            RoutinesText.tr("Delete this routine (Delete)"),
            editor.delete_routine,
            RoutinesText.tr("Delete routine"),
        )
        self.import_button = command_button(
            RoutinesText.tr("&Import…"),
            RoutinesText.tr("Add a routine from a routine file"),
            editor.import_routine,
            RoutinesText.tr("Import routine"),
        )
        self.export_button = command_button(
            RoutinesText.tr("Ex&port…"),
            RoutinesText.tr("Save this routine as a file to share"),
            editor.export_routine,
            RoutinesText.tr("Export routine"),
        )
        for index, button in enumerate(
            (
                self.new_button,
                self.rename_button,
                self.duplicate_button,
                self.delete_button,
                self.import_button,
                self.export_button,
            )
        ):
            grid.addWidget(button, index // 2, index % 2)
        layout.addLayout(grid)
        self.restore_button = command_button(
            RoutinesText.tr("Restore built-in routines…"),
            RoutinesText.tr(
                "Bring back built-in routines you deleted or changed, as they were shipped"
            ),
            editor.restore_builtins,
        )
        self.reset_all_button = command_button(
            RoutinesText.tr("Reset all to defaults…"),
            RoutinesText.tr(
                "Built-in routines as shipped, and every exercise of your routines back to its "
                "defaults (your routines and exercises stay)"
            ),
            editor.reset_everything,
        )
        layout.addWidget(self.restore_button)
        layout.addWidget(self.reset_all_button)
        make_shortcut("delete_routine", self.routine_list, editor.delete_routine)
        make_shortcut("rename_routine", self.routine_list, editor.rename_routine)

    def show_routines(
        self, routines: Sequence[Routine], current_id: str, tip: Callable[[str], str]
    ) -> None:
        """List the routines, each with its tip, the current one chosen (without a signal)."""
        self.routine_list.blockSignals(True)
        self.routine_list.clear()
        for routine in routines:
            item = QListWidgetItem(routine.name)
            item.setData(ROUTINE_ID_ROLE, routine.id)
            item.setToolTip(tip(routine.id))
            self.routine_list.addItem(item)
            if routine.id == current_id:
                self.routine_list.setCurrentItem(item)
        self.routine_list.blockSignals(False)

    def mark_current(self, routine_id: str) -> None:
        """Show the routine as the chosen one, without a signal."""
        for row in range(self.routine_list.count()):
            if self.routine_list.item(row).data(ROUTINE_ID_ROLE) == routine_id:
                self.routine_list.blockSignals(True)
                self.routine_list.setCurrentRow(row)
                self.routine_list.blockSignals(False)

    def _chosen(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.routineChosen.emit(item.data(ROUTINE_ID_ROLE))
