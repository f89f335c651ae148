"""Forward kinematics: where each joint of a pose is, the body's outline, and the floor.

A pose's angles (backcoach.core.pose.model) and the body's proportions below give every joint's
position, for a figure placed with its lowest point on the floor; a Figure also says which of the
pose's contacts do not reach the floor. The painter (ui/widgets/pose_painter.py) draws it.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from backcoach.core.pose.model import Pose

# Body proportions as fractions of the standing height (after Drillis and Contini's tables):
# the head is an eighth of the height, the hip joint a little above half of it.
LOWER_TRUNK = 0.12  # hip joint to waist
UPPER_TRUNK = 0.19  # waist to the base of the neck
SHOULDER_DROP = 0.035  # the shoulder joint sits below the base of the neck
NECK = 0.05
HEAD_RADIUS = 0.0625
UPPER_ARM = 0.186
FOREARM = 0.146
HAND = 0.055  # wrist to the centre of the fingertips' rounding
THIGH = 0.245
SHIN = 0.246
ANKLE_HEIGHT = 0.039

# Half thicknesses (radii) of the drawn body, seen from the side and from the front.
SIDE_TORSO = (0.062, 0.056, 0.066)  # at the hip, the waist, the base of the neck
FRONT_TORSO = (0.07, 0.064, 0.074)
NECK_RADIUS = 0.028
ARM_RADII = (0.032, 0.026, 0.021)  # shoulder, elbow, wrist
HAND_RADII = (0.024, 0.021)
LEG_RADII = (0.05, 0.036, 0.025)  # hip, knee, ankle
HEEL_RADIUS, BALL_RADIUS, TOE_RADIUS = 0.019, 0.018, 0.013
NOSE_RADIUS = 0.014
# Where the limbs attach in the front view, either side of the trunk's centre line.
FRONT_SHOULDER_OFFSET = 0.088
FRONT_HIP_OFFSET = 0.045
# From the front the trunk ends below the neck, and bars across give the shoulders and the hips.
FRONT_CHEST_DROP = 0.055
SHOULDER_BAR_RADIUS = 0.036
PELVIS_BAR_RADIUS = 0.05

# How close to the floor a part must come to count as touching it.
CONTACT_TOLERANCE = 0.012


@dataclass(frozen=True)
class Segment:
    """A rounded stroke of the body: the hull of a circle at each end, perhaps of two sizes."""

    part: str
    chain: str  # "arm_far", "leg_far", "body", "leg_near", "arm_near": drawn in this order
    start: tuple[float, float]
    end: tuple[float, float]
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


CHAINS = ("arm_far", "leg_far", "body", "leg_near", "arm_near")


@dataclass(frozen=True)
class Figure:
    """A pose turned into positions: y up, the floor at y = 0, the anchor joint at x = 0."""

    pose: Pose
    joints: Mapping[str, tuple[float, float]]
    segments: tuple[Segment, ...]
    point_radii: Mapping[str, float] = field(default_factory=dict)

    def bounds(self) -> tuple[float, float, float, float]:
        """(left, bottom, right, top) of everything drawn."""
        boxes = [s.bounds() for s in self.segments]
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
        return min(s.lowest for s in self.segments if s.part == name)

    def floating_contacts(self) -> list[str]:
        """The pose's contacts that do not touch the floor."""
        return [c for c in self.pose.contacts if self.lowest(c) > CONTACT_TOLERANCE]


def _direction(degrees: float) -> tuple[float, float]:
    radians = math.radians(degrees)
    return math.cos(radians), math.sin(radians)


def _along(point: tuple[float, float], degrees: float, length: float) -> tuple[float, float]:
    dx, dy = _direction(degrees)
    return point[0] + dx * length, point[1] + dy * length


def _lerp(a: float, b: float, t: float) -> float:
    return a + (b - a) * t


def _lerp_point(a: tuple[float, float], b: tuple[float, float], t: float) -> tuple[float, float]:
    return _lerp(a[0], b[0], t), _lerp(a[1], b[1], t)


