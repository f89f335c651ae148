"""The last twelve months as a grid of days (weeks across, Monday to Sunday down), coloured by
active minutes, with rest days struck through. Painted with QPainter in the palette's colours.

Keyboard: the arrow keys move a day (up, down) or a week (left, right), Home and End go to the
first day and today, Space or R marks or unmarks the chosen day as a rest day.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QHelpEvent, QKeyEvent, QMouseEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from backcoach.core.history import week_start
from backcoach.core.words import active_text, date_text, month_name, plural, weekday_name

WEEKS = 53


def blend(a: QColor, b: QColor, amount: float) -> QColor:
    """a moved towards b by amount (0: a, 1: b)."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
    )


def levels_for(minutes: Mapping[date, float]) -> tuple[float, float, float]:
    """Thresholds between the four shades: the quartiles of the days with a session."""
    values = sorted(m for m in minutes.values() if m > 0)
    if not values:
        return (1.0, 2.0, 3.0)
    pick = [values[min(len(values) - 1, int(len(values) * q))] for q in (0.25, 0.5, 0.75)]
    return (pick[0], pick[1], pick[2])


class CalendarHeatmap(QWidget):
    restToggled = Signal(object)  # a date
    currentChanged = Signal(object)  # a date

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        """today: the app clock's (set_data moves it on)."""
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAccessibleName("Calendar of the last 12 months")
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.today = today
        self.minutes: dict[date, float] = {}
        self.sessions: dict[date, int] = {}
        self.rest: set[date] = set()
        self.thresholds = (1.0, 2.0, 3.0)
        self.current = self.today
        self._update_description()

    # --- data ------------------------------------------------------------------------------

    @property
    def first_monday(self) -> date:
        return week_start(self.today) - timedelta(weeks=WEEKS - 1)

    def set_data(
        self,
        minutes: Mapping[date, float],
        sessions: Mapping[date, int],
        rest: set[date],
        today: date,
    ) -> None:
        moved = today != self.today
        self.today = today
        first = self.first_monday
        self.minutes = {d: m for d, m in minutes.items() if first <= d <= today}
        self.sessions = {d: n for d, n in sessions.items() if first <= d <= today}
        self.rest = {d for d in rest if first <= d <= today}
        self.thresholds = levels_for(self.minutes)
        if moved or not first <= self.current <= today:
            self.current = today
        self._update_description()
        self.update()

    def level(self, day: date) -> int:
        minutes = self.minutes.get(day, 0.0)
        if minutes <= 0:
            return 0
        low, mid, high = self.thresholds
        return 1 if minutes < low else 2 if minutes < mid else 3 if minutes < high else 4

    def describe(self, day: date) -> str:
        words = date_text(day, weekday="long")
        count = self.sessions.get(day, 0)
        if count:
            words += f": {plural(count, 'session')}, {active_text(self.minutes.get(day, 0) * 60)}"
        else:
            words += ": no session"
        if day in self.rest:
            words += "; rest day"
        if day == self.today:
            words += " (today)"
        return words

    # --- geometry --------------------------------------------------------------------------

    def _metrics(self) -> tuple[float, float, float]:
        """Cell size and the left and top margins (for weekday and month labels)."""
        fm = self.fontMetrics()
        left = fm.horizontalAdvance("Wed") + fm.averageCharWidth()
        top = fm.height() + 4
        cell = min((self.width() - left - 2) / WEEKS, (self.height() - top - 2) / 7)
        return max(4.0, cell), left, top

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        cell = fm.height() * 1.1
        return QSize(int(fm.horizontalAdvance("Wed") + cell * WEEKS + 8), self.heightForWidth(0))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        """As tall as seven rows of square cells that fill the width (up to a comfortable size)."""
        fm = self.fontMetrics()
        left = fm.horizontalAdvance("Wed") + fm.averageCharWidth()
        cell = (width - left - 2) / WEEKS if width else fm.height() * 1.1
        cell = max(6.0, min(cell, fm.height() * 2.2))
        return int(fm.height() + 4 + cell * 7 + 4)

    def minimumSizeHint(self) -> QSize:
        fm = self.fontMetrics()
        return QSize(int(fm.horizontalAdvance("Wed") + 6 * WEEKS), int(fm.height() + 6 * 7 + 8))

    def cell_rect(self, day: date) -> QRectF:
        cell, left, top = self._metrics()
        column = (day - self.first_monday).days // 7
        return QRectF(left + column * cell, top + day.weekday() * cell, cell, cell)

    def day_at(self, point: QPoint) -> date | None:
        cell, left, top = self._metrics()
        column = int((point.x() - left) // cell)
        row = int((point.y() - top) // cell)
        if not (0 <= column < WEEKS and 0 <= row < 7) or point.x() < left or point.y() < top:
            return None
        day = self.first_monday + timedelta(days=column * 7 + row)
        return day if day <= self.today else None

    # --- painting --------------------------------------------------------------------------

    def shade(self, level: int) -> QColor:
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        if level == 0:
            return blend(base, palette.color(QPalette.ColorRole.Text), 0.07)
        return blend(
            base, palette.color(QPalette.ColorRole.Highlight), (0.3, 0.55, 0.8, 1.0)[level - 1]
        )

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        cell, left, top = self._metrics()
        gap = max(1.0, cell * 0.12)
        painter.setPen(text)
        fm = self.fontMetrics()
        for row in (0, 2, 4):
            painter.drawText(
                QRectF(0, top + row * cell, left - 4, cell),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                weekday_name(row, "short"),
            )
        first = self.first_monday
        last_label_x = -1e9
        for column in range(WEEKS):
            monday = first + timedelta(weeks=column)
            month_first = next(
                (
                    monday + timedelta(days=i)
                    for i in range(7)
                    if (monday + timedelta(days=i)).day == 1
                ),
                None,
            )
            starts_soon = any((monday + timedelta(days=i)).day == 1 for i in range(7, 21))
            if month_first is not None or (column == 0 and not starts_soon):
                x = left + column * cell
                label = month_name((month_first or monday).month, "short")
                if x - last_label_x > fm.horizontalAdvance(label) + 4:
                    painter.drawText(
                        QRectF(x, 0, cell * 5, top - 2),
                        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
                        label,
                    )
                    last_label_x = x
        rest_pen = QPen(text, max(1.0, cell * 0.1))
        painter.setPen(Qt.PenStyle.NoPen)
        for offset in range((self.today - first).days + 1):
            day = first + timedelta(days=offset)
            rect = self.cell_rect(day).adjusted(gap / 2, gap / 2, -gap / 2, -gap / 2)
            painter.setBrush(self.shade(self.level(day)))
            painter.drawRoundedRect(rect, gap, gap)
            if day in self.rest:
                painter.setPen(rest_pen)
                inset = rect.width() * 0.22
                painter.drawLine(
                    rect.bottomLeft() + QPoint(int(inset), -int(inset)),
                    rect.topRight() + QPoint(-int(inset), int(inset)),
                )
                painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(text, max(1.0, gap)))
        painter.drawRoundedRect(
            self.cell_rect(self.today).adjusted(gap / 2, gap / 2, -gap / 2, -gap / 2), gap, gap
        )
        if self.hasFocus():
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), max(2.0, gap * 1.5)))
            painter.drawRect(self.cell_rect(self.current))
        painter.end()

    # --- interaction -----------------------------------------------------------------------

    def set_current(self, day: date) -> None:
        day = max(self.first_monday, min(self.today, day))
        if day != self.current:
            self.current = day
            self._update_description()
            self.currentChanged.emit(day)
            self.update()

    def _update_description(self) -> None:
        self.setAccessibleDescription(self.describe(self.current))
        self.setToolTip(
            "Each square is a day, darker with more active minutes; a stroke marks a rest day. "
            "Arrow keys move, Space marks a rest day."
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        steps = {
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_Left: -7,
            Qt.Key.Key_Right: 7,
            Qt.Key.Key_PageUp: -28,
            Qt.Key.Key_PageDown: 28,
        }
        if key in steps:
            self.set_current(self.current + timedelta(days=steps[key]))
        elif key == Qt.Key.Key_Home:
            self.set_current(self.first_monday)
        elif key == Qt.Key.Key_End:
            self.set_current(self.today)
        elif key in (Qt.Key.Key_Space, Qt.Key.Key_R):
            self.restToggled.emit(self.current)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position().toPoint())
        if day is not None:
            self.set_current(day)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position().toPoint())
        if day is not None:
            self.restToggled.emit(day)

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QHelpEvent) and event.type() == QEvent.Type.ToolTip:
            day = self.day_at(event.pos())
            if day is not None:
                QToolTip.showText(event.globalPos(), self.describe(day), self)
                return True
        return super().event(event)

    def focusInEvent(self, event) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:
        self.update()
        super().focusOutEvent(event)


