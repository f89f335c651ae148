"""What the charts' toolbar offers: the ranges of dates and the sizes of a bar, with their words,
and how a chosen toggle shows."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QPushButton

from backcoach.core.history import Period
from backcoach.core.i18n import QT_TRANSLATE_NOOP
from backcoach.ui.history.history_colours import HistoryColours

RANGES = (
    ("4w", QT_TRANSLATE_NOOP("HistoryText", "4 weeks"), 28),
    ("3m", QT_TRANSLATE_NOOP("HistoryText", "3 months"), 91),
    ("12m", QT_TRANSLATE_NOOP("HistoryText", "12 months"), 365),
    ("all", QT_TRANSLATE_NOOP("HistoryText", "All"), 0),
)
GRANULARITIES: tuple[tuple[Period, str, str, str], ...] = (
    (
        "day",
        QT_TRANSLATE_NOOP("HistoryText", "Days"),
        QT_TRANSLATE_NOOP("HistoryText", "Active minutes per day"),
        QT_TRANSLATE_NOOP("HistoryText", "Bars per day"),
    ),
    (
        "week",
        QT_TRANSLATE_NOOP("HistoryText", "Weeks"),
        QT_TRANSLATE_NOOP("HistoryText", "Active minutes per week"),
        QT_TRANSLATE_NOOP("HistoryText", "Bars per week"),
    ),
    (
        "month",
        QT_TRANSLATE_NOOP("HistoryText", "Months"),
        QT_TRANSLATE_NOOP("HistoryText", "Active minutes per month"),
        QT_TRANSLATE_NOOP("HistoryText", "Bars per month"),
    ),
)


def show_selection(button: QPushButton, colours: HistoryColours) -> None:
    """A checked toggle in the palette's selection colours, an unchecked one as any button: the
    style's own "pressed" look hardly shows in a dark palette."""
    if button.isChecked():
        palette = QPalette(button.palette())
        palette.setColor(QPalette.ColorRole.Button, colours.selected)
        palette.setColor(QPalette.ColorRole.ButtonText, colours.selected_text)
        button.setPalette(palette)
    else:
        button.setPalette(QPalette())  # nothing of its own: the window's palette again
