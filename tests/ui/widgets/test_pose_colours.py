"""The illustration's colours stand apart in the light palette (this machine's default QPalette)
and the app's dark one, on the window and on the "Up next" card's background."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from backcoach.ui.widgets.pose_colours import PoseColours, contrast, luminance
from backcoach.ui.widgets.theme import dark_palette

MINIMUM = 3.0  # WCAG's contrast for graphics


def palettes(qapp) -> list[tuple[str, QPalette]]:
    return [("light", qapp.palette()), ("dark", dark_palette())]


@pytest.mark.parametrize("role", [QPalette.ColorRole.Window, QPalette.ColorRole.AlternateBase])
def test_body_highlight_arrow_and_background_are_3_to_1_apart(qapp, role) -> None:
    for name, palette in palettes(qapp):
        colours = PoseColours(palette, palette.color(role))
        background = colours.background
        pairs = {
            "body on background": (colours.body, background),
            "far limbs on background": (colours.far, background),
            "highlight on body": (colours.highlight, colours.body),
            "highlight on far limbs": (colours.highlight_far, colours.far),
            "arrow on background": (colours.arrow, background),
            "arrow on body": (colours.arrow, colours.body),
            "arrow on highlight": (colours.arrow, colours.highlight),
        }
        for what, (a, b) in pairs.items():
            assert contrast(a, b) >= MINIMUM, f"{name}: {what} {contrast(a, b):.2f}:1"


def test_the_arrow_is_an_accent_of_its_own_not_the_highlight_s_blue(qapp) -> None:
    for _, palette in palettes(qapp):
        colours = PoseColours(palette)
        hue_gap = abs(colours.arrow.hslHueF() - colours.highlight.hslHueF()) * 360
        assert min(hue_gap, 360 - hue_gap) > 120
        assert colours.arrow.hslSaturationF() > 0.6


def test_the_highlight_keeps_the_palette_s_hue_and_takes_the_background_s_side(qapp) -> None:
    for _, palette in palettes(qapp):
        colours = PoseColours(palette)
        hue = palette.color(QPalette.ColorRole.Highlight).hslHueF()
        assert colours.highlight.hslHueF() == pytest.approx(hue, abs=0.02)
        light_background = luminance(colours.background) > luminance(colours.body)
        assert (luminance(colours.highlight) > luminance(colours.body)) == light_background


def test_the_contrast_measure_is_the_wcag_one() -> None:
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)


def test_a_palette_with_little_contrast_still_gets_a_readable_figure(qapp) -> None:
    palette = QPalette(qapp.palette())
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#666666"))
    colours = PoseColours(palette)
    assert contrast(colours.body, colours.background) >= 9