class HeatmapLegend(QWidget):
    """ "Less ▢▢▢▢▢ More", and what a struck-through day means, in the heatmap's own shades."""

    def __init__(self, heatmap: CalendarHeatmap, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heatmap = heatmap
        self.setAccessibleName("Calendar legend")
        self.setToolTip("Lighter squares: fewer active minutes; darker: more. A stroke: rest day.")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        width = fm.horizontalAdvance("Less More Rest day") + fm.averageCharWidth() * 8
        return QSize(int(width + fm.height() * 0.9 * 6 + 15 + 4), fm.height() + 6)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = self.fontMetrics()
        size = fm.height() * 0.9
        text = self.palette().color(QPalette.ColorRole.WindowText)
        x = 0.0
        y = (self.height() - size) / 2

        def label(words: str) -> None:
            nonlocal x
            painter.setPen(text)
            width = fm.horizontalAdvance(words)
            painter.drawText(
                QRectF(x, 0, width + 2, self.height()), int(Qt.AlignmentFlag.AlignVCenter), words
            )
            x += width + fm.averageCharWidth()

        label("Less")
        for level in range(5):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.heatmap.shade(level))
            painter.drawRoundedRect(QRectF(x, y, size, size), 2, 2)
            x += size + 3
        x += fm.averageCharWidth() - 3
        label("More")
        x += fm.averageCharWidth() * 3
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.heatmap.shade(0))
        rect = QRectF(x, y, size, size)
        painter.drawRoundedRect(rect, 2, 2)
        painter.setPen(QPen(text, max(1.0, size * 0.1)))
        inset = size * 0.22
        painter.drawLine(
            rect.bottomLeft() + QPoint(int(inset), -int(inset)),
            rect.topRight() + QPoint(-int(inset), int(inset)),
        )
        x += size + fm.averageCharWidth()
        label("Rest day")
        painter.end()
