"""The app's dark palette: dark, and every text readable on the background it is drawn on."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from backcoach.ui.widgets.theme import dark_palette

Role = QPalette.ColorRole
Group = QPalette.ColorGroup


def luminance(colour: QColor) -> float:
    """Relative luminance, as WCAG 2 defines it."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.redF())
        + 0.7152 * linear(colour.greenF())
        + 0.0722 * linear(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.mark.parametrize(
    ("text", "background"),
    [
        (Role.WindowText, Role.Window),
        (Role.Text, Role.Base),
        (Role.Text, Role.AlternateBase),
        (Role.PlaceholderText, Role.Base),
        (Role.ButtonText, Role.Button),
        (Role.HighlightedText, Role.Highlight),
        (Role.ToolTipText, Role.ToolTipBase),
        (Role.Link, Role.Base),
        (Role.Link, Role.Window),
        (Role.Highlight, Role.Window),  # the player's phase is written in the highlight colour
    ],
)
def test_text_is_readable_on_its_background(qapp, text, background) -> None:
    palette = dark_palette()
    # WCAG AA for normal text.
    assert contrast(palette.color(text), palette.color(background)) >= 4.5


def test_it_is_dark_and_disabled_text_is_dimmer_but_legible(qapp) -> None:
    palette = dark_palette()
    window, text = palette.color(Role.Window), palette.color(Role.WindowText)
    assert luminance(window) < 0.05 < 0.7 < luminance(text)
    disabled = palette.color(Group.Disabled, Role.WindowText)
    assert 3.0 <= contrast(disabled, window) < contrast(text, window)
