"""Plane geometry for the figure: points, directions in degrees, and smooth curves through points.

The world of a figure has y up; angles are degrees counter-clockwise from the +x axis.
"""

from __future__ import annotations

import cmath
import math
from collections.abc import Sequence

Point = tuple[float, float]


def direction(degrees: float) -> Point:
    radians = math.radians(degrees)
    return math.cos(radians), math.sin(radians)


def along(point: Point, degrees: float, length: float) -> Point:
    dx, dy = direction(degrees)
    return point[0] + dx * length, point[1] + dy * length


def shifted(point: Point, dx: float, dy: float) -> Point:
    return point[0] + dx, point[1] + dy


def lerp(a: float, b: float, t: float) -> float:
    return a + (b - a) * t


def lerp_point(a: Point, b: Point, t: float) -> Point:
    return lerp(a[0], b[0], t), lerp(a[1], b[1], t)


def distance(a: Point, b: Point) -> float:
    return math.hypot(b[0] - a[0], b[1] - a[1])


def heading(a: Point, b: Point) -> float:
    """The direction from a to b, in degrees."""
    return math.degrees(math.atan2(b[1] - a[1], b[0] - a[0]))


def wrap(degrees: float) -> float:
    """An angle in (-180, 180]."""
    wrapped = math.fmod(degrees + 180.0, 360.0)
    if wrapped <= 0.0:
        wrapped += 360.0
    return wrapped - 180.0


def arc(centre: Point, radius: float, start: float, end: float, step: float = 10.0) -> list[Point]:
    """Points on a circle from angle `start` to `end` (degrees, either way round), both ends in."""
    count = max(1, math.ceil(abs(end - start) / step))
    # Turning a complex number step by step is much faster than a sine and cosine per point.
    point = cmath.rect(radius, math.radians(start))
    turn = cmath.rect(1.0, math.radians((end - start) / count))
    x, y = centre
    points = []
    for _ in range(count + 1):
        points.append((x + point.real, y + point.imag))
        point *= turn
    return points


def smooth_values(knots: Sequence[tuple[float, float]], x: float) -> float:
    """The value at x of a smooth curve through the (x, value) knots (Catmull-Rom), level past
    either end."""
    if x <= knots[0][0]:
        return knots[0][1]
    if x >= knots[-1][0]:
        return knots[-1][1]
    i = next(k for k in range(len(knots) - 1) if knots[k][0] <= x <= knots[k + 1][0])
    x1, y1 = knots[i]
    x2, y2 = knots[i + 1]
    y0 = knots[i - 1][1] if i > 0 else y1
    y3 = knots[i + 2][1] if i + 2 < len(knots) else y2
    t = (x - x1) / (x2 - x1)
    return 0.5 * (
        2 * y1
        + (-y0 + y2) * t
        + (2 * y0 - 5 * y1 + 4 * y2 - y3) * t * t
        + (-y0 + 3 * y1 - 3 * y2 + y3) * t * t * t
    )


def periodic_values(knots: Sequence[tuple[float, float]], x: float) -> float:
    """Like `smooth_values` for knots round a circle: x and the knots' x in degrees, 0 to 360."""
    x = x % 360.0
    n = len(knots)
    i = max(k for k in range(n) if knots[k][0] <= x) if x >= knots[0][0] else n - 1
    x1, y1 = knots[i]
    x2, y2 = knots[(i + 1) % n]
    y0 = knots[(i - 1) % n][1]
    y3 = knots[(i + 2) % n][1]
    span = (x2 - x1) % 360.0 or 360.0
    t = ((x - x1) % 360.0) / span
    return 0.5 * (
        2 * y1
        + (-y0 + y2) * t
        + (2 * y0 - 5 * y1 + 4 * y2 - y3) * t * t
        + (-y0 + 3 * y1 - 3 * y2 + y3) * t * t * t
    )
