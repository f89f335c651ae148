"""The dialog for an exercise of the user's own: name, instructions, positions, timings, safety.

The dialog only gathers fields; `save` (given by the view) checks and stores them and returns a
message per field that is wrong, which the dialog shows next to that field while staying open.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from backcoach.core.custom_exercise import MAX_POSITIONS, PoseChoice
from backcoach.core.routine import BOUNDS
from backcoach.ui.routines.fields import SIDES_BOTH, SIDES_ONCE, MessageLabel, NumberField
from backcoach.ui.widgets.dialog_buttons import confirm_buttons
from backcoach.ui.widgets.pose_view import PoseView
from backcoach.ui.widgets.translation import Context

RoutinesText = Context("RoutinesText")

SaveFields = Callable[[dict[str, Any]], Mapping[str, str]]


class PositionRow:
    """One position: a pose from the pose library and what to say while in it."""

    def __init__(self, number: int, poses: Sequence[PoseChoice]) -> None:
        self.label = QLabel(f"{number}.")
        self.pose = QComboBox()
        for choice in poses:
            self.pose.addItem(choice.name, choice.id)
        # Not as wide as the longest pose name: the cue beside it needs the room more.
        self.pose.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.pose.setMinimumContentsLength(12)
        self.pose.setAccessibleName(
            RoutinesText.tr("Position {number}: pose").format(number=number)
        )
        self.pose.setToolTip(RoutinesText.tr("The pose shown for this position"))
        # A small picture of the chosen pose, so the choice is by sight, not by name alone.
        self.preview = PoseView()
        height = self.pose.sizeHint().height() * 2
        self.preview.setFixedSize(height * 8 // 5, height)
        self.preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.pose.currentIndexChanged.connect(self._show_preview)
        self._show_preview()
        self.cue = QLineEdit()
        self.cue.setPlaceholderText(RoutinesText.tr("e.g. “Pull both knees up”"))
        self.cue.setMinimumWidth(
            self.cue.fontMetrics().horizontalAdvance(self.cue.placeholderText()) + 24
        )
        self.cue.setAccessibleName(RoutinesText.tr("Position {number}: cue").format(number=number))
        self.cue.setToolTip(RoutinesText.tr("Said and shown while moving into this position"))
        self.remove = QPushButton(RoutinesText.tr("Remove"))
        self.remove.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.remove.setAccessibleName(
            RoutinesText.tr("Remove position {number}").format(number=number)
        )
        self.remove.setToolTip(RoutinesText.tr("Remove position {number}").format(number=number))

    def _show_preview(self) -> None:
        pose_id = self.pose.currentData()
        if pose_id:
            self.preview.show_pose(pose_id, self.pose.currentText())

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.label, self.preview, self.pose, self.cue, self.remove)

    def fields(self) -> dict[str, str]:
        return {
            "pose": self.pose.currentData(),
            "cue": self.cue.text(),
            "name": self.pose.currentText(),
        }


class ExerciseDialog(QDialog):
    def __init__(
        self,
        poses: Sequence[PoseChoice],
        save: SaveFields,
        fields: Mapping[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.poses = poses
        self._save = save
        editing = fields is not None
        self.setWindowTitle(
            RoutinesText.tr("Edit your exercise") if editing else RoutinesText.tr("New exercise")
        )
        self.setAccessibleName(self.windowTitle())
        outer = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.scroll_area, self.body = scroll, body
        form = self.form = QFormLayout(body)
        # The form is never squeezed (its rows would overlap): past the screen, it scrolls.
        form.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.messages: dict[str, MessageLabel] = {}

        self.name = QLineEdit()
        self.name.setAccessibleName(RoutinesText.tr("Name"))
        self.name.setToolTip(RoutinesText.tr("What the exercise is called in your routines"))
        form.addRow(
            self._caption(RoutinesText.tr("&Name:"), self.name),
            self._with_message("name", self.name),
        )

        self.instructions = QPlainTextEdit()
        self.instructions.setAccessibleName(RoutinesText.tr("Instructions"))
        self.instructions.setToolTip(
            RoutinesText.tr("How to do the exercise, shown while getting ready")
        )
        self.instructions.setTabChangesFocus(True)
        self._fit_lines(self.instructions, 3)
        form.addRow(
            self._caption(RoutinesText.tr("&Instructions:"), self.instructions),
            self._with_message("instructions", self.instructions),
        )

        positions = QWidget()
        positions_layout = QVBoxLayout(positions)
        positions_layout.setContentsMargins(0, 0, 0, 0)
        hint = QLabel(
            RoutinesText.tr(
                "You start in the first position. Each repetition moves from "
                "the one before the last into the last, which is held."
            )
        )
        hint.setWordWrap(True)
        positions_layout.addWidget(hint)
        self.position_grid = QGridLayout()
        positions_layout.addLayout(self.position_grid)
        self.add_position_button = QPushButton(RoutinesText.tr("Add &position"))
        self.add_position_button.setAccessibleName(RoutinesText.tr("Add position"))
        self.add_position_button.setToolTip(
            RoutinesText.tr("Add a position (up to {MAX_POSITIONS})").format(
                MAX_POSITIONS=MAX_POSITIONS
            )
        )
        self.add_position_button.clicked.connect(lambda: self.add_position())
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_position_button)
        add_row.addStretch(1)
        positions_layout.addLayout(add_row)
        self.messages["positions"] = MessageLabel(RoutinesText.tr("Positions: problem"))
        positions_layout.addWidget(self.messages["positions"])
        self.rows: list[PositionRow] = []
        form.addRow(self._caption(RoutinesText.tr("Positions:"), None), positions)

        self.numbers: dict[str, NumberField] = {}
        for name, label, tip in (
            (
                "hold_seconds",
                RoutinesText.tr("&Hold (seconds):"),
                RoutinesText.tr("How long to hold the last position"),
            ),
            ("reps", RoutinesText.tr("&Repetitions:"), RoutinesText.tr("How many times to do it")),
            (
                "rest_seconds",
                RoutinesText.tr("Re&st (seconds):"),
                RoutinesText.tr("The pause between repetitions"),
            ),
        ):
            field = NumberField(BOUNDS[name], tip, message_in_field=False)
            self.numbers[name] = field
            form.addRow(self._caption(label, field.edit), field)
            form.addRow(field.message)  # across the form's width: the field is narrow

        self.per_side = QComboBox()
        self.per_side.addItems([RoutinesText.tr(SIDES_ONCE), RoutinesText.tr(SIDES_BOTH)])
        self.per_side.setAccessibleName(RoutinesText.tr("Sides"))
        self.per_side.setToolTip(
            RoutinesText.tr("Whether the exercise is done once, or for the left and the right")
        )
        self.side_label = QLineEdit()
        self.side_label.setAccessibleName(RoutinesText.tr("Side name"))
        self.side_label.setToolTip(
            RoutinesText.tr("What the player calls a side: “Left leg”, “Right arm”…")
        )
        self.side_label.setPlaceholderText(RoutinesText.tr("leg, arm, side…"))
        self.per_side.currentIndexChanged.connect(
            lambda index: self.side_label.setEnabled(index == 1)
        )
        sides_row = QHBoxLayout()
        sides_row.addWidget(self.per_side)
        called = QLabel("called:")
        called.setBuddy(self.side_label)
        sides_row.addWidget(called)
        sides_row.addWidget(self.side_label, 1)
        sides = QWidget()
        sides_layout = QVBoxLayout(sides)
        sides_layout.setContentsMargins(0, 0, 0, 0)
        sides_layout.addLayout(sides_row)
        self.messages["side_label"] = MessageLabel(RoutinesText.tr("Side name: problem"))
        sides_layout.addWidget(self.messages["side_label"])
        form.addRow(self._caption(RoutinesText.tr("Si&des:"), self.per_side), sides)

        self.safety = QPlainTextEdit()
        self.safety.setAccessibleName(RoutinesText.tr("Safety note"))
        self.safety.setToolTip(
            RoutinesText.tr("What to watch out for, shown with the exercise (optional)")
        )
        self.safety.setTabChangesFocus(True)
        self._fit_lines(self.safety, 2)
        form.addRow(
            self._caption(RoutinesText.tr("Sa&fety note:"), self.safety),
            self._with_message("safety", self.safety),
        )

        self.problem = MessageLabel(RoutinesText.tr("Problem"))
        outer.addWidget(self.problem)
        buttons, self.save_button = confirm_buttons(
            RoutinesText.tr("Save exercise"),
            RoutinesText.tr("Check and keep this exercise"),
            RoutinesText.tr("Close without saving"),
            confirm=QDialogButtonBox.StandardButton.Save,
        )
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)

        self._fill(fields or {})
        self.fit()

    # --- building --------------------------------------------------------------------------

    def _caption(self, text: str, buddy: QWidget | None) -> QLabel:
        caption = QLabel(text)
        if buddy is not None:
            caption.setBuddy(buddy)
        return caption

    def _with_message(self, key: str, widget: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        self.messages[key] = MessageLabel(
            RoutinesText.tr("{accessibleName}: problem").format(
                accessibleName=widget.accessibleName()
            )
        )
        layout.addWidget(self.messages[key])
        return box

    def _fit_lines(self, edit: QPlainTextEdit, lines: int) -> None:
        # Exactly that many lines, so the dialog fits a small screen; more text scrolls.
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 2 * edit.frameWidth() + 8)

    def fit(self) -> None:
        """As large as the form (and a message), never past the screen: then it scrolls."""
        self.form.activate()
        chrome = self.sizeHint() - self.scroll_area.sizeHint()
        wanted = (
            self.body.sizeHint()
            + chrome
            + QSize(self.scroll_area.verticalScrollBar().sizeHint().width(), 0)
        )
        room = self.screen().availableGeometry().size() * 0.96
        self.resize(wanted.expandedTo(self.size()).boundedTo(room))

    def _fill(self, fields: Mapping[str, Any]) -> None:
        self.name.setText(str(fields.get("name", "")))
        self.instructions.setPlainText(str(fields.get("instructions", "")))
        positions = fields.get("positions") or [{"pose": self.poses[0].id if self.poses else ""}]
        for position in positions:
            self.add_position(position.get("pose"), position.get("cue", ""))
        for name, field in self.numbers.items():
            field.set_value(int(fields.get(name, _DEFAULTS[name])))
        self.per_side.setCurrentIndex(1 if fields.get("per_side") else 0)
        self.side_label.setEnabled(bool(fields.get("per_side")))
        self.side_label.setText(str(fields.get("side_label", "side")))
        self.safety.setPlainText(str(fields.get("safety", "")))

    # --- positions -------------------------------------------------------------------------

    def add_position(self, pose: str | None = None, cue: str = "") -> None:
        if len(self.rows) >= MAX_POSITIONS:
            return
        row = PositionRow(len(self.rows) + 1, self.poses)
        if pose is not None:
            index = row.pose.findData(pose)
            if index >= 0:
                row.pose.setCurrentIndex(index)
        row.cue.setText(cue)
        row.remove.clicked.connect(lambda: self.remove_position(row))
        self.rows.append(row)
        self._lay_out_positions()
        if pose is None:
            row.pose.setFocus()
            self.fit()

    def remove_position(self, row: PositionRow) -> None:
        if len(self.rows) <= 1:
            return
        self.rows.remove(row)
        for widget in row.widgets():
            widget.deleteLater()
        self._lay_out_positions()

    def _lay_out_positions(self) -> None:
        for number, row in enumerate(self.rows, start=1):
            row.label.setText(f"{number}.")
            row.pose.setAccessibleName(
                RoutinesText.tr("Position {number}: pose").format(number=number)
            )
            row.cue.setAccessibleName(
                RoutinesText.tr("Position {number}: cue").format(number=number)
            )
            row.remove.setAccessibleName(
                RoutinesText.tr("Remove position {number}").format(number=number)
            )
            row.remove.setEnabled(len(self.rows) > 1)
            for column, widget in enumerate(row.widgets()):
                self.position_grid.addWidget(widget, number - 1, column)
        self.position_grid.setColumnStretch(3, 1)
        self.add_position_button.setEnabled(len(self.rows) < MAX_POSITIONS)

    # --- saving ----------------------------------------------------------------------------

    def fields(self) -> dict[str, Any]:
        """What the dialog holds, as core.custom_exercise.exercise_from_fields takes it."""
        values: dict[str, Any] = {
            "name": self.name.text(),
            "instructions": self.instructions.toPlainText(),
            "positions": [row.fields() for row in self.rows],
            "per_side": self.per_side.currentIndex() == 1,
            "side_label": self.side_label.text() if self.per_side.currentIndex() == 1 else "side",
            "safety": self.safety.toPlainText(),
        }
        for name, field in self.numbers.items():
            text = field.edit.text().strip()
            try:
                values[name] = int(text)  # out of range is for the check to say
            except ValueError:
                values[name] = text
        return values

    def try_save(self) -> None:
        errors = dict(self._save(self.fields()))
        for key, label in self.messages.items():
            label.show_message(errors.pop(key, None))
        for name, field in self.numbers.items():
            field.message.show_message(errors.pop(name, None))
        # Anything left has no field of its own (a name taken, a save that failed).
        self.problem.show_message(" ".join(errors.values()) or None)
        self.fit()
        if (
            not any(label.message() for label in self.messages.values())
            and not any(field.message.message() for field in self.numbers.values())
            and not self.problem.message()
        ):
            self.accept()


_DEFAULTS = {"hold_seconds": 5, "reps": 5, "rest_seconds": 5}
