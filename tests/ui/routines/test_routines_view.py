"""The routine editor, used as a person would (typing, clicking, dragging); then the player."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from backcoach.core.engine import Engine
from backcoach.core.routine import BOUNDS
from backcoach.core.routine_file import routine_file_json
from backcoach.core.storage.store import Store
from backcoach.core.timeline import build_timeline
from backcoach.core.words import duration_text
from backcoach.ui.app_state import AppState
from backcoach.ui.routines.exercise_dialog import ExerciseDialog
from backcoach.ui.routines.new_routine_dialog import NewRoutineDialog
from backcoach.ui.routines.routines_view import RoutinesView
from tests.ui.message_boxes import answer_next_message_box
from tests.ui.player.player_driver import choose_routine


@pytest.fixture
def view(window) -> RoutinesView:
    window.show_routines()
    return window.routines


def type_number(qtbot, view: RoutinesView, field: str, text: str, enter: bool = True) -> None:
    edit = view.item_editor.fields[field].edit
    edit.setFocus()
    edit.selectAll()
    if text:
        qtbot.keyClicks(edit, text)
    else:
        qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    if enter:
        qtbot.keyClick(edit, Qt.Key.Key_Return)


def stored(app_state: AppState) -> dict:
    return Store.open(app_state.store.folder).load_user_data()


def folder_snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def run_player(window, clock, routine_id: str):
    """Choose the routine in the player, press Start and let the fake clock run it to the end."""
    window.show_player()
    player = window.player
    if player.page is player.summary_page:  # the last session's summary, still open
        player.summary_page.done_button.click()
    choose_routine(player, routine_id)
    player.start_page.start_button.click()
    for _ in range(10_000):
        clock.advance(0.5)
        player.tick()
        if player.engine.is_over:
            break
    assert player.engine.is_over
    return player.engine


def test_editing_persists_and_the_next_session_runs_with_the_new_values(
    qtbot, view, app_state, clock
):
    view.select_routine("desk_stretch")
    for field, text in (
        ("hold_seconds", "12"),
        ("reps", "3"),
        ("rest_seconds", "0"),
        ("sets", "2"),
    ):
        type_number(qtbot, view, field, text)
    assert view.problem.message() == ""
    (raw,) = stored(app_state)["routines"]
    assert raw["exercises"][0] == {
        "exercise": "standing_hip_stretch",
        "hold_seconds": 12,
        "reps": 3,
        "rest_seconds": 0,
        "sets": 2,
    }

    # The next start of the app: a new state from the same folder.
    later = AppState(Store.open(app_state.store.folder), clock)
    timeline = build_timeline(later.library.routine("desk_stretch"), later.catalogue)
    engine = Engine(timeline, clock)
    engine.start()
    while not engine.is_over:
        clock.advance(1.0)
        engine.advance()
    (exercise,) = engine.record().exercises
    assert (exercise.hold_seconds, exercise.reps_planned, exercise.holds_done) == (12, 6, 12)


@pytest.mark.parametrize("field", list(BOUNDS))
@pytest.mark.parametrize("kind", ["empty", "letters", "fraction", "below", "above"])
def test_every_invalid_number_is_refused_with_its_message_and_not_clamped(
    qtbot, view, app_state, field, kind
):
    bound = BOUNDS[field]
    text = {
        "empty": "",
        "letters": "ten",
        "fraction": "2.5",
        "below": str(bound.low - 1),
        "above": str(bound.high + 1),
    }[kind]
    view.select_routine("quick_break")
    before_total = view.total.text()
    number_field = view.item_editor.fields[field]
    before_value = number_field.value()
    type_number(qtbot, view, field, text)
    expected = {
        "empty": f"{bound.label} needs a number from {bound.low} to {bound.high}{bound.unit}.",
        "letters": f"{bound.label} must be a whole number from {bound.low} to {bound.high}"
        f"{bound.unit}.",
        "fraction": f"{bound.label} must be a whole number from {bound.low} to {bound.high}"
        f"{bound.unit}.",
        "below": f"{bound.label} must be from {bound.low} to {bound.high}{bound.unit}, not {text}.",
        "above": f"{bound.label} must be from {bound.low} to {bound.high}{bound.unit}, not {text}.",
    }[kind]
    assert number_field.message.message() == expected
    assert number_field.message.isVisible()
    assert number_field.edit.accessibleDescription() == expected
    assert number_field.edit.text() == text  # what was typed stays: never clamped
    assert number_field.value() == before_value
    assert view.total.text() == before_total
    assert not (app_state.store.folder / "routines.json").exists()
    # Typing a good number clears the message and is used.
    type_number(qtbot, view, field, str(bound.high))
    assert number_field.message.message() == ""
    (first, *_) = app_state.library.routine("quick_break").resolved(app_state.catalogue)
    assert getattr(first, field) == bound.high


def test_the_total_time_follows_what_is_typed(qtbot, view, app_state):
    view.select_routine("desk_stretch")
    before = view.total.text()
    type_number(qtbot, view, "hold_seconds", "60", enter=False)
    assert view.total.text() != before and view.total.text().endswith("(as typed)")
    assert not (app_state.store.folder / "routines.json").exists()  # not saved while typing
    qtbot.keyClick(view.item_editor.fields["hold_seconds"].edit, Qt.Key.Key_Return)
    timeline = build_timeline(app_state.library.routine("desk_stretch"), app_state.catalogue)
    assert view.total.text() == f"Total {duration_text(timeline.total_seconds)}"


def item_ids(app_state: AppState, routine_id: str) -> list[str]:
    return [i.exercise_id for i in app_state.library.routine(routine_id).items]


def test_drag_and_drop_and_the_buttons_reorder_and_save(qtbot, view, app_state):
    view.select_routine("quick_break")
    first, second, third = item_ids(app_state, "quick_break")
    # What an internal drag and drop does to the list's model: move the row.
    view.exercise_list.model().moveRow(QModelIndex(), 0, QModelIndex(), 3)
    assert item_ids(app_state, "quick_break") == [second, third, first]
    assert [r["exercise"] for r in stored(app_state)["routines"][0]["exercises"]] == [
        second,
        third,
        first,
    ]
    view.exercise_list.setCurrentRow(2)
    qtbot.mouseClick(view.up_button, Qt.MouseButton.LeftButton)
    assert item_ids(app_state, "quick_break") == [second, first, third]
    assert view.exercise_list.currentRow() == 1  # the moved exercise stays chosen
    view.exercise_list.setFocus()
    qtbot.keyClick(view.exercise_list, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert item_ids(app_state, "quick_break") == [second, third, first]
    assert not view.down_button.isEnabled()


def test_an_exercise_can_be_turned_off_but_not_the_last_one(qtbot, view, app_state):
    view.select_routine("quick_break")
    view.exercise_list.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert not app_state.library.routine("quick_break").items[0].enabled
    assert stored(app_state)["routines"][0]["exercises"][0]["enabled"] is False
    assert view.exercise_list.item(0).text().endswith("(off)")

    view.select_routine("desk_stretch")
    view.exercise_list.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert "at least one exercise turned on" in view.problem.message()
    assert view.exercise_list.item(0).checkState() == Qt.CheckState.Checked
    assert app_state.library.routine("desk_stretch").items[0].enabled


def test_adding_and_removing_exercises(qtbot, view, app_state):
    view.select_routine("desk_stretch")
    view.catalogue_box.setCurrentIndex(view.catalogue_box.findData("ball_position"))
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert item_ids(app_state, "desk_stretch") == ["standing_hip_stretch", "ball_position"]
    assert view.exercise_list.currentRow() == 1
    assert view.item_editor.title.text() == "Ball position"
    qtbot.mouseClick(view.remove_button, Qt.MouseButton.LeftButton)
    assert item_ids(app_state, "desk_stretch") == ["standing_hip_stretch"]
    assert not view.remove_button.isEnabled()  # the last exercise stays


def test_new_rename_duplicate_delete_and_restore(qtbot, view, window, app_state, monkeypatch):
    def fill_and_create(dialog, name):
        dialog.name.setText(name)
        dialog.first.setCurrentIndex(dialog.first.findData("knees_to_chest"))
        dialog.try_create()
        return dialog.result()

    monkeypatch.setattr(NewRoutineDialog, "exec", lambda self: fill_and_create(self, ""))
    view.new_routine()
    assert len(app_state.routines) == 3  # an empty name made nothing
    monkeypatch.setattr(NewRoutineDialog, "exec", lambda self: fill_and_create(self, "Morning"))
    view.new_routine()
    routine = app_state.routines[-1]
    assert (routine.name, item_ids(app_state, routine.id)) == ("Morning", ["knees_to_chest"])
    assert view.current_id == routine.id and view.title.text() == "Morning"
    # The player offers it at once.
    assert window.player.start_page.routine_box.findData(routine.id) >= 0

    view.rename_routine("")
    assert view.problem.message() == "The name cannot be empty."
    view.rename_routine("Full floor routine")
    assert view.problem.message() == "You already have a routine called “Full floor routine”."
    view.rename_routine("Evening")
    assert app_state.library.routine(routine.id).name == "Evening"
    assert view.problem.message() == ""

    view.duplicate_routine()
    assert view.title.text() == "Evening (copy)"
    asked = answer_next_message_box("Cancel")
    view.delete_routine()
    assert asked.answered and asked.title == "Delete the routine?"
    assert asked.text == (
        "Delete “Evening (copy)”? This cannot be undone; export it first to keep a copy."
    )
    assert asked.buttons == ["Delete", "Cancel"]
    assert "Evening (copy)" in [r.name for r in app_state.routines]
    asked = answer_next_message_box("Delete")
    view.delete_routine()
    assert asked.answered
    assert "Evening (copy)" not in [r.name for r in app_state.routines]

    view.select_routine("quick_break")
    asked = answer_next_message_box("Delete")
    view.delete_routine()
    assert asked.text.endswith(
        "It is a built-in routine: Restore built-in routines brings it back."
    )
    assert "quick_break" not in {r.id for r in app_state.routines}
    assert window.player.start_page.routine_box.findData("quick_break") == -1
    assert stored(app_state)["hidden_builtins"] == ["quick_break"]
    asked = answer_next_message_box("Restore")
    view.restore_builtins()
    assert asked.title == "Restore the built-in routines?"
    assert asked.text == f"These come back: {app_state.library.routine('quick_break').name}."
    assert "quick_break" in {r.id for r in app_state.routines}
    assert stored(app_state)["hidden_builtins"] == []


def test_reset_an_exercise_a_routine_and_everything(qtbot, view, app_state):
    view.select_routine("full_floor")
    bridge_hold = app_state.catalogue.get("bridge").hold_seconds
    type_number(qtbot, view, "hold_seconds", "30")
    assert view.item_editor.fields["hold_seconds"].note.text() == f"default {bridge_hold}"
    assert view.reset_routine_button.isEnabled()
    qtbot.mouseClick(view.item_editor.reset_button, Qt.MouseButton.LeftButton)
    assert view.item_editor.fields["hold_seconds"].value() == bridge_hold
    assert not view.item_editor.reset_button.isEnabled()

    type_number(qtbot, view, "reps", "9")
    asked = answer_next_message_box("Cancel")
    qtbot.mouseClick(view.reset_routine_button, Qt.MouseButton.LeftButton)
    assert asked.answered and asked.title == "Reset the routine?"
    assert "Undo (Ctrl+Z)" in asked.text and "how it was shipped" in asked.text
    assert app_state.library.is_edited_builtin("full_floor")  # asked, and nothing changed
    asked = answer_next_message_box("Reset routine")
    qtbot.mouseClick(view.reset_routine_button, Qt.MouseButton.LeftButton)
    assert asked.answered
    assert stored(app_state)["routines"] == []  # the built-in is as shipped again

    type_number(qtbot, view, "reps", "9")
    asked = answer_next_message_box("Cancel")
    view.reset_everything()
    assert asked.answered and asked.title == "Reset all to defaults?"
    assert "Your own routines and exercises stay." in asked.text
    assert app_state.library.is_edited_builtin("full_floor")
    asked = answer_next_message_box("Reset all")
    view.reset_everything()
    assert asked.answered
    assert not app_state.library.is_edited_builtin("full_floor")


def test_an_exercise_of_ones_own_through_the_dialog(qtbot, view, app_state):
    view.select_routine("desk_stretch")
    dialog = view.new_exercise()
    qtbot.addWidget(dialog)
    assert isinstance(dialog, ExerciseDialog) and dialog.isVisible()
    dialog.numbers["hold_seconds"].edit.setText("0")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.messages["name"].message() == "The name cannot be empty."
    assert dialog.messages["instructions"].message() == "The instructions cannot be empty."
    hold_message = dialog.numbers["hold_seconds"].message.message()
    assert hold_message == "Hold must be from 1 to 300 s, not 0."
    assert app_state.library.custom_exercises == ()

    qtbot.keyClicks(dialog.name, "Pelvic tilt")
    qtbot.keyClicks(dialog.instructions, "Flatten your lower back against the floor.")
    qtbot.mouseClick(dialog.add_position_button, Qt.MouseButton.LeftButton)
    second = dialog.rows[1]
    second.pose.setCurrentIndex(second.pose.findData("knees_bent"))
    second.cue.setText("Press your back down")
    dialog.numbers["hold_seconds"].edit.setText("7")
    dialog.per_side.setCurrentIndex(1)
    dialog.side_label.setText("leg")
    dialog.safety.setPlainText("Stop if it hurts.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    (exercise,) = app_state.library.custom_exercises
    assert (exercise.name, exercise.hold_seconds, exercise.per_side, exercise.side_label) == (
        "Pelvic tilt",
        7,
        True,
        "leg",
    )
    assert exercise.hold_position.pose == "knees_bent"
    assert exercise.hold_position.cue == "Press your back down"
    assert item_ids(app_state, "desk_stretch")[-1] == exercise.id
    (raw,) = stored(app_state)["exercises"]
    assert raw["id"] == exercise.id and raw["safety"] == "Stop if it hurts."

    view.catalogue_box.setCurrentIndex(view.catalogue_box.findData(exercise.id))
    assert view.edit_exercise_button.isEnabled()
    edit = view.edit_exercise()
    qtbot.addWidget(edit)
    assert edit.name.text() == "Pelvic tilt" and len(edit.rows) == 2
    edit.name.setText("Pelvic tilt, gently")
    edit.try_save()
    assert app_state.library.catalogue.get(exercise.id).name == "Pelvic tilt, gently"
    view.delete_exercise()
    assert "Standing stretch at the desk" in view.problem.message()  # used: not deleted


@pytest.mark.parametrize(
    "content",
    [
        b"{not json",
        b'{"format": "backcoach-routine", "version": 1, "routine": {"id": "x", "name": "X", "ex',
        b"[" * 100_000,
        json.dumps(
            {
                "format": "backcoach-routine",
                "version": 1,
                "routine": {
                    "id": "x",
                    "name": "X",
                    "exercises": [{"exercise": "bridge", "reps": 500}],
                },
            }
        ).encode(),
        None,  # 100 MB
    ],
)
def test_a_bad_file_is_refused_in_the_editor_and_the_store_is_untouched(
    qtbot, view, app_state, tmp_path, content
):
    app_state.update_library(app_state.library.rename("full_floor", "Floor"))
    before = folder_snapshot(app_state.store.folder)
    routines_before = app_state.routines
    path = tmp_path / "bad.backcoach-routine.json"
    if content is None:
        with path.open("wb") as handle:
            handle.truncate(100 * 1024 * 1024)
    else:
        path.write_bytes(content)
    view.import_routine(path)
    assert "bad.backcoach-routine.json" in view.problem.message()
    assert folder_snapshot(app_state.store.folder) == before
    assert app_state.routines == routines_before


def test_export_then_import_in_another_data_folder(qtbot, view, app_state, tmp_path, clock):
    view.select_routine("quick_break")
    type_number(qtbot, view, "hold_seconds", "15")
    path = tmp_path / "shared" / "quick.backcoach-routine.json"
    view.export_routine(path)
    assert json.loads(path.read_text()) == routine_file_json(
        app_state.library.routine("quick_break"), app_state.catalogue
    )
    other = AppState(Store.open(tmp_path / "other"), clock)
    other_view = RoutinesView(other)
    qtbot.addWidget(other_view)
    other_view.import_routine(path)
    imported = other.routines[-1]
    assert other_view.current_id == imported.id
    assert imported.name == "Quick break between meetings (2)"  # beside the built-in
    assert imported.resolved(other.catalogue) == app_state.library.routine("quick_break").resolved(
        app_state.catalogue
    )
    other_view.import_routine(path)
    assert other.routines[-1] == imported and len(other.routines) == 4  # twice is once


def test_a_session_in_progress_keeps_the_routine_it_started_with(qtbot, window, app_state, clock):
    player = window.player
    choose_routine(player, "desk_stretch")
    player.start_page.start_button.click()
    clock.advance(3)
    player.tick()
    window.show_routines()
    view = window.routines
    view.select_routine("desk_stretch")
    type_number(qtbot, view, "hold_seconds", "40")
    type_number(qtbot, view, "reps", "1")
    for _ in range(1000):
        clock.advance(0.5)
        player.tick()
        if player.engine.is_over:
            break
    (record,) = Store.open(app_state.store.folder).load_sessions()
    shipped_hold = app_state.catalogue.get("standing_hip_stretch").hold_seconds
    assert (record.exercises[0].hold_seconds, record.exercises[0].holds_done) == (shipped_hold, 4)
    # The next session has the new numbers.
    engine = run_player(window, clock, "desk_stretch")
    assert (engine.record().exercises[0].hold_seconds, engine.record().exercises[0].holds_done) == (
        40,
        2,
    )


def test_done_when_a_routine_of_one_second_holds_made_in_the_editor_logs_exactly_that(
    qtbot, view, window, app_state, clock, monkeypatch
):
    def create(dialog):
        dialog.name.setText("One-second holds")
        dialog.first.setCurrentIndex(dialog.first.findData("bridge"))
        dialog.try_create()

    monkeypatch.setattr(NewRoutineDialog, "exec", create)
    view.new_routine()
    routine_id = view.current_id
    for field, text in (
        ("hold_seconds", "1"),
        ("reps", "3"),
        ("rest_seconds", "0"),
        ("get_ready_seconds", "0"),
    ):
        type_number(qtbot, view, field, text)
    view.catalogue_box.setCurrentIndex(view.catalogue_box.findData("knees_to_chest"))
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    for field, text in (("hold_seconds", "1"), ("reps", "2"), ("sets", "2")):
        type_number(qtbot, view, field, text)
    view.item_editor.sides.setFocus()
    qtbot.keyClick(view.item_editor.sides, Qt.Key.Key_Down)  # Left, then right
    assert view.problem.message() == ""

    engine = run_player(window, clock, routine_id)
    (record,) = Store.open(app_state.store.folder).load_sessions()
    assert record.completed and record.routine_id == routine_id
    bridge, knees = record.exercises
    assert (bridge.hold_seconds, bridge.reps_planned, bridge.reps_done, bridge.holds_done) == (
        1,
        3,
        3,
        3,
    )
    # Two repetitions, two sets, left then right: eight holds of one second.
    assert (knees.hold_seconds, knees.reps_planned, knees.reps_done, knees.holds_done) == (
        1,
        4,
        4,
        8,
    )
    holds = [s for s in engine.timeline.steps if s.phase.value == "hold"]
    assert len(holds) == 11 and {s.duration for s in holds} == {1.0}


def test_a_change_that_cannot_be_saved_is_reported(qtbot, view, app_state, data_dir):
    own = data_dir / "devices" / "test-device" / "routines.json"
    own.parent.mkdir(parents=True, exist_ok=True)
    own.write_text(json.dumps({"schema": 99, "routines": []}))
    state = AppState(Store.open(data_dir), app_state.clock)
    messages = []
    state.problemReported.connect(messages.append)
    other = RoutinesView(state)
    qtbot.addWidget(other)
    other.rename_routine("Floor")
    assert state.library.routine(other.current_id).name == "Floor"  # for this session
    assert messages and "newer version" in messages[0]
    assert json.loads(own.read_text())["schema"] == 99


def test_every_control_is_named_explained_and_reachable_by_keyboard(view):
    kinds = (QPushButton, QLineEdit, QComboBox, QListWidget, QPlainTextEdit)
    controls = [
        w
        for w in view.findChildren(QWidget)
        if isinstance(w, kinds) and not isinstance(w.parent(), QComboBox)
    ]
    assert len(controls) > 20
    for control in controls:
        label = control.accessibleName() or control.objectName() or repr(control)
        assert control.accessibleName(), label
        assert control.toolTip(), label
        assert control.focusPolicy() & Qt.FocusPolicy.TabFocus, label


def test_the_view_is_reachable_from_the_menu(window):
    action = next(a for a in window.view_menu.actions() if a.text() == "&Routines")
    assert action.shortcut().toString() == "Ctrl+3"
    action.trigger()
    assert window.current_view() is window.routines
    names = [a.text() for a in window.file_menu.actions()]
    assert "I&mport routine…" in names and "E&xport routine…" in names
