"""The body's outline around its joints: a trunk with chest, waist and hips, a neck, a head with a
chin and a nose, limbs that taper from the root, with a calf, a forearm and a foot.

Seen from the side the trunk is deeper at the chest and the buttocks than at the waist; from the
front it is broad at the shoulders and the hips. A figure turning between the two views takes the
shapes in between. Every measure is a fraction of the standing height, after the usual
anthropometric tables (a chest about 0.13 deep, shoulders about 0.24 wide).
"""

from __future__ import annotations

import cmath
import math
from collections.abc import Mapping
from dataclasses import dataclass

from backcoach.core.pose.geometry import (
    Point,
    along,
    arc,
    direction,
    heading,
    lerp,
    lerp_point,
    periodic_values,
    shifted,
    smooth_values,
)
from backcoach.core.pose.model import Pose
from backcoach.core.pose.proportions import LOWER_TRUNK, TRUNK


@dataclass(frozen=True)
class Segment:
    """A rounded stroke of the body: the hull of a circle at each end, perhaps of two sizes."""

    part: str
    chain: str  # "arm_far", "leg_far", "body", "leg_near", "arm_near": drawn in this order
    start: Point
    end: Point
    start_radius: float
    end_radius: float

    @property
    def lowest(self) -> float:
        return min(self.start[1] - self.start_radius, self.end[1] - self.end_radius)

    def bounds(self) -> tuple[float, float, float, float]:
        (x1, y1), (x2, y2), r1, r2 = self.start, self.end, self.start_radius, self.end_radius
        return (
            min(x1 - r1, x2 - r2),
            min(y1 - r1, y2 - r2),
            max(x1 + r1, x2 + r2),
            max(y1 + r1, y2 + r2),
        )

    def moved(self, dx: float, dy: float) -> Segment:
        return Segment(
            self.part,
            self.chain,
            shifted(self.start, dx, dy),
            shifted(self.end, dx, dy),
            self.start_radius,
            self.end_radius,
        )


@dataclass(frozen=True)
class Outline:
    """A closed outline of the body (the trunk, the head), point by point; `parts` names the
    body part of each point, so a contact can be checked part by part."""

    part: str
    chain: str
    points: tuple[Point, ...]
    parts: tuple[str, ...]
    rim: bool = False  # only the gap round a near limb follows it; nothing fills it

    def bounds(self) -> tuple[float, float, float, float]:
        xs = [p[0] for p in self.points]
        ys = [p[1] for p in self.points]
        return min(xs), min(ys), max(xs), max(ys)

    def lowest_of(self, part: str) -> float:
        heights = [p[1] for p, name in zip(self.points, self.parts, strict=True) if name == part]
        return min(heights) if heights else math.inf

    def moved(self, dx: float, dy: float) -> Outline:
        return Outline(
            self.part,
            self.chain,
            tuple([(x + dx, y + dy) for x, y in self.points]),
            self.parts,
            self.rim,
        )


