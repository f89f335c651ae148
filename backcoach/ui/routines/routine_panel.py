"""The routine editor's right pane: the chosen routine's name and length, its exercises, and the
numbers of the exercise chosen in it.

The buttons and keys run the editor's commands (RoutinesView); the editor fills the widgets from
the library and listens to the exercise list and the item editor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from backcoach.ui.routines.exercise_list import ExerciseList
from backcoach.ui.routines.fields import MessageLabel
from backcoach.ui.routines.item_editor import ItemEditor
from backcoach.ui.widgets.buttons import command_button
from backcoach.ui.widgets.fonts import scaled_font
from backcoach.ui.widgets.plain_text import plain_labels
from backcoach.ui.widgets.shortcuts import make_shortcut
from backcoach.ui.widgets.translation import Context

RoutinesText = Context("RoutinesText")

if TYPE_CHECKING:
    from backcoach.ui.routines.routines_view import RoutinesView


class RoutinePanel(QWidget):
    def __init__(self, editor: RoutinesView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        titles = QVBoxLayout()
        self.title = QLabel()
        self.title.setAccessibleName(RoutinesText.tr("Routine name"))
        self.title.setFont(scaled_font(self, 1.5, bold=True))
        self.title.setWordWrap(True)
        self.kind = QLabel()
        self.kind.setAccessibleName(RoutinesText.tr("Kind of routine"))
        self.kind.setWordWrap(True)
        plain_labels(self.title, self.kind)  # the routine's name and description, from data
        titles.addWidget(self.title)
        titles.addWidget(self.kind)
        header.addLayout(titles, 1)
        totals = QVBoxLayout()
        self.total = QLabel()
        self.total.setAccessibleName(RoutinesText.tr("Total time"))
        self.total.setFont(scaled_font(self, 1.25, bold=True))
        self.total.setAlignment(Qt.AlignmentFlag.AlignRight)
        plain_labels(self.total)
        self.total.setToolTip(
            RoutinesText.tr("How long the routine takes, rests and getting ready included")
        )
        self.reset_routine_button = command_button(
            RoutinesText.tr("Reset r&outine…"),
            RoutinesText.tr(
                "Every exercise of this routine back to its defaults (a "
                "built-in routine: as shipped)"
            ),
            editor.reset_routine,
        )
        self.undo_button = command_button(
            RoutinesText.tr("Undo"), RoutinesText.tr("Nothing to undo"), editor.undo
        )
        self.undo_button.setEnabled(False)
        totals.addWidget(self.total)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.undo_button)
        actions.addWidget(self.reset_routine_button)
        totals.addLayout(actions)
        header.addLayout(totals)
        layout.addLayout(header)
        self.problem = MessageLabel(RoutinesText.tr("Problem"))
        layout.addWidget(self.problem)

        body = QSplitter(Qt.Orientation.Horizontal)
        body.setChildrenCollapsible(False)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.exercise_list = ExerciseList()
        left_layout.addWidget(self.exercise_list, 1)
        moves = QHBoxLayout()
        self.up_button = command_button(
            RoutinesText.tr("Up"),
            RoutinesText.tr("Move this exercise earlier (Ctrl+Up)"),
            lambda: editor.move_current(-1),
            RoutinesText.tr("Move up"),
        )
        self.down_button = command_button(
            RoutinesText.tr("Down"),
            RoutinesText.tr("Move this exercise later (Ctrl+Down)"),
            lambda: editor.move_current(1),
            RoutinesText.tr("Move down"),
        )
        self.remove_button = command_button(
            RoutinesText.tr("Remove"),
            RoutinesText.tr("Take this exercise out of the routine (Delete)"),
            editor.remove_current,
            RoutinesText.tr("Remove exercise"),
        )
        for button in (self.up_button, self.down_button, self.remove_button):
            moves.addWidget(button)
        left_layout.addLayout(moves)
        make_shortcut("move_up", self.exercise_list, lambda: editor.move_current(-1))
        make_shortcut("move_down", self.exercise_list, lambda: editor.move_current(1))
        make_shortcut("remove_exercise", self.exercise_list, editor.remove_current)

        add_caption = QLabel(RoutinesText.tr("Add from the &catalogue:"))
        left_layout.addWidget(add_caption)
        add_row = QHBoxLayout()
        self.catalogue_box = QComboBox()
        self.catalogue_box.setAccessibleName(RoutinesText.tr("Exercise to add"))
        self.catalogue_box.setToolTip(RoutinesText.tr("The guide's exercises and your own"))
        add_caption.setBuddy(self.catalogue_box)
        # The box gives way to the buttons beside it; its list still opens as wide as its names.
        self.catalogue_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.catalogue_box.setMinimumContentsLength(6)
        self.add_button = command_button(
            RoutinesText.tr("&Add"),
            RoutinesText.tr("Add this exercise to the end of the routine"),
            editor.add_exercise,
            RoutinesText.tr("Add exercise"),
        )
        add_row.addWidget(self.catalogue_box, 1)
        add_row.addWidget(self.add_button)
        left_layout.addLayout(add_row)
        own_row = QHBoxLayout()
        self.new_exercise_button = command_button(
            RoutinesText.tr("Ne&w exercise…"),
            RoutinesText.tr("Make an exercise of your own and add it"),
            editor.new_exercise,
        )
        self.edit_exercise_button = command_button(
            RoutinesText.tr("Edit…"),
            RoutinesText.tr("Change the exercise of yours chosen above"),
            editor.edit_exercise,
            RoutinesText.tr("Edit your exercise"),
        )
        self.delete_exercise_button = command_button(
            RoutinesText.tr("Delete…"),
            RoutinesText.tr("Delete the exercise of yours chosen above (when no routine uses it)"),
            editor.delete_exercise,
            RoutinesText.tr("Delete your exercise"),
        )
        for button in (
            self.new_exercise_button,
            self.edit_exercise_button,
            self.delete_exercise_button,
        ):
            own_row.addWidget(button)
        left_layout.addLayout(own_row)
        body.addWidget(left)

        self.item_editor = ItemEditor()
        # The gap between the list and the numbers is the splitter's handle, which mirrors
        # right to left (a widget's or a layout's margins do not).
        body.setHandleWidth(max(body.handleWidth(), self.fontMetrics().height() // 2))
        body.addWidget(self.item_editor)
        body.setStretchFactor(0, 1)
        body.setStretchFactor(1, 1)
        body.setSizes([300, 200])
        layout.addWidget(body, 1)
