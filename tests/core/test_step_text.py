"""The words for a step: heading, instruction, rep and the preview of the next hold, shown; and
the phrases the voice says."""

from __future__ import annotations

from dataclasses import replace

import pytest

from backcoach.core.catalogue import Catalogue
from backcoach.core.engine import PauseReason
from backcoach.core.routine import Routine, RoutineItem, load_builtin_routines
from backcoach.core.step_text import (
    UNWRITTEN_SAFETY,
    countdown_phrase,
    end_phrase,
    heading,
    instruction,
    pause_phrase,
    preview_text,
    rep_text,
    safety_note,
    step_phrase,
)
from backcoach.core.timeline import Phase, Side, Step, Timeline, build_timeline


def timeline(catalogue, *items: RoutineItem) -> Timeline:
    return build_timeline(Routine(id="test", name="Test routine", items=items), catalogue)


def first(line: Timeline, phase: Phase, **where) -> Step:
    return next(
        s
        for s in line.steps
        if s.phase == phase and all(getattr(s, k) == v for k, v in where.items())
    )


@pytest.fixture
def bridge(catalogue) -> Timeline:
    return timeline(catalogue, RoutineItem("bridge", reps=2, sets=2))


def test_the_heading_is_the_phase_or_why_the_session_is_paused(bridge):
    hold = first(bridge, Phase.HOLD)
    assert heading(hold) == "Hold"
    assert heading(hold, PauseReason.USER) == "Paused"
    assert heading(hold, PauseReason.HURT) == "Paused"
    assert heading(hold, PauseReason.SLEEP) == "Paused: the computer slept"


def test_each_phase_has_its_instruction(catalogue, bridge):
    assert instruction(first(bridge, Phase.GET_READY)) == (
        "Lie on your back on a flat surface. Pull both knees up, feet flat."
    )
    assert instruction(first(bridge, Phase.MOVE)) == "Raise your body, heels up"
    assert instruction(first(bridge, Phase.HOLD)) == (
        "Raise your body, heels up. Squeeze your buttocks; don't arch your back."
    )
    assert instruction(first(bridge, Phase.RELEASE)) == "Lower your hips slowly."
    assert instruction(first(bridge, Phase.REST)) == "Rest and breathe. Stay where you are."
    sides = timeline(catalogue, RoutineItem("standing_hip_stretch"))
    switch = first(sides, Phase.SWITCH_SIDES)
    assert instruction(switch) == "Now the right knee. Stand and spread your legs apart"
    assert instruction(first(sides, Phase.GET_READY)) == (
        "If you are on the floor, roll onto your side and push up with your arms. "
        "Stand near a wall or a chair. Stand and spread your legs apart."
    )


def test_an_exercise_without_cues_of_its_own_gets_the_plain_words(catalogue):
    plain = replace(catalogue.get("bridge"), hold_cue="", release_cue="", safety="")
    own = Catalogue({**catalogue.exercises, "bridge": plain}, catalogue.safety)
    line = timeline(own, RoutineItem("bridge", reps=1))
    assert instruction(first(line, Phase.HOLD)) == (
        "Raise your body, heels up. Hold still and breathe calmly."
    )
    assert instruction(first(line, Phase.RELEASE)) == "Slowly come back: knees up."
    assert step_phrase(first(line, Phase.HOLD)) == "Hold."
    assert step_phrase(first(line, Phase.RELEASE)) == "Release."
    assert safety_note(line.steps[0]) == UNWRITTEN_SAFETY  # an exercise of one's own, no note


def test_the_sides_are_named_as_the_guide_names_them(catalogue):
    """ "bend your left knee whilst shifting weight to the right hip", and the other leg."""
    line = timeline(catalogue, RoutineItem("standing_hip_stretch", reps=1))
    left, right = (first(line, Phase.MOVE, side=side) for side in (Side.LEFT, Side.RIGHT))
    assert step_phrase(left) == "Left foot back, bend your left knee, weight onto your right hip."
    assert step_phrase(right) == (
        "Right foot back, bend your right knee, weight onto your left hip."
    )
    assert instruction(first(line, Phase.HOLD, side=Side.RIGHT)).startswith("Right foot back")
    one_side = timeline(catalogue, RoutineItem("standing_hip_stretch", both_sides=False))
    assert step_phrase(first(one_side, Phase.MOVE)) == (
        "Half a step back, bend that knee, weight onto the other hip."
    )


def test_while_paused_the_instruction_says_how_to_go_on(bridge):
    hold = first(bridge, Phase.HOLD)
    assert instruction(hold, PauseReason.USER) == "Press Space or Resume to go on, Esc to stop."
    assert "asleep does not count" in instruction(hold, PauseReason.SLEEP)


def test_the_rep_names_the_set_only_when_there_are_several(catalogue, bridge):
    assert rep_text(first(bridge, Phase.HOLD, rep=2, set=2)) == "Rep 2 of 2 · Set 2 of 2"
    single = timeline(catalogue, RoutineItem("bridge", reps=3))
    assert rep_text(first(single, Phase.HOLD, rep=3)) == "Rep 3 of 3"


def test_the_preview_names_the_exercise_only_when_it_changes(catalogue):
    line = timeline(
        catalogue, RoutineItem("bridge", reps=2), RoutineItem("standing_hip_stretch", reps=1)
    )
    get_ready = line.steps[0]
    assert preview_text(first(line, Phase.HOLD), get_ready) == "Bridge · Rep 1 of 2"
    rest = first(line, Phase.REST)
    assert preview_text(first(line, Phase.HOLD, rep=2), rest) == "Rep 2 of 2"
    release = first(line, Phase.RELEASE, rep=2)
    hip = first(line, Phase.HOLD, item_index=1)
    assert preview_text(hip, release) == "Standing hip stretch · Rep 1 of 1 · Left knee"


def test_phrases_for_each_moment(catalogue):
    routine = next(r for r in load_builtin_routines(catalogue) if r.id == "quick_break")
    steps = build_timeline(routine, catalogue).steps
    said = [step_phrase(s) for s in steps]
    assert said[:5] == [
        "Bridge. Lie on your back on a flat surface. Pull both knees up, feet flat. "
        "Lift only as high as is comfortable, and lower at once if your back hurts.",
        "Raise your body, heels up.",
        "Hold. Squeeze your buttocks; don't arch your back.",
        "Release. Lower your hips slowly.",
        "Rest.",
    ]
    # The next exercise names itself as it begins; the release only says how to come back.
    knees = next(i for i, s in enumerate(steps) if s.exercise.id == "knees_to_chest")
    assert said[knees - 1] == "Release. Lower your hips slowly."
    assert said[knees].startswith("Knees to chest. Lie on your back on a flat surface.")
    assert countdown_phrase(3) == "3"
    assert end_phrase(True) == "Well done. That was the whole routine."
    assert end_phrase(False) == "Session stopped."
    assert pause_phrase(PauseReason.SLEEP) == "Paused while the computer slept."
    assert pause_phrase(PauseReason.USER) == pause_phrase(PauseReason.HURT) == "Paused."
