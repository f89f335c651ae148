"""The big figures of the history cards shrink to fit their card instead of being cut."""

from __future__ import annotations

from PySide6.QtGui import QFontMetricsF

from backcoach.ui.widgets.fitted_label import FittedLabel


def _fits(label: FittedLabel) -> bool:
    width = QFontMetricsF(label.font()).horizontalAdvance(label.text())
    return width <= label.contentsRect().width()


def test_a_long_figure_shrinks_to_fit_and_grows_back(qtbot):
    label = FittedLabel(2.0, floor=1.0)
    qtbot.addWidget(label)
    label.show()
    label.setText("30 min 21 s")
    label.resize(2000, 60)
    wanted = label.font().pointSizeF()
    label.resize(int(label.minimumSizeHint().width() * 1.3), 60)
    assert _fits(label)
    assert label.font().pointSizeF() < wanted
    label.resize(2000, 60)
    assert label.font().pointSizeF() == wanted


def test_the_layout_may_squeeze_it_only_to_the_floor_size(qtbot):
    label = FittedLabel(2.0, floor=1.0)
    qtbot.addWidget(label)
    label.show()
    label.setText("3 of 4 days")
    label.resize(2000, 60)
    at_full_size = QFontMetricsF(label.font()).horizontalAdvance("3 of 4 days")
    narrowest = label.minimumSizeHint().width()
    assert narrowest < at_full_size * 0.7  # the card may be squeezed below the full size...
    label.resize(narrowest, 60)
    assert _fits(label)  # ...and the figure still fits, smaller
