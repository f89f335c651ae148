"""The numbers of one exercise in a routine: hold, repetitions, rest, sides, sets, get-ready."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from backcoach.core.i18n import QT_TRANSLATE_NOOP
from backcoach.core.routine import BOUNDS
from backcoach.ui.routines.fields import SIDES_BOTH, SIDES_ONCE, NumberField
from backcoach.ui.widgets.plain_text import plain_labels
from backcoach.ui.widgets.translation import Context

RoutinesText = Context("RoutinesText")

# Field, label in the form, tooltip. The underlined letters are the editor's own: the window's
# menus take F, V, M and H, the routine list and its buttons others (tests check they differ).
NUMBER_ROWS = (
    (
        "hold_seconds",
        QT_TRANSLATE_NOOP("RoutinesText", "Ho&ld (seconds):"),
        QT_TRANSLATE_NOOP("RoutinesText", "How long to hold the position each time"),
    ),
    (
        "reps",
        QT_TRANSLATE_NOOP("RoutinesText", "&Repetitions:"),
        QT_TRANSLATE_NOOP("RoutinesText", "How many times to do the exercise (on each side)"),
    ),
    (
        "rest_seconds",
        QT_TRANSLATE_NOOP("RoutinesText", "Re&st (seconds):"),
        QT_TRANSLATE_NOOP("RoutinesText", "The pause between repetitions"),
    ),
    (
        "sets",
        QT_TRANSLATE_NOOP("RoutinesText", "Se&ts:"),
        QT_TRANSLATE_NOOP("RoutinesText", "How many times to go through all the repetitions"),
    ),
    (
        "get_ready_seconds",
        QT_TRANSLATE_NOOP("RoutinesText", "&Get ready (seconds):"),
        QT_TRANSLATE_NOOP("RoutinesText", "Time to get into position first"),
    ),
)


class ItemEditor(QWidget):
    """Edits one routine item; emits the changes, never writes anything itself."""

    # Field name and value, valid within its bounds: the view applies it to the library.
    changed = Signal(str, object)
    # A valid value being typed: the view shows the total time it would give.
    previewed = Signal(str, object)
    resetRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        self.title.setAccessibleName(RoutinesText.tr("Exercise being edited"))
        self.title.setWordWrap(True)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        layout.addWidget(self.title)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(RoutinesText.tr("About this exercise"))
        plain_labels(self.title, self.summary)  # the exercise's name and text, from data
        layout.addWidget(self.summary)

        form = QFormLayout()
        # A long label (a longer language's) goes above its field rather than widening the form.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, NumberField] = {}
        self.sides = QComboBox()
        self.sides.addItems([RoutinesText.tr(SIDES_ONCE), RoutinesText.tr(SIDES_BOTH)])
        self.sides.setAccessibleName(RoutinesText.tr("Sides"))
        self.sides.setToolTip(
            RoutinesText.tr("Do the exercise once, or on the left and then on the right")
        )
        self.sides.activated.connect(lambda index: self.changed.emit("both_sides", index == 1))
        self.sides_note = QLabel()
        self.sides_note.setAccessibleName(RoutinesText.tr("Sides: default"))
        plain_labels(self.sides_note)
        for name, label, tip in NUMBER_ROWS:
            field = NumberField(BOUNDS[name], RoutinesText.tr(tip), message_in_field=False)
            field.committed.connect(lambda value, n=name: self.changed.emit(n, value))
            field.previewed.connect(lambda value, n=name: self.previewed.emit(n, value))
            caption = QLabel(RoutinesText.tr(label))
            caption.setBuddy(field.edit)
            form.addRow(caption, field)
            # What is wrong with the number, across the form's width: the field is narrow.
            form.addRow(field.message)
            self.fields[name] = field
            if name == "reps":
                # Sides go right after the repetitions, where a physiotherapist's note puts them.
                sides_row = QHBoxLayout()
                sides_row.addWidget(self.sides)
                sides_row.addWidget(self.sides_note, 1)
                sides_caption = QLabel(RoutinesText.tr("Si&des:"))
                sides_caption.setBuddy(self.sides)
                form.addRow(sides_caption, sides_row)
        layout.addLayout(form)

        self.reset_button = QPushButton(RoutinesText.tr("Reset e&xercise to defaults"))
        self.reset_button.setAccessibleName(RoutinesText.tr("Reset exercise to defaults"))
        self.reset_button.setToolTip(
            RoutinesText.tr("Use the exercise's own hold, repetitions and rest again, and one set")
        )
        self.reset_button.clicked.connect(self.resetRequested)
        reset_row = QHBoxLayout()
        reset_row.addWidget(self.reset_button)
        reset_row.addStretch(1)
        layout.addLayout(reset_row)
        layout.addStretch(1)
        # Tab goes down the form as it reads, the sides after the repetitions.
        chain: list[QWidget] = [self.fields[name].edit for name in ("hold_seconds", "reps")]
        chain += [self.sides]
        chain += [self.fields[name].edit for name in ("rest_seconds", "sets", "get_ready_seconds")]
        chain += [self.reset_button]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)

    def unfinished(self) -> NumberField | None:
        """The first field with a wrong number being fixed, if any."""
        return next((f for f in self.fields.values() if f.unfinished()), None)

    def show_item(
        self,
        name: str,
        summary: str,
        values: dict[str, Any],
        defaults: dict[str, Any],
        same_item: bool = False,
    ) -> None:
        """same_item: the item on show again (after a change to another of its fields), so a
        wrong number being fixed stays as typed."""
        self.title.setText(name)
        self.summary.setText(summary)
        for field_name, field in self.fields.items():
            default = defaults[field_name]
            note = (
                ""
                if values[field_name] == default
                else RoutinesText.tr("default {default}").format(default=default)
            )
            field.set_value(values[field_name], note, keep_unfinished=same_item)
        self.sides.setCurrentIndex(1 if values["both_sides"] else 0)
        default_sides = SIDES_BOTH if defaults["both_sides"] else SIDES_ONCE
        self.sides_note.setText(
            ""
            if values["both_sides"] == defaults["both_sides"]
            else RoutinesText.tr("default {default_sides}").format(default_sides=default_sides)
        )
        self.reset_button.setEnabled(values != defaults)
