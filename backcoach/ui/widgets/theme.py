"""The app's dark palette: one set of colours for every picture of the app in dark mode, and the
WCAG contrast ratio every view's tests measure their colours with.

The illustrations, the screenshots in the docs and (to come) a View › Theme choice in the app all
take this palette, so a dark picture in the README looks like the app in dark mode. Every role a
widget of the app draws with is set, the disabled text too, and each text colour is readable on
the background it is drawn on (tests/ui/widgets/test_theme.py checks the contrast).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

Role = QPalette.ColorRole

# Greys with a touch of blue, light text, and a soft blue for what is highlighted and for links.
DARK_COLOURS: dict[QPalette.ColorRole, str] = {
    Role.Window: "#202124",
    Role.WindowText: "#e8eaed",
    Role.Base: "#17181a",
    Role.AlternateBase: "#2a2b2e",
    Role.Text: "#e8eaed",
    Role.PlaceholderText: "#9aa0a6",
    Role.Button: "#303134",
    Role.ButtonText: "#e8eaed",
    Role.BrightText: "#ffffff",
    Role.Highlight: "#8ab4f8",
    Role.HighlightedText: "#202124",
    Role.Accent: "#8ab4f8",
    Role.Link: "#8ab4f8",
    Role.LinkVisited: "#c58af9",
    Role.ToolTipBase: "#3c4043",
    Role.ToolTipText: "#e8eaed",
    # The shades a style draws bevels and frames with, lightest to darkest.
    Role.Light: "#3c4043",
    Role.Midlight: "#35363a",
    Role.Mid: "#5f6368",
    Role.Dark: "#101010",
    Role.Shadow: "#000000",
}
# Text that cannot be used: dimmer than the rest, still legible.
DISABLED_TEXT = "#80868b"


def dark_palette() -> QPalette:
    """The app's dark palette, for the illustrations, the screenshots and the app."""
    palette = QPalette()
    for role, colour in DARK_COLOURS.items():
        palette.setColor(role, QColor(colour))
    for role in (Role.WindowText, Role.Text, Role.ButtonText, Role.PlaceholderText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(DISABLED_TEXT))
    return palette


# WCAG 2's minimum contrast ratios (level AA): text, and graphics a user must see (marks, rings).
TEXT_CONTRAST = 4.5
GRAPHIC_CONTRAST = 3.0


def relative_luminance(colour: QColor) -> float:
    """The colour's relative luminance as WCAG 2 defines it: 0 for black, 1 for white."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.redF())
        + 0.7152 * linear(colour.greenF())
        + 0.0722 * linear(colour.blueF())
    )


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG 2's contrast ratio of two opaque colours, from 1 (the same) to 21 (black on white);
    the order does not matter."""
    light, dark = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)
