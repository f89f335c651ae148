"""The last twelve months as a wall calendar: one block per month (Monday to Sunday across),
each day shaded by its active minutes, rest days struck through. Painted with QPainter in colours
made from the palette (history_colours), so every shade reads in light and dark.

The blocks are laid out in the rows and columns that give the largest days in the space there is
(six across and two down in a window, twelve across on a wide and short one), so the calendar
fills its page at any size, and every month's name fits its block.

Keyboard: the arrow keys move a day (left, right) or a week (up, down), Page Up and Page Down a
month, Home and End go to the first day and today, Space or R marks or unmarks the chosen day as
a rest day.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QLocale, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QHelpEvent, QKeyEvent, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from backcoach.core.history import month_start
from backcoach.core.words import active_text, date_text, month_name, plural, weekday_name
from backcoach.ui.history.history_colours import history_colours
from backcoach.ui.widgets.translation import Context

HistoryText = Context("HistoryText")

MONTHS = 12
LAYOUTS = ((6, 2), (12, 1), (4, 3), (3, 4), (2, 6))  # (columns, rows) of month blocks


def levels_for(minutes: Mapping[date, float]) -> tuple[float, float, float]:
    """Thresholds between the four shades: the quartiles of the days with a session."""
    values = sorted(m for m in minutes.values() if m > 0)
    if not values:
        return (1.0, 2.0, 3.0)
    pick = [values[min(len(values) - 1, int(len(values) * q))] for q in (0.25, 0.5, 0.75)]
    return (pick[0], pick[1], pick[2])


def add_months(day: date, months: int) -> date:
    """The same day of the month `months` later (or earlier), or the month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    first = date(year, month + 1, 1)
    last = (month_start(first + timedelta(days=31)) - timedelta(days=1)).day
    return first.replace(day=min(day.day, last))


@dataclass(frozen=True)
class Geometry:
    """Where the blocks go: the size of a day, the blocks' grid and its top-left corner."""

    cell: float
    columns: int
    rows: int
    left: float
    top: float
    title: float  # height of a month's name
    weekdays: float  # height of the weekday letters (0 when they do not fit)
    gap_x: float
    gap_y: float

    @property
    def block_width(self) -> float:
        return self.cell * 7

    @property
    def block_height(self) -> float:
        return self.title + self.weekdays + self.cell * 6

    @property
    def bottom(self) -> float:
        return self.top + self.rows * self.block_height + (self.rows - 1) * self.gap_y


def first_weekday() -> int:
    """The locale's first day of the week, numbered as date.weekday() does (0: Monday)."""
    return (QLocale().firstDayOfWeek().value - 1) % 7


