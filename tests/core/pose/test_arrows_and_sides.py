"""The arrows follow the real movement; the side a picture shows is the side a step names; one
view box holds every pose of a kind."""

from __future__ import annotations

import math
from enum import Enum

import pytest

from backcoach.core.pose.arrows import movement_arrows, pose_arrows
from backcoach.core.pose.framing import extent, view_box
from backcoach.core.pose.geometry import heading
from backcoach.core.pose.kinematics import figure
from backcoach.core.pose.library import load_pose_library
from backcoach.core.pose.motion import Movement, mirror
from backcoach.core.pose.sides import mirrored_for

LIBRARY = load_pose_library()


def end_direction(line) -> float:
    """Where an arrow points at its head (degrees, y up), over its last few centimetres."""
    tip = line[-1]
    back = next(p for p in reversed(line) if math.dist(p, tip) > 0.02)
    return heading(back, tip)


def bulge(line) -> float:
    """How far the arrow's middle lies above the straight line from its tail to its head."""
    (x1, y1), (x2, y2) = line[0], line[-1]
    xm, ym = line[len(line) // 2]
    return ((x2 - x1) * (ym - y1) - (y2 - y1) * (xm - x1)) / math.hypot(x2 - x1, y2 - y1)


@pytest.mark.parametrize("pose_id", ["knees_to_chest", "single_knee_to_chest"])
def test_the_knee_arrow_arcs_over_towards_the_chest(pose_id: str) -> None:
    for pose in (LIBRARY.get(pose_id), mirror(LIBRARY.get(pose_id))):
        (line,) = pose_arrows(pose)
        towards_head = -pose.facing  # lying facing right, the head is on the left
        assert (line[-1][0] - line[0][0]) * towards_head > 0.15
        # An arc over the top (as the knee swings round the hip), not a dip...
        assert bulge(line) * -towards_head < -0.02
        # ...that ends pointing towards the chest, and down a little, not up and over.
        direction = math.radians(end_direction(line))
        assert math.cos(direction) * towards_head > 0.3 and math.sin(direction) < 0.3


def test_knees_up_shows_the_heel_sliding_along_the_mat_towards_the_buttocks() -> None:
    (line,) = pose_arrows(LIBRARY.get("knees_bent"))
    assert line[-1][0] < line[0][0] - 0.1  # towards the head and buttocks
    assert all(y < 0.06 for _, y in line)  # along the mat
    fig = figure(LIBRARY.get("knees_bent"))
    assert line[-1][0] > fig.joints["toe_near"][0] + 0.02  # it stops short of the foot


@pytest.mark.parametrize("pose_id", ["bridge", "bridge_arms_raised"])
def test_the_bridge_arrow_lifts_the_hips_and_the_arms_arrow_raises_the_arms(pose_id: str) -> None:
    lines = pose_arrows(LIBRARY.get(pose_id))
    hips = lines[0]
    assert 60 < end_direction(hips) < 120 and hips[-1][1] - hips[0][1] > 0.06
    fig = figure(LIBRARY.get(pose_id))
    hip = fig.joints["hip"]
    if pose_id == "bridge":
        assert min(y for _, y in hips) > hip[1]  # above the raised hips, clear of them
    else:
        # Under the raised buttocks (the arms' arrow takes the room above), clear of them.
        trunk = next(o for o in fig.outlines if o.part == "torso")
        x = hips[-1][0]
        above = min(py for px, py in trunk.points if abs(px - x) < 0.02)
        assert max(y for _, y in hips) < above - 0.01
        arms = lines[1]
        assert arms[-1][1] > arms[0][1] + 0.05  # the hands rise...
        assert end_direction(arms) > 100  # ...and come over towards the head


def test_the_ball_arrow_curls_the_head_towards_the_knees() -> None:
    (line,) = pose_arrows(LIBRARY.get("ball"))
    assert line[-1][1] > line[0][1] and line[-1][0] > line[0][0]  # up and towards the knees


def test_a_release_shows_the_arrows_of_its_position_reversed() -> None:
    bridge, knees = LIBRARY.get("bridge"), LIBRARY.get("knees_bent")
    into, out = movement_arrows(knees, bridge), movement_arrows(bridge, knees)
    assert out == [line[::-1] for line in into]
    assert 240 < end_direction(out[0]) % 360 < 300  # the hips come down
    assert movement_arrows(knees, knees) == []  # no movement, no arrow


class Side(Enum):  # as the timeline's Side
    LEFT = "left"
    RIGHT = "right"


def test_a_pose_is_mirrored_exactly_when_it_shows_the_other_side() -> None:
    knee = LIBRARY.get("single_knee_to_chest")  # drawn facing right: the right leg
    step = LIBRARY.get("half_step_back")  # drawn facing left: the left knee
    assert mirrored_for(knee, Side.LEFT) and not mirrored_for(knee, Side.RIGHT)
    assert not mirrored_for(step, Side.LEFT) and mirrored_for(step, "right")
    assert not mirrored_for(knee, None)  # done once: as drawn
    assert mirrored_for("single_knee_to_chest", "left")  # by id too
    assert not mirrored_for("handstand", "left")  # no such pose: nothing to mirror
    assert mirror(knee).near_side == "left" and not mirrored_for(mirror(knee), "left")


def test_every_pose_of_a_kind_fits_one_box_facing_either_way() -> None:
    lying = [p for p in LIBRARY if p.turn == 0 and p.angles["trunk"] in (180,) or p.id == "ball"]
    boxes = {view_box([pose]) for pose in lying}
    assert len(boxes) == 1  # so the figure never jumps between the steps of an exercise
    (box,) = boxes
    for pose in LIBRARY:
        for shown in (pose, mirror(pose)):
            left, bottom, right, top = extent(shown)
            b = view_box([shown])
            assert b[0] <= left and b[1] <= bottom and right <= b[2] and top <= b[3]
    standing = view_box([LIBRARY.get("standing_wide")])
    assert standing == view_box([LIBRARY.get("half_step_back")])
    assert standing == view_box([mirror(LIBRARY.get("half_step_back"))])
    mirrored = view_box([mirror(LIBRARY.get("knees_bent"))])
    assert mirrored == pytest.approx((-box[2], box[1], -box[0], box[3]))


def test_a_movement_s_box_covers_both_ends_and_every_frame() -> None:
    start, end = LIBRARY.get("standing_wide"), LIBRARY.get("half_step_back")
    box = view_box([start, end])
    movement = Movement(start, end)
    for t in (i / 10 for i in range(11)):
        left, bottom, right, top = figure(movement.at(t)).bounds()
        assert box[0] <= left and box[1] <= bottom and right <= box[2] and top <= box[3]
