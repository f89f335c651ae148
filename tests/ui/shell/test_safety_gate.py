"""The safety advice before the first session: one rule, held by every way to start a session.

Closing the advice without ticking "I have read this advice" acknowledges nothing and starts
nothing; every start (Start, Space, a reminder, the tray menu, the history's button) opens it
until it is acknowledged, and then the session that was asked for starts.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from backcoach.core.storage.store import Store
from backcoach.ui.shell.safety_dialog import SafetyDialog
from tests.ui.player.player_driver import answer_pain_before, choose_routine, press


@pytest.fixture
def first_start(app_state):
    """A first start: the advice has not been acknowledged."""
    app_state.update_settings(safety_acknowledged=False)
    return app_state


def notice(window) -> SafetyDialog:
    dialog = window.safety_gate.dialog
    assert dialog is not None and dialog.isVisible(), "the safety advice is not open"
    return dialog


def acknowledge(window) -> None:
    dialog = notice(window)
    assert dialog.understood is not None
    dialog.understood.setChecked(True)
    dialog.accept()


def test_escape_closes_the_advice_without_acknowledging_it(first_start, window, qtbot, store):
    window.after_show()
    dialog = notice(window)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert window.safety_gate.dialog is None
    assert first_start.settings.safety_acknowledged is False
    assert Store.open(store.folder).load_settings().safety_acknowledged is False


def test_start_opens_the_advice_and_starts_once_it_is_acknowledged(first_start, window, qtbot):
    player = window.player
    choose_routine(player, "quick_break")
    first_start.update_settings(ask_pain=True)
    player.start_page.pain.button(4).click()
    qtbot.mouseClick(player.start_page.start_button, Qt.MouseButton.LeftButton)
    assert player.engine is None, "no session before the advice"
    acknowledge(window)
    assert first_start.settings.safety_acknowledged is True
    assert player.engine is not None and player.engine.is_running
    assert player.engine.timeline.routine.id == "quick_break"
    assert player.log.pain_before == 4  # the page's rating went with the session


def test_declining_the_advice_leaves_the_user_where_they_were(first_start, window, qtbot):
    player = window.player
    press(qtbot, window, Qt.Key.Key_Space)
    dialog = notice(window)
    dialog.reject()  # "Not now", Esc or the close button
    assert player.engine is None and player.page is player.start_page
    press(qtbot, window, Qt.Key.Key_Space)  # the next start asks again
    notice(window).reject()
    assert first_start.settings.safety_acknowledged is False


def test_a_reminder_leads_to_the_advice_then_the_pain_question_then_the_session(
    first_start, window
):
    window.start_routine("desk_stretch")  # what a reminder's Start now and the tray menu call
    assert window.player.engine is None
    acknowledge(window)
    answer_pain_before(window.player, 5)
    assert window.player.engine is not None and window.player.engine.is_running
    assert window.player.engine.timeline.routine.id == "desk_stretch"
    assert window.player.log.pain_before == 5


def test_the_historys_start_button_goes_through_the_advice_too(first_start, window, qtbot):
    first_start.update_settings(ask_pain=False)
    window.show_history()
    qtbot.waitUntil(lambda: window.history.built)
    qtbot.mouseClick(window.history.start_button, Qt.MouseButton.LeftButton)
    assert window.current_view() is window.player and window.player.engine is None
    acknowledge(window)
    assert window.player.engine is not None and window.player.engine.is_running


def test_once_acknowledged_no_start_asks_again(window, qtbot):
    press(qtbot, window, Qt.Key.Key_Space)
    assert window.safety_gate.dialog is None
    assert window.player.engine is not None and window.player.engine.is_running


def test_the_advice_at_first_start_is_one_notice_not_two(first_start, window, qtbot):
    window.after_show()
    press(qtbot, notice(window), Qt.Key.Key_Space)  # a start while it is open: the same one
    assert len(window.findChildren(SafetyDialog)) == 1
