"""The tray's icon: the app's window icon when one is set (packaged), else a drawn spine."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication

# A brand accent that reads on light and dark panels alike; the only fixed colours here.
_ACCENT = QColor("#1f8a70")
_BONE = QColor("#ffffff")


def tray_icon() -> QIcon:
    """The application's window icon when one is set (a packaged build), else the drawn one."""
    app = QApplication.instance()
    icon = app.windowIcon() if isinstance(app, QApplication) else QIcon()
    return icon if not icon.isNull() else drawn_icon()


def drawn_icon() -> QIcon:
    icon = QIcon()
    for size in (16, 22, 24, 32, 48, 64, 128):
        icon.addPixmap(_spine(size))
    return icon


def _spine(size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(_ACCENT)
    painter.drawRoundedRect(QRectF(0, 0, size, size), size * 0.22, size * 0.22)
    painter.setBrush(_BONE)
    # Five vertebrae in a gentle S, wider towards the bottom, like a back seen from the side.
    for index, (x, width) in enumerate(((0.52, 0.26), (0.47, 0.30), (0.45, 0.34),
                                        (0.48, 0.38), (0.54, 0.42))):
        height = 0.11
        top = 0.14 + index * 0.15
        painter.drawRoundedRect(
            QRectF((x - width / 2) * size, top * size, width * size, height * size),
            size * 0.04, size * 0.04,
        )
    painter.end()
    return pixmap
