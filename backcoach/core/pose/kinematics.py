"""Forward kinematics: where each joint of a pose is, the body's outline, and the floor.

A pose's angles (backcoach.core.pose.model) and the body's proportions below give every joint's
position; `body_shape` hangs the body's outline on them (a trunk with chest, waist and hips, a
head with a chin, limbs that taper), and the figure is placed with the lowest point of that
outline on the floor and its anchor joint at x = 0. A Figure also says which of the pose's
contacts do not reach the floor. The painter (ui/widgets/pose_painter.py) draws it.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field

from backcoach.core.pose.body_shape import Outline, Segment, body_outline
from backcoach.core.pose.geometry import Point, along, lerp_point
from backcoach.core.pose.model import Pose
from backcoach.core.pose.proportions import (
    ANKLE_HEIGHT,
    BALL_RADIUS,
    FOOT_BALL,
    FOOT_HEEL,
    FOREARM,
    FRONT_HIP_OFFSET,
    FRONT_SHOULDER_OFFSET,
    HAND,
    HAND_TIP_RADIUS,
    HEEL_RADIUS,
    LOWER_TRUNK,
    NECK,
    SHIN,
    SHOULDER_DROP,
    THIGH,
    TOE_RADIUS,
    TOES,
    UPPER_ARM,
    UPPER_TRUNK,
)

# How close to the floor a part must come to count as touching it.
CONTACT_TOLERANCE = 0.012

CHAINS = ("arm_far", "leg_far", "body", "leg_near", "arm_near")
SIDES = ("near", "far")


@dataclass(frozen=True)
class Figure:
    """A pose turned into positions: y up, the floor at y = 0, the anchor joint at x = 0."""

    pose: Pose
    joints: Mapping[str, Point]
    segments: tuple[Segment, ...]
    outlines: tuple[Outline, ...] = ()
    point_radii: Mapping[str, float] = field(default_factory=dict)
    # The trunk's centre line from below the hip to the neck, with the trunk's forward normal at
    # each point: what the highlighted regions of the trunk are laid along.
    spine: tuple[tuple[Point, Point, float], ...] = ()

    def bounds(self) -> tuple[float, float, float, float]:
        """(left, bottom, right, top) of everything drawn."""
        boxes = [s.bounds() for s in self.segments]
        boxes += [o.bounds() for o in self.outlines if not o.rim]
        return (
            min(b[0] for b in boxes),
            min(b[1] for b in boxes),
            max(b[2] for b in boxes),
            max(b[3] for b in boxes),
        )

    def lowest(self, name: str) -> float:
        """The height above the floor of the lowest point of a part, or of a named point."""
        if name in self.point_radii:
            return self.joints[name][1] - self.point_radii[name]
        heights = [s.lowest for s in self.segments if s.part == name]
        heights += [o.lowest_of(name) for o in self.outlines if not o.rim]
        return min(heights)

    def floating_contacts(self) -> list[str]:
        """The pose's contacts that do not touch the floor."""
        return [c for c in self.pose.contacts if self.lowest(c) > CONTACT_TOLERANCE]

    def moved(self, dx: float, dy: float) -> Figure:
        return Figure(
            pose=self.pose,
            joints={name: (x + dx, y + dy) for name, (x, y) in self.joints.items()},
            segments=tuple(s.moved(dx, dy) for s in self.segments),
            outlines=tuple(o.moved(dx, dy) for o in self.outlines),
            point_radii=self.point_radii,
            spine=tuple(((x + dx, y + dy), n, u) for (x, y), n, u in self.spine),
        )


def figure(pose: Pose) -> Figure:
    """Where every joint is, with the figure's lowest point on the floor and its anchor at x = 0."""
    raw = body_figure(pose)
    left, bottom, right, top = raw.bounds()
    return raw.moved(-raw.joints[pose.anchor][0], -bottom)


def body_figure(pose: Pose) -> Figure:
    """The figure with the hip joint at the origin, before it is placed on the floor."""
    joints, radii = joint_positions(pose)
    segments, outlines, spine = body_outline(pose, joints)
    return Figure(pose, joints, segments, outlines, radii, spine)


