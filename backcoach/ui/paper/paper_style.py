"""How the paper looks: the page size for the user's locale, the margins, the fonts, and the
palette the figures are drawn with on white paper (black text, a blue highlight: the pose
colours keep them 3:1 apart in luminance, so they survive a black-and-white printer)."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor, QFont, QPageSize, QPalette

# Countries that print on US Letter (the rest of the world uses A4).
_LETTER_COUNTRIES = {
    QLocale.Country.UnitedStates,
    QLocale.Country.Canada,
    QLocale.Country.Mexico,
    QLocale.Country.Philippines,
    QLocale.Country.Chile,
    QLocale.Country.Colombia,
    QLocale.Country.Venezuela,
    QLocale.Country.PuertoRico,
    QLocale.Country.Guatemala,
    QLocale.Country.CostaRica,
}

MARGIN_MM = 16.0
PAPER = QColor("#ffffff")
INK = QColor("#000000")
GREY = QColor("#555555")  # secondary text: 7:1 on white, legible in greyscale
RULE = QColor("#999999")


def page_size_for(locale: QLocale | None = None) -> QPageSize:
    """Letter where the locale measures in US units or its country prints on Letter, else A4."""
    locale = locale or QLocale.system()
    letter = (
        locale.measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
        or locale.territory() in _LETTER_COUNTRIES
    )
    return QPageSize(QPageSize.PageSizeId.Letter if letter else QPageSize.PageSizeId.A4)


def paper_palette() -> QPalette:
    """The palette the figures are drawn with on paper, whatever the screen's theme."""
    palette = QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Window, PAPER)
        palette.setColor(group, QPalette.ColorRole.WindowText, INK)
        palette.setColor(group, QPalette.ColorRole.Highlight, QColor("#2a6fdb"))
    return palette


def font(points: float, bold: bool = False, italic: bool = False) -> QFont:
    """A sans-serif font of that size, the same on every machine that has one."""
    chosen = QFont()
    chosen.setStyleHint(QFont.StyleHint.SansSerif)
    chosen.setFamilies(["DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial", "Helvetica"])
    chosen.setPointSizeF(points)
    chosen.setBold(bold)
    chosen.setItalic(italic)
    return chosen
