"""The big countdown: the seconds left, in digits large enough to read across a room, inside a
ring that fills as the step runs.

The ring follows the engine's progress (see `ProgressFrames`) only while it is told to and is on
screen; each frame repaints only the band of the ring, never the digits, which change once a
second.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QRegion,
    QResizeEvent,
)
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from backcoach.ui.widgets.progress_frames import ProgressFrames, Source
from backcoach.ui.widgets.theme import mix
from backcoach.ui.widgets.translation import Context

PlayerText = Context("PlayerText")

# How far into the ring the digits' box reaches: its corners at this share of the inner radius.
DIGIT_FILL = 0.5
# The ring's thickness, as a share of its diameter.
BAND = 0.045


class CountdownRing(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._progress = 0.0
        self._dimmed = False
        # The pace follows the arc's end along the circumference.
        self.animation = ProgressFrames(
            self, self.set_progress, lambda: math.pi * self._ring_rect().width()
        )
        self.digits = QLabel(self)
        self.digits.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.digits.setAccessibleName(PlayerText.tr("Seconds left"))
        self.caption = QLabel(self)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setAccessibleName(PlayerText.tr("Countdown caption"))
        self.caption.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 160)

    def sizeHint(self) -> QSize:
        return QSize(320, 320)

    # --- what the player sets ------------------------------------------------------------

    @property
    def text(self) -> str:
        return self.digits.text()

    @property
    def progress(self) -> float:
        return self._progress

    @property
    def is_animating(self) -> bool:
        return self.animation.is_running

    def set_text(self, text: str, caption: str = "") -> None:
        if (len(text) > 2) != (len(self.digits.text()) > 2):
            self.digits.setText(text)
            self._fit_digits()
        elif text != self.digits.text():
            self.digits.setText(text)
        self.caption.setText(caption)
        self.caption.setVisible(bool(caption))

    def set_progress(self, progress: float) -> None:
        progress = max(0.0, min(1.0, progress))
        if abs(progress - self._progress) > 1e-4:
            before, self._progress = self._progress, progress
            self.update(self._changed_region(before, progress))

    def set_dimmed(self, dimmed: bool) -> None:
        """Drawn quieter while paused, so a glance tells it is not counting."""
        if dimmed != self._dimmed:
            self._dimmed = dimmed
            self.digits.setForegroundRole(
                QPalette.ColorRole.PlaceholderText if dimmed else QPalette.ColorRole.WindowText
            )
            self.update()

    def animate(self, source: Source | None) -> None:
        """Follow `source` (the step's progress) frame by frame; None stops the animation."""
        self.animation.follow(source)

    # --- inside --------------------------------------------------------------------------

    def _ring_rect(self) -> QRectF:
        side = min(self.width(), self.height())
        band = max(6.0, side * BAND)
        rect = QRectF(0, 0, side - band - 2, side - band - 2)
        rect.moveCenter(QPointF(self.width() / 2, self.height() / 2))
        return rect

    def _band(self) -> float:
        return max(6.0, min(self.width(), self.height()) * BAND)

    def _changed_region(self, before: float, after: float) -> QRegion:
        """What a move of the arc's end from `before` to `after` repaints: for a frame's small
        step, the box around both ends (with the round cap and the arc's bulge), which keeps a
        hold's animation to a sliver of the ring; for a larger jump, the whole band."""
        if abs(after - before) > 0.125:
            return self._band_region()
        rect = self._ring_rect()
        radius = rect.width() / 2
        centre = rect.center()

        def end(progress: float) -> QPointF:
            angle = math.radians(90 - progress * 360)
            return QPointF(
                centre.x() + radius * math.cos(angle), centre.y() - radius * math.sin(angle)
            )

        a, b = end(before), end(after)
        bulge = radius * (1 - math.cos(math.pi * abs(after - before)))
        margin = self._band() / 2 + bulge + 3
        box = QRectF(a, b).normalized().adjusted(-margin, -margin, margin, margin)
        return QRegion(box.toAlignedRect())

    def _band_region(self) -> QRegion:
        rect = self._ring_rect()
        margin = self._band() / 2 + 3
        outer = rect.adjusted(-margin, -margin, margin, margin).toAlignedRect()
        inner = rect.adjusted(margin, margin, -margin, -margin).toAlignedRect()
        return QRegion(outer, QRegion.RegionType.Ellipse) - QRegion(
            inner, QRegion.RegionType.Ellipse
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_digits()

    @staticmethod
    def _fit_scale(font: QFont, template: str) -> tuple[float, float]:
        """For digits of 100 px: the half-diagonal of their box, and their height."""
        font = QFont(font)
        font.setPixelSize(100)
        box = QFontMetricsF(font).tightBoundingRect(template)
        return math.hypot(box.width() / 2, box.height() / 2), box.height()

    def _digit_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def side_for_digit_height(self, height: float) -> int:
        """The ring's size whose two-digit countdown is `height` pixels high."""
        half_diagonal, digit_height = self._fit_scale(self._digit_font(), "00")
        inner = height * half_diagonal / (DIGIT_FILL * digit_height) + 4
        return math.ceil((inner + 2) / (1 - 3 * BAND))

    def _fit_digits(self) -> None:
        """Digits as large as the inside of the ring allows: the corners of their box touch it."""
        rect = self._ring_rect()
        inner = rect.width() - 2 * self._band()
        if inner <= 0:
            return
        font = self._digit_font()
        template = "0:00" if len(self.digits.text()) > 2 else "00"
        half_diagonal, _ = self._fit_scale(font, template)
        font.setPixelSize(max(8, int(100 * inner * DIGIT_FILL / half_diagonal)))
        self.digits.setFont(font)
        metrics = QFontMetricsF(font)
        height = int(metrics.height())
        center = rect.center()
        self.digits.setGeometry(
            QRect(int(center.x() - inner / 2), int(center.y() - height / 2), int(inner), height)
        )
        caption_font = QFont(self.font())
        caption_font.setPointSizeF(self.font().pointSizeF() * 1.2)
        self.caption.setFont(caption_font)
        caption_height = int(QFontMetricsF(caption_font).height()) + 2
        digit_bottom = center.y() + metrics.tightBoundingRect(template).height() / 2
        self.caption.setGeometry(
            QRect(
                int(center.x() - inner * 0.35),
                int(digit_bottom + inner * 0.05),
                int(inner * 0.7),
                caption_height,
            )
        )

    def digit_height(self) -> float:
        """The height of the digits as drawn, in pixels."""
        return QFontMetricsF(self.digits.font()).tightBoundingRect("0").height()

    def colours(self) -> tuple[QColor, QColor]:
        """The track (the whole ring, faint) and the arc (the time gone, in the accent, or the
        quieter text colour while paused): the arc stands out by 3:1 from both the window and
        the track, in any palette the theme made readable (tests/ui/player/test_contrast.py)."""
        palette = self.palette()
        window = palette.color(QPalette.ColorRole.Window)
        track = mix(window, palette.color(QPalette.ColorRole.WindowText), 0.12)
        role = QPalette.ColorRole.PlaceholderText if self._dimmed else QPalette.ColorRole.Accent
        return track, palette.color(role)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self._ring_rect()
        band = self._band()
        track_colour, arc_colour = self.colours()
        track = QPen(track_colour, band)
        track.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(track)
        painter.drawEllipse(rect)
        if self._progress <= 0:
            return
        arc = QPen(arc_colour, band)
        arc.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(arc)
        # Clockwise from twelve o'clock; Qt's angles are in sixteenths of a degree.
        painter.drawArc(rect, 90 * 16, -round(self._progress * 360 * 16))
