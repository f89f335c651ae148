"""Nothing clipped at the sizes people use: the player's pages, the routine editor and every
dialog of the shell, the player, the editor, the reminders and the data, at 800x600 (a small
laptop, or half a screen) and 1280x800, in the light and the dark theme's fonts alike.

The walker is tests/ui/layout_checks.py; the history view has its own test of the same kind.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from tests.ui.layout_checks import problems
from tests.ui.player.player_driver import choose_routine, press, run

# The window's room on a 800x600 and a 1280x800 screen, a title bar and a panel taken off.
SIZES = {"800x600": (800, 560), "1280x800": (1280, 760)}


@pytest.fixture(params=list(SIZES))
def sized(request, window):
    width, height = SIZES[request.param]
    window.resize(width, height)
    QApplication.processEvents()
    assert window.width() <= width and window.height() <= height, "the window does not fit"
    return window


def settle() -> None:
    QApplication.processEvents()


def as_shown(dialog: QDialog, window: QWidget) -> QDialog:
    """The dialog as it opens on a screen the window's size: its own size, never larger."""
    dialog.show()
    settle()
    room = window.size()
    dialog.resize(min(dialog.width(), room.width()), min(dialog.height(), room.height()))
    settle()
    return dialog


def test_the_players_pages(sized, app_state, clock, qtbot):
    player = sized.player
    choose_routine(player, "full_floor")
    assert problems(sized) == []
    press(qtbot, sized, Qt.Key.Key_Space)
    run(player, clock, 1.0)  # getting ready, with "up next"
    settle()
    assert problems(sized) == []
    run(player, clock, 9.0)  # holding
    settle()
    assert problems(sized) == []
    press(qtbot, sized, Qt.Key.Key_H)
    settle()
    assert problems(sized) == []
    player.hurt_page.end_button.click()
    settle()
    assert problems(sized) == []


def test_the_figure_keeps_its_size_whatever_shows_below_it(sized, clock, qtbot):
    player = sized.player
    page = player.session_page
    choose_routine(player, "quick_break")
    press(qtbot, sized, Qt.Key.Key_Space)
    heights = {}
    for _ in range(200):  # through getting ready, moving, holding and resting
        run(player, clock, 0.5)
        settle()
        shown = "safety" if page.safety_label.isVisible() else ""
        shown = "up next" if page.up_next.isVisible() else shown
        heights.setdefault(shown, set()).add(page.pose.height())
        if len(heights) == 3 and player.engine.step.index > 6:
            break
    assert set(heights) == {"safety", "up next", ""}
    assert len(set().union(*heights.values())) == 1, heights


def test_a_long_routines_summary_under_a_notice(sized, clock, qtbot):
    from backcoach.ui.player.cue_problems import explain

    sized.notices.add(explain(["sound", "voice"]))  # the longest notice the player gives
    choose_routine(sized.player, "full_floor")
    press(qtbot, sized, Qt.Key.Key_Space)
    run(sized.player, clock, 60.0)
    sized.player.stop()
    settle()
    assert sized.player.page is sized.player.summary_page
    assert problems(sized) == []


def test_the_well_done_page_with_its_streak(sized, app_state, clock, qtbot):
    app_state.update_settings(weekly_goal_days=4)
    choose_routine(sized.player, "desk_stretch")
    press(qtbot, sized, Qt.Key.Key_Space)
    run(sized.player, clock, 400.0)
    settle()
    assert sized.player.summary_page.progress.isVisible()
    assert problems(sized) == []


def test_the_routine_editor_with_its_messages(sized, qtbot):
    sized.show_routines()
    view = sized.routines
    view.select_routine("full_floor")
    settle()
    assert problems(sized) == []
    edit = view.item_editor.fields["hold_seconds"].edit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "900")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    view.exercise_list.setCurrentRow(2)  # kept there, with the editor's message too
    settle()
    assert view.problem.isVisible()
    assert problems(sized) == []


def nothing() -> None:
    pass


def dialogs(window, app_state) -> Iterator[tuple[str, QDialog, Callable[[], None]]]:
    """Each dialog, and what the user does once it is open (messages appear then)."""
    from backcoach.core.custom_exercise import pose_choices
    from backcoach.ui.player.pain_before_dialog import PainBeforeDialog
    from backcoach.ui.reminders.reminder_dialog import ReminderDialog
    from backcoach.ui.reminders.reminder_timer import ReminderTimer
    from backcoach.ui.routines.exercise_dialog import ExerciseDialog
    from backcoach.ui.routines.new_routine_dialog import NewRoutineDialog
    from backcoach.ui.shell.safety_dialog import SafetyDialog
    from backcoach.ui.shell.shortcuts_dialog import ShortcutsDialog

    yield "safety, first start", SafetyDialog(app_state.catalogue, True, window), nothing
    yield "safety, from Help", SafetyDialog(app_state.catalogue, False, window), nothing
    yield "keyboard shortcuts", ShortcutsDialog(window), nothing
    yield "pain before", PainBeforeDialog("Standing stretch at the desk", 3, window), nothing
    taken = "A routine called “Full floor routine” already exists: choose another name."
    new_routine = NewRoutineDialog(app_state.catalogue, lambda *_: taken, window)
    yield "new routine", new_routine, new_routine.try_create
    exercise = ExerciseDialog(
        pose_choices(),
        lambda _fields: {
            "name": "Give the exercise a name.",
            "positions": "Choose at least two positions.",
            "safety": "The safety note is too long: at most 500 characters.",
        },
        parent=window,
    )

    def two_positions_and_save() -> None:
        exercise.add_position()
        exercise.try_save()

    yield "new exercise", exercise, two_positions_and_save
    timer = ReminderTimer(app_state, parent=window)
    reminders = ReminderDialog(app_state, timer, None, lambda: "Next reminder: today", window)

    def wrong_times_and_no_day() -> None:
        reminders.enabled_box.setChecked(True)
        reminders.times_radio.setChecked(True)
        reminders.times_edit.setText("10:30, 25:00")
        reminders.times_edit.textEdited.emit("10:30, 25:00")  # as typed: its message shows
        for box in reminders.day_boxes:
            box.setChecked(False)
        reminders.start_edit.setTime(reminders.end_edit.time())

    yield "reminder settings", reminders, wrong_times_and_no_day
    from backcoach.ui.data.restore_dialog import RestoreDialog

    app_state.update_settings(volume=50)
    app_state.update_settings(volume=60)  # a backup of the settings to show
    restore = RestoreDialog(app_state, window)

    def choose_the_first_backup() -> None:
        restore.tree.expandAll()
        top = restore.tree.topLevelItem(0)
        restore.tree.setCurrentItem(top.child(0) if top is not None else None)

    yield "restore from backup", restore, choose_the_first_backup


def test_every_dialog_at_800x600_before_and_after_its_messages(window, app_state):
    window.resize(*SIZES["800x600"])
    found = {}
    for name, dialog, then in dialogs(window, app_state):
        as_shown(dialog, window)
        found[name] = problems(dialog)
        then()
        settle()
        found[name + ", then"] = problems(dialog)
        dialog.close()
        dialog.deleteLater()
    assert found == {name: [] for name in found}
