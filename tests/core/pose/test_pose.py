from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backcoach.core.catalogue import Catalogue
from backcoach.core.pose.kinematics import HEAD_RADIUS, figure
from backcoach.core.pose.library import load_pose_library
from backcoach.core.pose.model import ANGLE_NAMES, Pose, PoseError, joint_limits, pose_from_json
from backcoach.core.pose.motion import blend, can_interpolate, ease, interpolate, mirror

LIBRARY = load_pose_library()
POSE_IDS = sorted(p.id for p in LIBRARY)


def pose_json(**changes):
    """A valid pose file's content (standing), with some keys changed."""
    angles = {name: 0.0 for name in ANGLE_NAMES}
    angles["trunk"] = 90.0
    data = {"schema": 1, "id": "test", "name": "Test", "angles": angles}
    data.update(changes)
    return data


def test_every_position_of_the_catalogue_has_a_pose(catalogue: Catalogue) -> None:
    missing = [
        f"{exercise.id}/{position.id}: {position.pose}"
        for exercise in catalogue
        for position in exercise.positions
        if position.pose not in LIBRARY
    ]
    assert missing == []


def test_the_library_lists_its_poses_by_name_for_a_person_to_pick() -> None:
    choices = LIBRARY.choices()
    assert {pose_id for pose_id, _ in choices} == set(POSE_IDS)
    names = [name for _, name in choices]
    assert names == sorted(names, key=str.casefold)
    assert all(name.strip() for name in names)


@pytest.mark.parametrize("pose_id", POSE_IDS)
def test_every_joint_is_within_its_natural_range(pose_id: str) -> None:
    pose = LIBRARY.get(pose_id)
    assert pose.limit_violations() == []
    assert mirror(pose).limit_violations() == []


@pytest.mark.parametrize("pose_id", POSE_IDS)
def test_the_figure_stands_or_lies_on_the_floor_where_the_pose_says(pose_id: str) -> None:
    fig = figure(LIBRARY.get(pose_id))
    left, bottom, right, top = fig.bounds()
    assert bottom == pytest.approx(0.0, abs=1e-9)  # nothing sinks into the floor
    assert fig.pose.contacts, "a held position touches the floor somewhere"
    assert fig.floating_contacts() == []


def test_floor_contacts_the_guide_implies() -> None:
    bridge = LIBRARY.get("bridge")
    # The heels are raised: the balls of the feet carry the weight, the heels are off the floor.
    assert {"ball_near", "head", "torso_upper"} <= set(bridge.contacts)
    fig = figure(bridge)
    assert fig.lowest("heel_near") > 0.03
    assert fig.lowest("torso_lower") > 0.1  # the hips are up
    for pose_id in ("knees_to_chest", "single_knee_to_chest", "lying_on_back", "knees_bent"):
        assert "torso_lower" in LIBRARY.get(pose_id).contacts  # the back stays on the mat
    standing = figure(LIBRARY.get("standing_wide"))
    assert standing.lowest("foot_near") == pytest.approx(0, abs=0.012)
    assert standing.lowest("foot_far") == pytest.approx(0, abs=0.012)
    single = LIBRARY.get("single_knee_to_chest")
    assert {"heel_far", "ball_far"} <= set(single.contacts)  # the other foot stays flat


def test_human_proportions_the_head_is_an_eighth_of_the_height() -> None:
    fig = figure(LIBRARY.get("standing_wide"))
    height = fig.bounds()[3]
    assert height == pytest.approx(1.0, abs=0.03)
    assert 2 * HEAD_RADIUS / height == pytest.approx(1 / 8, abs=0.01)
    # The hip joint is a little above half of the height, the knee about a quarter.
    assert fig.joints["hip"][1] / height == pytest.approx(0.53, abs=0.03)
    assert fig.joints["knee_near"][1] / height == pytest.approx(0.285, abs=0.03)


def test_standing_wide_has_the_feet_wider_than_the_hips() -> None:
    fig = figure(LIBRARY.get("standing_wide"))
    feet = abs(fig.joints["ankle_near"][0] - fig.joints["ankle_far"][0])
    hips = abs(fig.joints["hip_near"][0] - fig.joints["hip_far"][0])
    assert feet > 2.5 * hips


def test_half_step_back_puts_one_foot_behind_with_its_knee_bent() -> None:
    pose = LIBRARY.get("half_step_back")
    fig = figure(pose)
    behind = -pose.facing  # the figure faces its front; behind is the other way
    assert (fig.joints["ankle_near"][0] - fig.joints["ankle_far"][0]) * behind > 0.15
    assert pose["knee_near"] > 25 and pose["knee_far"] < pose["knee_near"] / 2
    assert fig.lowest("heel_near") > 0.02  # on the ball of the foot


@pytest.mark.parametrize("pose_id", POSE_IDS)
def test_a_mirrored_pose_is_the_mirror_image(pose_id: str) -> None:
    pose = LIBRARY.get(pose_id)
    original, mirrored = figure(pose), figure(mirror(pose))
    for name, (x, y) in original.joints.items():
        mx, my = mirrored.joints[name]
        assert mx == pytest.approx(-x, abs=1e-9), name
        assert my == pytest.approx(y, abs=1e-9), name
    assert mirror(mirror(pose)) == pose
    assert mirror(pose).near_side != pose.near_side


