"""The frames of a widget that follows a progress: the countdown ring, the moving figure.

Frames never decide where anything is. Each one reads the source (in the player, the engine's
progress through the current step, computed from the injected clock) and draws that; the timer
only paces the redraws. So nothing moves unless the clock does: paused, idle or under a test's
fake clock, the drawing stays where the source says, however many frames come.

The timer runs only while a source is followed and the widget is on screen, at about 30 frames
a second at most and slower when the drawing hardly moves (a long hold), so a frame is drawn
when something has moved about a pixel.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

FRAME_MS = 34  # a little under 30 frames a second
MAX_FRAME_MS = 500  # the slowest pace, so the end of a long hold still moves visibly

Source = Callable[[], float]


class ProgressFrames(QObject):
    """Frames for `widget`: `draw(progress)` draws one; `span()` is how far, in pixels, the
    drawing moves over the whole progress from 0 to 1, which sets the pace."""

    def __init__(
        self, widget: QWidget, draw: Callable[[float], None], span: Callable[[], float]
    ) -> None:
        super().__init__(widget)
        self._widget = widget
        self._draw = draw
        self._span = span
        self._source: Source | None = None
        self._last = 0.0
        self.timer = QTimer(self)
        self.timer.setInterval(FRAME_MS)
        self.timer.timeout.connect(self.frame)
        self.count = 0  # frames drawn, for tests and benchmarks
        widget.installEventFilter(self)

    @property
    def is_running(self) -> bool:
        return self.timer.isActive()

    @property
    def source(self) -> Source | None:
        return self._source

    def follow(self, source: Source | None) -> None:
        """Draw `source`'s progress now, then frame by frame while on screen; None stops."""
        self._source = source
        if source is None:
            self.timer.stop()
            return
        progress = source()
        if progress < self._last:
            self.timer.setInterval(FRAME_MS)  # a new step: find its pace again
        self._last = progress
        self._draw(progress)
        if self._may_run():
            if not self.timer.isActive():
                self.timer.start()
        else:
            self.timer.stop()

    def frame(self) -> None:
        """One frame (the timer's slot; tests call it instead of waiting)."""
        if self._source is None or not self._may_run():
            # Nobody sees it: stop until the widget shows again or the source is set again.
            self.timer.stop()
            return
        self.count += 1
        progress = self._source()
        moved, self._last = abs(progress - self._last), progress
        self._draw(progress)
        self._pace(moved)

    def _may_run(self) -> bool:
        return self._widget.isVisible() and not self._widget.window().isMinimized()

    def _pace(self, moved: float) -> None:
        seconds = self.timer.interval() / 1000
        pixels_per_second = moved * self._span() / seconds if seconds else 0.0
        wanted = 1000 / pixels_per_second if pixels_per_second > 0 else MAX_FRAME_MS
        self.timer.setInterval(int(max(FRAME_MS, min(MAX_FRAME_MS, wanted))))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget:
            if event.type() == QEvent.Type.Show and self._source is not None:
                self.follow(self._source)
            elif event.type() == QEvent.Type.Hide:
                self.timer.stop()
        return False
