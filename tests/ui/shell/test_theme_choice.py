"""View › Theme: System, Light or Dark, applied at once to the whole app and remembered."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QWidget

from backcoach.core.storage.store import Store
from backcoach.ui.shell import theme_choice
from backcoach.ui.widgets.control_outlines import OutlinedStyle, outline_colour, style_name
from backcoach.ui.widgets.theme import GRAPHIC_CONTRAST, contrast_ratio, relative_luminance
from tests.ui.themes import restore_theme, use_theme  # noqa: F401 (a fixture)

pytestmark = pytest.mark.usefixtures("restore_theme")
Role = QPalette.ColorRole


def window_luminance(widget) -> float:
    return relative_luminance(widget.palette().color(Role.Window))


def test_the_menu_offers_the_three_themes_with_the_saved_one_ticked(window):
    texts = [a.text() for a in window.theme_menu.actions()]
    assert texts == ["&System", "&Light", "&Dark"]
    assert window.theme.actions["system"].isChecked()


def test_dark_applies_at_once_to_every_widget_and_is_remembered(window, store):
    use_theme(window, "dark")
    assert window_luminance(QApplication.instance()) < 0.05
    assert window_luminance(window.player.session_page.phase_label) < 0.05
    assert window.theme.actions["dark"].isChecked()
    assert Store.open(store.folder).load_settings().theme == "dark"
    use_theme(window, "light")
    assert window_luminance(window.player.start_page) > 0.7
    assert Store.open(store.folder).load_settings().theme == "light"


def test_the_next_start_opens_in_the_saved_theme(qtbot, app_state, cue_outputs):
    from backcoach.ui.shell.main_window import MainWindow
    from tests.ui.conftest import recording_cues

    app_state.update_settings(theme="dark")
    window = MainWindow(app_state, recording_cues(app_state, cue_outputs))
    qtbot.addWidget(window)
    assert window_luminance(QApplication.instance()) < 0.05
    assert window.theme.actions["dark"].isChecked()


def test_dark_on_a_style_that_ignores_palettes_switches_to_fusion(window, qapp, monkeypatch):
    # Windows' and macOS's native styles draw with the system's colours; here the Windows
    # style stands in for them.
    monkeypatch.setattr(theme_choice, "PALETTE_BLIND_STYLES", frozenset({"windows"}))
    qapp.setStyle("Windows")
    window.theme.system_style = "windows"
    use_theme(window, "dark")
    assert style_name(qapp.style()) == "fusion"
    use_theme(window, "system")  # the desktop's own style comes back
    assert style_name(qapp.style()) == "windows"


def test_a_theme_name_the_app_does_not_know_is_refused(app_state):
    from backcoach.core.settings import SettingsError

    with pytest.raises(SettingsError):
        app_state.data.settings.changed(theme="purple")


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_check_boxes_and_fields_show_their_edges(window, theme):
    use_theme(window, theme)
    assert isinstance(QApplication.instance().style(), OutlinedStyle)
    palette = QApplication.instance().palette()
    edge = outline_colour(palette)
    for ground in (Role.Window, Role.Base):
        assert contrast_ratio(edge, palette.color(ground)) >= GRAPHIC_CONTRAST


def test_a_switch_at_run_time_reaches_every_widget_of_the_player_and_the_editor(window):
    window.player.start_page.pain.button(3).click()  # the chosen rating's own colours too
    window.show_routines()
    use_theme(window, "dark")
    stale = []
    for view in (window.player, window.routines):
        for widget in view.findChildren(QWidget):
            if relative_luminance(widget.palette().color(Role.Window)) > 0.05:
                stale.append(f"{type(widget).__name__} {widget.accessibleName()!r}")
    assert stale == []
    chosen = window.player.start_page.pain.button(3).grab().toImage()
    middle = chosen.pixelColor(chosen.width() // 2, 3)
    assert contrast_ratio(middle, QApplication.instance().palette().color(Role.Highlight)) < 1.1


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_a_button_with_the_keyboards_focus_has_a_ring_in_the_accent(window, qtbot, theme):
    from PySide6.QtCore import Qt

    use_theme(window, theme)
    button = window.player.start_page.start_button
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(button.hasFocus)
    window.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)  # focus came by Tab
    picture = button.grab().toImage()
    edge = picture.pixelColor(1, picture.height() // 2)
    accent = QApplication.instance().palette().color(Role.Accent)
    assert contrast_ratio(edge, accent) < 1.3
    window_colour = QApplication.instance().palette().color(Role.Window)
    assert contrast_ratio(accent, window_colour) >= GRAPHIC_CONTRAST
