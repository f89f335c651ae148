"""The player is readable in the light and the dark theme: every text at least 4.5:1 against
what it is drawn on, and the countdown ring's arc at least 3:1 against the window and its track,
on every page a session goes through (WCAG 2, level AA)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette

from backcoach.ui.widgets.theme import GRAPHIC_CONTRAST, contrast_ratio
from tests.ui.contrast_checks import text_contrast_problems
from tests.ui.player.player_driver import choose_routine, press, run
from tests.ui.themes import THEMES, restore_theme, use_theme  # noqa: F401 (a fixture)

pytestmark = pytest.mark.usefixtures("restore_theme")


@pytest.mark.parametrize("theme", THEMES)
def test_every_page_of_a_session_is_readable(theme, window, app_state, clock, qtbot):
    use_theme(window, theme)
    player = window.player
    window.resize(1000, 700)
    choose_routine(player, "quick_break")
    player.start_page.pain.button(3).click()  # a chosen rating is drawn in the selection
    assert text_contrast_problems(player.start_page) == []
    press(qtbot, window, Qt.Key.Key_Space)
    run(player, clock, 1.0)  # getting ready: the safety note in its panel
    page = player.session_page
    assert page.safety_label.isVisibleTo(page)
    assert text_contrast_problems(page) == []
    while player.engine.step.phase.name != "HOLD":
        run(player, clock, 0.5)
    assert text_contrast_problems(page) == []  # holding: the phase word in the accent
    while player.engine.step.phase.name != "REST":
        run(player, clock, 0.5)
    assert page.up_next.isVisibleTo(page)  # resting: the "up next" card
    assert text_contrast_problems(page) == []
    press(qtbot, window, Qt.Key.Key_Space)  # paused: the quieter ring and digits
    assert text_contrast_problems(page) == []
    press(qtbot, window, Qt.Key.Key_Space)
    player.hurts()
    assert text_contrast_problems(player.hurt_page) == []
    player.hurt_page.end_button.click()
    assert text_contrast_problems(player.summary_page) == []


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("paused", [False, True])
def test_the_rings_arc_stands_out_from_the_window_and_its_track(theme, paused, window):
    use_theme(window, theme)
    ring = window.player.session_page.ring
    ring.set_dimmed(paused)
    track, arc = ring.colours()
    window_colour = ring.palette().color(QPalette.ColorRole.Window)
    assert contrast_ratio(arc, window_colour) >= GRAPHIC_CONTRAST
    assert contrast_ratio(arc, track) >= GRAPHIC_CONTRAST


@pytest.mark.parametrize("theme", THEMES)
def test_the_phase_word_is_the_accent_and_readable(theme, window):
    use_theme(window, theme)
    label = window.player.session_page.phase_label
    palette = label.palette()
    assert label.foregroundRole() == QPalette.ColorRole.Accent
    ratio = contrast_ratio(
        palette.color(QPalette.ColorRole.Accent), palette.color(QPalette.ColorRole.Window)
    )
    assert ratio >= 4.5
