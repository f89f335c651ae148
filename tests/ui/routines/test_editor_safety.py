"""The routine editor loses nothing: a reset asks first and can be undone (Ctrl+Z), a wrong
number being typed is kept with its message rather than dropped, and an import or an export says
what it did. The keyboard goes through the form in the order it reads."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from backcoach.core.storage.store import Store
from tests.ui.message_boxes import answer_next_message_box
from tests.ui.routines.test_routines_view import type_number


@pytest.fixture
def view(window):
    window.show_routines()
    return window.routines


def numbers(app_state, routine_id="full_floor"):
    routine = app_state.library.routine(routine_id)
    return [(item.hold_seconds, item.reps) for item in routine.items]


def test_a_reset_routine_is_undone_by_ctrl_z(qtbot, window, view, app_state):
    view.select_routine("full_floor")
    type_number(qtbot, view, "hold_seconds", "30")
    view.select_item(1)
    type_number(qtbot, view, "reps", "9")
    edited = numbers(app_state)
    answer = answer_next_message_box("Reset routine")
    view.reset_routine()
    assert answer.answered and not app_state.library.is_edited_builtin("full_floor")
    assert view.undo_button.isEnabled() and "reset" in view.undo_button.toolTip()
    window.activateWindow()  # back from the question: keys go to the window again
    qtbot.waitUntil(window.isActiveWindow)
    view.exercise_list.setFocus()
    qtbot.keyClick(view.exercise_list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert numbers(app_state) == edited
    assert Store.open(app_state.store.folder).load_user_data()["routines"] != []  # saved
    qtbot.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)  # and the edits before it
    qtbot.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)
    assert not app_state.library.is_edited_builtin("full_floor")
    assert not view.undo_button.isEnabled()


def test_undo_never_loses_a_change_made_elsewhere(qtbot, view, app_state, tmp_path):
    view.select_routine("full_floor")
    type_number(qtbot, view, "hold_seconds", "30")
    view.duplicate_routine()  # a change that is not one of the undo's steps
    assert not view.undo_button.isEnabled()
    view.undo()
    assert view.problem.message() == "Nothing to undo."
    assert app_state.library.is_edited_builtin("full_floor") and len(app_state.routines) == 4


def test_a_wrong_number_is_kept_when_another_exercise_is_chosen(qtbot, view, app_state):
    view.select_routine("full_floor")
    hold = view.item_editor.fields["hold_seconds"]
    in_use = hold.edit.text()
    type_number(qtbot, view, "hold_seconds", "900")  # over the limit: not used
    assert hold.message.message()
    view.exercise_list.setCurrentRow(2)  # a click on another exercise
    assert view.current_index() == 0, "kept on the exercise being fixed"
    assert hold.edit.text() == "900" and "Esc" in view.problem.message()
    assert QApplication.focusWidget() is hold.edit
    view.select_routine("desk_stretch")  # nor another routine
    assert view.current_id == "full_floor" and hold.edit.text() == "900"
    qtbot.keyClick(hold.edit, Qt.Key.Key_Escape)  # put back the number in use
    assert hold.edit.text() == in_use and not hold.message.message()
    view.exercise_list.setCurrentRow(2)
    assert view.current_index() == 2


def test_a_wrong_number_survives_a_change_to_another_field(qtbot, view):
    view.select_routine("full_floor")
    type_number(qtbot, view, "hold_seconds", "abc", enter=False)
    type_number(qtbot, view, "reps", "7")  # saved, and the item is shown again
    hold = view.item_editor.fields["hold_seconds"]
    assert hold.edit.text() == "abc" and hold.message.message()


def test_import_and_export_say_what_they_did(qtbot, view, app_state, tmp_path):
    view.select_routine("desk_stretch")
    path = tmp_path / "desk.backcoach-routine.json"
    view.export_routine(path)
    written = json.loads(path.read_text())["routine"]["name"]
    assert written == app_state.library.routine("desk_stretch").name
    assert view.problem.message() == f"Exported “{view.routine.name}” to {path}."
    assert not view.problem.icon.isVisibleTo(view.problem)  # news, not a warning
    new_name = app_state.library.create_routine("Quick test", "bridge")
    library, routine_id = new_name
    app_state.update_library(library)
    view.select_routine(routine_id)
    mine = tmp_path / "quick.backcoach-routine.json"
    view.export_routine(mine)
    count = len(app_state.routines)
    view.import_routine(mine)  # the same routine, just exported: found, not copied
    assert len(app_state.routines) == count and view.current_id == routine_id
    assert "already here" in view.problem.message()


def test_tab_goes_down_the_form_the_sides_after_the_repetitions(qtbot, view):
    view.select_routine("full_floor")
    editor = view.item_editor
    editor.fields["hold_seconds"].edit.setFocus()
    order = []
    for _ in range(6):
        order.append(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    fields = editor.fields
    assert order == [
        fields["hold_seconds"].edit,
        fields["reps"].edit,
        editor.sides,
        fields["rest_seconds"].edit,
        fields["sets"].edit,
        fields["get_ready_seconds"].edit,
    ]


def test_the_editor_and_the_new_exercise_dialog_name_the_sides_alike(view):
    dialog = view.new_exercise()
    try:
        editor_words = [view.item_editor.sides.itemText(i) for i in range(2)]
        dialog_words = [dialog.per_side.itemText(i) for i in range(2)]
        assert editor_words == dialog_words == ["Once", "On each side (left, then right)"]
    finally:
        dialog.reject()


def test_turned_off_is_a_sentence_of_its_own(qtbot, view):
    view.select_routine("full_floor")
    view.exercise_list.item(0).setCheckState(Qt.CheckState.Unchecked)
    summary = view.item_editor.summary.text()
    assert summary.endswith(". Turned off: the player leaves it out.")
    assert ".." not in summary
