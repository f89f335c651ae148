"""Active minutes as bars per day, week or month, and pain before and after on a linked plot.

This module imports pyqtgraph (and numpy), so the history view imports it only when it is first
shown. Every series is one graphics item fed with numpy arrays: ten years of daily sessions are a
few thousand bars in a single BarGraphItem, drawn in one go, never one item per bar.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from html import escape

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from backcoach.core.history import Period, minutes_per, month_start, week_start
from backcoach.core.session import SessionRecord
from backcoach.core.words import (
    active_text,
    date_text,
    duration_text,
    month_text,
    plural,
    time_text,
)

DAY = 86400.0
_EPOCH = date(1970, 1, 1).toordinal()
# Data-vis accents chosen to read on light and dark backgrounds alike.
PAIN_BEFORE = QColor(230, 126, 34)
PAIN_AFTER = QColor(38, 166, 154)

RANGES = (
    ("4w", "4 weeks", 28),
    ("3m", "3 months", 91),
    ("12m", "12 months", 365),
    ("all", "All", 0),
)
GRANULARITIES: tuple[tuple[Period, str], ...] = (
    ("day", "Days"),
    ("week", "Weeks"),
    ("month", "Months"),
)


def seconds_of(days: Sequence[date] | np.ndarray) -> np.ndarray:
    """Dates as seconds since the epoch at UTC midnight: the x axis (shown with utcOffset=0)."""
    return (
        np.fromiter((d.toordinal() for d in days), dtype=np.int64, count=len(days)) - _EPOCH
    ) * DAY


def date_at(seconds: float) -> date:
    return date.fromordinal(int(seconds // DAY) + _EPOCH)


def bars(
    totals: Mapping[date, float], granularity: Period
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Bar centres (s), heights (minutes) and widths (s) for the totals of core.history's
    minutes_per: each keyed by the first day of its day, week or month."""
    starts = sorted(totals)
    count = len(starts)
    days = np.fromiter((d.toordinal() for d in starts), dtype=np.int64, count=count) - _EPOCH
    heights = np.fromiter((totals[d] for d in starts), dtype=float, count=count)
    if granularity == "day":
        lengths = np.ones(count)
    elif granularity == "week":
        lengths = np.full(count, 7.0)
    else:
        first = days.astype("datetime64[D]")
        next_month = (first.astype("datetime64[M]") + np.timedelta64(1, "M")).astype(first.dtype)
        lengths = (next_month - first).astype(float)
    return (
        (days + lengths / 2) * DAY,
        heights,
        lengths * DAY * (0.8 if granularity == "day" else 0.86),
    )


def pain_series(sessions: Sequence[SessionRecord], day_start_hour: int) -> dict[str, np.ndarray]:
    """x (s) and ratings for the sessions with a rating, and a rolling mean of each."""
    out: dict[str, np.ndarray] = {}
    for key in ("pain_before", "pain_after"):
        rated = [r for r in sessions if getattr(r, key) is not None]
        x = np.array(
            [
                (r.started.date().toordinal() - _EPOCH) * DAY
                + (r.started.hour * 3600 + r.started.minute * 60)
                - day_start_hour * 3600
                for r in rated
            ],
            dtype=float,
        )
        y = np.array([getattr(r, key) for r in rated], dtype=float)
        order = np.argsort(x, kind="stable")
        x, y = x[order], y[order]
        window = min(7, len(y))
        if window:
            kernel = np.ones(window) / window
            mean = np.convolve(y, kernel, mode="valid")
            mean_x = x[window - 1 :]
        else:
            mean, mean_x = y, x
        out[key] = x
        out[key + "_y"] = y
        out[key + "_mean_x"] = mean_x
        out[key + "_mean"] = mean
    return out