def test_the_guide_s_first_side_of_the_half_step_is_the_left_knee() -> None:
    # "bend your left knee whilst shifting weight to the right hip": unmirrored shows the left.
    assert LIBRARY.get("half_step_back").near_side == "left"


def test_symmetry_is_known_so_only_one_sided_poses_get_a_mirror_picture() -> None:
    assert LIBRARY.get("knees_bent").is_symmetric()
    assert LIBRARY.get("standing_wide").is_symmetric()
    assert not LIBRARY.get("single_knee_to_chest").is_symmetric()
    assert not LIBRARY.get("half_step_back").is_symmetric()


def test_ease_starts_and_ends_gently_and_never_goes_back() -> None:
    assert ease(0.0) == 0.0 and ease(1.0) == 1.0 and ease(0.5) == pytest.approx(0.5)
    values = [ease(i / 100) for i in range(101)]
    assert values == sorted(values)
    assert ease(0.05) < 0.05 and ease(0.95) > 0.95  # slow at both ends


PAIRS = [
    (a, b) for a in POSE_IDS for b in POSE_IDS if can_interpolate(LIBRARY.get(a), LIBRARY.get(b))
]


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_interpolation_passes_through_both_poses_at_its_ends(a: str, b: str) -> None:
    start, end = LIBRARY.get(a), LIBRARY.get(b)
    assert interpolate(start, end, 0.0).angles == start.angles
    assert interpolate(start, end, 1.0).angles == end.angles
    assert blend(start, end, 0.0).angles == start.angles
    assert blend(start, end, 1.0).angles == end.angles


@settings(max_examples=150, deadline=None)
@given(
    pair=st.sampled_from(PAIRS),
    t=st.floats(min_value=0.0, max_value=1.0),
    mirrored=st.booleans(),
)
def test_interpolation_stays_within_the_joint_limits(pair, t: float, mirrored: bool) -> None:
    start, end = (LIBRARY.get(pose_id) for pose_id in pair)
    if mirrored:
        start, end = mirror(start), mirror(end)
    between = interpolate(start, end, t)
    assert between.limit_violations() == []
    fig = figure(between)
    assert fig.bounds()[1] == pytest.approx(0.0, abs=1e-9)
    assert all(math.isfinite(v) for point in fig.joints.values() for v in point)


def test_the_trunk_turns_the_short_way_round() -> None:
    lying, bridge = LIBRARY.get("lying_on_back"), LIBRARY.get("bridge")
    assert lying["trunk"] == 180 and bridge["trunk"] < -140  # just past 180, written as negative
    half = interpolate(lying, bridge, 0.5)["trunk"]
    expected = 180 + ((bridge["trunk"] + 360) - 180) / 2 - 360
    assert half == pytest.approx(expected)


def test_a_symmetric_front_view_turns_into_a_side_view_facing_either_way() -> None:
    standing, step = LIBRARY.get("standing_wide"), LIBRARY.get("half_step_back")
    for target in (step, mirror(step)):
        assert can_interpolate(standing, target) and can_interpolate(target, standing)
        assert interpolate(standing, target, 0.999).facing == target.facing
        assert interpolate(target, standing, 0.001).facing == target.facing
        assert interpolate(standing, target, 0.5).turn == pytest.approx(0.5)


def test_interpolating_a_pose_with_its_mirror_is_refused() -> None:
    pose = LIBRARY.get("half_step_back")
    with pytest.raises(PoseError, match="opposite"):
        interpolate(pose, mirror(pose), 0.5)


def test_turning_from_the_front_view_passes_through_the_union_of_both_ranges() -> None:
    side, front, half = joint_limits(0.0), joint_limits(1.0), joint_limits(0.5)
    assert front["hip_far"] == (-45.0, 15.0)  # outward is negative for the far leg, from the front
    assert half["hip_near"] == (min(side["hip_near"][0], front["hip_near"][0]), side["hip_near"][1])


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"angles": {"trunk": 90}}, "missing angles"),
        ({"angles": {**pose_json()["angles"], "tail": 3}}, "unknown angles tail"),
        ({"angles": {**pose_json()["angles"], "knee_near": -20}}, "knee_near is -20°"),
        ({"angles": {**pose_json()["angles"], "hip_far": "a lot"}}, "must be a number"),
        ({"view": "top"}, "'view'"),
        ({"facing": "up"}, "'facing'"),
        ({"working": ["tail"]}, "'working'"),
        ({"contacts": ["tail"]}, "'contacts'"),
        ({"anchor": "tail"}, "'anchor'"),
        ({"arrows": [{"joint": "hip"}]}, "'arrow' needs an 'angle'"),
        ({"schema": 2}, "schema"),
        ({"name": ""}, "'name'"),
    ],
)
def test_a_bad_pose_file_gets_a_clear_message(changes, message: str) -> None:
    with pytest.raises(PoseError, match=message):
        pose_from_json(pose_json(**changes))


def test_a_valid_pose_file_loads_with_defaults() -> None:
    pose = pose_from_json(pose_json())
    assert isinstance(pose, Pose)
    assert pose.facing == 1 and pose.view == "side" and pose.surface == "floor"
    assert pose["wrist_near"] == 0.0  # optional angles default to in line with the limb


def test_an_unknown_pose_id_raises_a_pose_error() -> None:
    with pytest.raises(PoseError, match="no pose"):
        LIBRARY.get("handstand")
