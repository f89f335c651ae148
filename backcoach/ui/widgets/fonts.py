"""Fonts that follow the system's size: a page scales the widget's font, never sets pixels."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget


def scaled_font(widget: QWidget, factor: float, bold: bool = False) -> QFont:
    """The widget's font (the system's, by default) scaled: never a fixed pixel size."""
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    return font
