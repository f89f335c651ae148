"""Dialogs wide enough for their titles: a window manager cuts a title that does not fit its
bar ("Weekly go…"), and the title is what says what the dialog is for."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QDialog


def make_room_for_title(dialog: QDialog) -> None:
    """At least as wide as the window title in a bold title-bar font, with the title bar's
    icon and buttons beside it (about eight lines' height on the common window managers)."""
    font = QFont(dialog.font())
    font.setBold(True)
    metrics = QFontMetrics(font)
    needed = metrics.horizontalAdvance(dialog.windowTitle()) + metrics.height() * 8
    dialog.setMinimumWidth(max(dialog.minimumWidth(), needed))
