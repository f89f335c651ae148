"""Shows the illustration of a position; moves the figure smoothly from one position to the next.

The animation runs on a QVariantAnimation only while the figure moves: once it settles, no timer
is left running. An unknown pose id draws a clear placeholder with the caption instead.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractAnimation, QRectF, QSize, Qt, QVariantAnimation
from PySide6.QtGui import QHideEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from backcoach.core.pose.library import load_pose_library
from backcoach.core.pose.model import Pose, PoseError
from backcoach.core.pose.motion import blend, can_interpolate, mirror
from backcoach.ui.widgets.pose_painter import paint_pose

# The arrow of the movement fades in over the last part of the move, once the figure gets there.
ARROW_FADE_FROM = 0.6


class PoseView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pose_id = ""
        self._caption = ""
        self._mirrored = False
        self._target: Pose | None = None
        self._start: Pose | None = None
        self._progress = 1.0
        self.animation = QVariantAnimation(self)
        self.animation.setStartValue(0.0)
        self.animation.setEndValue(1.0)
        # Linear here: the core's ease() shapes the movement, so tests can check it without Qt.
        self.animation.valueChanged.connect(self._advance)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(96, 60)
        self.setAccessibleName("Illustration")

    def sizeHint(self) -> QSize:
        return QSize(320, 200)

    @property
    def pose_id(self) -> str:
        return self._pose_id

    @property
    def is_animating(self) -> bool:
        return self.animation.state() == QAbstractAnimation.State.Running

    def displayed_pose(self) -> Pose | None:
        """The pose drawn right now: part of the way there while the figure moves."""
        if self._target is None:
            return None
        if self._start is None or self._progress >= 1.0:
            return self._target
        return blend(self._start, self._target, self._progress)

    def show_pose(
        self,
        pose_id: str,
        caption: str = "",
        mirrored: bool = False,
        animate_from: str | None = None,
        seconds: float = 0.0,
    ) -> None:
        """Show a pose of the library; with animate_from, move there from that pose in `seconds`.

        When the figure is still moving, the new movement starts from where it is, so a quick
        change of position never jumps.
        """
        showing = self.displayed_pose()
        self._pose_id, self._caption, self._mirrored = pose_id, caption, mirrored
        self.setAccessibleDescription(caption)
        self.setToolTip(caption)
        target = self._library_pose(pose_id, mirrored)
        start = None
        if target is not None and seconds > 0:
            if self.is_animating and showing is not None:
                start = showing
            elif animate_from:
                start = self._library_pose(animate_from, mirrored)
        self.animation.stop()
        self._target = target
        if start is not None and target is not None and can_interpolate(start, target):
            self._start, self._progress = start, 0.0
            self.animation.setDuration(max(1, round(seconds * 1000)))
            self.animation.start()
        else:
            self._start, self._progress = None, 1.0
        self.update()

    def finish_animation(self) -> None:
        """Jump to the end of the movement (also what happens when the view is hidden)."""
        if self.is_animating:
            self.animation.setCurrentTime(self.animation.duration())
        self.animation.stop()
        self._progress = 1.0
        self.update()

    def _library_pose(self, pose_id: str, mirrored: bool) -> Pose | None:
        try:
            pose = load_pose_library().get(pose_id)
        except PoseError:
            return None
        return mirror(pose) if mirrored else pose

    def _advance(self, value: object) -> None:
        self._progress = float(value)  # type: ignore[arg-type]
        self.update()

    def hideEvent(self, event: QHideEvent) -> None:
        # Nobody sees the movement: no reason to keep a timer running for it.
        self.finish_animation()
        super().hideEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        pose = self.displayed_pose()
        if pose is None:
            self._paint_placeholder(painter, rect)
            return
        fade = (self._progress - ARROW_FADE_FROM) / (1.0 - ARROW_FADE_FROM)
        paint_pose(painter, rect, pose, self.palette(), arrow_opacity=max(0.0, min(1.0, fade)))

    def _paint_placeholder(self, painter: QPainter, rect: QRectF) -> None:
        if not self._pose_id and not self._caption:
            return  # nothing asked for yet
        pen = QPen(self.palette().mid().color(), 2, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawRoundedRect(rect, 12, 12)
        painter.setPen(self.palette().windowText().color())
        text = (self._caption or self._pose_id) + "\n(no illustration for this position)"
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)
