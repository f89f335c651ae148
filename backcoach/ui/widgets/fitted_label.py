"""A label for a big figure that shrinks its font to fit its width, down to a floor, instead of
being cut: "30 min 21 s" stays whole in a narrow card at 800x600."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QFont, QFontMetricsF, QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

from backcoach.ui.widgets.fonts import scaled_font


class FittedLabel(QLabel):
    def __init__(self, factor: float, floor: float = 1.1, parent: QWidget | None = None) -> None:
        """`factor` is the wanted size (times the system font), `floor` the smallest it may get."""
        super().__init__(parent)
        self._wanted = scaled_font(self, factor, bold=True)
        self._floor = scaled_font(self, floor, bold=True)
        self.setFont(self._wanted)

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def minimumSizeHint(self) -> QSize:
        # As narrow as the text at the floor size: the layout may squeeze the card that far.
        metrics = QFontMetricsF(self._floor)
        width = metrics.horizontalAdvance(self.text()) + 2 * self.margin() + 2
        return QSize(int(width), int(metrics.height()))

    def _fit(self) -> None:
        room = self.contentsRect().width() - 2 * self.margin()
        font = QFont(self._wanted)
        size = font.pointSizeF()
        while (
            size > self._floor.pointSizeF()
            and QFontMetricsF(font).horizontalAdvance(self.text()) > room
        ):
            size = max(self._floor.pointSizeF(), size - 0.5)
            font.setPointSizeF(size)
        if font != self.font():
            self.setFont(font)