# The trunk seen from the side: (distance up the spine from the hip joint, depth in front of the
# spine's line, depth behind it). Below the hip joint are the buttocks.
SIDE_TRUNK = (
    (-0.07, 0.030, 0.052),
    (-0.04, 0.044, 0.066),
    (0.00, 0.052, 0.071),
    (0.05, 0.057, 0.062),
    (0.12, 0.056, 0.049),  # the waist, the hollow of the lower back
    (0.17, 0.063, 0.058),
    (0.22, 0.073, 0.066),  # the chest and the shoulder blades
    (0.25, 0.071, 0.066),
    (0.275, 0.062, 0.061),
    (0.295, 0.048, 0.052),
    (0.31, 0.036, 0.042),  # the base of the neck
)
# The trunk seen from the front: (distance up the spine, half its width).
FRONT_TRUNK = (
    (-0.07, 0.015),
    (-0.04, 0.070),
    (0.00, 0.096),  # the hips
    (0.06, 0.088),
    (0.12, 0.076),  # the waist
    (0.19, 0.088),
    (0.24, 0.100),  # the chest
    (0.275, 0.112),  # the shoulders
    (0.297, 0.090),
    (0.31, 0.036),
)
BOTTOM = SIDE_TRUNK[0][0]
# The head round its centre: (degrees from where the face looks, turning up over the crown;
# distance). From the side a brow, a nose, lips and a chin; from the front an egg.
SIDE_HEAD = (
    (3.1, 0.0561),
    (5.5, 0.0522),  # the bridge of the nose
    (17.8, 0.0588),  # the brow
    (34.2, 0.0641),
    (54.0, 0.0680),
    (77.0, 0.0667),
    (100.3, 0.0671),  # the crown
    (125.5, 0.0688),
    (152.7, 0.0653),
    (175.4, 0.0622),
    (198.1, 0.0579),
    (217.3, 0.0528),  # the nape
    (246.0, 0.0492),
    (279.1, 0.0506),  # under the jaw
    (297.8, 0.0644),
    (306.9, 0.0750),  # the chin
    (316.1, 0.0750),
    (322.4, 0.0656),
    (329.9, 0.0659),  # the lips
    (332.6, 0.0608),
    (339.6, 0.0630),
    (346.4, 0.0597),
    (353.3, 0.0685),  # the tip of the nose
)
FRONT_HEAD = (
    (0, 0.050),
    (45, 0.058),
    (90, 0.066),
    (135, 0.058),
    (180, 0.050),
    (235, 0.050),
    (270, 0.060),
    (305, 0.050),
)
# The bones' outlines: (fraction of the way down the bone, depth in front of it, depth behind
# it) seen from the side, (fraction, half the width) from the front. The thigh is fuller in
# front, the calf swells behind the shin, the forearm near the elbow.
THIGH = ((0.0, 0.060, 0.058), (0.3, 0.058, 0.053), (0.65, 0.049, 0.044), (1.0, 0.040, 0.037))
THIGH_FRONT = ((0.0, 0.062), (0.3, 0.056), (0.7, 0.046), (1.0, 0.038))
SHIN = (
    (0.0, 0.037, 0.037),
    (0.22, 0.033, 0.048),
    (0.5, 0.029, 0.037),
    (0.8, 0.024, 0.025),
    (1.0, 0.023, 0.023),
)
SHIN_FRONT = ((0.0, 0.038), (0.25, 0.040), (0.6, 0.030), (1.0, 0.024))
UPPER_ARM = ((0.0, 0.034, 0.036), (0.45, 0.030, 0.031), (1.0, 0.025, 0.026))
UPPER_ARM_FRONT = ((0.0, 0.037), (0.5, 0.030), (1.0, 0.026))
FOREARM = ((0.0, 0.026, 0.026), (0.22, 0.029, 0.029), (1.0, 0.019, 0.018))
FOREARM_FRONT = ((0.0, 0.026), (0.22, 0.029), (1.0, 0.019))
NECK = ((0.0, 0.036, 0.042), (0.6, 0.031, 0.033), (1.0, 0.029, 0.031))
NECK_FRONT = ((0.0, 0.044), (0.5, 0.032), (1.0, 0.030))
HAND_RADII = (0.021, 0.018)
FOOT_RADII = (0.026, 0.019, 0.017, 0.012)  # ankle, heel, ball, toe tip
# The gap that sets a near limb off from the body starts this far down its first bone.
ROOT = 0.35
# Where the trunk's centre line is sampled (distance up the spine).
SPINE_STEPS = 28
BONE_STEPS = 10
HEAD_STEPS = 90


def _table(knots: tuple[tuple[float, ...], ...], column: int, at: list[float]) -> list[float]:
    """A profile's values at the given places, worked out once: every figure reuses them."""
    return [smooth_values([(k[0], k[column]) for k in knots], x) for x in at]


SPINE_AT = [BOTTOM + (TRUNK - BOTTOM) * i / SPINE_STEPS for i in range(SPINE_STEPS + 1)]
TRUNK_TABLE = (
    _table(SIDE_TRUNK, 1, SPINE_AT),
    _table(SIDE_TRUNK, 2, SPINE_AT),
    _table(FRONT_TRUNK, 1, SPINE_AT),
)
HEAD_TABLE = [
    (
        periodic_values(SIDE_HEAD, i * 360 / HEAD_STEPS),
        periodic_values(FRONT_HEAD, i * 360 / HEAD_STEPS),
    )
    for i in range(HEAD_STEPS)
]
Profile = tuple[list[float], list[float], list[float], list[float]]


