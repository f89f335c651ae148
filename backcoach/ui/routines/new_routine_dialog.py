"""Asks for a new routine's name and the exercise it starts with (a routine is never empty)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from backcoach.core.catalogue import Catalogue
from backcoach.ui.routines.fields import MessageLabel
from backcoach.ui.widgets.dialog_buttons import confirm_buttons
from backcoach.ui.widgets.dialog_fit import grow_to_fit
from backcoach.ui.widgets.translation import Context

RoutinesText = Context("RoutinesText")

# Takes the name and the first exercise's id; returns a message when they cannot be used.
CreateRoutine = Callable[[str, str], str | None]


class NewRoutineDialog(QDialog):
    def __init__(self, catalogue: Catalogue, create: CreateRoutine, parent: QWidget | None = None):
        super().__init__(parent)
        self._create = create
        self.setWindowTitle(RoutinesText.tr("New routine"))
        layout = QVBoxLayout(self)
        # Never squeezed below what the fields and a message need.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setAccessibleName(RoutinesText.tr("Name"))
        self.name.setToolTip(RoutinesText.tr("What the routine is called in the player"))
        self.name.setPlaceholderText(RoutinesText.tr("e.g. Physio, morning"))
        # Its example in full, whatever its language's words.
        metrics = self.name.fontMetrics()
        self.name.setMinimumWidth(
            metrics.horizontalAdvance(self.name.placeholderText()) + 2 * metrics.height()
        )
        name_label = QLabel(RoutinesText.tr("&Name:"))
        name_label.setBuddy(self.name)
        form.addRow(name_label, self.name)
        self.first = QComboBox()
        self.first.setAccessibleName(RoutinesText.tr("First exercise"))
        self.first.setToolTip(
            RoutinesText.tr("The routine starts with this exercise; add more afterwards")
        )
        for exercise in catalogue:
            self.first.addItem(exercise.name, exercise.id)
        first_label = QLabel(RoutinesText.tr("&First exercise:"))
        first_label.setBuddy(self.first)
        form.addRow(first_label, self.first)
        layout.addLayout(form)
        self.message = MessageLabel(RoutinesText.tr("Problem"))
        layout.addWidget(self.message)
        buttons, _ = confirm_buttons(
            RoutinesText.tr("&Create"),
            RoutinesText.tr("Make the routine"),
            RoutinesText.tr("Close without making a routine"),
        )
        # Wide enough for a message of a line or two beside the fields.
        self.name.setMinimumWidth(self.fontMetrics().averageCharWidth() * 32)
        buttons.accepted.connect(self.try_create)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def try_create(self) -> None:
        problem = self._create(self.name.text(), self.first.currentData())
        self.message.show_message(problem)
        if problem is None:
            self.accept()
        else:
            grow_to_fit(self)
            self.name.setFocus()
