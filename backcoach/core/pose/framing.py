"""The part of the world a picture shows: one box for a whole movement, and the same for every
pose of a kind, so the figure never slides or changes size from one step to the next.

Poses lying on the floor share one box and standing poses another: the union of every shipped
pose of that kind with its arrows and props, seen facing right (mirrored for a figure facing
left; a standing box is the same both ways, so a front view turns into either side in place).
A movement between kinds shows the union of both boxes.

The two boxes are stored here (SHIPPED_KIND_BOXES) rather than measured at each start: measuring
them traces the arrows of every shipped pose, which was a third of the instructions the app ran
before its first paint. tests/core/pose/test_framing.py measures them again and fails when a
pose file changes them.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from functools import cache

from backcoach.core.pose.arrows import arrow_bounds, pose_arrows
from backcoach.core.pose.kinematics import figure
from backcoach.core.pose.model import Pose
from backcoach.core.pose.props import prop_strokes, strokes_bounds

Box = tuple[float, float, float, float]  # left, bottom, right, top; y up, the floor at 0
MARGIN = 0.05
# kind_box measured by measure_kind_box over assets/poses (exact floats, as repr gives them).
SHIPPED_KIND_BOXES: dict[str, Box] = {
    "lying": (
        -0.16628661587617144,
        -1.3877787807814457e-17,
        0.9023258494388078,
        0.4621086732302931,
    ),
    "upright": (
        -0.5305378343889523,
        -3.8163916471489756e-17,
        0.5305378343889523,
        0.9905170080356969,
    ),
}
BELOW_FLOOR = 0.06  # room for the mat and the floor line under the figure


def kind(pose: Pose) -> str:
    """ "lying" for a pose on the floor (the trunk within 45° of level), else "upright"."""
    return "upright" if math.sin(math.radians(pose.angles["trunk"])) > math.sqrt(0.5) else "lying"


def extent(pose: Pose) -> Box:
    """Everything a picture of the pose draws: the figure, its arrows, its props."""
    fig = figure(pose)
    boxes = [fig.bounds(), arrow_bounds(pose_arrows(pose))]
    boxes += [strokes_bounds(strokes) for strokes in prop_strokes(fig).values()]
    return union(b for b in boxes if b is not None)


def union(boxes: Iterable[Box]) -> Box:
    boxes = list(boxes)
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def _mirrored(box: Box) -> Box:
    return -box[2], box[1], -box[0], box[3]


def kind_box(name: str) -> Box:
    """The box every shipped pose of a kind fits in, facing right."""
    return SHIPPED_KIND_BOXES.get(name) or measure_kind_box(name)


@cache
def measure_kind_box(name: str) -> Box:
    """kind_box measured from the shipped poses (slow: every pose's arrows are traced)."""
    from backcoach.core.pose.library import load_pose_library

    boxes = []
    for pose in load_pose_library():
        if kind(pose) == name:
            box = extent(pose)
            boxes.append(box if pose.facing > 0 else _mirrored(box))
    if not boxes:
        return (-0.5, 0.0, 0.5, 1.0)
    box = union(boxes)
    return union([box, _mirrored(box)]) if name == "upright" else box


def view_box(poses: Iterable[Pose]) -> Box:
    """The box to show these poses in (the two ends of a movement, or one pose), with a margin
    round it and room below the floor."""
    boxes = []
    for pose in poses:
        box = kind_box(kind(pose))
        boxes += [box if pose.facing > 0 else _mirrored(box), extent(pose)]
    left, bottom, right, top = union(boxes)
    # Rounded, so that a pose and its mirror image, which differ in the last digits, agree.
    return (
        round(left - MARGIN, 4),
        -BELOW_FLOOR,
        round(right + MARGIN, 4),
        round(top + MARGIN, 4),
    )
