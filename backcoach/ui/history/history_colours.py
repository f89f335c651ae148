"""The history's colours, made from the palette so that they follow light and dark: bars, pain
lines, the calendar's shades, the selected toggle. Each is moved, when it has to be, until it
reads against what it is drawn on: 3:1 for a mark (WCAG's non-text contrast), 4.5:1 for text.

Only the two pain series keep a hue of their own (orange before, teal after), as no palette role
is meant for data; their lightness still comes from the palette's background.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtGui import QColor, QPalette

Role = QPalette.ColorRole

MARK = 3.0  # a bar, a line, a day's square
TEXT = 4.5  # words, numbers
PAIN_BEFORE_HUE = QColor(230, 126, 34)
PAIN_AFTER_HUE = QColor(38, 166, 154)
# The calendar's four shades, as contrast with the page: the lightest still a clear mark.
HEAT_CONTRASTS = (MARK, 4.5, 7.0, 10.5)


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
    """The WCAG contrast ratio of two colours, from 1 (the same) to 21 (black on white)."""
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def blend(a: QColor, b: QColor, amount: float) -> QColor:
    """a moved towards b by amount (0: a, 1: b), opaque."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
    )


def _first_along(path: list[QColor], background: QColor, ratio: float) -> QColor:
    """The first colour of the path that reads against the background (the last if none)."""
    for colour in path:
        if contrast(colour, background) >= ratio:
            return colour
    return path[-1]


def readable(colour: QColor, background: QColor, ratio: float) -> QColor:
    """The colour itself when it reads against the background; else moved towards black or
    white (whichever is further from the background) just enough to."""
    away = QColor("black") if luminance(background) > 0.18 else QColor("white")
    return _first_along([blend(colour, away, i / 64) for i in range(65)], background, ratio)


def ramp(background: QColor, accent: QColor, strongest: QColor, ratio: float) -> QColor:
    """A colour on the way from the background to the accent and on to the strongest colour
    (the text's), at the first point that reaches the ratio against the background."""
    path = [blend(background, accent, i / 64) for i in range(65)]
    path += [blend(accent, strongest, i / 64) for i in range(1, 65)]
    return _first_along(path, background, ratio)


def on_both(colour: QColor, first: QColor, second: QColor) -> QColor:
    """A mark's colour that reads on two backgrounds alike (both light, or both dark)."""
    return readable(readable(colour, first, MARK), second, MARK)


@dataclass(frozen=True)
class HistoryColours:
    plot_background: QColor
    plot_text: QColor  # axes, their ticks and labels
    bars: QColor
    rest: QColor  # the hatching of rest and flare-up days on the bar chart
    pain_before: QColor
    pain_after: QColor
    page: QColor  # what the calendar is drawn on
    page_text: QColor
    heat: tuple[QColor, QColor, QColor, QColor, QColor]  # no session, then four shades
    focus: QColor  # the calendar's chosen day
    selected: QColor  # a selected toggle's face
    selected_text: QColor

    def stroke_on(self, fill: QColor) -> QColor:
        """A line drawn across a day's square (a rest day): text or page colour, the clearer."""
        page, text = self.page, self.page_text
        return text if contrast(text, fill) >= contrast(page, fill) else page


_ROLES = (
    Role.Base,
    Role.Text,
    Role.Window,
    Role.WindowText,
    Role.Highlight,
    Role.HighlightedText,
)


def history_colours(palette: QPalette) -> HistoryColours:
    """The history's colours for this palette (worked out once per set of colours: the charts,
    the calendar and its legend all ask for them)."""
    return _colours_for(tuple(palette.color(role).rgba() for role in _ROLES))


@lru_cache(maxsize=8)
def _colours_for(rgba: tuple[int, ...]) -> HistoryColours:
    palette = QPalette()
    for role, value in zip(_ROLES, rgba, strict=True):
        palette.setColor(role, QColor.fromRgba(value))
    base, text = palette.color(Role.Base), palette.color(Role.Text)
    window, window_text = palette.color(Role.Window), palette.color(Role.WindowText)
    highlight = palette.color(Role.Highlight)
    highlighted_text = palette.color(Role.HighlightedText)
    empty = blend(window, window_text, 0.1)
    heat = tuple(ramp(window, highlight, window_text, ratio) for ratio in HEAT_CONTRASTS)
    return HistoryColours(
        plot_background=base,
        plot_text=readable(text, base, TEXT),
        # On the plots (base) and in the legend below them (window).
        bars=on_both(highlight, base, window),
        rest=on_both(blend(text, base, 0.25), base, window),
        pain_before=on_both(PAIN_BEFORE_HUE, base, window),
        pain_after=on_both(PAIN_AFTER_HUE, base, window),
        page=window,
        page_text=readable(window_text, window, TEXT),
        heat=(empty, heat[0], heat[1], heat[2], heat[3]),
        focus=readable(highlight, window, MARK),
        # The face moves away from its text until the text reads on it; it stays the highlight
        # colour when it already does. The margin is for the style's gradient, which lightens
        # the face it is given (Fusion's, by about a tenth).
        selected=readable(highlight, highlighted_text, TEXT + 1.5),
        selected_text=highlighted_text,
    )
