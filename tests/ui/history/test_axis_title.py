"""An axis title longer than its plot is high is shortened, never drawn over its neighbours, and
comes back whole when the plot grows."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QFontMetrics

from backcoach.ui.history.axis_title import AxisTitle

LONG = "Aktive Minuten pro Tag, in einer sehr langen Übersetzung"


def test_a_title_longer_than_the_plot_is_shortened_then_whole_again(qtbot):
    graphics = pg.GraphicsLayoutWidget()
    qtbot.addWidget(graphics)
    plot = graphics.addPlot()
    title = AxisTitle(plot, LONG)
    graphics.resize(400, 160)
    graphics.show()
    qtbot.waitExposed(graphics)
    qtbot.waitUntil(lambda: title.shown != LONG)
    metrics = QFontMetrics(plot.getAxis("left").label.font())
    assert title.shown.endswith("…")
    assert metrics.horizontalAdvance(title.shown) <= plot.vb.height()
    graphics.resize(400, 900)
    qtbot.waitUntil(lambda: title.shown == LONG)
    title.set("Pain (0–10)")
    assert title.shown == "Pain (0–10)"