def figure(pose: Pose) -> Figure:
    """Where every joint is, with the figure's lowest point on the floor and its anchor at x = 0."""
    joints, segments, radii = _chain_positions(pose)
    floor = min(s.lowest for s in segments)
    shift_x = -joints[pose.anchor][0]

    def moved(p: tuple[float, float]) -> tuple[float, float]:
        return p[0] + shift_x, p[1] - floor

    return Figure(
        pose=pose,
        joints={name: moved(p) for name, p in joints.items()},
        segments=tuple(replace(s, start=moved(s.start), end=moved(s.end)) for s in segments),
        point_radii=radii,
    )


def _chain_positions(
    pose: Pose,
) -> tuple[dict[str, tuple[float, float]], list[Segment], dict[str, float]]:
    a, f, turn = pose.angles, pose.facing, pose.turn
    joints: dict[str, tuple[float, float]] = {}
    segments: list[Segment] = []
    radii: dict[str, float] = {}

    def segment(part: str, chain: str, p: str, q: str, r1: float, r2: float) -> None:
        segments.append(Segment(part, chain, joints[p], joints[q], r1, r2))

    torso = tuple(_lerp(s, t, turn) for s, t in zip(SIDE_TORSO, FRONT_TORSO, strict=True))
    trunk = a["trunk"]
    upper = trunk - f * a["spine"]
    neck = upper - f * a["neck"]
    front_of_head = neck - 90 * f  # where the face looks
    joints["hip"] = (0.0, 0.0)
    joints["waist"] = _along(joints["hip"], trunk, LOWER_TRUNK)
    joints["neck_base"] = _along(joints["waist"], upper, UPPER_TRUNK)
    joints["neck_top"] = _along(joints["neck_base"], neck, NECK)
    # Seen from the side the skull sits a little in front of the neck, the face forward.
    head = _along(joints["neck_top"], neck, HEAD_RADIUS * 0.8)
    joints["head"] = _along(head, front_of_head, 0.012 * (1 - turn))
    joints["nose"] = _along(joints["head"], front_of_head - 18 * f, HEAD_RADIUS * 0.92)

    segment("torso_lower", "body", "hip", "waist", torso[0], torso[1])
    chest_top = _lerp_point(
        joints["neck_base"], _along(joints["neck_base"], upper, -FRONT_CHEST_DROP), turn
    )
    segments.append(Segment("torso_upper", "body", joints["waist"], chest_top, torso[1], torso[2]))
    segment("neck", "body", "neck_base", "neck_top", NECK_RADIUS, NECK_RADIUS)
    segments.append(
        Segment("head", "body", joints["head"], joints["head"], HEAD_RADIUS, HEAD_RADIUS)
    )
    nose_radius = NOSE_RADIUS * (1 - turn)
    if nose_radius > 0.001:
        segments.append(
            Segment("head", "body", joints["nose"], joints["nose"], nose_radius, nose_radius)
        )

    shoulder_centre = _along(joints["neck_base"], upper, -SHOULDER_DROP)
    lateral = upper - 90 * f  # in the front view: towards the picture's right for near limbs
    for side, sign in (("near", 1), ("far", -1)):
        joints[f"shoulder_{side}"] = _along(
            shoulder_centre, lateral, sign * FRONT_SHOULDER_OFFSET * turn
        )
        joints[f"hip_{side}"] = _along(
            joints["hip"], trunk - 90 * f, sign * FRONT_HIP_OFFSET * turn
        )
    # The shoulders and the hips across the body: inside the trunk seen from the side.
    segment(
        "torso_upper",
        "body",
        "shoulder_far",
        "shoulder_near",
        SHOULDER_BAR_RADIUS,
        SHOULDER_BAR_RADIUS,
    )
    segment("torso_lower", "body", "hip_far", "hip_near", PELVIS_BAR_RADIUS, PELVIS_BAR_RADIUS)
    for side, sign in (("near", 1), ("far", -1)):
        arm = upper + 180 + f * a[f"shoulder_{side}"]
        forearm = arm + f * a[f"elbow_{side}"]
        hand = forearm + f * a[f"wrist_{side}"]
        joints[f"elbow_{side}"] = _along(joints[f"shoulder_{side}"], arm, UPPER_ARM)
        joints[f"wrist_{side}"] = _along(joints[f"elbow_{side}"], forearm, FOREARM)
        joints[f"hand_{side}"] = _along(joints[f"wrist_{side}"], hand, HAND)
        radii[f"hand_{side}"] = HAND_RADII[1]
        chain = f"arm_{side}"
        segment(f"upper_arm_{side}", chain, f"shoulder_{side}", f"elbow_{side}", *ARM_RADII[:2])
        segment(f"forearm_{side}", chain, f"elbow_{side}", f"wrist_{side}", *ARM_RADII[1:])
        segment(f"hand_{side}", chain, f"wrist_{side}", f"hand_{side}", *HAND_RADII)

        thigh = trunk + 180 + f * a[f"hip_{side}"]
        shin = thigh - f * a[f"knee_{side}"]
        joints[f"knee_{side}"] = _along(joints[f"hip_{side}"], thigh, THIGH)
        joints[f"ankle_{side}"] = _along(joints[f"knee_{side}"], shin, SHIN)
        _place_foot(joints, side, shin, a, f, turn, sign)
        radii[f"heel_{side}"], radii[f"ball_{side}"] = HEEL_RADIUS, BALL_RADIUS
        radii[f"toe_{side}"] = TOE_RADIUS
        chain = f"leg_{side}"
        segment(f"thigh_{side}", chain, f"hip_{side}", f"knee_{side}", *LEG_RADII[:2])
        segment(f"shin_{side}", chain, f"knee_{side}", f"ankle_{side}", *LEG_RADII[1:])
        segment(f"foot_{side}", chain, f"ankle_{side}", f"heel_{side}", LEG_RADII[2], HEEL_RADIUS)
        segment(f"foot_{side}", chain, f"ankle_{side}", f"ball_{side}", LEG_RADII[2], BALL_RADIUS)
        segment(f"foot_{side}", chain, f"heel_{side}", f"ball_{side}", HEEL_RADIUS, BALL_RADIUS)
        segment(f"foot_{side}", chain, f"ball_{side}", f"toe_{side}", BALL_RADIUS, TOE_RADIUS)
    return joints, segments, radii


