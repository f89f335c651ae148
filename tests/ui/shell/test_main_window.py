"""The main window: two views, menus, first-start safety advice, and a session really logged."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

import backcoach
from backcoach.core.storage.store import Store
from backcoach.ui.app_state import AppState
from backcoach.ui.shell.main_window import MainWindow
from backcoach.ui.shell.safety_dialog import SafetyDialog
from tests.ui.conftest import recording_cues
from tests.ui.message_boxes import answer_next_message_box
from tests.ui.player.player_driver import choose_routine


def make_window(state: AppState) -> MainWindow:
    return MainWindow(state, recording_cues(state))


def test_the_window_has_the_player_the_history_and_the_routines(window):
    assert window.views.count() == 3
    assert window.views.tabText(0) == "Exercise"
    assert window.views.tabText(1) == "History"
    assert window.views.tabText(2) == "Routines"
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[0] == "&File" and titles[-1] == "&Help"


def test_the_routines_are_offered(window, app_state):
    box = window.player.start_page.routine_box
    assert [box.itemText(i) for i in range(box.count())] == [r.name for r in app_state.routines]


def test_choosing_a_routine_is_remembered(window, store):
    window.player.start_page.routine_box.setCurrentIndex(1)
    chosen = window.player.start_page.routine_box.itemData(1)
    assert Store.open(store.folder).load_settings().routine == chosen


def test_first_start_shows_the_safety_advice_once(qtbot, store, clock):
    state = AppState(store, clock)
    window = make_window(state)
    qtbot.addWidget(window)
    window.show()
    window.after_show()
    dialog = window.findChild(SafetyDialog)
    assert dialog is not None and dialog.isVisible()
    text = " ".join(label.text() for label in dialog.findChildren(type(window.notices.label)))
    for advice in ("comfortable clothes", "flat", "forcing", "physician", "Stop if it hurts"):
        assert advice in text
    assert dialog.understood is not None
    dialog.understood.setChecked(True)
    dialog.accept()
    assert Store.open(store.folder).load_settings().safety_acknowledged is True

    second = make_window(AppState(Store.open(store.folder), clock))
    qtbot.addWidget(second)
    second.after_show()
    assert second.findChild(SafetyDialog) is None


def test_starting_a_routine_runs_the_engine_and_logs_the_session(window, app_state, clock, qtbot):
    player = window.player
    choose_routine(player, "desk_stretch")
    qtbot.mouseClick(player.start_page.start_button, Qt.MouseButton.LeftButton)
    assert player.engine is not None and player.engine.is_running
    for _ in range(2000):
        clock.advance(0.5)
        player.tick()
        if player.engine.is_over:
            break
    assert player.engine.is_over
    (record,) = Store.open(app_state.store.folder).load_sessions()
    assert record.completed and record.routine_id == "desk_stretch"
    assert record.exercises[0].holds_done == record.exercises[0].holds_planned == 4


def test_problems_from_the_store_show_in_the_notice_bar(qtbot, data_dir, clock):
    data_dir.mkdir(parents=True)
    (data_dir / "settings.json").write_text("garbage")
    state = AppState(Store.open(data_dir), clock)
    window = make_window(state)
    qtbot.addWidget(window)
    window.show()
    window.after_show()
    assert window.notices.isVisible()
    assert "settings.json" in window.notices.label.text()
    for dialog in window.findChildren(SafetyDialog):
        dialog.reject()


def test_about_names_version_licence_and_safety(window):
    shown = answer_next_message_box("OK")
    window.show_about()
    assert shown.answered and shown.title == "About BackCoach"
    assert f"BackCoach {backcoach.__version__}" in shown.text
    assert "MIT" in shown.text and "physician" in shown.text


def test_every_button_has_an_accessible_name_and_a_tooltip(window):
    from PySide6.QtWidgets import QAbstractButton

    for button in window.findChildren(QAbstractButton):
        if button.isVisibleTo(window) and button.parent() is not window.views.tabBar():
            assert button.accessibleName(), button.text()
            assert button.toolTip(), button.text()
    QApplication.processEvents()


def test_the_window_fits_the_screen_and_comes_back_where_it_was(qtbot, store, clock):
    state = AppState(store, clock)
    window = make_window(state)
    qtbot.addWidget(window)
    screen = window.screen().availableGeometry()
    assert window.width() <= screen.width() and window.height() <= screen.height()
    window.show()
    window.resize(700, 500)
    window.close()
    again = make_window(AppState(Store.open(store.folder), clock))
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (700, 500)


def test_edit_beside_the_routine_box_opens_that_routine_in_the_editor(window, app_state):
    player = window.player
    choose_routine(player, "quick_break")
    window.edit_routine_button.click()
    assert window.current_view() is window.routines
    assert window.routines.routine.id == "quick_break"


def test_history_and_routines_are_built_when_first_opened(qtbot, store, clock):
    window = make_window(AppState(store, clock))
    qtbot.addWidget(window)
    window.show()
    assert not window.history_tab.is_built and not window.routines_tab.is_built
    window.views.setCurrentIndex(2)
    assert window.routines_tab.is_built and window.current_view() is window.routines
    assert not window.history_tab.is_built


def test_the_menus_come_from_one_builder_in_order(window):
    shown = [a.text() for a in window.menuBar().actions() if a.isVisible()]
    assert shown == ["&File", "&View", "Histor&y", "&Help"], "Reminders comes with the tray"
    assert [a.text() for a in window.file_menu.actions() if not a.isSeparator()] == [
        "&Export all data…",
        "&Import data…",
        "&Restore from backup…",
        "Export history as &CSV…",
        "&Print handout…",
        "I&mport routine…",
        "E&xport routine…",
        "&Quit",
    ]
