from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backcoach.core.catalogue import Catalogue
from backcoach.core.pose.kinematics import figure
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


def test_human_proportions_the_head_is_an_eighth_of_the_height() -> None:
    fig = figure(LIBRARY.get("standing_wide"))
    height = fig.bounds()[3]
    assert height == pytest.approx(1.0, abs=0.03)
    head = next(o for o in fig.outlines if o.part == "head")
    assert (head.bounds()[3] - head.bounds()[1]) / height == pytest.approx(1 / 8, abs=0.01)
    # The hip joint is a little above half of the height, the knee about a quarter.
    assert fig.joints["hip"][1] / height == pytest.approx(0.53, abs=0.03)
    assert fig.joints["knee_near"][1] / height == pytest.approx(0.285, abs=0.03)


def test_the_trunk_is_deeper_at_the_chest_and_the_buttocks_than_at_the_waist() -> None:
    fig = figure(LIBRARY.get("half_step_back"))  # standing, seen from the side
    trunk = next(o for o in fig.outlines if o.part == "torso")

    def depth(height: float) -> float:
        xs = [x for x, y in trunk.points if abs(y - height) < 0.012]
        return max(xs) - min(xs)

    hip = fig.joints["hip"][1]
    chest, waist, buttocks = depth(hip + 0.23), depth(hip + 0.12), depth(hip)
    assert chest > waist + 0.01 and buttocks > waist + 0.01
    assert 0.11 < chest < 0.16  # about 23 cm on a person of 1.70 m


def test_from_the_front_the_shoulders_and_hips_are_wider_than_the_waist() -> None:
    fig = figure(LIBRARY.get("standing_wide"))
    trunk = next(o for o in fig.outlines if o.part == "torso")

    def width(height: float) -> float:
        xs = [x for x, y in trunk.points if abs(y - height) < 0.012]
        return max(xs) - min(xs)

    hip = fig.joints["hip"][1]
    assert width(hip + 0.27) > width(hip + 0.12) + 0.04  # shoulders
    assert width(hip) > width(hip + 0.12) + 0.02  # hips


def test_the_head_has_a_chin_below_the_face_and_a_neck_below_the_skull() -> None:
    fig = figure(LIBRARY.get("half_step_back"))  # facing left, upright
    head = next(o for o in fig.outlines if o.part == "head")
    chin = min(head.points, key=lambda p: p[1])
    centre = fig.joints["head"]
    assert chin[0] < centre[0]  # the lowest point of the head is forward, under the face
    neck = next(o for o in fig.outlines if o.part == "neck")
    assert min(x for x, _ in neck.points) > min(x for x, _ in head.points) + 0.03  # narrower


@pytest.mark.parametrize("pose_id", POSE_IDS)
def test_a_mirrored_pose_is_the_mirror_image(pose_id: str) -> None:
    pose = LIBRARY.get(pose_id)
    original, mirrored = figure(pose), figure(mirror(pose))
    for name, (x, y) in original.joints.items():
        mx, my = mirrored.joints[name]
        assert mx == pytest.approx(-x, abs=1e-9), name
        assert my == pytest.approx(y, abs=1e-9), name
    twice = mirror(mirror(pose))
    assert twice.angles == pytest.approx(pose.angles) and twice.facing == pose.facing
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
    # From the front the near leg spreads with negative angles, the far with positive.
    assert front["hip_near"] == (-45.0, 15.0) and front["hip_far"] == (-15.0, 45.0)
    assert half["hip_near"] == (front["hip_near"][0], side["hip_near"][1])


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
        ({"arrows": [{"joint": "hip", "angle": "up"}]}, "'arrow' needs numbers"),
        ({"arrows": [{"joint": "hip", "trim": [0.9, 0.1]}]}, "'trim'"),
        ({"arrows": [{"joint": "tail"}]}, "'arrow' needs a 'joint'"),
        ({"working": ["spleen"]}, "'working'"),
        ({"props": ["piano"]}, "'props'"),
        ({"moves_from": 3}, "'moves_from'"),
        ({"legs_in_turn": "yes"}, "'legs_in_turn'"),
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
    assert pose.props == {} and pose.working == {} and not pose.legs_in_turn


def test_a_pose_file_names_muscles_props_and_the_pose_it_is_reached_from() -> None:
    pose = pose_from_json(
        pose_json(
            working=["glutes", "thigh_near"],
            surface="mat",
            props=["chair"],
            moves_from="lying_on_back",
            arrows=[{"joint": "knee_near", "normal": -0.05}],
        )
    )
    assert pose.working == {"glutes": 1.0, "thigh_near": 1.0}
    assert pose.props == {"chair": 1.0, "mat": 1.0} and pose.surface == "mat"
    assert pose.moves_from == "lying_on_back"
    assert pose.arrows[0].traced and pose.arrows[0].normal == -0.05


def test_an_unknown_pose_id_raises_a_pose_error() -> None:
    with pytest.raises(PoseError, match="no pose"):
        LIBRARY.get("handstand")
