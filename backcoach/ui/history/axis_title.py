"""A chart's axis title that fits beside its plot: shortened with an ellipsis ("Aktive Minuten
p…") when a translation, a large font or a small window make it longer than the plot is high,
rather than drawn over the numbers of the plot above or below it."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics


class AxisTitle:
    def __init__(self, plot: pg.PlotItem, text: str, side: str = "left") -> None:
        self.plot = plot
        self.side = side
        self.text = text
        self.shown: str | None = None
        plot.vb.sigResized.connect(self.fit)
        self.fit()

    def set(self, text: str) -> None:
        self.text = text
        self.fit()

    def fit(self, *_: object) -> None:
        axis = self.plot.getAxis(self.side)
        metrics = QFontMetrics(axis.label.font())
        room = max(0, int(self.plot.vb.height()))
        shown = metrics.elidedText(self.text, Qt.TextElideMode.ElideRight, room)
        if shown != self.shown:  # a label set again would lay the axis out again
            self.shown = shown
            self.plot.setLabel(self.side, shown)