def _place_foot(
    joints: dict[str, tuple[float, float]],
    side: str,
    shin: float,
    a: Mapping[str, float],
    f: int,
    turn: float,
    sign: int,
) -> None:
    """The heel, the ball and the toe tip of one foot, from the ankle's and the toes' angles."""
    ankle = joints[f"ankle_{side}"]
    foot = shin + f * (90 + a[f"ankle_{side}"])
    sole = foot + 90 * f  # from the sole up towards the ankle
    below = ANKLE_HEIGHT - HEEL_RADIUS
    side_heel = _along(_along(ankle, foot, -0.022), sole, -below)
    side_ball = _along(_along(ankle, foot, 0.078), sole, -(ANKLE_HEIGHT - BALL_RADIUS))
    side_toe = _along(side_ball, foot + f * a[f"toes_{side}"], 0.03)
    # Seen from the front a foot is short: it points at the viewer, turned out a little.
    down = shin
    outward = shin + 90 * sign * f
    front_heel = _along(ankle, down, below)
    front_ball = _along(front_heel, outward, 0.022)
    front_toe = _along(front_ball, outward, 0.012)
    joints[f"heel_{side}"] = _lerp_point(side_heel, front_heel, turn)
    joints[f"ball_{side}"] = _lerp_point(side_ball, front_ball, turn)
    joints[f"toe_{side}"] = _lerp_point(side_toe, front_toe, turn)
