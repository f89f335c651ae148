"""Safety where it applies, seen and heard: each exercise's note on screen and in the voice as
the user gets ready for it, whole at the sizes people use."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from backcoach.core.engine import State
from backcoach.core.timeline import Phase
from tests.ui.player.player_driver import choose_routine, not_clipped, press, run, screen


def test_a_whole_routine_shows_and_says_each_safety_note_as_its_exercise_begins(
    window, app_state, clock, cue_outputs
):
    _, voice = cue_outputs
    player = window.player
    choose_routine(player, "full_floor")
    player.begin()
    seen: dict[int, tuple[str, Phase, str, str]] = {}  # step index: what showed and was said
    while player.engine.state == State.RUNNING:
        step = player.engine.step
        if step.index not in seen:
            seen[step.index] = (
                step.exercise.id,
                step.phase,
                screen(player).safety,
                voice.spoken[-1],
            )
        run(player, clock, 1.0, step=1.0)  # every step lasts whole seconds: none is missed
    assert player.engine.is_over and len(seen) == len(player.engine.timeline.steps)

    catalogue = app_state.catalogue
    for exercise_id, phase, shown, said in seen.values():
        note = catalogue.get(exercise_id).safety
        if phase == Phase.GET_READY:
            assert shown == f"Safety: {note}"
            assert said.endswith(note) and said.startswith(catalogue.get(exercise_id).name)
        else:
            assert shown == "" and note not in said
    begun = [exercise_id for exercise_id, phase, _, _ in seen.values() if phase == Phase.GET_READY]
    assert begun == [e.id for e in catalogue]  # every exercise of the guide, once


def test_the_note_stays_while_paused_and_comes_back_with_previous(window, clock, qtbot):
    player = window.player
    choose_routine(player, "desk_stretch")
    press(qtbot, window, Qt.Key.Key_Space)
    run(player, clock, 2.0)
    getting_up = screen(player)
    assert "roll onto your side and push up with your arms" in getting_up.instruction
    assert getting_up.safety == "Safety: Hold the wall or chair for balance, and don't bounce."
    press(qtbot, window, Qt.Key.Key_Space)  # pause
    assert screen(player).phase == "Paused" and screen(player).safety == getting_up.safety
    press(qtbot, window, Qt.Key.Key_Space)
    run(player, clock, 3.0 + 20.0)  # the 3-2-1, then on into the first move
    assert screen(player).phase == "Move into position" and screen(player).safety == ""
    press(qtbot, window, Qt.Key.Key_Left)  # back to the exercise's start
    assert screen(player).safety == getting_up.safety


@pytest.mark.parametrize("size", [(800, 600), (1280, 800)])
def test_the_note_reads_whole_at_the_sizes_people_use(window, clock, size):
    window.resize(*size)
    player = window.player
    for routine_id in ("full_floor", "desk_stretch"):
        choose_routine(player, routine_id)
        player.begin()
        QApplication.processEvents()
        label = player.session_page.safety_label
        assert label.isVisible() and not_clipped(label), routine_id
        player.stop()
        player.finish_summary()
