"""Shows the illustration of a position; during a movement, the figure part of the way there.

The view has no clock of its own. Where the figure is along a movement is its progress (0 to 1),
set outright (`set_progress`) or followed frame by frame from a source (`follow`): in a session,
the engine's progress through the step, so the figure moves as the countdown does and stands
still whenever the session is paused. Anywhere else (the start page, the "Up next" card, the
routine editor's preview) the figure is still. An unknown pose id draws a clear placeholder with
the caption instead.

A movement keeps one view box from start to end (the box of the kind of pose at both ends, see
`framing`), so the figure never slides or changes size as it moves, nor between the steps of an
exercise. Its arrows fade in as it starts and out as it arrives; a still figure shows the arrows
of the movement into its position, unless `arrows_when_still` is off (the player, which shows
arrows only while the figure moves). Highlights fade across the movement (see `motion`).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from backcoach.core.pose.framing import Box, kind
from backcoach.core.pose.library import load_pose_library
from backcoach.core.pose.model import Pose, PoseError
from backcoach.core.pose.motion import can_interpolate, mirror
from backcoach.ui.widgets.plain_text import plain_tooltip
from backcoach.ui.widgets.pose_picture import PosePicture
from backcoach.ui.widgets.progress_frames import ProgressFrames, Source
from backcoach.ui.widgets.translation import Context

WidgetsText = Context("WidgetsText")


class PoseView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pose_id = ""
        self._caption = ""
        self._mirrored = False
        self._picture: PosePicture | None = None
        self._progress = 1.0
        self.arrows_when_still = True
        # A limb sweeps about the view's height over a movement: that sets the frames' pace.
        self.animation = ProgressFrames(self, self.set_progress, lambda: float(self.height()))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(96, 60)
        self.setAccessibleName(WidgetsText.tr("Illustration"))

    def sizeHint(self) -> QSize:
        return QSize(320, 200)

    @property
    def pose_id(self) -> str:
        return self._pose_id

    @property
    def progress(self) -> float:
        return self._progress

    @property
    def is_moving(self) -> bool:
        """Whether the figure is part of the way along a movement."""
        return self._moves and self._progress < 1.0

    @property
    def _moves(self) -> bool:
        return self._picture is not None and self._picture.movement is not None

    @property
    def is_animating(self) -> bool:
        """Whether frames are being drawn (only while following a source on screen)."""
        return self.animation.is_running

    def displayed_pose(self) -> Pose | None:
        """The pose drawn right now: part of the way there while the figure moves."""
        if self._picture is None:
            return None
        return self._picture.pose_at(self._progress)

    @property
    def view_box(self) -> Box | None:
        """The part of the world shown (body heights, y up): one box for a whole movement."""
        return None if self._picture is None else self._picture.box

    def show_pose(
        self,
        pose_id: str,
        caption: str = "",
        mirrored: bool = False,
        move_from: str | None = None,
    ) -> None:
        """Show a pose of the library. With `move_from`, the figure moves there from that pose
        as its progress goes from 0 to 1, and stands at the start until told otherwise.

        When the figure is part of the way along a movement, the new one starts from where it
        is, so a change of step mid-movement (skip, previous) never jumps; unless the new
        position is of another kind (standing after lying), which is a new start.
        """
        showing = self.displayed_pose()
        moving = self.is_moving
        self._pose_id, self._caption, self._mirrored = pose_id, caption, mirrored
        self.setAccessibleDescription(caption)
        self.setToolTip(plain_tooltip(caption))  # names a position, from data
        target = self._library_pose(pose_id, mirrored)
        start = None
        if target is not None and move_from:
            start = self._library_pose(move_from, mirrored)
            # Part of the way along a movement, the figure carries on from where it is; but a
            # skip from the floor to a standing exercise starts that one afresh, not half lying.
            if moving and showing is not None and kind(showing) == kind(target):
                start = showing
        if start is not None and target is not None and can_interpolate(start, target):
            self._picture, self._progress = PosePicture(target, start), 0.0
        else:
            self._picture = None if target is None else PosePicture(target)
            self._progress = 1.0
            self.animation.follow(None)
        self.update()

    def set_progress(self, progress: float) -> None:
        """Place the figure `progress` (0 to 1) of the way along its movement."""
        progress = max(0.0, min(1.0, progress))
        if self._moves and progress != self._progress:
            self._progress = progress
            self.update()

    def follow(self, source: Source | None) -> None:
        """Follow `source` (a movement's progress) frame by frame while on screen; None stops
        and leaves the figure where it is."""
        self.animation.follow(source if self._moves else None)

    def _library_pose(self, pose_id: str, mirrored: bool) -> Pose | None:
        try:
            pose = load_pose_library().get(pose_id)
        except PoseError:
            return None
        return mirror(pose) if mirrored else pose

    def arrow_opacity(self) -> float:
        if self._picture is None:
            return 0.0
        return self._picture.arrow_opacity(self._progress, self.arrows_when_still)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        if self._picture is None:
            self._paint_placeholder(painter, rect)
            return
        self._picture.paint(
            painter,
            rect,
            self.palette(),
            self._progress,
            arrows_when_still=self.arrows_when_still,
            background=self.palette().color(self.backgroundRole()),
        )

    def _paint_placeholder(self, painter: QPainter, rect: QRectF) -> None:
        if not self._pose_id and not self._caption:
            return  # nothing asked for yet
        pen = QPen(self.palette().mid().color(), 2, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawRoundedRect(rect, 12, 12)
        painter.setPen(self.palette().windowText().color())
        text = (self._caption or self._pose_id) + WidgetsText.tr(
            "\n(no illustration for this position)"
        )
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)
