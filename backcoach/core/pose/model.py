"""A pose as data: the joint angles of one held position, checked against the body's ranges.

A pose file (assets/poses/<id>.json, the format is in docs/poses.md) holds the joint angles of one
held position. This module reads one into a Pose and checks each angle against the natural range
of its joint. Where the joints then are is kinematics' work; mirroring and the movement from one
pose to the next are motion's. Lengths are fractions of the body height (1.0); angles are degrees.

Angle conventions, for a figure that faces right ("facing": "right"):
  trunk     the direction from the hip joint to the waist, counter-clockwise from the +x axis
            (90 standing, 180 lying on the back with the head on the left)
  spine     flexion of the upper trunk against the lower trunk (curling forward is positive)
  neck      flexion of the head and neck (chin to chest is positive)
  shoulder  flexion: 0 is the arm along the trunk towards the hips, 90 the arm straight in front
  elbow     flexion, 0 straight
  wrist     flexion of the hand towards the palm side
  hip       flexion: 0 is the thigh in line with the trunk, 90 the thigh at right angles in front
  knee      flexion, 0 straight
  ankle     dorsiflexion: 0 is the foot at right angles to the shin, negative points the toes
  toes      extension of the toes (the heel up, the toes flat on the floor)
Limbs come in pairs: `_near` is the limb on the viewer's side, drawn in front of the body; `_far`
the one behind it. A figure facing right shows its right side; mirroring shows the left.
In the front view ("view": "front") the figure faces the viewer and the angles move the limbs in
the picture's plane. Its right side is then on the picture's left: the near limbs of a figure
facing right are on the picture's left (on the right for one facing left), so a figure turning
from the front to the side never swaps its legs over. A negative angle moves a near limb outwards,
a positive angle a far limb.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

POSE_SCHEMA = 1

SIDES = ("near", "far")
TRUNK_ANGLES = ("trunk", "spine", "neck")
LIMB_ANGLES = ("shoulder", "elbow", "wrist", "hip", "knee", "ankle", "toes")
ANGLE_NAMES = TRUNK_ANGLES + tuple(f"{a}_{s}" for a in LIMB_ANGLES for s in SIDES)
# Angles a pose file may leave out: the hand and the toes in line with their limb.
OPTIONAL_ANGLES = frozenset(f"{a}_{s}" for a in ("wrist", "toes") for s in SIDES)

LIMB_PARTS = ("upper_arm", "forearm", "hand", "thigh", "shin", "foot")
BODY_PARTS = ("head", "neck", "torso_upper", "torso_lower")
PART_NAMES = BODY_PARTS + tuple(f"{p}_{s}" for p in LIMB_PARTS for s in SIDES)
SURFACES = ("mat", "floor")
PROPS = ("chair",)
# What a pose may highlight: whole body parts, or the muscles that work or stretch in it.
MUSCLE_REGIONS = (
    "lower_back",
    "back",
    "glutes",
    "inner_thighs",
    *(f"{m}_{s}" for m in ("hamstrings", "hip_flexors", "quadriceps") for s in SIDES),
)
REGION_NAMES = PART_NAMES + MUSCLE_REGIONS

# The joints a pose may name (its anchor, where an arrow starts); kinematics places each one.
JOINT_NAMES = (
    "hip",
    "waist",
    "neck_base",
    "neck_top",
    "head",
    "nose",
    "shoulder_near",
    "shoulder_far",
    "elbow_near",
    "elbow_far",
    "wrist_near",
    "wrist_far",
    "hand_near",
    "hand_far",
    "hip_near",
    "hip_far",
    "knee_near",
    "knee_far",
    "ankle_near",
    "ankle_far",
    "heel_near",
    "heel_far",
    "ball_near",
    "ball_far",
    "toe_near",
    "toe_far",
)
# What a pose may say touches the floor: a body part, or one of the points of a foot or a hand.
CONTACT_NAMES = PART_NAMES + tuple(
    f"{p}_{s}" for p in ("heel", "ball", "toe", "hand") for s in SIDES
)


class PoseError(ValueError):
    """A pose file that is not what the app expects; the message says what is wrong."""


# --- joint limits ------------------------------------------------------------------------------

# The natural range of each joint seen from the side (degrees), from the usual clinical ranges of
# motion; the knee and hip reach the top of theirs only when the hands pull the knee in.
SIDE_LIMITS: dict[str, tuple[float, float]] = {
    "trunk": (-180.0, 180.0),  # an orientation in space, not a joint
    "spine": (-25.0, 60.0),
    "neck": (-50.0, 70.0),
    "shoulder": (-50.0, 180.0),
    "elbow": (0.0, 150.0),
    "wrist": (-70.0, 80.0),
    "hip": (-25.0, 130.0),
    "knee": (0.0, 155.0),
    "ankle": (-50.0, 25.0),
    "toes": (-10.0, 80.0),
}
# Seen from the front the same numbers mean sideways movement: abduction for the shoulder and the
# hip, a side bend for the spine and the neck; the knee and elbow barely bend in that plane.
FRONT_LIMITS: dict[str, tuple[float, float]] = {
    "trunk": (-180.0, 180.0),
    "spine": (-30.0, 30.0),
    "neck": (-40.0, 40.0),
    "shoulder": (-10.0, 180.0),
    "elbow": (0.0, 30.0),
    "wrist": (-30.0, 30.0),
    "hip": (-15.0, 45.0),
    "knee": (0.0, 10.0),
    "ankle": (-50.0, 25.0),
    "toes": (-10.0, 80.0),
}


def _limits_for_view(front: bool) -> dict[str, tuple[float, float]]:
    table = FRONT_LIMITS if front else SIDE_LIMITS
    limits = {name: table[name] for name in TRUNK_ANGLES}
    for angle in LIMB_ANGLES:
        low, high = table[angle]
        limits[f"{angle}_near"] = (low, high)
        limits[f"{angle}_far"] = (low, high)
        # In the front view the near limbs spread with negative angles, the far with positive.
        if front and angle not in ("ankle", "toes"):
            limits[f"{angle}_near"] = (-high, -low)
    return limits


def joint_limits(turn: float) -> dict[str, tuple[float, float]]:
    """The range of each angle for a figure turned `turn` of the way from side (0) to front (1).

    Half-way through a turn the range is the union of both views' ranges: the figure is turning.
    """
    if turn <= 0.0:
        return _limits_for_view(False)
    if turn >= 1.0:
        return _limits_for_view(True)
    side, front = _limits_for_view(False), _limits_for_view(True)
    return {
        name: (min(side[name][0], front[name][0]), max(side[name][1], front[name][1]))
        for name in ANGLE_NAMES
    }


# --- poses -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Arrow:
    """An arrow for the movement into the pose, from a joint (moved by `offset`).

    With an `angle` it is a fixed arrow: that direction, `length` long, curved by `bend`.
    Without, it follows the path the joint takes as the figure moves into the pose, `normal` to
    the side of it (+ to the left of the movement), drawn from `trim[0]` to `trim[1]` of the way.
    Directions and offsets are for the figure facing right; mirroring flips them.
    """

    joint: str
    offset: tuple[float, float] = (0.0, 0.0)
    angle: float | None = None
    length: float = 0.15
    bend: float = 0.0  # how far a fixed arrow curves, as a fraction of its length; + to the left
    normal: float = 0.0
    trim: tuple[float, float] = (0.1, 0.9)

    @property
    def traced(self) -> bool:
        return self.angle is None


@dataclass(frozen=True)
class Pose:
    id: str
    name: str
    angles: Mapping[str, float]
    facing: int = 1  # +1 faces right (the viewer sees the right side), -1 faces left
    turn: float = 0.0  # 0 seen from the side, 1 from the front
    # The highlighted regions, each with its strength: 1 in a pose, less while fading in or out.
    working: Mapping[str, float] = field(default_factory=dict)
    contacts: tuple[str, ...] = ()
    anchor: str = "hip"
    # What is drawn besides the figure (the mat, a chair), each with its strength, as `working`.
    props: Mapping[str, float] = field(default_factory=dict)
    arrows: tuple[Arrow, ...] = ()
    moves_from: str = ""  # the pose this one is usually reached from: what its arrows trace
    legs_in_turn: bool = False  # into and out of this pose the legs move one after the other
    description: str = ""

    def __getitem__(self, name: str) -> float:
        return self.angles[name]

    @property
    def view(self) -> str:
        return "front" if self.turn >= 0.5 else "side"

    @property
    def surface(self) -> str:
        """What the figure lies or stands on: "mat" or "floor"."""
        return "mat" if self.props.get("mat", 0.0) >= 0.5 else "floor"

    @property
    def near_side(self) -> str:
        """Which side of the body the viewer sees (and so which limbs are drawn in front)."""
        return "right" if self.facing > 0 else "left"

    def is_symmetric(self) -> bool:
        """Whether both sides of the body do the same, so the mirror image shows nothing new."""
        sign = -1.0 if self.turn >= 1.0 else 1.0  # from the front, outward has both signs
        for angle in LIMB_ANGLES:
            near, far = self.angles[f"{angle}_near"], self.angles[f"{angle}_far"]
            if abs(near - (far if angle in ("ankle", "toes") else sign * far)) > 1e-6:
                return False
        swapped = {_other_side(part): value for part, value in self.working.items()}
        return swapped == dict(self.working)

    def limit_violations(self) -> list[str]:
        """Each angle outside its joint's natural range, said for a person."""
        problems = []
        for name, (low, high) in joint_limits(self.turn).items():
            value = self.angles[name]
            if not low - 1e-6 <= value <= high + 1e-6:
                problems.append(f"{name} is {value:g}°, outside {low:g}° to {high:g}°")
        return problems


