"""File › Print handout…: choose a routine, then save it as a PDF or print it."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from backcoach.core.handout import handout
from backcoach.core.pose.library import load_pose_library
from backcoach.ui.app_state import AppState
from backcoach.ui.paper.paper_dialog import PaperDialog
from backcoach.ui.paper.pdf_files import Painter, handout_painter
from backcoach.ui.widgets.translation import Context

PaperText = Context("PaperText")


class HandoutDialog(PaperDialog):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, PaperText.tr("Print handout"), parent)
        self.routine_box = QComboBox()
        self.routine_box.setAccessibleName(PaperText.tr("Routine"))
        self.routine_box.setToolTip(
            PaperText.tr("The routine to put on paper, with its holds and repetitions")
        )
        for routine in state.routines:
            self.routine_box.addItem(routine.name, routine.id)
        self.routine_box.setCurrentIndex(
            max(0, self.routine_box.findData(state.selected_routine.id))
        )
        self.form.addRow(PaperText.tr("&Routine:"), self.routine_box)
        self.add_size_row()
        self.status.setText(
            PaperText.tr(
                "Each exercise with its pictures, numbers and safety note, "
                "and a table to tick for two weeks. It prints well in black "
                "and white."
            )
        )

    def document(self) -> tuple[Painter, str, str] | str:
        routine = self.state.library.routine(self.routine_box.currentData())
        content = handout(routine, self.state.catalogue, load_pose_library())
        today = self.state.clock.now().date()
        return handout_painter(content, today), routine.name, f"backcoach-{routine.id}.pdf"
