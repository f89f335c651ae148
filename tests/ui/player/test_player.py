"""The player, driven as a person would: keys, the fake clock, and what the screen and the
store show at each phase."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from backcoach.core.engine import State
from backcoach.core.pose.library import load_pose_library
from backcoach.core.pose.motion import blend
from backcoach.core.storage.store import Store
from backcoach.core.timeline import Phase
from tests.ui.player.player_driver import answer, choose_routine, press, run, screen

LIBRARY = load_pose_library()


def stored(app_state):
    return Store.open(app_state.store.folder).load_sessions()


def test_a_whole_routine_by_keyboard_shows_every_phase_and_logs_it(window, app_state, clock, qtbot):
    player = window.player
    choose_routine(window.player, "quick_break")
    assert player.page is player.start_page
    assert player.start_page.title.text() == "Quick break between meetings"
    assert "3 exercises" in player.start_page.length.text()
    player.start_page.pain.button(4).click()
    press(qtbot, window, Qt.Key.Key_Space)
    assert player.page is player.session_page

    first = screen(player)
    assert (first.exercise, first.phase, first.digits, first.rep, first.side) == (
        "Bridge",
        "Get ready",
        "15",
        "Rep 1 of 5",
        "",
    )
    assert first.progress == "Exercise 1 of 3 · 4:52 left"
    assert "Lie on your back" in first.instruction
    assert first.safety == "Safety: " + player.engine.step.exercise.safety
    assert first.up_next == ""  # the safety note has the place below the figure first

    run(player, clock, 15.0)
    assert (screen(player).phase, screen(player).digits) == ("Move into position", "3")
    assert screen(player).up_next == "" and screen(player).safety == ""
    run(player, clock, 3.0)
    hold = screen(player)
    assert (hold.phase, hold.digits, hold.rep) == ("Hold", "8", "Rep 1 of 5")
    assert "Raise your body, heels up" in hold.instruction
    assert "Squeeze your buttocks" in hold.instruction
    run(player, clock, 5.5)
    assert screen(player).digits == "3"
    run(player, clock, 2.5)
    assert screen(player).phase == "Release"
    assert screen(player).instruction == "Lower your hips slowly."
    run(player, clock, 4.0)
    rest = screen(player)
    assert (rest.phase, rest.digits, rest.up_next) == ("Rest", "5", "Rep 2 of 5")
    assert player.session_page.up_next.pose.pose_id == "bridge"

    # Every change of phase, in order, as it showed.
    seen = [(rest.exercise, rest.phase, rest.rep)]
    while player.engine.state == State.RUNNING:
        run(player, clock, 0.5)
        if player.page is player.session_page:
            now = screen(player)
            if (now.exercise, now.phase, now.rep) != seen[-1]:
                seen.append((now.exercise, now.phase, now.rep))
    expected = [
        (s.exercise.name, s.phase.label, f"Rep {s.rep} of {s.item.reps}")
        for s in player.engine.timeline.steps[4:]
    ]
    assert seen == expected

    assert player.page is player.summary_page
    assert player.summary_page.title.text() == "Well done!"
    assert "3 of 3 exercises · 8 of 8 reps" in player.summary_page.totals.text()
    assert not player.timer.isActive() and not player.session_page.ring.is_animating
    (record,) = stored(app_state)
    assert record.completed and record.routine_id == "quick_break"
    assert record.pain_before == 4 and record.pain_after is None
    assert [e.reps_done for e in record.exercises] == [5, 2, 1]

    player.summary_page.pain.button(2).click()
    player.summary_page.note.setPlainText("Felt looser afterwards.")
    qtbot.mouseClick(player.summary_page.done_button, Qt.MouseButton.LeftButton)
    (record,) = stored(app_state)
    assert (record.pain_before, record.pain_after, record.note) == (4, 2, "Felt looser afterwards.")
    assert player.page is player.start_page
    assert player.start_page.pain.value() is None


def test_sides_show_and_switch(window, clock):
    player = window.player
    choose_routine(window.player, "desk_stretch")
    player.begin()
    assert screen(player).side == "Left knee"
    assert screen(player).safety  # getting ready: the safety note below the figure
    run(player, clock, 103.0)  # get ready 20 s, then 2 reps of 6 + 30 + 3 s with a rest of 5
    switch = screen(player)
    assert (switch.phase, switch.side, switch.rep) == ("Switch sides", "Right knee", "Rep 1 of 2")
    assert "right knee" in switch.instruction
    assert player.session_page.pose.displayed_pose() is not None
    run(player, clock, 5.0 + 6.0)
    assert (screen(player).phase, screen(player).side) == ("Hold", "Right knee")
    assert "Right foot back, bend your right knee" in screen(player).instruction


def test_space_pauses_with_no_timer_and_resumes_after_3_2_1(window, clock, qtbot):
    player = window.player
    choose_routine(window.player, "quick_break")
    assert not player.timer.isActive()  # idle: nothing runs
    press(qtbot, window, Qt.Key.Key_Space)
    run(player, clock, 19.0)  # a second into the first hold (8 s)
    assert screen(player).phase == "Hold" and player.timer.isActive()
    assert player.session_page.ring.is_animating

    press(qtbot, window, Qt.Key.Key_Space)
    assert screen(player).phase == "Paused"
    assert not player.timer.isActive() and not player.session_page.ring.is_animating
    digits = screen(player).digits
    clock.advance(120)
    player.tick()
    assert screen(player).digits == digits == "7"
    assert player.session_page.pause_button.text() == "Resume"

    press(qtbot, window, Qt.Key.Key_Space)
    assert (screen(player).phase, screen(player).digits) == ("Get set", "3")
    run(player, clock, 1.0)
    assert screen(player).digits == "2"
    run(player, clock, 2.0)
    assert (screen(player).phase, screen(player).digits) == ("Hold", "7")
    assert player.engine.state == State.RUNNING


def test_right_skips_and_left_goes_back(window, clock, qtbot):
    player = window.player
    choose_routine(window.player, "quick_break")
    press(qtbot, window, Qt.Key.Key_Space)
    run(player, clock, 10.0)
    press(qtbot, window, Qt.Key.Key_Right)
    assert (screen(player).exercise, screen(player).phase) == ("Knees to chest", "Get ready")
    assert screen(player).progress.startswith("Exercise 2 of 3")
    run(player, clock, 2.0)
    press(qtbot, window, Qt.Key.Key_Left)  # early in an exercise: the one before
    assert (screen(player).exercise, screen(player).phase) == ("Bridge", "Get ready")
    run(player, clock, 10.0)
    press(qtbot, window, Qt.Key.Key_Left)  # well into it: its start
    assert (screen(player).exercise, screen(player).phase, screen(player).digits) == (
        "Bridge",
        "Get ready",
        "15",
    )


def test_escape_asks_first_then_logs_a_partial_session(window, app_state, clock, qtbot):
    player = window.player
    choose_routine(window.player, "quick_break")
    press(qtbot, window, Qt.Key.Key_Space)
    run(player, clock, 30.0)  # one rep of the bridge done
    press(qtbot, window, Qt.Key.Key_Escape)
    assert player.engine.state == State.PAUSED  # nothing counts while the question is open
    answer(player, yes=False)
    assert player.engine.state == State.RESUMING and stored(app_state) == []

    run(player, clock, 3.0)
    press(qtbot, window, Qt.Key.Key_Escape)
    answer(player, yes=True)
    assert player.page is player.summary_page
    assert player.summary_page.title.text() == "Session stopped"
    assert "partial" in player.summary_page.status.text()
    (record,) = stored(app_state)
    assert not record.completed
    assert record.exercises[0].reps_done == 1 and record.exercises[1].reps_done == 0
    assert record.duration_seconds == pytest.approx(30.0)  # the 3-2-1 does not count


def test_stopping_before_anything_began_logs_nothing(window, app_state, clock, qtbot):
    player = window.player
    press(qtbot, window, Qt.Key.Key_Space)
    run(player, clock, 1.0)
    qtbot.mouseClick(player.session_page.stop_button, Qt.MouseButton.LeftButton)
    answer(player, yes=True)
    assert "Nothing was logged" in player.summary_page.status.text()
    assert stored(app_state) == []
    player.summary_page.done_button.click()
    assert player.page is player.start_page


def test_this_hurts_stops_advises_and_skips_to_the_next_exercise(window, app_state, clock, qtbot):
    player = window.player
    choose_routine(window.player, "quick_break")
    press(qtbot, window, Qt.Key.Key_Space)
    run(player, clock, 19.0)
    press(qtbot, window, Qt.Key.Key_H)
    assert player.page is player.hurt_page
    assert player.engine.state == State.PAUSED and not player.timer.isActive()
    advice = player.hurt_page.advice.text()
    for words in ("Never force a stretch", "physician", "physiotherapist"):
        assert words in advice
    assert player.hurt_page.title.text() == "Stop: Bridge hurts"
    player.hurt_page.pain.button(6).click()
    qtbot.mouseClick(player.hurt_page.skip_button, Qt.MouseButton.LeftButton)
    assert player.page is player.session_page
    assert screen(player).exercise == "Knees to chest"
    assert player.engine.state == State.RESUMING

    run(player, clock, 300.0)
    (record,) = stored(app_state)
    assert [(h.exercise_id, h.rating) for h in record.hurts] == [("bridge", 6)]
    assert "It hurt during: Bridge (6/10)" in player.summary_page.exercises.text()


def test_this_hurts_can_end_the_session_or_go_back(window, app_state, clock, qtbot):
    player = window.player
    choose_routine(window.player, "desk_stretch")  # one exercise: no next one to skip to
    press(qtbot, window, Qt.Key.Key_Space)
    run(player, clock, 30.0)
    qtbot.mouseClick(player.session_page.hurt_button, Qt.MouseButton.LeftButton)
    assert not player.hurt_page.skip_button.isVisibleTo(player.hurt_page)
    press(qtbot, window, Qt.Key.Key_Escape)  # back: a mistake, nothing noted
    assert player.page is player.session_page and player.engine.state == State.PAUSED

    press(qtbot, window, Qt.Key.Key_H)
    qtbot.mouseClick(player.hurt_page.end_button, Qt.MouseButton.LeftButton)
    (record,) = stored(app_state)
    assert not record.completed
    assert [(h.exercise_id, h.rating) for h in record.hurts] == [("standing_hip_stretch", None)]


def test_sleep_mid_hold_pauses_and_is_not_counted(window, app_state, clock):
    player = window.player
    choose_routine(window.player, "quick_break")
    player.begin()
    run(player, clock, 20.0)
    clock.sleep_machine(3600)
    player.tick()  # the timer fires late, on wake
    assert screen(player).phase == "Paused: the computer slept"
    assert "asleep does not count" in screen(player).instruction
    assert not player.timer.isActive()
    player.stop()
    (record,) = stored(app_state)
    assert record.duration_seconds == pytest.approx(20.0)


def test_closing_mid_session_asks_and_logs_partial(window, app_state, clock):
    player = window.player
    player.begin()
    run(player, clock, 30.0)
    window.close()
    assert window.isVisible() and player.engine.state == State.PAUSED
    answer(player, yes=False)  # stay
    assert window.isVisible() and stored(app_state) == []

    window.close()
    player.summary_page.note.setPlainText("")
    answer(player, yes=True)
    assert not window.isVisible()
    (record,) = stored(app_state)
    assert not record.completed and record.exercises[0].reps_done == 1


def test_pain_questions_are_optional_and_can_be_turned_off(window, app_state, clock):
    player = window.player
    choose_routine(window.player, "desk_stretch")
    player.begin()
    run(player, clock, 300.0)
    (record,) = stored(app_state)
    assert record.pain_before is None  # skipped by not answering
    player.finish_summary()

    # In sight on the start page, beside the question, not in a menu.
    ask = player.start_page.ask_pain_box
    assert ask.isVisibleTo(player) and ask.isChecked()
    ask.click()
    assert app_state.settings.ask_pain is False
    assert not player.start_page.pain.isVisibleTo(player) and ask.isVisibleTo(player)
    player.start_page.pain.button(7).click()  # hidden: never used
    player.begin()
    run(player, clock, 300.0)
    assert not player.summary_page.pain.isVisibleTo(player)
    assert stored(app_state)[-1].pain_before is None


def test_timers_run_only_while_counting_and_on_screen(window, clock):
    player = window.player
    ring = player.session_page.ring
    assert not player.timer.isActive() and not ring.is_animating
    player.begin()
    run(player, clock, 9.0)
    assert player.timer.isActive() and player.timer.isSingleShot()
    assert player.timer.remainingTime() <= 1000
    assert ring.is_animating and ring.animation.timer.interval() >= 1000 / 30
    window.show_history()  # the player is out of sight
    assert not ring.is_animating
    assert player.timer.isActive()  # the cues still follow the session
    window.views.setCurrentWidget(player)
    player.tick()
    assert ring.is_animating
    player.toggle()
    assert not player.timer.isActive() and not ring.is_animating


def test_focus_mode_fills_the_screen_and_hides_the_rest(window, qtbot):
    press(qtbot, window, Qt.Key.Key_F)
    assert window.isFullScreen()
    assert not window.menuBar().isVisible() and not window.views.tabBar().isVisible()
    assert window.player.session_page.focus_button.isChecked()
    press(qtbot, window, Qt.Key.Key_Escape)  # no session: Esc leaves it
    assert not window.isFullScreen() and window.menuBar().isVisible()


@pytest.mark.parametrize("size", [(800, 600), (1280, 800), (1920, 1080)])
def test_the_digits_are_a_quarter_of_the_view_high(window, clock, qtbot, size):
    window.resize(*size)
    player = window.player
    player.begin()
    run(player, clock, 9.0)
    QApplication.processEvents()
    ring = player.session_page.ring
    assert ring.digit_height() >= player.height() / 4
    assert ring.digits.geometry().width() <= ring.width()


def test_every_control_has_an_accessible_name_and_a_tooltip(window):
    from PySide6.QtWidgets import QAbstractButton

    player = window.player
    for page in (player.start_page, player.session_page, player.hurt_page, player.summary_page):
        for button in page.findChildren(QAbstractButton):
            assert button.accessibleName(), button.text()
            assert button.toolTip(), button.text()


def test_the_figure_moves_with_the_engine_and_stands_still_while_paused(window, clock, qtbot):
    player = window.player
    pose = player.session_page.pose
    choose_routine(player, "quick_break")
    player.begin()
    run(player, clock, 15.0)  # the get-ready is over: into the bridge, in 3 seconds
    step = player.engine.step
    assert step.phase == Phase.MOVE and step.duration == 3.0
    start, end = LIBRARY.get(step.from_position.pose), LIBRARY.get(step.to_position.pose)
    assert pose.displayed_pose() == start and pose.is_animating

    clock.advance(0.75)
    pose.animation.frame()  # a frame between two of the player's ticks
    assert pose.displayed_pose().angles == pytest.approx(blend(start, end, 0.25).angles)
    run(player, clock, 0.75)
    assert pose.displayed_pose().angles == pytest.approx(blend(start, end, 0.5).angles)

    press(qtbot, window, Qt.Key.Key_Space)  # pause half-way
    assert not pose.is_animating
    clock.advance(60)
    player.tick()
    pose.animation.frame()
    assert pose.displayed_pose().angles == pytest.approx(blend(start, end, 0.5).angles)

    press(qtbot, window, Qt.Key.Key_Space)
    run(player, clock, 3.0)  # the 3-2-1: still nothing moves
    assert pose.displayed_pose().angles == pytest.approx(blend(start, end, 0.5).angles)
    run(player, clock, 0.75)
    assert pose.is_animating
    assert pose.displayed_pose().angles == pytest.approx(blend(start, end, 0.75).angles)
    run(player, clock, 0.75)
    assert player.engine.step.phase == Phase.HOLD
    assert pose.displayed_pose() == end and not pose.is_animating


def test_idle_nothing_moves_and_no_timer_runs(window, clock, qtbot):
    player = window.player
    assert player.page is player.start_page
    clock.advance(30)
    qtbot.wait(50)
    for pose in (
        player.start_page.pose,
        player.session_page.pose,
        player.session_page.up_next.pose,
    ):
        assert not pose.is_animating and not pose.is_moving
    assert not player.timer.isActive() and not player.session_page.ring.is_animating


def test_start_routine_chooses_and_starts_but_never_breaks_into_a_session(window, app_state, clock):
    player = window.player
    app_state.update_settings(ask_pain=False)  # no question before: it starts at once
    assert not player.session_in_progress
    assert player.start_routine("desk_stretch") and player.session_in_progress
    assert player.start_page.routine_box.currentData() == "desk_stretch"
    assert app_state.settings.routine == "desk_stretch"
    run(player, clock, 3.0)
    assert not player.start_routine("quick_break")
    assert player.engine.timeline.routine.id == "desk_stretch"
    assert app_state.settings.routine == "desk_stretch"
    player.hurts()  # the "this hurts" page is up: the session is still in progress
    assert player.page is player.hurt_page and player.session_in_progress
