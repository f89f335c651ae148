"""The calendar's legend: lighter to darker squares for fewer to more active minutes, and the
stroke of a rest day, drawn in the heatmap's own colours."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from backcoach.ui.history.calendar_heatmap import CalendarHeatmap
from backcoach.ui.widgets.translation import Context

HistoryText = Context("HistoryText")


class HeatmapLegend(QWidget):
    """ "Less ▢▢▢▢▢ More", and what a struck-through day means, in the calendar's own shades."""

    def __init__(self, heatmap: CalendarHeatmap, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heatmap = heatmap
        self.setAccessibleName(HistoryText.tr("Calendar legend"))
        self.setToolTip(
            HistoryText.tr(
                "Lighter squares: fewer active minutes; darker: more. A stroke: rest day."
            )
        )
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        width = (
            fm.horizontalAdvance(HistoryText.tr("Less More Rest day")) + fm.averageCharWidth() * 8
        )
        return QSize(int(width + fm.height() * 0.9 * 6 + 15 + 4), fm.height() + 6)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = self.fontMetrics()
        size = fm.height() * 0.9
        colours = self.heatmap.colours
        x = 0.0
        y = (self.height() - size) / 2

        def label(words: str) -> None:
            nonlocal x
            painter.setPen(colours.page_text)
            width = fm.horizontalAdvance(words)
            painter.drawText(
                QRectF(x, 0, width + 2, self.height()), int(Qt.AlignmentFlag.AlignVCenter), words
            )
            x += width + fm.averageCharWidth()

        label(HistoryText.tr("Less"))
        for level in range(5):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.heatmap.shade(level))
            painter.drawRoundedRect(QRectF(x, y, size, size), 2, 2)
            x += size + 3
        x += fm.averageCharWidth() - 3
        label(HistoryText.tr("More"))
        x += fm.averageCharWidth() * 3
        painter.setPen(Qt.PenStyle.NoPen)
        empty = self.heatmap.shade(0)
        painter.setBrush(empty)
        rect = QRectF(x, y, size, size)
        painter.drawRoundedRect(rect, 2, 2)
        CalendarHeatmap._strike(painter, rect, colours.stroke_on(empty))
        x += size + fm.averageCharWidth()
        label(HistoryText.tr("Rest day"))
        painter.end()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self.update()
        super().changeEvent(event)