def _bone_table(
    side_view: tuple[tuple[float, float, float], ...],
    front_view: tuple[tuple[float, float], ...],
    start: float = 0.0,
) -> Profile:
    """(places down the bone, depth in front, depth behind, half width from the front)."""
    at = [start + (1 - start) * i / BONE_STEPS for i in range(BONE_STEPS + 1)]
    return at, _table(side_view, 1, at), _table(side_view, 2, at), _table(front_view, 1, at)


THIGH_TABLE, THIGH_RIM = _bone_table(THIGH, THIGH_FRONT), _bone_table(THIGH, THIGH_FRONT, ROOT)
SHIN_TABLE = _bone_table(SHIN, SHIN_FRONT)
UPPER_ARM_TABLE = _bone_table(UPPER_ARM, UPPER_ARM_FRONT)
UPPER_ARM_RIM = _bone_table(UPPER_ARM, UPPER_ARM_FRONT, ROOT)
FOREARM_TABLE = _bone_table(FOREARM, FOREARM_FRONT)
NECK_TABLE = _bone_table(NECK, NECK_FRONT)


def body_outline(
    pose: Pose, joints: Mapping[str, Point]
) -> tuple[tuple[Segment, ...], tuple[Outline, ...], tuple[tuple[Point, Point, float], ...]]:
    """The body's shapes: rounded strokes for the hands and the feet, outlines for the rest,
    and the trunk's centre line (point, forward normal, distance up the spine)."""
    spine = _spine(pose, joints)
    outlines = [_trunk(pose, spine), _head(pose, joints)]
    outlines.append(
        _bone(pose, "neck", "body", joints["neck_base"], joints["neck_top"], NECK_TABLE)
    )
    segments: list[Segment] = []
    for side in ("near", "far"):
        arm, leg = f"arm_{side}", f"leg_{side}"
        shoulder, elbow = joints[f"shoulder_{side}"], joints[f"elbow_{side}"]
        hip, knee = joints[f"hip_{side}"], joints[f"knee_{side}"]
        wrist, ankle = joints[f"wrist_{side}"], joints[f"ankle_{side}"]
        outlines += [
            _bone(pose, f"upper_arm_{side}", arm, shoulder, elbow, UPPER_ARM_TABLE),
            _bone(pose, f"upper_arm_{side}", arm, shoulder, elbow, UPPER_ARM_RIM, rim=True),
            _bone(pose, f"forearm_{side}", arm, elbow, wrist, FOREARM_TABLE),
            _bone(pose, f"thigh_{side}", leg, hip, knee, THIGH_TABLE),
            _bone(pose, f"thigh_{side}", leg, hip, knee, THIGH_RIM, rim=True),
            _bone(pose, f"shin_{side}", leg, knee, ankle, SHIN_TABLE),
        ]
        segments.append(
            Segment(
                f"hand_{side}", arm, joints[f"wrist_{side}"], joints[f"hand_{side}"], *HAND_RADII
            )
        )
        segments += _foot(joints, side)
    return tuple(segments), tuple(outlines), spine


def _spine(pose: Pose, joints: Mapping[str, Point]) -> tuple[tuple[Point, Point, float], ...]:
    """The trunk's centre line, a smooth curve from the buttocks to the neck, with the forward
    normal at each point."""
    hip, waist, neck = joints["hip"], joints["waist"], joints["neck_base"]
    f = pose.facing
    trunk = pose.angles["trunk"]
    line = []
    for u in SPINE_AT:
        if u <= 0.0:
            point, tangent = along(hip, trunk, u), trunk
        else:
            # A quadratic curve with the waist as its control point: the spine bends smoothly.
            s = u / TRUNK
            point = (
                (1 - s) ** 2 * hip[0] + 2 * s * (1 - s) * waist[0] + s * s * neck[0],
                (1 - s) ** 2 * hip[1] + 2 * s * (1 - s) * waist[1] + s * s * neck[1],
            )
            dx = (1 - s) * (waist[0] - hip[0]) + s * (neck[0] - waist[0])
            dy = (1 - s) * (waist[1] - hip[1]) + s * (neck[1] - waist[1])
            tangent = heading((0.0, 0.0), (dx, dy))
        line.append((point, direction(tangent - 90 * f), u))
    return tuple(line)


