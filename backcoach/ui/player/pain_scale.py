"""A pain rating that can be left out: a button for each number (0 to 10, or 1 to 10 when pain is
already known to be there), in a row, reachable by keyboard."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from backcoach.ui.widgets.translation import Context

PlayerText = Context("PlayerText")


class RatingButton(QPushButton):
    """A rating; the chosen one stands out at a glance, in the selection's colours, drawn from
    the palette at each paint (a style sheet would keep the colours of the theme it was set in).
    """

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.isChecked():
            super().paintEvent(event)
            return
        palette = self.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = palette.color(QPalette.ColorRole.Highlight)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.HighlightedText), 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.text())
        if self.hasFocus():
            # The focus as a second, inner ring, so the chosen and focused rating still shows it.
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(3.5, 3.5, -3.5, -3.5), 2, 2)


class PainScale(QWidget):
    changed = Signal(object)  # the rating, or None when cleared

    def __init__(self, question: str, lowest: int = 0, parent: QWidget | None = None) -> None:
        """lowest: 0, or 1 where "no pain" is not an answer (the "this hurts" page)."""
        super().__init__(parent)
        self.lowest = lowest
        self.setAccessibleName(question)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.question = QLabel(question)
        self.question.setWordWrap(True)
        font = QFont(self.question.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.question.setFont(font)
        layout.addWidget(self.question)

        grid = QGridLayout()
        grid.setHorizontalSpacing(4)
        self.group = QButtonGroup(self)
        self.buttons: list[QPushButton] = []  # from the lowest rating to 10
        for value in range(lowest, 11):
            button = RatingButton(str(value))
            button.setCheckable(True)
            button.setAccessibleName(PlayerText.tr("Pain {value} of 10").format(value=value))
            button.setToolTip(_describe(value))
            button.setMinimumWidth(button.fontMetrics().horizontalAdvance("10") + 20)
            self.group.addButton(button, value)
            self.buttons.append(button)
            grid.addWidget(button, 0, value - lowest)
        self.group.idToggled.connect(self._toggled)
        ends = QHBoxLayout()
        for text, align in (
            (
                PlayerText.tr("No pain") if lowest == 0 else PlayerText.tr("Mild"),
                Qt.AlignmentFlag.AlignLeft,
            ),
            (PlayerText.tr("Moderate"), Qt.AlignmentFlag.AlignHCenter),
            (PlayerText.tr("Worst imaginable"), Qt.AlignmentFlag.AlignRight),
        ):
            label = QLabel(text)
            label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            ends.addWidget(label, 1, align)
        grid.addLayout(ends, 1, 0, 1, len(self.buttons))
        layout.addLayout(grid)

        self.clear_button = QPushButton(PlayerText.tr("No answer"))
        self.clear_button.setAccessibleName(PlayerText.tr("Clear the pain rating"))
        self.clear_button.setToolTip(PlayerText.tr("Leave the rating out; it is optional"))
        self.clear_button.clicked.connect(self.clear)
        self.clear_button.setEnabled(False)
        row = QHBoxLayout()
        self.hint = QLabel(PlayerText.tr("Optional"))
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        row.addWidget(self.hint)
        row.addStretch(1)
        row.addWidget(self.clear_button)
        layout.addLayout(row)

    def button(self, value: int) -> QPushButton:
        """The button for a rating."""
        return self.buttons[value - self.lowest]

    def value(self) -> int | None:
        checked = self.group.checkedId()
        return None if checked < 0 else checked

    def set_value(self, value: int | None) -> None:
        if value is None:
            self.clear()
        else:
            self.button(value).setChecked(True)

    def clear(self) -> None:
        # An exclusive group never lets its last checked button go; drop exclusivity for a moment.
        self.group.setExclusive(False)
        for button in self.buttons:
            button.setChecked(False)
        self.group.setExclusive(True)
        self.clear_button.setEnabled(False)
        self.changed.emit(None)

    def _toggled(self, value: int, checked: bool) -> None:
        if checked:
            self.clear_button.setEnabled(True)
            self.changed.emit(value)


def _describe(value: int) -> str:
    if value == 0:
        return PlayerText.tr("0: no pain")
    if value <= 3:
        return PlayerText.tr("{value}: mild pain").format(value=value)
    if value <= 6:
        return PlayerText.tr("{value}: moderate pain").format(value=value)
    if value <= 9:
        return PlayerText.tr("{value}: severe pain").format(value=value)
    return PlayerText.tr("10: the worst pain imaginable")
