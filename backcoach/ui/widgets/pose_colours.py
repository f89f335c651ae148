"""The few colours of an illustration, chosen from a palette for contrast.

Four colours must each stand out from the others that touch them: the figure on the background,
the highlight on the figure, the arrow on all three. By the WCAG's measure (relative luminance)
that needs at least 3:1 between each pair, and four colours cannot all be 3:1 apart: so the figure
takes the text's side, the highlight the background's (a light tint on a light background, a deep
shade on a dark one, inside the figure's edge so it never meets the background bare), and the
arrow sits between them, in an accent colour opposite the highlight's hue.
"""

from __future__ import annotations

import math

from PySide6.QtGui import QColor, QPalette

RATIO = 3.3  # the contrast kept between the arrow and the colours round it (3:1 and a margin)


def luminance(colour: QColor) -> float:
    """The WCAG's relative luminance: 0 black, 1 white."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.redF())
        + 0.7152 * linear(colour.greenF())
        + 0.0722 * linear(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG's contrast ratio, 1 to 21."""
    la, lb = luminance(a) + 0.05, luminance(b) + 0.05
    return max(la, lb) / min(la, lb)


def mix(a: QColor, b: QColor, amount: float) -> QColor:
    """a moved `amount` of the way towards b."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
        1.0,
    )


def with_luminance(hue: float, saturation: float, target: float) -> QColor:
    """The colour of that hue (degrees) and HSL saturation whose luminance is `target`."""
    low, high = 0.0, 1.0
    for _ in range(30):
        middle = (low + high) / 2
        if luminance(QColor.fromHslF(hue / 360 % 1.0, saturation, middle)) < target:
            low = middle
        else:
            high = middle
    return QColor.fromHslF(hue / 360 % 1.0, saturation, (low + high) / 2)


def _towards_contrast(colour: QColor, background: QColor, wanted: float) -> QColor:
    """`colour` faded towards the background as far as it can go keeping `wanted` contrast."""
    low, high = 0.0, 1.0
    for _ in range(24):
        middle = (low + high) / 2
        if contrast(mix(colour, background, middle), background) >= wanted:
            low = middle
        else:
            high = middle
    return mix(colour, background, low)


class PoseColours:
    """The colours of an illustration drawn on `background` (the palette's window colour unless
    given), taken from the palette."""

    def __init__(self, palette: QPalette, background: QColor | None = None) -> None:
        background = background or palette.color(QPalette.ColorRole.Window)
        text = palette.color(QPalette.ColorRole.WindowText)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        self.background = background
        if contrast(text, background) < 9:
            # Too little contrast to fit the arrow between: use black or white.
            black, white = QColor("#000000"), QColor("#ffffff")
            text = black if contrast(black, background) > contrast(white, background) else white
        self.body = mix(text, background, 0.06)
        self.far = _towards_contrast(self.body, background, 3.6)
        dark_figure = luminance(self.body) < luminance(background)
        body_l, background_l = luminance(self.body) + 0.05, luminance(background) + 0.05
        arrow_l = math.sqrt(body_l * background_l)
        highlight_l = arrow_l * RATIO if dark_figure else arrow_l / RATIO
        hue = highlight.hslHueF() * 360 if highlight.hslHueF() >= 0 else 210.0
        saturation = max(0.55, highlight.hslSaturationF())
        self.highlight = with_luminance(hue, saturation, min(1.0, highlight_l - 0.05))
        # The far limbs' shade of the highlight stands as far from their paler tone.
        far_l = luminance(self.far) + 0.05
        far_highlight_l = far_l * RATIO if dark_figure else far_l / RATIO
        far_highlight_l = (
            max(far_highlight_l, highlight_l) if dark_figure else min(far_highlight_l, highlight_l)
        )
        self.highlight_far = with_luminance(hue, saturation * 0.7, min(1.0, far_highlight_l - 0.05))
        # The accent: the hue across the colour wheel from the highlight's (an orange for a blue).
        self.arrow = with_luminance(hue + 170, 0.95, arrow_l - 0.05)
        self.floor = mix(text, background, 0.55)
        self.mat = mix(text, background, 0.84)
        self.prop = mix(text, background, 0.5)

    def tone(self, far: bool, turn: float) -> QColor:
        """The colour of a limb; from the front neither side is further away."""
        return mix(self.far, self.body, turn) if far else self.body

    def highlight_for(self, far: bool, turn: float) -> QColor:
        return mix(self.highlight_far, self.highlight, turn) if far else self.highlight


_chosen: dict[tuple[int, ...], PoseColours] = {}


def pose_colours(palette: QPalette, background: QColor | None = None) -> PoseColours:
    """The colours for a palette and background, worked out once for each (each frame of the
    moving figure asks again)."""
    roles = (QPalette.ColorRole.Window, QPalette.ColorRole.WindowText, QPalette.ColorRole.Highlight)
    key = tuple(palette.color(role).rgba() for role in roles)
    key += ((background or palette.color(roles[0])).rgba(),)
    if key not in _chosen:
        if len(_chosen) > 16:  # a few palettes at most: a theme switched back and forth
            _chosen.clear()
        _chosen[key] = PoseColours(palette, background)
    return _chosen[key]