def _trunk(pose: Pose, spine: tuple[tuple[Point, Point, float], ...]) -> Outline:
    turn = pose.turn
    front_side: list[Point] = []
    back_side: list[Point] = []
    labels: list[str] = []
    fronts, backs, widths = TRUNK_TABLE
    for (point, normal, u), front, back, width in zip(spine, fronts, backs, widths, strict=True):
        front, back = lerp(front, width, turn), lerp(back, width, turn)
        front_side.append((point[0] + normal[0] * front, point[1] + normal[1] * front))
        back_side.append((point[0] - normal[0] * back, point[1] - normal[1] * back))
        labels.append("torso_lower" if u < LOWER_TRUNK else "torso_upper")
    # The buttocks round off below the hip joint, from the back round to the front.
    bottom_front, bottom_back = front_side[0], back_side[0]
    middle = lerp_point(bottom_front, bottom_back, 0.5)
    radius = ((bottom_front[0] - middle[0]) ** 2 + (bottom_front[1] - middle[1]) ** 2) ** 0.5
    normal_angle = heading((0.0, 0.0), spine[0][1])
    cap = arc(middle, radius, normal_angle + 180, normal_angle + 180 + 180 * pose.facing)[1:-1]
    # And the top rounds off into the neck, from the front over to the back.
    top = _cap(front_side[-1], back_side[-1], heading(spine[-2][0], spine[-1][0]), pose.facing)
    points = front_side + top + back_side[::-1] + cap
    parts = labels + ["torso_upper"] * len(top) + labels[::-1] + ["torso_lower"] * len(cap)
    return Outline("torso", "body", tuple(points), tuple(parts))


def _head(pose: Pose, joints: Mapping[str, Point]) -> Outline:
    f, turn = pose.facing, pose.turn
    angles = pose.angles
    face = angles["trunk"] - f * (angles["spine"] + angles["neck"]) - 90 * f
    centre = joints["head"]
    points = []
    x, y = centre
    unit = cmath.rect(1.0, math.radians(face))
    turning = cmath.rect(1.0, math.radians(f * 360 / HEAD_STEPS))
    for side, front in HEAD_TABLE:
        point = unit * (side + (front - side) * turn)
        points.append((x + point.real, y + point.imag))
        unit *= turning
    return Outline("head", "body", tuple(points), ("head",) * len(points))


def _bone(
    pose: Pose,
    part: str,
    chain: str,
    start: Point,
    end: Point,
    profile: Profile,
    rim: bool = False,
) -> Outline:
    """The outline of a bone's flesh from `start` to `end` along its profile, rounded at both
    ends; a `rim` outline (from a third of the way down) is only for the gap round a near
    limb."""
    f, turn = pose.facing, pose.turn
    axis = heading(start, end)
    forward = direction(axis + 90 * f)
    front_side, back_side = [], []
    (x1, y1), (x2, y2), (nx, ny) = start, end, forward
    for s, front, back, width in zip(*profile, strict=True):
        front, back = front + (width - front) * turn, back + (width - back) * turn
        x, y = x1 + (x2 - x1) * s, y1 + (y2 - y1) * s
        front_side.append((x + nx * front, y + ny * front))
        back_side.append((x - nx * back, y - ny * back))
    points = front_side + _cap(front_side[-1], back_side[-1], axis, f)
    points += back_side[::-1] + _cap(back_side[0], front_side[0], axis + 180, f)
    return Outline(part, chain, tuple(points), (part,) * len(points), rim=rim)


def _cap(a: Point, b: Point, outward: float, f: int) -> list[Point]:
    """The round end from a to b (either side of a bone's end), bulging towards `outward`."""
    middle = lerp_point(a, b, 0.5)
    radius = ((a[0] - middle[0]) ** 2 + (a[1] - middle[1]) ** 2) ** 0.5
    begin = heading(middle, a)
    turn = math.remainder(outward - begin, 360.0)
    return arc(middle, radius, begin, begin + 2 * turn, 15.0)[1:-1]


def _foot(joints: Mapping[str, Point], side: str) -> list[Segment]:
    chain, foot = f"leg_{side}", f"foot_{side}"
    ankle, heel, ball, toe = (joints[f"{p}_{side}"] for p in ("ankle", "heel", "ball", "toe"))
    ankle_r, heel_r, ball_r, toe_r = FOOT_RADII
    return [
        Segment(foot, chain, ankle, heel, ankle_r, heel_r),
        Segment(foot, chain, ankle, ball, ankle_r, ball_r),
        Segment(foot, chain, heel, ball, heel_r, ball_r),
        Segment(foot, chain, ball, toe, ball_r, toe_r),
    ]
