"""The handout's content (core/handout.py): every exercise of the routine with its numbers, a
picture of each position, and each side where the pose differs left and right."""

from __future__ import annotations

import pytest

from backcoach.core.handout import handout
from backcoach.core.pose.library import load_pose_library
from backcoach.core.pose.sides import mirrored_for
from backcoach.core.routine import RoutineItem, load_builtin_routines


@pytest.fixture(scope="module")
def poses():
    return load_pose_library()


@pytest.mark.parametrize("routine_id", ["full_floor", "quick_break", "desk_stretch"])
def test_every_exercise_of_the_routine_is_there_with_its_numbers(catalogue, poses, routine_id):
    routine = {r.id: r for r in load_builtin_routines(catalogue)}[routine_id]
    made = handout(routine, catalogue, poses)
    resolved = routine.resolved(catalogue)
    assert [e.name for e in made.exercises] == [catalogue.get(i.exercise_id).name for i in resolved]
    for exercise, item in zip(made.exercises, resolved, strict=True):
        assert f"{item.reps} × {item.hold_seconds} s hold" in exercise.dose
        assert exercise.safety == catalogue.get(item.exercise_id).safety
        poses_shown = {f.pose_id for f in exercise.figures}
        assert poses_shown == {p.pose for p in catalogue.get(item.exercise_id).positions}
    assert [title for title, _ in made.safety] == [note.title for note in catalogue.safety]


def test_a_one_sided_pose_is_shown_on_each_side_mirrored_to_show_that_side(catalogue, poses):
    routine = {r.id: r for r in load_builtin_routines(catalogue)}["desk_stretch"]
    stretch = handout(routine, catalogue, poses).exercises[0]
    sided = [f for f in stretch.figures if "(" in f.caption]
    assert [f.caption for f in sided] == [
        "Half step back (left knee)",
        "Half step back (right knee)",
    ]
    for figure, side in zip(sided, ("left", "right"), strict=True):
        assert figure.mirrored == mirrored_for(figure.pose_id, side)
    assert sided[0].mirrored != sided[1].mirrored
    # Standing with the legs apart looks the same from either side: shown once.
    assert sum(f.pose_id == "standing_wide" for f in stretch.figures) == 1


def test_one_side_only_shows_the_pose_once(catalogue, poses):
    routine = load_builtin_routines(catalogue)[0]
    one_side = routine.with_items(
        (RoutineItem("single_knee_to_chest", both_sides=False, reps=4, rest_seconds=0),)
    )
    exercise = handout(one_side, catalogue, poses).exercises[0]
    assert len({f.pose_id for f in exercise.figures}) == len(exercise.figures)
    assert exercise.dose == "4 × 30 s hold"
    assert exercise.rest.startswith("No rest")
