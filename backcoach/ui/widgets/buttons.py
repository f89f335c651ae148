"""Push buttons named and explained for everyone: the player's large ones, and command buttons."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QPushButton


def make_button(text: str, name: str, tip: str) -> QPushButton:
    """A button with an accessible name and a tooltip, a little taller than the style makes it:
    easy to hit in a hurry, or from the floor."""
    button = QPushButton(text)
    button.setAccessibleName(name)
    button.setToolTip(tip)
    button.setMinimumHeight(button.sizeHint().height() + 8)
    return button


def command_button(text: str, tip: str, slot: Callable[[], Any], name: str = "") -> QPushButton:
    """A button that runs slot when clicked, with a tooltip and an accessible name (by default
    its text without the mnemonic's & and a trailing …)."""
    button = QPushButton(text)
    button.setToolTip(tip)
    button.setAccessibleName(name or text.replace("&", "").rstrip("…"))
    button.clicked.connect(lambda: slot())
    return button
