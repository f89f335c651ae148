"""Every text of the history at least 4.5:1 and every mark at least 3:1 against what it is drawn
on, in the light palette (Fusion's) and the app's dark one. The ratios are computed here, from
WCAG 2's formula, independently of the colour code under test; and the widgets are checked to
draw with those colours, the selected toggle from its pixels."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QStyleFactory

from backcoach.ui.history.history_colours import history_colours
from backcoach.ui.history.history_view import HistoryView
from backcoach.ui.widgets.theme import dark_palette
from tests.factories import make_record

Role = QPalette.ColorRole


def luminance(colour: QColor) -> float:
    def linear(value: int) -> float:
        channel = value / 255
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.red())
        + 0.7152 * linear(colour.green())
        + 0.0722 * linear(colour.blue())
    )


def ratio(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def light() -> QPalette:
    return QStyleFactory.create("Fusion").standardPalette()


PALETTES = {"light": light, "dark": dark_palette}


@pytest.fixture(params=sorted(PALETTES))
def palette(request, qapp) -> QPalette:
    return PALETTES[request.param]()


def test_chart_text_and_marks_read_on_the_plots_and_in_the_legend(palette):
    c = history_colours(palette)
    base, window = palette.color(Role.Base), palette.color(Role.Window)
    assert c.plot_background == base
    assert ratio(c.plot_text, base) >= 4.5 and ratio(c.plot_text, window) >= 4.5
    for mark in (c.bars, c.rest, c.pain_before, c.pain_after):
        assert ratio(mark, base) >= 3.0, mark.name()
        assert ratio(mark, window) >= 3.0, mark.name()


def test_calendar_shades_read_and_darken_with_minutes(palette):
    c = history_colours(palette)
    page = palette.color(Role.Window)
    assert c.page == page
    shades = [ratio(shade, page) for shade in c.heat[1:]]
    assert all(r >= 3.0 for r in shades), shades
    assert shades == sorted(shades) and shades[-1] - shades[0] > 4  # four levels, told apart
    assert ratio(c.page_text, page) >= 4.5  # month names, weekday letters, legend
    assert ratio(c.focus, page) >= 3.0
    for fill in c.heat:  # a rest day's stroke, on any shade
        assert ratio(c.stroke_on(fill), fill) >= 3.0


def test_a_selected_toggle_shows_and_its_words_read(palette):
    c = history_colours(palette)
    assert ratio(c.selected_text, c.selected) >= 4.5
    assert ratio(c.selected, palette.color(Role.Button)) >= 3.0  # it stands out of the others


@pytest.fixture
def view(qtbot, app_state, clock, palette):
    for back in range(20):
        app_state.log_session(make_record(started=clock.now() - timedelta(days=back, hours=1)))
    app_state.update_settings(rest_days=["2026-01-01"])
    view = HistoryView(app_state)
    view.setPalette(palette)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    qtbot.waitExposed(view)
    yield view


def face(button) -> QColor:
    """The colour of a button's face, beside its words."""
    image = button.grab().toImage()
    return image.pixelColor(max(4, button.width() // 10), button.height() // 2)


def test_the_widgets_draw_with_those_colours(view, palette):
    c = history_colours(palette)
    charts = view.charts
    assert charts.bars.opts["brush"].color() == c.bars
    assert charts.lines["pain_before"].opts["pen"].color() == c.pain_before
    assert charts.lines["pain_after"].opts["pen"].color() == c.pain_after
    assert charts.minutes_plot.getAxis("left").textPen().color() == c.plot_text
    assert view.calendar.colours == c
    # The checked toggle, as drawn: its face against its words, and against an unchecked one.
    checked, unchecked = charts.day_button, charts.week_button
    assert checked.isChecked() and not unchecked.isChecked()
    words = checked.palette().color(Role.ButtonText)
    assert ratio(words, face(checked)) >= 4.5
    assert ratio(face(checked), face(unchecked)) >= 3.0
    assert ratio(unchecked.palette().color(Role.ButtonText), face(unchecked)) >= 4.5


def test_a_palette_change_recolours_everything(view, palette):
    other = dark_palette() if luminance(palette.color(Role.Window)) > 0.5 else light()
    view.setPalette(other)
    c = history_colours(other)
    assert view.charts.bars.opts["brush"].color() == c.bars
    assert view.calendar.colours == c
    assert view.charts.day_button.palette().color(Role.Button) == c.selected


def test_card_and_page_words_are_in_text_colours_not_placeholder_grey(view):
    cards = view.cards
    for card in (cards.current, cards.best, cards.weekly, cards.week):
        for label in (card.title, card.value, card.detail):
            assert label.foregroundRole() in (Role.WindowText, Role.Text)
            background = card.palette().color(card.backgroundRole())
            assert ratio(label.palette().color(label.foregroundRole()), background) >= 4.5
