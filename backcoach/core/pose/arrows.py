"""The arrows of a movement, as lines in the figure's coordinates (tail first, head last).

A traced arrow follows the path its joint really takes through the movement (the same blend the
player draws, feet held on the floor and legs in turn), set off to one side so it runs beside
the limb; a fixed arrow points one way from a joint. A picture of a held position shows the
arrows of the movement into it (from the pose it `moves_from`); a movement back out of a
position (the release) shows them reversed.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import cache

from backcoach.core.pose.geometry import Point, distance, heading
from backcoach.core.pose.kinematics import Figure, figure
from backcoach.core.pose.library import load_pose_library
from backcoach.core.pose.model import Arrow, Pose, PoseError
from backcoach.core.pose.motion import Movement, can_interpolate, mirror

ArrowLine = tuple[Point, ...]
SAMPLES = 32
SHORTEST = 0.05  # a traced path shorter than this (body heights) gets no arrow
FLOOR_CLEARANCE = 0.012  # an arrow never dips into the floor or the mat


def pose_arrows(pose: Pose) -> list[ArrowLine]:
    """The arrows of the movement into `pose`, for a picture of it standing still."""
    key = _shipped(pose)
    if key is not None:
        return list(_shipped_pose_arrows(*key))
    return _arrows_into(pose, _moves_from(pose), figure(pose))


def movement_arrows(start: Pose, end: Pose) -> list[ArrowLine]:
    """The arrows for the movement from start to end: end's own, or start's reversed when the
    movement goes back to where start is reached from; none between unrelated positions."""
    keys = _shipped(start), _shipped(end)
    if keys[0] is not None and keys[1] is not None:
        return list(_shipped_movement_arrows(keys[0], keys[1]))
    return _movement_arrows(start, end)


# Tracing an arrow draws the whole movement: the shipped poses' arrows are traced once.
ShippedKey = tuple[str, int]


def _shipped(pose: Pose) -> ShippedKey | None:
    """(id, facing) of a shipped pose, as is or mirrored; None for any other pose."""
    try:
        shipped = load_pose_library().get(pose.id)
    except PoseError:
        return None
    if pose == shipped or pose == mirror(shipped):
        return pose.id, pose.facing
    return None


def _shipped_pose(key: ShippedKey) -> Pose:
    pose = load_pose_library().get(key[0])
    return pose if pose.facing == key[1] else mirror(pose)


@cache
def _shipped_pose_arrows(pose_id: str, facing: int) -> tuple[ArrowLine, ...]:
    pose = _shipped_pose((pose_id, facing))
    return tuple(_arrows_into(pose, _moves_from(pose), figure(pose)))


@cache
def _shipped_movement_arrows(start: ShippedKey, end: ShippedKey) -> tuple[ArrowLine, ...]:
    return tuple(_movement_arrows(_shipped_pose(start), _shipped_pose(end)))


def _movement_arrows(start: Pose, end: Pose) -> list[ArrowLine]:
    if start.id == end.id:
        return []
    if start.arrows and end.id == start.moves_from:
        lines = _arrows_into(start, end, figure(start))
        return [line[::-1] for line in lines]
    if end.arrows:
        origin = start if start.id == end.moves_from else _moves_from(end)
        return _arrows_into(end, origin, figure(end))
    return []


def _moves_from(pose: Pose) -> Pose | None:
    """The pose `pose` is reached from, facing the same way; None if it names none."""
    if not pose.moves_from:
        return None
    try:
        origin = load_pose_library().get(pose.moves_from)
    except PoseError:
        return None
    return mirror(origin) if origin.facing != pose.facing else origin


def _arrows_into(pose: Pose, start: Pose | None, end: Figure) -> list[ArrowLine]:
    lines = []
    for arrow in pose.arrows:
        if not arrow.traced:
            lines.append(_fixed(arrow, end))
        elif start is not None and can_interpolate(start, pose):
            line = _traced(arrow, Movement(start, pose))
            if line:
                lines.append(line)
    return lines


def _offset(arrow: Arrow, point: Point, facing: int) -> Point:
    return point[0] + facing * arrow.offset[0], point[1] + arrow.offset[1]


def _fixed(arrow: Arrow, fig: Figure) -> ArrowLine:
    facing = fig.pose.facing
    start = _offset(arrow, fig.joints[arrow.joint], facing)
    direction = arrow.angle or 0.0
    angle = math.radians(direction if facing > 0 else 180.0 - direction)
    dx, dy = math.cos(angle) * arrow.length, math.sin(angle) * arrow.length
    bend = arrow.bend * facing
    points = []
    for i in range(SAMPLES + 1):
        t = i / SAMPLES
        # A parabola through both ends, bowing `bend` of the length to the left at its middle.
        bow = 4 * t * (1 - t) * bend
        points.append((start[0] + dx * t - dy * bow, start[1] + dy * t + dx * bow))
    return tuple(points)


def _traced(arrow: Arrow, movement: Movement) -> ArrowLine:
    facing = movement.end.facing
    path: list[Point] = []
    for i in range(SAMPLES + 1):
        point = _offset(arrow, figure(movement.at(i / SAMPLES)).joints[arrow.joint], facing)
        # While other limbs move (legs in turn) this joint may stand still: one point of it.
        if not path or distance(path[-1], point) > 1e-4:
            path.append(point)
    if len(path) < 2 or _length(path) < SHORTEST:
        return ()
    if arrow.normal:
        path = _beside(path, arrow.normal * facing)
    path = [(x, max(y, FLOOR_CLEARANCE)) for x, y in path]
    return tuple(_trimmed(path, *arrow.trim))


def _length(path: Sequence[Point]) -> float:
    return sum(distance(a, b) for a, b in zip(path, path[1:], strict=False))


def _beside(path: Sequence[Point], amount: float) -> list[Point]:
    """The path moved `amount` to its left (to its right when negative), point by point."""
    moved = []
    for i, point in enumerate(path):
        before, after = path[max(0, i - 1)], path[min(len(path) - 1, i + 1)]
        if before == after:
            moved.append(point)
            continue
        angle = math.radians(heading(before, after) + 90)
        moved.append((point[0] + math.cos(angle) * amount, point[1] + math.sin(angle) * amount))
    return moved


def _trimmed(path: Sequence[Point], start: float, end: float) -> list[Point]:
    """The part of the path from `start` to `end` of its length."""
    walked = [0.0]
    for a, b in zip(path, path[1:], strict=False):
        walked.append(walked[-1] + distance(a, b))
    low, high = start * walked[-1], end * walked[-1]

    def point_at(length: float) -> Point:
        i = max(k for k in range(len(walked)) if walked[k] <= length)
        if i == len(path) - 1:
            return path[-1]
        t = (length - walked[i]) / ((walked[i + 1] - walked[i]) or 1.0)
        a, b = path[i], path[i + 1]
        return a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t

    inside = [p for p, w in zip(path, walked, strict=True) if low < w < high]
    return [point_at(low), *inside, point_at(high)]


def arrow_bounds(lines: Sequence[ArrowLine]) -> tuple[float, float, float, float] | None:
    points = [p for line in lines for p in line]
    if not points:
        return None
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return min(xs), min(ys), max(xs), max(ys)
