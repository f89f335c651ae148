"""Every movement of the catalogue, frame by frame, as a body would make it: feet that stay on
the floor, legs that never pass through each other, nothing through the floor, every joint in
its range, one leg at a time into knees to chest, highlights that fade."""

from __future__ import annotations

import pytest

from backcoach.core.catalogue import load_catalogue
from backcoach.core.pose.geometry import distance
from backcoach.core.pose.kinematics import CONTACT_TOLERANCE, figure
from backcoach.core.pose.library import load_pose_library
from backcoach.core.pose.motion import Movement, blend, ease, mirror
from backcoach.tools.illustrations import strips

LIBRARY = load_pose_library()
MOVES = strips(load_catalogue(), LIBRARY)
FRAMES = [i / 24 for i in range(25)]
BODY_HEIGHT_MM = 1700


def move_id(move) -> str:
    return move.file_name.removesuffix(".png")


def test_every_movement_of_every_exercise_is_covered() -> None:
    names = {move_id(m) for m in MOVES}
    assert {
        "lying_on_back-to-knees_bent",
        "knees_bent-to-bridge",
        "bridge-to-knees_bent",
        "knees_bent-to-knees_to_chest",
        "knees_to_chest-to-ball",
        "knees_bent-to-single_knee_to_chest-left",
        "knees_bent-to-single_knee_to_chest-right",
        "standing_wide-to-half_step_back-left",
        "standing_wide-to-half_step_back-right",
    } <= names


@pytest.mark.parametrize("move", MOVES, ids=move_id)
def test_no_joint_leaves_its_range_and_nothing_goes_through_the_floor(move) -> None:
    movement = Movement(move.start, move.end)
    turning = move.start.turn != move.end.turn
    # What rests on the floor at both ends (the back on the mat, a planted foot) stays there:
    # were a limb to dip through the floor, the figure would be lifted off it.
    resting = [c for c in move.start.contacts if c in move.end.contacts]
    for t in FRAMES:
        pose = movement.at(t)
        assert pose.limit_violations() == [], t
        fig = figure(pose)
        assert fig.bounds()[1] == pytest.approx(0.0, abs=1e-9)
        if not turning:
            floating = [c for c in resting if fig.lowest(c) > CONTACT_TOLERANCE]
            assert floating == [], t


@pytest.mark.parametrize("move", MOVES, ids=move_id)
def test_the_ankles_never_swap_over(move) -> None:
    movement = Movement(move.start, move.end)
    gaps = [
        figure(movement.at(t)).joints["ankle_near"][0]
        - figure(movement.at(t)).joints["ankle_far"][0]
        for t in FRAMES
    ]
    ends = [g for g in (gaps[0], gaps[-1]) if abs(g) > 0.01]
    for gap in gaps:
        # Where the feet are apart at an end, they never cross to the other side on the way.
        assert all(gap * end > -1e-4 for end in ends), gaps


@pytest.mark.parametrize("facing", ["as drawn", "mirrored"])
def test_turning_from_the_front_each_leg_stays_on_its_own_side(facing: str) -> None:
    standing, step = LIBRARY.get("standing_wide"), LIBRARY.get("half_step_back")
    if facing == "mirrored":
        step = mirror(step)
    movement = Movement(standing, step)
    for t in FRAMES:
        fig = figure(movement.at(t))
        gap = fig.joints["ankle_near"][0] - fig.joints["ankle_far"][0]
        # The near leg is the one that steps back: behind the figure, away from where it faces.
        assert gap * step.facing < 0, t


@pytest.mark.parametrize(
    ("start", "end"),
    [("knees_bent", "bridge"), ("bridge", "knees_bent"), ("knees_bent", "bridge_arms_raised")],
)
def test_the_feet_stay_planted_through_the_bridge(start: str, end: str) -> None:
    movement = Movement(LIBRARY.get(start), LIBRARY.get(end))
    first = figure(movement.at(0.0))
    for t in FRAMES:
        fig = figure(movement.at(t))
        for side in ("near", "far"):
            moved = distance(first.joints[f"ball_{side}"], fig.joints[f"ball_{side}"])
            assert moved * BODY_HEIGHT_MM < 3, (t, side)  # within a few millimetres


def test_knees_up_slides_the_heels_along_the_mat_towards_the_buttocks() -> None:
    movement = Movement(LIBRARY.get("lying_on_back"), LIBRARY.get("knees_bent"))
    heels = [figure(movement.at(t)).joints["heel_near"] for t in FRAMES]
    assert heels[-1][0] < heels[0][0] - 0.2  # it travels towards the buttocks...
    assert max(y for _, y in heels) - min(y for _, y in heels) < 0.002  # ...along the mat
    xs = [x for x, _ in heels]
    assert xs == sorted(xs, reverse=True)


def test_the_legs_come_up_to_the_chest_one_after_the_other() -> None:
    movement = Movement(LIBRARY.get("knees_bent"), LIBRARY.get("knees_to_chest"))
    start, end = LIBRARY.get("knees_bent"), LIBRARY.get("knees_to_chest")

    def share(pose, side: str) -> float:
        return (pose[f"hip_{side}"] - start[f"hip_{side}"]) / (
            end[f"hip_{side}"] - start[f"hip_{side}"]
        )

    early, late = movement.at(0.3), movement.at(0.7)
    assert share(early, "near") > 0.3 and share(early, "far") == 0.0  # the near leg first...
    assert share(late, "near") == 1.0 and share(late, "far") < 0.7  # ...then the far one
    # Lowering them again, one after the other too.
    back = Movement(end, start).at(0.3)
    assert back["hip_far"] == end["hip_far"] and back["hip_near"] < end["hip_near"]


def test_highlights_and_props_fade_across_a_movement_rather_than_switch() -> None:
    movement = Movement(LIBRARY.get("knees_bent"), LIBRARY.get("bridge"))
    strengths = [movement.at(t).working.get("glutes", 0.0) for t in FRAMES]
    assert strengths[0] == 0.0 and strengths[-1] == 1.0
    assert strengths == sorted(strengths)
    assert any(0.2 < s < 0.8 for s in strengths)  # part of the way: part of the strength
    turn = Movement(LIBRARY.get("standing_wide"), LIBRARY.get("half_step_back"))
    assert 0.0 < turn.at(0.5).props["chair"] < 1.0


def test_blend_is_the_eased_movement_and_passes_through_both_ends() -> None:
    a, b = LIBRARY.get("knees_bent"), LIBRARY.get("knees_to_chest")
    assert blend(a, b, 0.0) == a and blend(a, b, 1.0) == b
    assert blend(a, b, 0.5).angles == Movement(a, b).at(0.5).angles
    assert ease(0.5) == pytest.approx(0.5)
