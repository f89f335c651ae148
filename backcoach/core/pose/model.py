"""Poses as data: a 2D skeleton seen from the side (or the front), with joint angles per keyframe.

A pose file (assets/poses/<id>.json, the format is in docs/poses.md) holds the joint angles of one
held position. This module turns those angles into joint positions (forward kinematics), places the
figure on the floor, checks the angles against the natural range of each joint, mirrors a pose
(left and right) and interpolates between two poses, eased, for the animation from one position to
the next. Lengths are fractions of the body height (1.0); angles are degrees.

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
In the front view ("view": "front") the angles move the limbs in the picture's plane: the near
limbs are on the picture's right, and a positive angle moves a limb towards the picture's right.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from backcoach.core.resources import asset

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
        # In the front view the far limb is on the other side, so its outward angles are negative.
        limits[f"{angle}_far"] = (
            (-high, -low)
            if front and angle not in ("ankle", "toes")
            else (
                low,
                high,
            )
        )
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
    """An arrow that shows the movement into the pose: from a joint, in a direction."""

    joint: str
    angle: float  # direction in degrees, for the figure facing right (mirroring flips it)
    length: float = 0.15
    bend: float = 0.0  # how far the arrow curves, as a fraction of its length; + to the left
    offset: tuple[float, float] = (0.0, 0.0)  # from the joint, for the figure facing right


@dataclass(frozen=True)
class Pose:
    id: str
    name: str
    angles: Mapping[str, float]
    facing: int = 1  # +1 faces right (the viewer sees the right side), -1 faces left
    turn: float = 0.0  # 0 seen from the side, 1 from the front
    working: frozenset[str] = frozenset()
    contacts: tuple[str, ...] = ()
    anchor: str = "hip"
    surface: str = "floor"
    arrows: tuple[Arrow, ...] = ()
    description: str = ""

    def __getitem__(self, name: str) -> float:
        return self.angles[name]

    @property
    def view(self) -> str:
        return "front" if self.turn >= 0.5 else "side"

    @property
    def near_side(self) -> str:
        """Which side of the body the viewer sees (and so which limbs are drawn in front)."""
        return "right" if self.facing > 0 else "left"

    def is_symmetric(self) -> bool:
        """Whether both sides of the body do the same, so the mirror image shows nothing new."""
        sign = -1.0 if self.turn >= 1.0 else 1.0
        for angle in LIMB_ANGLES:
            near, far = self.angles[f"{angle}_near"], self.angles[f"{angle}_far"]
            if abs(near - (far if angle in ("ankle", "toes") else sign * far)) > 1e-6:
                return False
        swapped = {_other_side(part) for part in self.working}
        return swapped == set(self.working)

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
    if not isinstance(working, list) or not set(working) <= set(PART_NAMES):
        raise PoseError(f"{where}: 'working' must list body parts: {', '.join(PART_NAMES)}")
    contacts = data.get("contacts", [])
    if not isinstance(contacts, list) or not set(contacts) <= set(CONTACT_NAMES):
        raise PoseError(f"{where}: 'contacts' must list parts that touch the floor")
    anchor = data.get("anchor", "hip")
    if anchor not in JOINT_NAMES:
        raise PoseError(f"{where}: 'anchor' must be a joint: {', '.join(JOINT_NAMES)}")
    surface = data.get("surface", "floor")
    if surface not in SURFACES:
        raise PoseError(f"{where}: 'surface' must be one of {', '.join(SURFACES)}")
    pose = Pose(
        id=pose_id,
        name=name,
        angles=angles,
        facing=1 if facing == "right" else -1,
        turn=1.0 if view == "front" else 0.0,
        working=frozenset(working),
        contacts=tuple(contacts),
        anchor=anchor,
        surface=surface,
        arrows=_arrows_from_json(data.get("arrows", []), where),
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
        return Arrow(
            joint=data["joint"],
            angle=float(data["angle"]),
            length=float(data.get("length", 0.15)),
            bend=float(data.get("bend", 0.0)),
            offset=(float(offset[0]), float(offset[1])),
        )
    except (KeyError, TypeError, ValueError, IndexError):
        raise PoseError(f"{where}: 'arrow' needs an 'angle' and numbers for the rest") from None


@dataclass(frozen=True)
class PoseLibrary:
    """Every pose shipped with the app, by id."""

    poses: Mapping[str, Pose]

    def __contains__(self, pose_id: object) -> bool:
        return pose_id in self.poses

    def __iter__(self) -> Iterator[Pose]:
        return iter(self.poses.values())

    def __len__(self) -> int:
        return len(self.poses)

    def get(self, pose_id: str) -> Pose:
        try:
            return self.poses[pose_id]
        except KeyError:
            raise PoseError(f"no pose with the id {pose_id!r}") from None

    def choices(self) -> list[tuple[str, str]]:
        """(id, name) of each pose, by name: what a person picks from for an exercise they add."""
        return sorted(((p.id, p.name) for p in self), key=lambda pair: pair[1].casefold())


@cache
def load_pose_library() -> PoseLibrary:
    """The poses in assets/poses/, each file checked; a bad file raises a PoseError naming it."""
    import json

    poses: dict[str, Pose] = {}
    folder = asset("poses")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".json"):
            continue
        try:
            data = json.loads(entry.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise PoseError(f"{entry.name}: cannot be read as JSON ({error})") from None
        pose = pose_from_json(data)
        if entry.name != f"{pose.id}.json":
            raise PoseError(f"{entry.name}: holds the pose {pose.id!r}; name it {pose.id}.json")
        poses[pose.id] = pose
    return PoseLibrary(poses)


# --- mirroring and interpolation ---------------------------------------------------------------


def mirror(pose: Pose) -> Pose:
    """The same pose seen from the other side: left and right swap, and the figure faces back."""
    trunk = _wrap(180.0 - pose.angles["trunk"])
    return replace(pose, angles={**pose.angles, "trunk": trunk}, facing=-pose.facing)


def ease(progress: float) -> float:
    """Ease in and out (a cubic): a movement starts gently and settles gently."""
    t = min(1.0, max(0.0, progress))
    return 4 * t * t * t if t < 0.5 else 1 - (-2 * t + 2) ** 3 / 2


def _looks_the_same_mirrored(pose: Pose) -> bool:
    """A symmetric pose seen from the front: which way it "faces" makes no difference."""
    return pose.turn >= 1.0 and pose.is_symmetric()


def can_interpolate(a: Pose, b: Pose) -> bool:
    """Whether one pose can turn smoothly into the other: they face the same way, or one is a
    symmetric front view, which can face either way."""
    return a.facing == b.facing or _looks_the_same_mirrored(a) or _looks_the_same_mirrored(b)


def interpolate(a: Pose, b: Pose, t: float) -> Pose:
    """The pose a fraction t of the way from a to b: a at 0, b at 1, joint angles in between.

    Each angle moves the short way round, so the result stays within both poses' joint ranges.
    """
    if not can_interpolate(a, b):
        raise PoseError(f"{a.id!r} and {b.id!r} face opposite ways; mirror one of them")
    t = min(1.0, max(0.0, t))
    if t == 0.0:
        return a
    if t == 1.0:
        return b
    if a.facing != b.facing:
        # One of them looks the same mirrored: turn that one to face the way of the other.
        if _looks_the_same_mirrored(a):
            a = mirror(a)
        else:
            b = mirror(b)
    angles = {}
    for name in ANGLE_NAMES:
        start, end = a.angles[name], b.angles[name]
        if name == "trunk":
            end = start + _wrap(end - start)
            angles[name] = _wrap(start + (end - start) * t)
        else:
            angles[name] = start + (end - start) * t
    # What is highlighted and drawn under the figure changes half-way, not at the first step.
    settled = b if t >= 0.5 else a
    return replace(
        b,
        angles=angles,
        turn=a.turn + (b.turn - a.turn) * t,
        working=settled.working,
        surface=settled.surface,
        arrows=settled.arrows,
        contacts=(),  # nobody is obliged to touch the floor half-way through a movement
        anchor=b.anchor,
    )


def blend(a: Pose, b: Pose, progress: float) -> Pose:
    """The pose at `progress` (0..1) of an eased movement from a to b."""
    return interpolate(a, b, ease(progress))


def _other_side(part: str) -> str:
    if part.endswith("_near"):
        return part.removesuffix("_near") + "_far"
    if part.endswith("_far"):
        return part.removesuffix("_far") + "_near"
    return part


def _wrap(degrees: float) -> float:
    """An angle in (-180, 180]."""
    wrapped = math.fmod(degrees + 180.0, 360.0)
    if wrapped <= 0.0:
        wrapped += 360.0
    return wrapped - 180.0


# --- forward kinematics ------------------------------------------------------------------------

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
