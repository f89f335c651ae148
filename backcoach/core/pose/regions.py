"""Where each highlighted region lies on a figure: the muscles that work or stretch in a pose.

A region is a band laid along a bone or along the spine, on one side of it (the back of the
thighs, the lower back, the front of the hip), cut square across at its ends; the painter fills
the part of the named body parts that falls inside it. A whole body part is a region too.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from backcoach.core.pose.geometry import Point, direction, heading, lerp, lerp_point
from backcoach.core.pose.kinematics import Figure
from backcoach.core.pose.model import PART_NAMES

WIDE = 0.3  # far enough past the body's edge to take in all of it on that side


@dataclass(frozen=True)
class Region:
    """A highlighted region: the parts of the body it covers, and the band (None: the whole of
    those parts) that it keeps of them."""

    name: str
    parts: tuple[str, ...]
    band: tuple[Point, ...] | None


def regions(fig: Figure) -> list[Region]:
    """The pose's highlighted regions, in the figure's coordinates."""
    found = []
    for name in fig.pose.working:
        if name in ("torso_upper", "torso_lower"):
            found.append(Region(name, ("torso",), _trunk_part(fig, name)))
        elif name in PART_NAMES:
            found.append(Region(name, (name,), None))
        else:
            found.extend(_muscle(fig, name))
    return found


def _muscle(fig: Figure, name: str) -> list[Region]:
    muscle, _, side = name.rpartition("_")
    if name == "lower_back":
        return [Region(name, ("torso",), spine_band(fig, -0.03, 0.2, 0.0, WIDE, lens=True))]
    if name == "back":
        return [Region(name, ("torso",), spine_band(fig, -0.03, 0.31, 0.0, WIDE, lens=True))]
    if name == "glutes":
        bands = [Region(name, ("torso",), spine_band(fig, -0.2, 0.08, -0.01, WIDE, lens=True))]
        for leg in ("near", "far"):
            band = bone_band(fig, f"hip_{leg}", f"knee_{leg}", -0.3, 0.28, 0.0, WIDE)
            bands.append(Region(name, (f"thigh_{leg}",), band))
        return bands
    if name == "inner_thighs":
        return [Region(name, (f"thigh_{leg}",), _inner_band(fig, leg)) for leg in ("near", "far")]
    hip, knee = f"hip_{side}", f"knee_{side}"
    if muscle == "hamstrings":
        band = bone_band(fig, hip, knee, 0.0, 0.95, 0.0, WIDE, 0.06, thin_start=False)
        return [Region(name, (f"thigh_{side}",), band)]
    if muscle == "quadriceps":
        band = bone_band(fig, hip, knee, 0.05, 0.95, 0.0, -WIDE, 0.06)
        return [Region(name, (f"thigh_{side}",), band)]
    if muscle == "hip_flexors":
        return [
            Region(
                name, (f"thigh_{side}",), bone_band(fig, hip, knee, -0.25, 0.6, 0.0, -WIDE, 0.06)
            ),
        ]
    raise ValueError(f"no region called {name!r}")


def spine_band(
    fig: Figure, low: float, high: float, inner: float, outer: float, lens: bool = False
) -> tuple[Point, ...]:
    """A band along the trunk from `low` to `high` up the spine, from `inner` to `outer` behind
    the spine's line (negative: in front of it). A `lens` band thins out towards both ends, as
    a stretch fades out along the back."""
    line = [(p, n, u) for p, n, u in fig.spine if low <= u <= high]
    if fig.spine and low < fig.spine[0][2]:
        point, normal, _ = fig.spine[0]
        tangent = (-normal[1] * fig.pose.facing, normal[0] * fig.pose.facing)
        reach = fig.spine[0][2] - low
        start = (point[0] - tangent[0] * reach, point[1] - tangent[1] * reach)
        line.insert(0, (start, normal, low))
    inside = []
    for p, n, u in line:
        depth = inner
        if lens:
            # Towards the ends the band keeps only the skin: its inner edge goes out to the back.
            middle = math.sin(math.pi * (u - low) / (high - low))
            depth = inner + (0.075 - inner) * (1 - middle) ** 1.5
        inside.append((p[0] - n[0] * depth, p[1] - n[1] * depth))
    outside = [(p[0] - n[0] * outer, p[1] - n[1] * outer) for p, n, _ in line]
    return tuple(inside + outside[::-1])


def bone_band(
    fig: Figure,
    start: str,
    end: str,
    low: float,
    high: float,
    inner: float,
    outer: float,
    lens: float = 0.0,
    thin_start: bool = True,
) -> tuple[Point, ...]:
    """A band along the bone from joint `start` to joint `end`, from `low` to `high` of its length,
    from `inner` to `outer` towards the back of the limb (negative: towards its front). With
    `lens` (the limb's depth there), the band thins out towards its ends (towards the far end
    only, without `thin_start`: it carries on into the buttock)."""
    a, b = fig.joints[start], fig.joints[end]
    back = direction(heading(a, b) - 90 * fig.pose.facing)
    side = 1.0 if outer >= inner else -1.0
    inside, outside = [], []
    steps = 12 if lens else 1
    for i in range(steps + 1):
        t = low + (high - low) * i / steps
        depth = inner
        if lens:
            share = i / steps if thin_start else 0.5 + 0.5 * i / steps
            middle = math.sin(math.pi * share)
            depth = inner + side * (lens - side * inner) * (1 - middle) ** 1.5
        p = _point_at(a, b, t)
        inside.append((p[0] + back[0] * depth, p[1] + back[1] * depth))
        outside.append((p[0] + back[0] * outer, p[1] + back[1] * outer))
    return tuple(inside + outside[::-1])


def _point_at(a: Point, b: Point, t: float) -> Point:
    return (lerp(a[0], b[0], t), lerp(a[1], b[1], t))


def _inner_band(fig: Figure, leg: str) -> tuple[Point, ...]:
    """The inner side of a thigh: the side towards the other leg, thinning out at both ends."""
    hip, knee = f"hip_{leg}", f"knee_{leg}"
    middle = fig.joints["hip"]
    mid = lerp_point(fig.joints[hip], fig.joints[knee], 0.5)
    back = direction(heading(fig.joints[hip], fig.joints[knee]) - 90 * fig.pose.facing)
    towards = back[0] * (middle[0] - mid[0]) + back[1] * (middle[1] - mid[1])
    outer = WIDE if towards > 0 else -WIDE
    return bone_band(fig, hip, knee, 0.0, 0.9, 0.0, outer, 0.055)


def _trunk_part(fig: Figure, name: str) -> tuple[Point, ...]:
    """The lower trunk (to the waist) or the upper trunk (from it)."""
    if name == "torso_lower":
        return spine_band(fig, -0.3, 0.12, -WIDE, WIDE)
    return spine_band(fig, 0.12, 0.4, -WIDE, WIDE)
