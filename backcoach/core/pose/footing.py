"""Feet (and hands) that stay on the floor through a movement.

Moving every joint angle in a straight line would swing a foot through the air, or through the
mat, even when the foot is on the floor at both ends: in the bridge the feet would slide towards
the head as the hips rise. Here a foot that touches the floor at both ends of a movement is put
back on it at every moment: where it is planted, it stays; where it moves (the heel sliding up
towards the buttock as the knees come up), it slides along the floor in a straight line. The hip
and the knee are found from where the ankle must be (two bones, one bend), and the ankle from the
foot's angle, which turns evenly from one end to the other. A hand on the floor at both ends
(pressing on the mat in the bridge) is held on it the same way, by the shoulder and the elbow.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import replace

from backcoach.core.pose.geometry import Point, along, distance, heading, lerp, lerp_point, wrap
from backcoach.core.pose.kinematics import Figure, body_figure, foot_direction, foot_points
from backcoach.core.pose.model import Pose
from backcoach.core.pose.proportions import (
    ELBOW_RADIUS,
    FOREARM,
    HAND,
    HAND_TIP_RADIUS,
    SHIN,
    THIGH,
    UPPER_ARM,
    WRIST_RADIUS,
)

FOOT_POINTS = ("ball", "heel", "toe")
# The parts whose lowest point decides how high the body lies while the feet are held.
UPPER_BODY = ("torso_lower", "torso_upper", "head", "neck")


def planted_point(start: Pose, end: Pose, side: str) -> str | None:
    """The point of a foot that touches the floor at both ends of a movement, if one does."""
    for point in FOOT_POINTS:
        name = f"{point}_{side}"
        if name in start.contacts and name in end.contacts:
            return point
    return None


def keep_feet_down(
    start: Figure, end: Figure, pose: Pose, progress: float, legs: Mapping[str, float]
) -> Pose:
    """`pose` (part of the way from start to end) with each foot that is on the floor at both
    ends put back on the floor, `legs[side]` of the way from where it was to where it goes."""
    a, b = start.pose, end.pose
    if a.turn != 0.0 or b.turn != 0.0 or a.facing != b.facing or a.anchor != b.anchor:
        return pose  # a figure turning round, or changing what holds it: nothing to keep
    feet = {side: planted_point(a, b, side) for side in ("near", "far")}
    hands = [s for s in ("near", "far") if f"hand_{s}" in a.contacts and f"hand_{s}" in b.contacts]
    if not any(feet.values()) and not hands:
        return pose
    raw = body_figure(pose)
    # Place the body as it will be drawn: the anchor where it always is, the trunk and head as
    # high as they are at the two ends (on the mat, in a floor pose).
    heights = (_upper_body_height(start), _upper_body_height(end))
    lowest = _upper_body_height(raw)
    dx = -raw.joints[pose.anchor][0]
    dy = lerp(heights[0], heights[1], progress) - lowest
    angles = dict(pose.angles)
    for side, point in feet.items():
        if point is None:
            continue
        share = legs[side]
        target = lerp_point(start.joints[f"{point}_{side}"], end.joints[f"{point}_{side}"], share)
        foot = _foot_angle(a, side) + wrap(_foot_angle(b, side) - _foot_angle(a, side)) * share
        hip_x, hip_y = raw.joints[f"hip_{side}"]
        hip = (hip_x + dx, hip_y + dy)
        angles.update(_leg_reaching(pose, side, hip, target, point, foot))
    for side in hands:
        x, y = raw.joints[f"shoulder_{side}"]
        angles[f"shoulder_{side}"] = _arm_on_floor(pose, side, (x + dx, y + dy))
    return replace(pose, angles=angles)


def _upper_body_height(fig: Figure) -> float:
    return min(fig.lowest(part) for part in UPPER_BODY)


def _foot_angle(pose: Pose, side: str) -> float:
    a, f = pose.angles, pose.facing
    thigh = a["trunk"] + 180 + f * a[f"hip_{side}"]
    shin = thigh - f * a[f"knee_{side}"]
    return foot_direction(shin, a[f"ankle_{side}"], f)


def _arm_on_floor(pose: Pose, side: str, shoulder: Point) -> float:
    """The shoulder angle that lays the arm, as bent as it is, on the floor: its lowest point
    (the elbow, the wrist or the hand) just touching, neither through the mat nor above it."""
    a, f = pose.angles, pose.facing
    upper = a["trunk"] - f * a["spine"]

    def lowest(angle: float) -> float:
        arm = upper + 180 + f * angle
        forearm = arm + f * a[f"elbow_{side}"]
        hand = forearm + f * a[f"wrist_{side}"]
        elbow = along(shoulder, arm, UPPER_ARM)
        wrist = along(elbow, forearm, FOREARM)
        tip = along(wrist, hand, HAND)
        return min(elbow[1] - ELBOW_RADIUS, wrist[1] - WRIST_RADIUS, tip[1] - HAND_TIP_RADIUS)

    # Turning the arm towards the floor lowers it: halve the interval round the interpolated angle.
    low, high = a[f"shoulder_{side}"] - 60.0, a[f"shoulder_{side}"] + 60.0
    if (lowest(low) > 0) == (lowest(high) > 0):
        return a[f"shoulder_{side}"]
    below = lowest(low) > 0
    for _ in range(24):  # a ten-thousandth of a degree
        middle = (low + high) / 2
        if (lowest(middle) > 0) == below:
            low = middle
        else:
            high = middle
    return (low + high) / 2


def _bend(root: Point, end: Point, first: float, second: float) -> tuple[float, float, float]:
    """Two bones from `root` reaching `end`: the direction from root to end, the angle between
    that line and the first bone, and how far the joint between them bends (degrees)."""
    reach = min(max(distance(root, end), abs(first - second) + 1e-6), first + second - 1e-6)
    inside = math.degrees(
        math.acos(max(-1.0, min(1.0, (first**2 + second**2 - reach**2) / (2 * first * second))))
    )
    at_root = math.degrees(
        math.acos(max(-1.0, min(1.0, (first**2 + reach**2 - second**2) / (2 * first * reach))))
    )
    return heading(root, end), at_root, 180.0 - inside


def _leg_reaching(
    pose: Pose, side: str, hip: Point, target: Point, point: str, foot: float
) -> dict[str, float]:
    """The hip, knee and ankle angles that put the foot's `point` on `target`, the foot pointing
    in direction `foot`, the knee bending forward as knees do."""
    f = pose.facing
    toes = pose.angles[f"toes_{side}"]
    heel, ball, toe = foot_points((0.0, 0.0), foot, toes, f)
    offset = {"heel": heel, "ball": ball, "toe": toe}[point]
    ankle = (target[0] - offset[0], target[1] - offset[1])
    line, at_hip, knee = _bend(hip, ankle, THIGH, SHIN)
    thigh = line + f * at_hip
    shin = thigh - f * knee
    return {
        f"hip_{side}": wrap(f * (thigh - pose.angles["trunk"] - 180.0)),
        f"knee_{side}": knee,
        f"ankle_{side}": wrap(f * (foot - shin) - 90.0),
    }