def pose_from_json(data: Any) -> Pose:
    """A pose from the form of a pose file; a PoseError says what is wrong with a bad one."""
    if not isinstance(data, Mapping):
        raise PoseError("a pose must be an object")
    where = f"pose {data.get('id', '?')!r}"
    if data.get("schema", POSE_SCHEMA) != POSE_SCHEMA:
        raise PoseError(f"{where}: schema {data.get('schema')!r} is not {POSE_SCHEMA}")
    pose_id, name = data.get("id"), data.get("name")
    if not isinstance(pose_id, str) or not pose_id:
        raise PoseError(f"{where}: 'id' must be a non-empty string")
    if not isinstance(name, str) or not name:
        raise PoseError(f"{where}: 'name' must be a non-empty string")
    raw_angles = data.get("angles")
    if not isinstance(raw_angles, Mapping):
        raise PoseError(f"{where}: 'angles' must be an object")
    unknown = sorted(set(raw_angles) - set(ANGLE_NAMES))
    if unknown:
        raise PoseError(f"{where}: unknown angles {', '.join(unknown)}")
    missing = sorted(set(ANGLE_NAMES) - set(raw_angles) - OPTIONAL_ANGLES)
    if missing:
        raise PoseError(f"{where}: missing angles {', '.join(missing)}")
    angles: dict[str, float] = {}
    for angle in ANGLE_NAMES:
        value = raw_angles.get(angle, 0.0)
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not math.isfinite(value)
        ):
            raise PoseError(f"{where}: angle {angle!r} must be a number of degrees")
        angles[angle] = float(value)
    view = data.get("view", "side")
    if view not in ("side", "front"):
        raise PoseError(f"{where}: 'view' must be 'side' or 'front'")
    facing = data.get("facing", "right")
    if facing not in ("right", "left"):
        raise PoseError(f"{where}: 'facing' must be 'right' or 'left'")
    working = data.get("working", [])
    if not isinstance(working, list) or not set(working) <= set(REGION_NAMES):
        raise PoseError(
            f"{where}: 'working' must list body parts or muscles: {', '.join(REGION_NAMES)}"
        )
    contacts = data.get("contacts", [])
    if not isinstance(contacts, list) or not set(contacts) <= set(CONTACT_NAMES):
        raise PoseError(f"{where}: 'contacts' must list parts that touch the floor")
    anchor = data.get("anchor", "hip")
    if anchor not in JOINT_NAMES:
        raise PoseError(f"{where}: 'anchor' must be a joint: {', '.join(JOINT_NAMES)}")
    surface = data.get("surface", "floor")
    if surface not in SURFACES:
        raise PoseError(f"{where}: 'surface' must be one of {', '.join(SURFACES)}")
    props = data.get("props", [])
    if not isinstance(props, list) or not set(props) <= set(PROPS):
        raise PoseError(f"{where}: 'props' must list things drawn with it: {', '.join(PROPS)}")
    moves_from = data.get("moves_from", "")
    if not isinstance(moves_from, str):
        raise PoseError(f"{where}: 'moves_from' must be the id of a pose")
    legs_in_turn = data.get("legs_in_turn", False)
    if not isinstance(legs_in_turn, bool):
        raise PoseError(f"{where}: 'legs_in_turn' must be true or false")
    pose = Pose(
        id=pose_id,
        name=name,
        angles=angles,
        facing=1 if facing == "right" else -1,
        turn=1.0 if view == "front" else 0.0,
        working=dict.fromkeys(working, 1.0),
        contacts=tuple(contacts),
        anchor=anchor,
        props=dict.fromkeys(props + (["mat"] if surface == "mat" else []), 1.0),
        arrows=_arrows_from_json(data.get("arrows", []), where),
        moves_from=moves_from,
        legs_in_turn=legs_in_turn,
        description=str(data.get("description", "")),
    )
    problems = pose.limit_violations()
    if problems:
        raise PoseError(f"{where}: {'; '.join(problems)}")
    return pose


