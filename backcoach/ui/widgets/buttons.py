"""The large push buttons of the player's pages, named and explained for everyone."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton


def make_button(text: str, name: str, tip: str) -> QPushButton:
    """A button with an accessible name and a tooltip, a little taller than the style makes it:
    easy to hit in a hurry, or from the floor."""
    button = QPushButton(text)
    button.setAccessibleName(name)
    button.setToolTip(tip)
    button.setMinimumHeight(button.sizeHint().height() + 8)
    return button
