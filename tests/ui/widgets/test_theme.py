"""The app's dark palette: dark, and every text readable on the background it is drawn on."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from backcoach.ui.widgets.theme import contrast_ratio, dark_palette, relative_luminance

Role = QPalette.ColorRole
Group = QPalette.ColorGroup


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
    assert contrast_ratio(palette.color(text), palette.color(background)) >= 4.5


def test_it_is_dark_and_disabled_text_is_dimmer_but_legible(qapp) -> None:
    palette = dark_palette()
    window, text = palette.color(Role.Window), palette.color(Role.WindowText)
    assert relative_luminance(window) < 0.05 < 0.7 < relative_luminance(text)
    disabled = palette.color(Group.Disabled, Role.WindowText)
    assert 3.0 <= contrast_ratio(disabled, window) < contrast_ratio(text, window)


def test_contrast_ratio_matches_wcag_reference_values(qapp) -> None:
    white, black = QColor("#ffffff"), QColor("#000000")
    assert contrast_ratio(black, white) == pytest.approx(21.0)
    assert contrast_ratio(white, white) == pytest.approx(1.0)
    # WCAG's own example: #777777 on white is just under the 4.5:1 for text.
    assert contrast_ratio(QColor("#777777"), white) == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio(white, QColor("#767676")) == pytest.approx(4.54, abs=0.01)
