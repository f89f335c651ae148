"""Every control of every view and dialog is named for a screen reader and explained by a
tooltip, no Alt letter is taken twice in a window, and Help › Keyboard shortcuts lists the
shortcuts the app makes, from the one table."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QApplication, QMenu

from backcoach.ui.widgets.shortcuts import SHORTCUTS
from tests.ui.keyboard_checks import letter, twice_taken, unnamed_controls
from tests.ui.player.player_driver import choose_routine, press, run
from tests.ui.test_clipping import dialogs


def settle() -> None:
    QApplication.processEvents()


def player_pages(window, clock, qtbot):
    """The player's pages, each in front in turn (yields a name for each)."""
    player = window.player
    choose_routine(player, "quick_break")
    yield "start page"
    press(qtbot, window, Qt.Key.Key_Space)
    run(player, clock, 1.0)
    yield "session page"
    player.hurts()
    yield "this hurts"
    player.hurt_page.end_button.click()
    yield "summary"


def test_every_control_of_the_player_is_named_and_explained(window, clock, qtbot):
    for page in player_pages(window, clock, qtbot):
        settle()
        assert (page, unnamed_controls(window)) == (page, [])


def test_every_control_of_the_editor_and_the_history_is_named_and_explained(window, qtbot):
    window.show_routines()
    settle()
    assert unnamed_controls(window) == []
    window.show_history()
    qtbot.waitUntil(lambda: window.history.built)
    assert unnamed_controls(window) == []


def test_every_control_of_every_dialog_is_named_and_explained(window, app_state, clock, qtbot):
    found = {}
    for name, dialog, then in dialogs(window, app_state):
        dialog.show()
        then()
        settle()
        found[name] = unnamed_controls(dialog)
        dialog.close()
        dialog.deleteLater()
    restore = window.data_actions.show_restore()
    found["restore from backup"] = unnamed_controls(restore)
    restore.close()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    choose_routine(window.player, "quick_break")
    press(qtbot, window, Qt.Key.Key_Space)
    run(window.player, clock, 20.0)
    press(qtbot, window, Qt.Key.Key_Escape)
    found["stop question"] = unnamed_controls(window.player.stop_question)
    window.player.stop_question.go_on_button.click()
    assert found == {name: [] for name in found}


def test_no_alt_letter_is_taken_twice_in_any_view(window, clock, qtbot):
    for page in player_pages(window, clock, qtbot):
        settle()
        assert (page, twice_taken(window)) == (page, {})
    window.player.summary_page.done_button.click()
    window.show_routines()
    settle()
    assert twice_taken(window) == {}
    window.show_history()
    qtbot.waitUntil(lambda: window.history.built)
    assert twice_taken(window) == {}


def test_no_alt_letter_is_taken_twice_in_any_dialog(window, app_state, clock, qtbot):
    found = {}
    for name, dialog, then in dialogs(window, app_state):
        dialog.show()
        then()
        settle()
        found[name] = twice_taken(dialog)
        dialog.close()
        dialog.deleteLater()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    choose_routine(window.player, "quick_break")
    press(qtbot, window, Qt.Key.Key_Space)
    run(window.player, clock, 20.0)
    press(qtbot, window, Qt.Key.Key_Escape)
    found["stop question"] = twice_taken(window.player.stop_question)
    window.player.stop_question.go_on_button.click()
    assert found == {name: {} for name in found}


def test_the_shortcuts_list_is_the_table_the_app_makes_its_shortcuts_from(window, qtbot):
    from backcoach.ui.shell.shortcuts_dialog import ShortcutsDialog

    dialog = ShortcutsDialog(window)
    listed = []
    for group in range(dialog.tree.topLevelItemCount()):
        item = dialog.tree.topLevelItem(group)
        listed += [(item.child(i).text(0), item.child(i).text(1)) for i in range(item.childCount())]
    assert listed == [(s.text(), s.what) for s in SHORTCUTS.values() if s.text()]
    window.show_routines()
    settle()
    made = {s.key().toString() for s in window.findChildren(QShortcut)}
    made |= {
        a.shortcut().toString() for a in window.findChildren(type(window.menuBar().actions()[0]))
    }
    wanted = {s.sequence().toString() for s in SHORTCUTS.values() if s.text()}
    history_only = {SHORTCUTS[k].sequence().toString() for k in ("redo_session",)}
    assert wanted - history_only <= made


@pytest.mark.parametrize("key", [Qt.Key.Key_F1])
def test_f1_opens_the_list(window, qtbot, key):
    from tests.ui.message_boxes import answer_next_message_box  # noqa: F401

    opened = []

    def close_it() -> None:
        dialog = QApplication.activeModalWidget()
        opened.append(dialog.windowTitle() if dialog else None)
        if dialog:
            dialog.reject()

    from PySide6.QtCore import QTimer

    QTimer.singleShot(50, close_it)
    press(qtbot, window, key)
    assert opened == ["Keyboard shortcuts"]


def tab_chain(start, count: int) -> list:
    chain, widget = [], start
    for _ in range(count):
        chain.append(widget)
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or not widget.isVisible():
            widget = widget.nextInFocusChain()
    return chain


def test_tab_follows_the_start_page_as_it_reads(window):
    page = window.player.start_page
    chain = tab_chain(page.routine_box, 5)
    assert chain[:4] == [
        page.routine_box,
        window.edit_routine_button,
        window.player.start_settings,
        page.exercises,
    ]
    assert chain[4] is page.pain.button(0)


def test_tab_follows_the_session_pages_controls_left_to_right(window, clock, qtbot):
    choose_routine(window.player, "quick_break")
    press(qtbot, window, Qt.Key.Key_Space)
    page = window.player.session_page
    controls = [
        page.previous_button,
        page.pause_button,
        page.skip_button,
        page.stop_button,
        window.player.session_settings,
        page.hurt_button,
        page.focus_button,
    ]
    assert tab_chain(page.previous_button, len(controls)) == controls
    window.player.stop()


def test_no_letter_is_taken_twice_in_any_menu(window, qtbot):
    """In an open menu a letter picks its entry at once; taken twice, it only moves between them."""
    window.show_history()
    qtbot.waitUntil(lambda: window.history.built)
    twice = {}
    for menu in window.findChildren(QMenu):
        taken = Counter(
            found
            for action in menu.actions()
            if action.isVisible() and (found := letter(action.text()))
        )
        if repeated := {key: count for key, count in taken.items() if count > 1}:
            twice[menu.title() or menu.objectName()] = repeated
    assert twice == {}
