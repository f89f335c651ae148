"""Each position drawn as a physiotherapist would draw it, checked from the kinematics: where the
body rests, which joints line up, where the hands hold, what is highlighted."""

from __future__ import annotations

import math

import pytest

from backcoach.core.pose.geometry import distance, heading
from backcoach.core.pose.kinematics import CONTACT_TOLERANCE, Figure, figure, knee_bend
from backcoach.core.pose.library import load_pose_library
from backcoach.core.pose.props import prop_strokes

LIBRARY = load_pose_library()
BODY_HEIGHT_MM = 1700  # "a few millimetres at body scale" for a person of 1.70 m


def fig(pose_id: str) -> Figure:
    return figure(LIBRARY.get(pose_id))


def on_floor(f: Figure, part: str) -> bool:
    return f.lowest(part) <= CONTACT_TOLERANCE


def test_lying_on_the_back_the_legs_lie_long_on_the_mat() -> None:
    f = fig("lying_on_back")
    pose = f.pose
    for side in ("near", "far"):
        assert pose[f"knee_{side}"] <= 3  # straight, not bent 12°
        assert knee_bend(f, side) <= 5
        for part in (f"shin_{side}", f"heel_{side}"):  # the calf and the heel rest on the mat
            assert on_floor(f, part), part
    for part in ("head", "torso_upper", "torso_lower", "hand_near"):
        assert on_floor(f, part), part


def test_knees_up_both_feet_are_flat_on_the_mat() -> None:
    f = fig("knees_bent")
    for side in ("near", "far"):
        for point in ("heel", "ball"):
            assert on_floor(f, f"{point}_{side}")
        assert 90 <= knee_bend(f, side) <= 120


def angle_at(a: tuple[float, float], b: tuple[float, float], c: tuple[float, float]) -> float:
    """How far the line a-b-c bends at b (0: straight)."""
    return (
        abs(math.remainder(math.radians(heading(b, c) - heading(a, b)), math.tau)) * 180 / math.pi
    )


@pytest.mark.parametrize("pose_id", ["bridge", "bridge_arms_raised"])
def test_the_bridge_puts_shoulders_hips_and_knees_in_one_line_heels_up(pose_id: str) -> None:
    f = fig(pose_id)
    j = f.joints
    assert angle_at(j["shoulder_near"], j["hip"], j["knee_near"]) < 3  # not over-arched
    assert j["hip"][1] > 0.15  # the hips well up
    for side in ("near", "far"):
        assert on_floor(f, f"ball_{side}")  # on the balls of the feet...
        assert f.lowest(f"heel_{side}") > 0.02  # ...the heels raised, as the guide says
    assert on_floor(f, "head") and on_floor(f, "torso_upper")


def test_the_bridge_s_feet_stand_where_they_stood_with_the_knees_up() -> None:
    before = fig("knees_bent")
    for pose_id in ("bridge", "bridge_arms_raised"):
        after = fig(pose_id)
        for side in ("near", "far"):
            moved = distance(before.joints[f"ball_{side}"], after.joints[f"ball_{side}"])
            assert moved * BODY_HEIGHT_MM < 3, pose_id


def test_the_bridge_works_the_buttocks_and_the_backs_of_the_thighs() -> None:
    for pose_id in ("bridge", "bridge_arms_raised"):
        assert set(LIBRARY.get(pose_id).working) == {
            "glutes",
            "hamstrings_near",
            "hamstrings_far",
        }


def test_the_arms_raised_bridge_points_both_arms_at_the_ceiling() -> None:
    f = fig("bridge_arms_raised")
    for side in ("near", "far"):
        shoulder, hand = f.joints[f"shoulder_{side}"], f.joints[f"hand_{side}"]
        assert heading(shoulder, hand) == pytest.approx(90, abs=5)


