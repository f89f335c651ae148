"""Motion between poses: the mirror image, and the eased movement from one pose to the next."""

from __future__ import annotations

import math
from dataclasses import replace

from backcoach.core.pose.model import ANGLE_NAMES, Pose, PoseError


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


def _wrap(degrees: float) -> float:
    """An angle in (-180, 180]."""
    wrapped = math.fmod(degrees + 180.0, 360.0)
    if wrapped <= 0.0:
        wrapped += 360.0
    return wrapped - 180.0
