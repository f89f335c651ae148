"""The app's colours: the light and dark palettes, the rule that keeps every palette readable,
and the WCAG contrast ratio every view's tests measure their colours with.

Widgets never name a colour: they draw with palette roles, so one palette changes the whole app.
Three roles carry the app's own meaning, and `readable_palette` makes each meet WCAG 2's ratios
on the backgrounds it is drawn on, whatever the platform's palette gives:

- `Accent`: text and marks that stand out (the player's phase word, the countdown ring's arc), at
  least 4.5:1 on the window, the base and the alternate base;
- `PlaceholderText`: quieter text (captions, hints), at least 4.5:1 on the same backgrounds;
- `Highlight` with `HighlightedText`: the selection, the reminder bar, the chosen pain rating.

The illustrations, the screenshots in the docs and View › Theme (ui/shell/theme_choice.py) all
take these palettes, so a dark picture in the README looks like the app in dark mode.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QStyleFactory

from backcoach.ui.widgets.translation import Context

WidgetsText = Context("WidgetsText")

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

# WCAG 2's minimum contrast ratios (level AA): text, and graphics a user must see (marks, rings).
TEXT_CONTRAST = 4.5
GRAPHIC_CONTRAST = 3.0

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
        palette.setColor(Group.Disabled, role, QColor(DISABLED_TEXT))
    return palette


def light_palette() -> QPalette:
    """The app's light palette: the Fusion style's own, made readable (its selection blue and its
    half-transparent placeholder text fall short of 4.5:1)."""
    style = QStyleFactory.create("Fusion")
    return readable_palette(style.standardPalette())


# --- contrast ---------------------------------------------------------------------------------


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


def mix(a: QColor, b: QColor, amount: float) -> QColor:
    """a moved `amount` (0 to 1) of the way towards b, opaque."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
        1.0,
    )


def flatten(colour: QColor, background: QColor) -> QColor:
    """A half-transparent colour as it shows on `background`."""
    return mix(background, QColor(colour.red(), colour.green(), colour.blue()), colour.alphaF())


def readable(colour: QColor, backgrounds: Iterable[QColor], ratio: float) -> QColor:
    """`colour`, or the nearest shade of it (towards black on light backgrounds, towards white on
    dark ones) that has at least `ratio` against every background."""
    grounds = list(backgrounds)
    dark_grounds = sum(relative_luminance(g) < 0.18 for g in grounds) * 2 > len(grounds)
    target = QColor("#ffffff") if dark_grounds else QColor("#000000")
    for step in range(21):
        candidate = mix(colour, target, step / 20)
        if all(contrast_ratio(candidate, g) >= ratio for g in grounds):
            return candidate
    return target


def readable_palette(palette: QPalette) -> QPalette:
    """A copy of `palette` whose text roles meet 4.5:1 on their backgrounds, with `Accent` made a
    colour for text and marks (see the module's words). Disabled colours are left as they are:
    WCAG asks nothing of them, and dimmer is what says "not now"."""
    result = QPalette(palette)
    surfaces = (Role.Window, Role.Base, Role.AlternateBase)
    for group in (Group.Active, Group.Inactive):

        def fix(role: Role, start: QColor, grounds: Iterable[Role], group: Group = group) -> None:
            backgrounds = [result.color(group, g) for g in grounds]
            result.setColor(group, role, readable(start, backgrounds, TEXT_CONTRAST))

        def colour(role: Role, group: Group = group) -> QColor:
            return QColor(result.color(group, role))

        fix(Role.WindowText, colour(Role.WindowText), (Role.Window,))
        fix(Role.Text, colour(Role.Text), (Role.Base, Role.AlternateBase))
        fix(Role.ButtonText, colour(Role.ButtonText), (Role.Button,))
        fix(Role.ToolTipText, colour(Role.ToolTipText), (Role.ToolTipBase,))
        placeholder = flatten(colour(Role.PlaceholderText), colour(Role.Window))
        fix(Role.PlaceholderText, placeholder, surfaces)
        fix(Role.Link, colour(Role.Link), surfaces)
        # The selection keeps its text colour; its background moves away from it if need be.
        fix(Role.Highlight, colour(Role.Highlight), (Role.HighlightedText,))
        fix(Role.Accent, colour(Role.Highlight), surfaces)
    return result