class CalendarHeatmap(QWidget):
    restToggled = Signal(object)  # a date
    currentChanged = Signal(object)  # a date

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        """today: the app clock's (set_data moves it on)."""
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAccessibleName(HistoryText.tr("Calendar of the last 12 months"))
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.today = today
        self.minutes: dict[date, float] = {}
        self.sessions: dict[date, int] = {}
        self.rest: set[date] = set()
        self.thresholds = (1.0, 2.0, 3.0)
        self.current = self.today
        self.colours = history_colours(self.palette())
        self._update_description()

    # --- data ------------------------------------------------------------------------------

    @property
    def first_day(self) -> date:
        """The first day shown: the first of the month eleven months before this one."""
        return add_months(month_start(self.today), 1 - MONTHS)

    def set_data(
        self,
        minutes: Mapping[date, float],
        sessions: Mapping[date, int],
        rest: set[date],
        today: date,
    ) -> None:
        moved = today != self.today
        self.today = today
        first = self.first_day
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
            words += HistoryText.tr(": no session")
        if day in self.rest:
            words += HistoryText.tr("; rest day")
        if day == self.today:
            words += HistoryText.tr(" (today)")
        return words

    # --- geometry --------------------------------------------------------------------------

    def geometry_for(
        self, width: float, height: float, layouts: tuple[tuple[int, int], ...] = LAYOUTS
    ) -> Geometry:
        """The layout of the blocks with the largest days that fit width × height."""
        fm = self.fontMetrics()
        title = fm.height() * 1.4
        letters = fm.height() * 1.2
        largest = fm.height() * 2.4  # days bigger than this only spread the calendar thin
        best: Geometry | None = None
        for columns, rows in layouts:
            gap_y = fm.height() * 0.6
            # A gap of one day between blocks across.
            by_width = width / (columns * 7 + columns - 1)
            by_height = (height - rows * (title + letters) - (rows - 1) * gap_y) / (rows * 6)
            cell = max(4.0, min(by_width, by_height, largest))
            if best is None or cell > best.cell + 0.01:
                weekdays = letters if cell >= fm.horizontalAdvance("W") else 0.0
                best = Geometry(cell, columns, rows, 0, 0, title, weekdays, cell, gap_y)
        assert best is not None
        used = best.columns * best.block_width + (best.columns - 1) * best.gap_x
        return Geometry(
            best.cell,
            best.columns,
            best.rows,
            max(0.0, (width - used) / 2),  # centred across, from the top down
            0.0,
            best.title,
            best.weekdays,
            best.gap_x,
            best.gap_y,
        )

    def grid(self) -> Geometry:
        return self.geometry_for(self.width(), self.height())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        """As tall as the months need across this width, in rows of six (or twelve) blocks:
        the page below is for the chosen day, not for empty space."""
        g = self.geometry_for(width, 1e6, layouts=LAYOUTS[:2])
        return int(g.bottom + 2)

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        cell = fm.height() * 1.4
        g = Geometry(cell, 6, 2, 0, 0, fm.height() * 1.4, fm.height() * 1.2, cell, 0)
        return QSize(int(6 * g.block_width + 5 * cell), int(g.bottom + fm.height()))

    def minimumSizeHint(self) -> QSize:
        fm = self.fontMetrics()
        # Six across at the smallest day that still shows the months' short names.
        cell = max(6.0, fm.horizontalAdvance(HistoryText.tr("Mar 2025")) / 7)
        g = Geometry(cell, 6, 2, 0, 0, fm.height() * 1.4, 0, cell, fm.height() * 0.6)
        return QSize(int(6 * g.block_width + 5 * cell), int(g.bottom))

    def month_origin(self, index: int, g: Geometry) -> QPointF:
        """The top-left corner of the index-th month's block (0: the oldest)."""
        column, row = index % g.columns, index // g.columns
        return QPointF(
            g.left + column * (g.block_width + g.gap_x),
            g.top + row * (g.block_height + g.gap_y),
        )

    def _month_index(self, day: date) -> int:
        first = self.first_day
        return (day.year - first.year) * 12 + day.month - first.month

    def column(self, day: date) -> int:
        """The day's column in its month: the locale's first day of the week comes first."""
        return (day.weekday() - first_weekday()) % 7

    def cell_rect(self, day: date, g: Geometry | None = None) -> QRectF:
        g = g or self.grid()
        origin = self.month_origin(self._month_index(day), g)
        week = (day.day - 1 + self.column(month_start(day))) // 7
        x = origin.x() + self.column(day) * g.cell
        y = origin.y() + g.title + g.weekdays + week * g.cell
        return QRectF(x, y, g.cell, g.cell)

    def day_at(self, point: QPoint | QPointF) -> date | None:
        g = self.grid()
        for index in range(MONTHS):
            first = add_months(self.first_day, index)
            origin = self.month_origin(index, g)
            x = point.x() - origin.x()
            y = point.y() - origin.y() - g.title - g.weekdays
            if not (0 <= x < g.block_width and 0 <= y < g.cell * 6):
                continue
            offset = int(y // g.cell) * 7 + int(x // g.cell) - self.column(first)
            day = first + timedelta(days=offset)
            if offset < 0 or day.month != first.month or day > self.today:
                return None
            return day
        return None

    def month_titles(self, g: Geometry | None = None) -> list[tuple[QRectF, str]]:
        """Each month's name and where it is written: the whole name, or the short one (with
        the year on the first block and on January) when the whole does not fit the block."""
        g = g or self.grid()
        fm = self.fontMetrics()
        titles = []
        for index in range(MONTHS):
            first = add_months(self.first_day, index)
            year = f" {first.year}" if index == 0 or first.month == 1 else ""
            text = month_name(first.month) + year
            if fm.horizontalAdvance(text) > g.block_width:
                text = month_name(first.month, "short") + year
            origin = self.month_origin(index, g)
            titles.append((QRectF(origin.x(), origin.y(), g.block_width, g.title), text))
        return titles

    # --- painting --------------------------------------------------------------------------

    def shade(self, level: int) -> QColor:
        return self.colours.heat[level]

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        c = self.colours
        g = self.grid()
        gap = max(1.0, g.cell * 0.12)
        painter.setPen(c.page_text)
        for rect, text in self.month_titles(g):
            painter.drawText(
                rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text
            )
        for index in range(MONTHS):
            origin = self.month_origin(index, g)
            if g.weekdays:
                for column in range(7):
                    letter = weekday_name((first_weekday() + column) % 7, "short")[0]
                    rect = QRectF(
                        origin.x() + column * g.cell, origin.y() + g.title, g.cell, g.weekdays
                    )
                    painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), letter)
        painter.setPen(Qt.PenStyle.NoPen)
        first = self.first_day
        for offset in range((self.today - first).days + 1):
            day = first + timedelta(days=offset)
            fill = self.shade(self.level(day))
            rect = self.cell_rect(day, g).adjusted(gap / 2, gap / 2, -gap / 2, -gap / 2)
            painter.setBrush(fill)
            painter.drawRoundedRect(rect, gap, gap)
            if day in self.rest:
                self._strike(painter, rect, c.stroke_on(fill))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(c.page_text, max(1.0, gap)))
        painter.drawRoundedRect(
            self.cell_rect(self.today, g).adjusted(gap / 2, gap / 2, -gap / 2, -gap / 2), gap, gap
        )
        if self.hasFocus():
            painter.setPen(QPen(c.focus, max(2.0, gap * 1.5)))
            painter.drawRect(self.cell_rect(self.current, g))
        painter.end()

    @staticmethod
    def _strike(painter: QPainter, rect: QRectF, colour: QColor) -> None:
        painter.setPen(QPen(colour, max(1.0, rect.width() * 0.1)))
        inset = rect.width() * 0.22
        painter.drawLine(
            rect.bottomLeft() + QPointF(inset, -inset), rect.topRight() + QPointF(-inset, inset)
        )
        painter.setPen(Qt.PenStyle.NoPen)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self.colours = history_colours(self.palette())
            self.update()
        super().changeEvent(event)

    # --- interaction -----------------------------------------------------------------------

    def set_current(self, day: date) -> None:
        day = max(self.first_day, min(self.today, day))
        if day != self.current:
            self.current = day
            self._update_description()
            self.currentChanged.emit(day)
            self.update()

    def _update_description(self) -> None:
        self.setAccessibleDescription(self.describe(self.current))
        self.setToolTip(
            HistoryText.tr(
                "Each square is a day, darker with more active minutes; a stroke marks a rest "
                "day. Arrow keys move, Space marks a rest day."
            )
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        steps = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7, Qt.Key.Key_Down: 7}
        if key in steps:
            self.set_current(self.current + timedelta(days=steps[key]))
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.set_current(add_months(self.current, -1 if key == Qt.Key.Key_PageUp else 1))
        elif key == Qt.Key.Key_Home:
            self.set_current(self.first_day)
        elif key == Qt.Key.Key_End:
            self.set_current(self.today)
        elif key in (Qt.Key.Key_Space, Qt.Key.Key_R):
            self.restToggled.emit(self.current)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position())
        if day is not None:
            self.set_current(day)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position())
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
