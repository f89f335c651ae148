"""What a pose view draws: one pose standing still, or the movement from one pose to another at
some progress, with what stays put while the figure moves (the view box, the arrows, the props).

The player's view (`PoseView`) and the picture tool (`backcoach.tools.illustrations`) both draw
through this, so a frame strip shows exactly what the player shows.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter, QPalette

from backcoach.core.pose.arrows import ArrowLine, movement_arrows, pose_arrows
from backcoach.core.pose.framing import Box, view_box
from backcoach.core.pose.kinematics import figure
from backcoach.core.pose.model import Pose
from backcoach.core.pose.motion import Movement
from backcoach.core.pose.props import Stroke, prop_strokes
from backcoach.ui.widgets.pose_painter import paint_pose

# A movement's arrows fade in over its first part and out over its last.
ARROW_FADE = 0.15


class PosePicture:
    """A pose (`start` None), or the movement from `start` to `end` (both facing alike, see
    `motion.can_interpolate`)."""

    def __init__(self, end: Pose, start: Pose | None = None) -> None:
        self.start, self.end = start, end
        self.movement = Movement(start, end) if start is not None else None
        ends = [end] if start is None else [start, end]
        self.box: Box = view_box(ends)
        self.arrows: list[ArrowLine] = (
            pose_arrows(end) if start is None else movement_arrows(start, end)
        )
        # A prop stays where it is while the figure moves: placed by the end that has it.
        self.props: dict[str, list[Stroke]] = {}
        for pose in ends:
            for name, strokes in prop_strokes(figure(pose)).items():
                self.props.setdefault(name, strokes)

    def pose_at(self, progress: float) -> Pose:
        """The pose drawn at `progress` (0 to 1) of the movement; the pose itself when still."""
        if self.movement is None:
            return self.end
        return self.movement.at(progress)

    def arrow_opacity(self, progress: float, when_still: bool = True) -> float:
        """How strongly the arrows show: fading in and out over a movement; on a still pose,
        fully, or not at all without `when_still`."""
        if self.movement is None:
            return 1.0 if when_still else 0.0
        return max(0.0, min(1.0, progress / ARROW_FADE, (1.0 - progress) / ARROW_FADE))

    def paint(
        self,
        painter: QPainter,
        target: QRectF,
        palette: QPalette,
        progress: float = 1.0,
        *,
        arrows_when_still: bool = True,
        background: QColor | None = None,
    ) -> None:
        paint_pose(
            painter,
            target,
            self.pose_at(progress),
            palette,
            box=self.box,
            arrows=self.arrows,
            arrow_opacity=self.arrow_opacity(progress, arrows_when_still),
            props=self.props,
            background=background,
        )
