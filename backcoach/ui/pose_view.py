"""Shows the illustration of a position: for now the catalogue's placeholder, a named frame.

The illustrations issue replaces the drawing with the pose renderer; the interface stays.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


class PoseView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pose_id = ""
        self._caption = ""
        self._mirrored = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName("Illustration")

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(320, 200)

    @property
    def pose_id(self) -> str:
        return self._pose_id

    def show_pose(
        self,
        pose_id: str,
        caption: str = "",
        mirrored: bool = False,
        animate_from: str | None = None,
        seconds: float = 0.0,
    ) -> None:
        """Show a pose of the library; with animate_from, move there from that pose in `seconds`."""
        self._pose_id, self._caption, self._mirrored = pose_id, caption, mirrored
        self.setAccessibleDescription(caption)
        self.setToolTip(caption)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self.palette().mid().color(), 2, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        rect = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        painter.drawRoundedRect(rect, 12, 12)
        painter.setPen(self.palette().text().color())
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self._caption or self._pose_id)
