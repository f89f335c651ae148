"""What is drawn besides the figure: a chair to hold on to. (The mat is the painter's: it is a
strip under the whole picture.)"""

from __future__ import annotations

from backcoach.core.pose.geometry import Point
from backcoach.core.pose.kinematics import Figure

CHAIR_SEAT = 0.27  # the seat's height
CHAIR_DEPTH = 0.23  # from the backrest to the front of the seat
CHAIR_STROKE = 0.018  # the thickness of its rails and legs

Stroke = tuple[Point, Point]


def chair(fig: Figure) -> list[Stroke]:
    """A chair seen from the side, its backrest under the figure's hands, its seat away from the
    figure: the rails and legs as strokes, CHAIR_STROKE thick."""
    f = fig.pose.facing
    hands = [fig.joints["hand_near"], fig.joints["hand_far"]]
    x = sum(h[0] for h in hands) / 2 + f * 0.01
    top = min(h[1] for h in hands) - 0.012
    front = x + f * CHAIR_DEPTH
    lean = f * 0.025  # the backrest leans back a little, as they do
    return [
        ((x, CHAIR_STROKE / 2), (x, CHAIR_SEAT)),  # back leg
        ((x, CHAIR_SEAT), (x - lean, top)),  # backrest
        ((x, CHAIR_SEAT), (front, CHAIR_SEAT)),  # seat
        ((front, CHAIR_STROKE / 2), (front, CHAIR_SEAT)),  # front leg
    ]


def prop_strokes(fig: Figure) -> dict[str, list[Stroke]]:
    """The strokes of each prop the pose names (bar the mat)."""
    return {name: chair(fig) for name in fig.pose.props if name == "chair"}


def strokes_bounds(strokes: list[Stroke]) -> tuple[float, float, float, float] | None:
    points = [p for stroke in strokes for p in stroke]
    if not points:
        return None
    half = CHAIR_STROKE / 2
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return min(xs) - half, min(ys) - half, max(xs) + half, max(ys) + half
