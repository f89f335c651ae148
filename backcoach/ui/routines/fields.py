"""Input fields that say what is wrong next to themselves instead of clamping or refusing keys.

A spin box or an integer validator would silently clamp 500 to 300 or swallow a typed letter;
here whatever the user types stays visible, and a message beside it says why it is not used.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from backcoach.core.i18n import QT_TRANSLATE_NOOP
from backcoach.core.routine import Bound
from backcoach.ui.widgets.translation import Context

RoutinesText = Context("RoutinesText")

# How an exercise is done, said the same in the editor and in the exercise dialog.
SIDES_ONCE = QT_TRANSLATE_NOOP("RoutinesText", "Once")
SIDES_BOTH = QT_TRANSLATE_NOOP("RoutinesText", "On each side (left, then right)")


class MessageLabel(QWidget):
    """A message beside what it is about, with a warning icon when it says what is wrong;
    hidden when there is nothing to say."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.icon = QLabel()
        size = QFontMetrics(self.font()).height()
        self.icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size)
        )
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setAccessibleName(accessible_name)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.icon)
        layout.addWidget(self.text, 1)
        self.hide()

    def show_message(self, message: str | None, warning: bool = True) -> None:
        """Show `message` (None hides it); warning=False for news, such as "Exported …"."""
        self.text.setText(message or "")
        self.icon.setVisible(warning)
        self.setVisible(bool(message))
        self._hold_lines()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._hold_lines()

    def _hold_lines(self) -> None:
        # Layouts give a wrapped label the height of its lines only if asked: asked here, at
        # every width, so no message is cut off in a form or a dialog.
        needed = self.text.heightForWidth(max(1, self.text.width()))
        if needed > 0 and needed != self.text.minimumHeight():
            self.text.setMinimumHeight(needed)

    def message(self) -> str:
        return self.text.text() if not self.isHidden() else ""


class NumberField(QWidget):
    """A whole number within a Bound: typed freely, checked as typed, used only when valid."""

    # What the user is typing, for a preview: the number when valid, None while it is wrong.
    previewed = Signal(object)
    # The user finished editing (Enter or leaving the field) with a valid, changed number.
    committed = Signal(int)

    def __init__(
        self,
        bound: Bound,
        tip: str,
        parent: QWidget | None = None,
        message_in_field: bool = True,
    ) -> None:
        """message_in_field: the message under the number; False when the form places it (a
        row of its own across the form, where a narrow field would wrap it to a sliver)."""
        super().__init__(parent)
        self.bound = bound
        self._value: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        row = QHBoxLayout()
        self.edit = QLineEdit()
        self.edit.setAccessibleName(bound.label)
        self.edit.setToolTip(
            RoutinesText.tr(
                "{tip} ({low} to {high}{unit}; Esc puts back the number in use)"
            ).format(tip=tip, low=bound.low, high=bound.high, unit=bound.unit)
        )
        digits = QFontMetrics(self.edit.font()).horizontalAdvance("0000000")
        self.edit.setMaximumWidth(digits + 16)
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.edit.textEdited.connect(self._edited)
        self.edit.editingFinished.connect(self._finished)
        # Esc puts back the number in use: a wrong number is never stuck in the field.
        revert = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.edit)
        revert.setContext(Qt.ShortcutContext.WidgetShortcut)
        revert.activated.connect(self.revert)
        self.note = QLabel()
        self.note.setAccessibleName(RoutinesText.tr("{label}: default").format(label=bound.label))
        row.addWidget(self.edit)
        row.addWidget(self.note, 1)
        layout.addLayout(row)
        self.message = MessageLabel(RoutinesText.tr("{label}: problem").format(label=bound.label))
        if message_in_field:
            layout.addWidget(self.message)
        self.setFocusProxy(self.edit)

    def set_value(self, value: int, note: str = "", keep_unfinished: bool = False) -> None:
        """Show a value that is in use (clearing any message); with keep_unfinished, a wrong
        number being fixed stays as typed, with its message."""
        keep = keep_unfinished and self.unfinished() and self.message.message()
        self._value = value
        self.note.setText(note)
        if not keep:
            self.edit.setText(str(value))
            self._show(None)

    def value(self) -> int | None:
        """The number in use (the last valid one, not what is typed while it is wrong)."""
        return self._value

    def unfinished(self) -> bool:
        """Whether the field shows something that is not in use: a wrong number, being fixed."""
        return self._value is not None and self.edit.text().strip() != str(self._value)

    def revert(self) -> None:
        """Put back the number in use."""
        if self._value is not None:
            self.edit.setText(str(self._value))
            self._show(None)
            self.previewed.emit(self._value)

    def parse(self) -> tuple[int | None, str | None]:
        """The typed number, or a message saying what is wrong with it."""
        text = self.edit.text().strip()
        bound = self.bound
        if not text:
            range_text = RoutinesText.tr("{low} to {high}{unit}").format(
                low=bound.low, high=bound.high, unit=bound.unit
            )
            return None, RoutinesText.tr("{label} needs a number from {range_text}.").format(
                label=bound.label, range_text=range_text
            )
        try:
            number = int(text)
        except ValueError:
            return None, bound.check(text)
        problem = bound.check(number)
        return (None, problem) if problem else (number, None)

    def _show(self, problem: str | None) -> None:
        self.message.show_message(problem)
        self.edit.setAccessibleDescription(problem or "")

    def _edited(self) -> None:
        number, problem = self.parse()
        self._show(problem)
        self.previewed.emit(number)

    def _finished(self) -> None:
        number, problem = self.parse()
        self._show(problem)
        if number is not None and number != self._value:
            self._value = number
            self.committed.emit(number)