class ActivityCharts(QWidget):
    rangeChanged = Signal(str)

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        """today: the app clock's (set_data moves it on)."""
        super().__init__(parent)
        self.granularity: Period = "day"
        self.range_key = "3m"
        self.today = today
        self.daily: dict[date, float] = {}
        self.totals: dict[date, float] = {}  # per day, week or month, as the bars show
        self.by_day: dict[date, list[SessionRecord]] = {}
        self.first_day: date | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        layout.addLayout(bar)
        self.granularity_buttons = QButtonGroup(self)
        show_label = QLabel("Show:")
        bar.addWidget(show_label)
        for key, text in GRANULARITIES:
            button = self._toggle(text, f"Active minutes per {key}", key == self.granularity)
            button.setAccessibleName(f"Bars per {key}")
            button.clicked.connect(lambda _=False, k=key: self.set_granularity(k))
            self.granularity_buttons.addButton(button)
            bar.addWidget(button)
            setattr(self, f"{key}_button", button)
        bar.addSpacing(self.fontMetrics().horizontalAdvance("M") * 2)
        bar.addWidget(QLabel("Range:"))
        self.range_buttons: dict[str, QPushButton] = {}
        group = QButtonGroup(self)
        for span, text, days in RANGES:
            tip = "Everything you logged" if not days else f"The last {text}"
            button = self._toggle(text, tip, span == self.range_key)
            button.setAccessibleName(f"Range: {text}")
            button.clicked.connect(lambda _=False, k=span: self.set_range(k))
            group.addButton(button)
            bar.addWidget(button)
            self.range_buttons[span] = button
        bar.addStretch(1)

        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setAccessibleName("Charts of active minutes and pain")
        self.graphics.setToolTip("")
        self.graphics.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.graphics, 1)
        self.minutes_plot = self.graphics.addPlot(
            row=0, col=0, axisItems={"bottom": pg.DateAxisItem(orientation="bottom", utcOffset=0)}
        )
        self.pain_plot = self.graphics.addPlot(
            row=1, col=0, axisItems={"bottom": pg.DateAxisItem(orientation="bottom", utcOffset=0)}
        )
        self.graphics.ci.layout.setRowStretchFactor(0, 3)
        self.graphics.ci.layout.setRowStretchFactor(1, 2)
        self.pain_plot.setXLink(self.minutes_plot)
        for plot in (self.minutes_plot, self.pain_plot):
            plot.setMouseEnabled(x=True, y=False)
            plot.setMenuEnabled(False)
            plot.hideButtons()
            plot.showGrid(x=False, y=True, alpha=0.25)
            plot.getAxis("left").setWidth(self.fontMetrics().horizontalAdvance("0000") * 2)
        self.minutes_plot.setLabel("left", "Active minutes per day")
        self.pain_plot.setLabel("left", "Pain (0–10)")
        self.pain_plot.setYRange(0, 10.5, padding=0)
        self.pain_plot.getAxis("left").setTicks([[(v, str(v)) for v in (0, 2, 4, 6, 8, 10)]])

        self.bars = pg.BarGraphItem(x=[0.0], height=[0.0], width=1.0)
        self.minutes_plot.addItem(self.bars)
        self.legend = self.pain_plot.addLegend(offset=(-10, 2), colCount=2)
        dot = {"symbol": "o", "symbolSize": 5, "pen": None}
        self.before_points = self.pain_plot.plot(**dot, symbolPen=None, name="")
        self.after_points = self.pain_plot.plot(**dot, symbolPen=None, name="")
        self.before_line = self.pain_plot.plot(name="Pain before (7-session average)")
        self.after_line = self.pain_plot.plot(name="Pain after (7-session average)")
        self.minutes_plot.vb.sigXRangeChanged.connect(self._fit_y)
        self.graphics.scene().sigMouseMoved.connect(self._hovered)
        self.apply_palette()

    def _toggle(self, text: str, tip: str, checked: bool) -> QPushButton:
        button = QPushButton(text)
        button.setCheckable(True)
        button.setChecked(checked)
        button.setToolTip(tip)
        return button

    # --- colours ---------------------------------------------------------------------------

    def apply_palette(self) -> None:
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        self.graphics.setBackground(palette.color(QPalette.ColorRole.Base))
        for plot in (self.minutes_plot, self.pain_plot):
            for name in ("left", "bottom"):
                axis = plot.getAxis(name)
                axis.setPen(pg.mkPen(text))
                axis.setTextPen(pg.mkPen(text))
            plot.getAxis("left").label.setDefaultTextColor(text)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        self.bars.setOpts(brush=pg.mkBrush(highlight), pen=pg.mkPen(None))
        faint_before, faint_after = QColor(PAIN_BEFORE), QColor(PAIN_AFTER)
        faint_before.setAlpha(130)
        faint_after.setAlpha(130)
        self.before_points.setSymbolBrush(pg.mkBrush(faint_before))
        self.after_points.setSymbolBrush(pg.mkBrush(faint_after))
        self.before_line.setPen(pg.mkPen(PAIN_BEFORE, width=2.5))
        self.after_line.setPen(pg.mkPen(PAIN_AFTER, width=2.5))
        self.legend.setLabelTextColor(text)
        for _sample, label in self.legend.items:  # labels made before keep their first colour
            label.setText(label.text, color=text)

    def changeEvent(self, event) -> None:
        if event.type() == event.Type.PaletteChange:
            self.apply_palette()
        super().changeEvent(event)

    # --- data ------------------------------------------------------------------------------

    def set_data(
        self,
        sessions: Sequence[SessionRecord],
        daily: Mapping[date, float],
        by_day: Mapping[date, list[SessionRecord]],
        today: date,
        day_start_hour: int,
    ) -> None:
        self.daily = dict(daily)
        self.by_day = dict(by_day)
        self.today = today
        self.first_day = min(daily) if daily else None
        series = pain_series(sessions, day_start_hour)
        self.before_points.setData(series["pain_before"], series["pain_before_y"])
        self.after_points.setData(series["pain_after"], series["pain_after_y"])
        self.before_line.setData(series["pain_before_mean_x"], series["pain_before_mean"])
        self.after_line.setData(series["pain_after_mean_x"], series["pain_after_mean"])
        self._draw_bars()
        start = seconds_of([(self.first_day or today) - timedelta(days=400)])[0]
        end = seconds_of([today + timedelta(days=60)])[0]
        for plot in (self.minutes_plot, self.pain_plot):
            plot.setLimits(xMin=start, xMax=end)
        self.set_range(self.range_key)

    def _draw_bars(self) -> None:
        self.totals = minutes_per(self.daily, self.granularity)
        self.bar_x, self.bar_minutes, widths = bars(self.totals, self.granularity)
        if len(self.bar_x):
            self.bars.setOpts(x=self.bar_x, height=self.bar_minutes, width=widths)
        else:
            self.bars.setOpts(x=[0.0], height=[0.0], width=1.0)
        self._fit_y()

    def set_granularity(self, key: Period) -> None:
        self.granularity = key
        self.minutes_plot.setLabel("left", f"Active minutes per {key}")
        getattr(self, f"{key}_button").setChecked(True)
        self._draw_bars()

    def set_range(self, key: str) -> None:
        self.range_key = key
        self.range_buttons[key].setChecked(True)
        days = dict((k, d) for k, _, d in RANGES)[key]
        end = self.today + timedelta(days=1)
        first = self.first_day or self.today
        start = end - timedelta(days=days) if days else min(first, end - timedelta(days=28))
        if key == "all" or days >= 365:
            # A year of daily bars is a blur: weeks read better, months for many years.
            if self.granularity == "day":
                self.set_granularity("week" if (end - start).days <= 800 else "month")
        elif self.granularity != "day" and days <= 91:
            self.set_granularity("day")
        x0, x1 = seconds_of([start, end])
        self.minutes_plot.setXRange(x0, x1, padding=0.01)
        self.rangeChanged.emit(key)

    def visible_range(self) -> tuple[date, date]:
        (x0, x1), _ = self.minutes_plot.vb.viewRange()
        return date_at(x0), date_at(x1)

    def _fit_y(self) -> None:
        if not hasattr(self, "bar_x"):
            return
        (x0, x1), _ = self.minutes_plot.vb.viewRange()
        shown = self.bar_minutes[(self.bar_x >= x0) & (self.bar_x <= x1)]
        top = float(shown.max()) if len(shown) else 0.0
        self.minutes_plot.setYRange(0, max(top * 1.1, 5.0), padding=0)

    # --- hover -----------------------------------------------------------------------------

    def _hovered(self, scene_pos: QPointF) -> None:
        for plot in (self.minutes_plot, self.pain_plot):
            if plot.sceneBoundingRect().contains(scene_pos):
                x = plot.vb.mapSceneToView(scene_pos).x()
                text = self.tooltip_at(x)
                if text:
                    QToolTip.showText(QCursor.pos(), text, self.graphics)
                else:
                    QToolTip.hideText()
                return

    def tooltip_at(self, x: float) -> str:
        """What the bar under x holds: that day's sessions, or the week's or month's total."""
        day = date_at(x)
        if self.granularity == "day":
            sessions = self.by_day.get(day, [])
            if not sessions:
                return ""
            lines = [
                f"<b>{date_text(day, weekday='short')}</b>: "
                f"{active_text(self.daily.get(day, 0) * 60)}"
            ]
            for record in sessions:
                pain = ""
                if record.pain_before is not None or record.pain_after is not None:
                    before = "–" if record.pain_before is None else record.pain_before
                    after = "–" if record.pain_after is None else record.pain_after
                    pain = f", pain {before} → {after}"
                done = "" if record.completed else " (partial)"
                lines.append(
                    f"{time_text(record.started)} {escape(record.routine_name)}{done}: "
                    f"{duration_text(record.active_seconds)}{pain}"
                )
            return "<br>".join(lines)
        if self.granularity == "week":
            first, length = week_start(day), 7
            title = f"Week of {date_text(first)}"
        else:
            first = month_start(day)
            length = (month_start(first + timedelta(days=31)) - first).days
            title = month_text(first, "short")
        if first not in self.totals:
            return ""
        period = (first + timedelta(days=i) for i in range(length))
        days = [d for d in period if d in self.by_day]
        count = sum(len(self.by_day[d]) for d in days)
        return (
            f"<b>{title}</b>: {active_text(self.totals[first] * 60)}<br>"
            f"{plural(count, 'session')} on {plural(len(days), 'day')}"
        )