def joint_positions(pose: Pose) -> tuple[dict[str, Point], dict[str, float]]:
    """Every joint with the hip joint at the origin, and the radii of the named points."""
    a, f, turn = pose.angles, pose.facing, pose.turn
    joints: dict[str, Point] = {}
    radii: dict[str, float] = {}
    trunk = a["trunk"]
    upper = trunk - f * a["spine"]
    neck = upper - f * a["neck"]
    face = neck - 90 * f  # where the face looks
    joints["hip"] = (0.0, 0.0)
    joints["waist"] = along(joints["hip"], trunk, LOWER_TRUNK)
    joints["neck_base"] = along(joints["waist"], upper, UPPER_TRUNK)
    joints["neck_top"] = along(joints["neck_base"], neck, NECK)
    # Seen from the side the skull sits a little in front of the top of the neck.
    head = along(joints["neck_top"], neck, 0.048 + 0.004 * turn)
    joints["head"] = along(head, face, 0.018 * (1 - turn))
    joints["nose"] = along(joints["head"], face - 12 * f, 0.07)

    shoulders = along(joints["neck_base"], upper, -SHOULDER_DROP)
    # Seen from the front the viewer faces the figure: its right side (the near side of a figure
    # facing right) is on the picture's left, so a turn never swaps the limbs over.
    lateral = upper + 90 * f
    hip_lateral = trunk + 90 * f
    for side, sign in (("near", 1), ("far", -1)):
        joints[f"shoulder_{side}"] = along(shoulders, lateral, sign * FRONT_SHOULDER_OFFSET * turn)
        joints[f"hip_{side}"] = along(joints["hip"], hip_lateral, sign * FRONT_HIP_OFFSET * turn)
    for side, sign in (("near", 1), ("far", -1)):
        arm = upper + 180 + f * a[f"shoulder_{side}"]
        forearm = arm + f * a[f"elbow_{side}"]
        hand = forearm + f * a[f"wrist_{side}"]
        joints[f"elbow_{side}"] = along(joints[f"shoulder_{side}"], arm, UPPER_ARM)
        joints[f"wrist_{side}"] = along(joints[f"elbow_{side}"], forearm, FOREARM)
        joints[f"hand_{side}"] = along(joints[f"wrist_{side}"], hand, HAND)
        radii[f"hand_{side}"] = HAND_TIP_RADIUS

        thigh = trunk + 180 + f * a[f"hip_{side}"]
        shin = thigh - f * a[f"knee_{side}"]
        joints[f"knee_{side}"] = along(joints[f"hip_{side}"], thigh, THIGH)
        joints[f"ankle_{side}"] = along(joints[f"knee_{side}"], shin, SHIN)
        place_foot(joints, side, shin, a[f"ankle_{side}"], a[f"toes_{side}"], f, turn, sign)
        radii[f"heel_{side}"], radii[f"ball_{side}"] = HEEL_RADIUS, BALL_RADIUS
        radii[f"toe_{side}"] = TOE_RADIUS
    return joints, radii


def foot_direction(shin: float, ankle: float, facing: int) -> float:
    """The direction from the heel to the toes, for a shin direction and an ankle angle."""
    return shin + facing * (90 + ankle)


def place_foot(
    joints: dict[str, Point],
    side: str,
    shin: float,
    ankle: float,
    toes: float,
    f: int,
    turn: float,
    sign: int,
) -> None:
    """The heel, the ball and the toe tip of one foot, from the ankle's and the toes' angles."""
    ankle_joint = joints[f"ankle_{side}"]
    foot = foot_direction(shin, ankle, f)
    side_heel, side_ball, side_toe = foot_points(ankle_joint, foot, toes, f)
    # Seen from the front a foot is short: it points at the viewer, turned out a little.
    below = ANKLE_HEIGHT - HEEL_RADIUS
    outward = shin - 90 * sign * f
    front_heel = along(ankle_joint, shin, below)
    front_ball = along(front_heel, outward, 0.022)
    front_toe = along(front_ball, outward, 0.012)
    joints[f"heel_{side}"] = lerp_point(side_heel, front_heel, turn)
    joints[f"ball_{side}"] = lerp_point(side_ball, front_ball, turn)
    joints[f"toe_{side}"] = lerp_point(side_toe, front_toe, turn)


def foot_points(ankle: Point, foot: float, toes: float, f: int) -> tuple[Point, Point, Point]:
    """The heel's, the ball's and the toe tip's centres seen from the side, for a foot pointing
    in direction `foot` (heel to toes) with its toes bent up by `toes`."""
    sole = foot + 90 * f  # from the sole up towards the ankle
    heel = along(along(ankle, foot, -FOOT_HEEL), sole, -(ANKLE_HEIGHT - HEEL_RADIUS))
    ball = along(along(ankle, foot, FOOT_BALL), sole, -(ANKLE_HEIGHT - BALL_RADIUS))
    toe = along(ball, foot + f * toes, TOES)
    return heel, ball, toe


def knee_bend(fig: Figure, side: str) -> float:
    """How far a knee is bent (degrees), read from the joints' positions."""
    hip, knee, ankle = (fig.joints[f"{j}_{side}"] for j in ("hip", "knee", "ankle"))
    a = math.atan2(knee[1] - hip[1], knee[0] - hip[0])
    b = math.atan2(ankle[1] - knee[1], ankle[0] - knee[0])
    return abs(math.degrees(math.remainder(b - a, math.tau)))
