"""Tests under a theme: the app's light or dark palette applied as View › Theme applies it, and
the application's style and palette put back afterwards for the tests that follow."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from backcoach.ui.widgets.control_outlines import style_name

THEMES = ("light", "dark")


@pytest.fixture
def restore_theme(qapp) -> Iterator[None]:
    style = style_name(qapp.style())
    yield
    if style_name(qapp.style()) != style:
        qapp.setStyle(style)
    qapp.setPalette(QPalette())
    QApplication.processEvents()


def use_theme(window, name: str) -> None:
    """Choose the theme in the window's View › Theme menu, as a user does."""
    window.theme.actions[name].trigger()
    QApplication.processEvents()  # the palette reaches every widget