def _arrows_from_json(data: Any, where: str) -> tuple[Arrow, ...]:
    if not isinstance(data, list):
        raise PoseError(f"{where}: 'arrows' must be a list")
    return tuple(_arrow_from_json(item, where) for item in data)


def _arrow_from_json(data: Any, where: str) -> Arrow:
    if not isinstance(data, Mapping) or data.get("joint") not in JOINT_NAMES:
        raise PoseError(f"{where}: 'arrow' needs a 'joint' ({', '.join(JOINT_NAMES)})")
    try:
        offset = data.get("offset", [0, 0])
        trim = data.get("trim", [0.1, 0.9])
        angle = data.get("angle")
        arrow = Arrow(
            joint=data["joint"],
            offset=(float(offset[0]), float(offset[1])),
            angle=None if angle is None else float(angle),
            length=float(data.get("length", 0.15)),
            bend=float(data.get("bend", 0.0)),
            normal=float(data.get("normal", 0.0)),
            trim=(float(trim[0]), float(trim[1])),
        )
    except (KeyError, TypeError, ValueError, IndexError):
        raise PoseError(f"{where}: 'arrow' needs numbers for its angle, offset and trim") from None
    if not 0.0 <= arrow.trim[0] < arrow.trim[1] <= 1.0:
        raise PoseError(f"{where}: an arrow's 'trim' must be two fractions, the first smaller")
    return arrow


def _other_side(part: str) -> str:
    if part.endswith("_near"):
        return part.removesuffix("_near") + "_far"
    if part.endswith("_far"):
        return part.removesuffix("_far") + "_near"
    return part