@pytest.mark.parametrize(
    ("pose_id", "holding"),
    [
        ("knees_to_chest", {"near": "near", "far": "far"}),
        ("single_knee_to_chest", {"near": "near", "far": "near"}),
        ("ball", {"near": "near", "far": "far"}),
    ],
)
def test_the_hands_hold_the_shins_just_below_the_knees_elbows_off_the_mat(
    pose_id: str, holding: dict[str, str]
) -> None:
    f = fig(pose_id)
    for arm, leg in holding.items():
        knee, ankle = f.joints[f"knee_{leg}"], f.joints[f"ankle_{leg}"]
        hand = f.joints[f"wrist_{arm}"]
        # Where along the shin the hand is, and how far from it.
        shin = (ankle[0] - knee[0], ankle[1] - knee[1])
        length = math.hypot(*shin)
        along = ((hand[0] - knee[0]) * shin[0] + (hand[1] - knee[1]) * shin[1]) / length
        across = abs((hand[0] - knee[0]) * shin[1] - (hand[1] - knee[1]) * shin[0]) / length
        assert 0.0 < along < 0.5 * length, arm  # below the knee, in its upper half
        assert across < 0.06, arm  # over the shin, not perched above it
        assert f.joints[f"elbow_{arm}"][1] > 0.07, arm  # the elbow off the mat
        forearm = heading(f.joints[f"elbow_{arm}"], f.joints[f"wrist_{arm}"])
        assert not 75 < forearm < 105, arm  # not a forearm standing straight up


def test_knees_to_chest_pulls_the_knees_near_the_chest_and_stretches_the_lower_back() -> None:
    for pose_id in ("knees_to_chest", "single_knee_to_chest"):
        f = fig(pose_id)
        assert distance(f.joints["knee_near"], f.joints["neck_base"]) < 0.3
        assert set(f.pose.working) == {"lower_back"}
        assert on_floor(f, "torso_lower") and on_floor(f, "head")


def test_one_knee_to_chest_keeps_the_other_foot_flat_on_the_mat() -> None:
    f = fig("single_knee_to_chest")
    assert on_floor(f, "heel_far") and on_floor(f, "ball_far")
    assert f.lowest("foot_near") > 0.1  # the pulled leg is off the floor


def test_the_ball_is_a_moderate_curl_with_the_head_a_little_off_the_mat() -> None:
    f = fig("ball")
    head = f.lowest("head") * BODY_HEIGHT_MM
    assert 40 < head < 170  # off the mat, but nothing like a sit-up (39 cm)
    assert f.pose["spine"] <= 15
    assert f.pose["neck"] >= 10  # the head flexed towards the knees
    assert on_floor(f, "torso_lower")
    assert "back" in f.pose.working


def test_the_half_step_back_is_a_lunge_stretch_with_the_weight_on_the_front_hip() -> None:
    pose = LIBRARY.get("half_step_back")
    f = figure(pose)
    forward = pose.facing  # facing left: forward is towards -x
    front, back = f.joints["ankle_far"], f.joints["ankle_near"]
    assert (back[0] - front[0]) * forward < -0.15  # the near leg half a step behind
    assert knee_bend(f, "near") > 25  # its knee bent...
    assert f.lowest("heel_near") > 0.02 and on_floor(f, "ball_near")  # ...on the ball of its foot
    # The weight over the front foot: the hips are above it, not half-way between the feet.
    assert abs(f.joints["hip"][0] - front[0]) < 0.05
    assert on_floor(f, "heel_far") and on_floor(f, "ball_far")
    assert set(pose.working) == {"hip_flexors_near"}  # the front of the back hip stretches


def test_the_half_step_back_holds_a_chair_within_reach() -> None:
    f = fig("half_step_back")
    chair = prop_strokes(f)["chair"]
    top = max(chair, key=lambda stroke: max(stroke[0][1], stroke[1][1]))
    backrest = max(top, key=lambda p: p[1])
    for side in ("near", "far"):
        assert distance(f.joints[f"hand_{side}"], backrest) < 0.05


def test_standing_with_legs_apart_the_feet_are_wider_than_the_hips() -> None:
    f = fig("standing_wide")
    feet = abs(f.joints["ankle_near"][0] - f.joints["ankle_far"][0])
    hips = abs(f.joints["hip_near"][0] - f.joints["hip_far"][0])
    assert feet > 2.5 * hips
    assert set(f.pose.working) == {"inner_thighs"}  # what stretches, and nothing else
    for side in ("near", "far"):
        assert on_floor(f, f"heel_{side}")
