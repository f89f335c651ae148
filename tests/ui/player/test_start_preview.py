"""The start page lets the user read each exercise before pressing Start: its picture, how to
do it and its safety note, chosen in the routine's list by keyboard or mouse."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.player.player_driver import choose_routine, not_clipped, press, shown_text


def test_the_start_page_previews_each_exercise_by_keyboard_and_mouse(window, app_state, qtbot):
    page = window.player.start_page
    choose_routine(window.player, "full_floor")
    exercises = page.exercises
    assert exercises.accessibleName() and exercises.toolTip()
    assert exercises.count() == 6 and exercises.currentRow() == 0
    assert exercises.item(0).text() == "1. Bridge\n     8 × 8 s hold"
    preview = page.preview
    assert (preview.name.text(), preview.pose.pose_id) == ("Bridge", "bridge")

    exercises.setFocus()
    for row, exercise in enumerate(app_state.catalogue):
        if row:
            qtbot.keyClick(exercises, Qt.Key.Key_Down)
        assert exercises.currentRow() == row
        assert preview.name.text() == exercise.name
        assert preview.instructions.text() == exercise.instructions
        assert shown_text(preview.safety) == f"Safety: {exercise.safety}"
        assert preview.pose.pose_id == exercise.hold_position.pose

    knees = exercises.visualItemRect(exercises.item(2)).center()
    qtbot.mouseClick(exercises.viewport(), Qt.MouseButton.LeftButton, pos=knees)
    assert preview.name.text() == "Knees to chest"
    assert "osteoporosis" in preview.safety.text()
    for label in (preview.name, preview.purpose, preview.instructions, preview.safety):
        assert label.accessibleName()
    assert preview.pose.accessibleName() and preview.pose.toolTip()


def test_space_in_the_list_starts_the_routine(window, qtbot):
    player = window.player
    player.start_page.exercises.setFocus()
    press(qtbot, window, Qt.Key.Key_Space)
    assert player.page is player.session_page and player.engine.is_running


def test_the_chosen_exercise_stays_chosen_when_the_routine_shows_again(window, app_state):
    page = window.player.start_page
    choose_routine(window.player, "full_floor")
    page.exercises.setCurrentRow(3)
    # An edit in the routine editor: the start page shows the routine again, with the new hold.
    app_state.update_library(app_state.library.set_item("full_floor", 0, hold_seconds=9))
    assert page.exercises.item(0).text() == "1. Bridge\n     8 × 9 s hold"
    assert page.exercises.currentRow() == 3 and page.preview.name.text() == "Ball position"
    choose_routine(window.player, "desk_stretch")
    assert page.exercises.currentRow() == 0
    assert page.preview.name.text() == "Standing hip stretch"


@pytest.mark.parametrize("size", [(800, 600), (1280, 800)])
def test_the_preview_reads_whole_at_the_sizes_people_use(window, size):
    window.resize(*size)
    page = window.player.start_page
    choose_routine(window.player, "full_floor")
    for row in range(page.exercises.count()):
        page.exercises.setCurrentRow(row)
        QApplication.processEvents()
        preview = page.preview
        for label in (preview.name, preview.purpose, preview.instructions, preview.safety):
            assert not_clipped(label), (row, label.accessibleName())
        assert preview.pose.height() >= 60  # the picture keeps a size to be seen at
