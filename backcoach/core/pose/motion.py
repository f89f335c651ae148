"""Motion between poses: the mirror image, and the eased movement from one pose to the next.

A movement moves every angle in a straight line (the trunk the short way round) and eases it in
and out. Three things make it move as a body does rather than as a puppet: a foot on the floor at
both ends stays on it (planted, or sliding along the mat) whatever the rest does (see
`footing`); the legs of a pose marked `legs_in_turn` move one after the other; and highlights and
props fade across the movement rather than switching half-way.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from functools import cached_property

from backcoach.core.pose.footing import keep_feet_down
from backcoach.core.pose.geometry import wrap
from backcoach.core.pose.kinematics import Figure, figure
from backcoach.core.pose.model import ANGLE_NAMES, Pose, PoseError

# With `legs_in_turn`, the near leg moves over the first part of the movement and the far leg
# over the last, overlapping a little in the middle.
FIRST_LEG = (0.0, 0.6)
SECOND_LEG = (0.4, 1.0)
LEG_ANGLES = ("hip", "knee", "ankle", "toes")
LEGS_IN_TURN_FROM = 30.0  # degrees at the hip


def mirror(pose: Pose) -> Pose:
    """The same pose seen from the other side: left and right swap, and the figure faces back."""
    trunk = wrap(180.0 - pose.angles["trunk"])
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


def facing_alike(a: Pose, b: Pose) -> tuple[Pose, Pose]:
    """The two poses facing the same way, a symmetric front view turned to face as the other."""
    if not can_interpolate(a, b):
        raise PoseError(f"{a.id!r} and {b.id!r} face opposite ways; mirror one of them")
    if a.facing != b.facing:
        if _looks_the_same_mirrored(a):
            return mirror(a), b
        return a, mirror(b)
    return a, b


def interpolate(a: Pose, b: Pose, t: float, legs: Mapping[str, float] | None = None) -> Pose:
    """The pose a fraction t of the way from a to b: a at 0, b at 1, joint angles in between.

    Each angle moves the short way round, so the result stays within both poses' joint ranges.
    `legs` may give each leg ("near", "far") a fraction of its own.
    """
    a, b = facing_alike(a, b)
    t = min(1.0, max(0.0, t))
    if t == 0.0 and not legs:
        return a
    if t == 1.0 and not legs:
        return b
    angles = {}
    for name in ANGLE_NAMES:
        start, end = a.angles[name], b.angles[name]
        share = t
        joint, _, side = name.partition("_")
        if legs and joint in LEG_ANGLES and side in legs:
            share = legs[side]
        if name == "trunk":
            angles[name] = wrap(start + wrap(end - start) * share)
        else:
            angles[name] = start + (end - start) * share
    return replace(
        b,
        angles=angles,
        turn=a.turn + (b.turn - a.turn) * t,
        working=_fade(a.working, b.working, t),
        props=_fade(a.props, b.props, t),
        contacts=() if 0.0 < t < 1.0 else (a if t == 0.0 else b).contacts,
        anchor=b.anchor,
    )


def _fade(a: Mapping[str, float], b: Mapping[str, float], t: float) -> dict[str, float]:
    """Strengths fading from a's to b's: what only one end has fades in or out."""
    faded = {k: a.get(k, 0.0) * (1 - t) + b.get(k, 0.0) * t for k in (*a, *b)}
    return {k: v for k, v in faded.items() if v > 0.0}


class Movement:
    """The movement from one pose to another, at any progress from 0 to 1, eased."""

    def __init__(self, start: Pose, end: Pose) -> None:
        self.start, self.end = facing_alike(start, end)

    @cached_property
    def legs_in_turn(self) -> bool:
        if not (self.start.legs_in_turn or self.end.legs_in_turn):
            return False
        # Only a big movement of the legs is worth taking one leg at a time.
        return any(
            abs(self.start.angles[f"hip_{s}"] - self.end.angles[f"hip_{s}"]) > LEGS_IN_TURN_FROM
            for s in ("near", "far")
        )

    def leg_progress(self, progress: float) -> dict[str, float]:
        """How far each leg is along (eased): one after the other, or both together."""
        if not self.legs_in_turn:
            eased = ease(progress)
            return {"near": eased, "far": eased}
        return {
            side: ease((progress - begin) / (end - begin))
            for side, (begin, end) in (("near", FIRST_LEG), ("far", SECOND_LEG))
        }

    def at(self, progress: float) -> Pose:
        """The pose at `progress` (0 to 1) of the movement."""
        if progress <= 0.0:
            return self.start
        if progress >= 1.0:
            return self.end
        legs = self.leg_progress(progress)
        pose = interpolate(self.start, self.end, ease(progress), legs)
        start_figure, end_figure = self.end_figures
        return keep_feet_down(start_figure, end_figure, pose, ease(progress), legs)

    @cached_property
    def end_figures(self) -> tuple[Figure, Figure]:
        return figure(self.start), figure(self.end)


def blend(a: Pose, b: Pose, progress: float) -> Pose:
    """The pose at `progress` (0..1) of an eased movement from a to b."""
    return Movement(a, b).at(progress)
