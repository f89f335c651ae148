"""Active minutes as bars per day, week or month, and pain before and after on a linked plot,
with the pain trend in a sentence above and the legend below (never over the lines).

This module imports pyqtgraph (and numpy), so the history view imports it only when it is first
shown. Every series is one graphics item fed with numpy arrays (see chart_data).

The range buttons say what is shown: dragging or turning the wheel over the charts still pans
and zooms, and then no range button stays selected and the dates shown are written out."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QPointF, Qt, Signal
from PySide6.QtGui import QBrush, QHelpEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from backcoach.core.day_totals import DayTotals
from backcoach.core.history import Period, month_start, week_start
from backcoach.core.session import SessionRecord
from backcoach.core.words import date_text, pain_trend_text
from backcoach.ui.history.axis_title import AxisTitle
from backcoach.ui.history.bar_data import BarData
from backcoach.ui.history.chart_choices import GRANULARITIES, RANGES, show_selection
from backcoach.ui.history.chart_data import (
    AVERAGE_OF,
    DAY,
    PAIN_KEYS,
    date_at,
    day_tip,
    nearest_point,
    period_of,
    period_tip,
    point_tip,
    seconds_of,
)
from backcoach.ui.history.date_axis import DateAxis
from backcoach.ui.history.history_colours import history_colours
from backcoach.ui.history.pain_points import PainPoints
from backcoach.ui.widgets.translation import Context

HistoryText = Context("HistoryText")

POINT_REACH = 8.0  # pixels from a pain point that still show its tooltip


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
        self.rest: set[date] = set()
        self.first_day: date | None = None
        self.series: dict = {}
        self.pain_points = PainPoints()
        self.bar_x = self.bar_minutes = np.zeros(0)
        self.days: DayTotals | None = None
        self.bar_data = BarData()
        self._shown_bars = (-1, -1)  # the slice of the bars the bar item holds
        self.colours = history_colours(self.palette())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._build_toolbar())
        self.trend = QLabel()
        self.trend.setWordWrap(True)
        self.trend.setAccessibleName(HistoryText.tr("Pain trend"))
        self.trend.setToolTip(
            HistoryText.tr(
                "Each end is the average pain before {AVERAGE_OF} sessions: "
                "the first ones you rated, and the last ones."
            ).format(AVERAGE_OF=AVERAGE_OF)
        )
        layout.addWidget(self.trend)
        self.range_note = QLabel()
        self.range_note.setWordWrap(True)
        self.range_note.setAccessibleName(HistoryText.tr("Dates shown"))
        self.range_note.hide()
        layout.addWidget(self.range_note)

        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setAccessibleName(HistoryText.tr("Charts of active minutes and pain"))
        self.graphics.setToolTip("")
        self.graphics.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.graphics, 1)
        self.minutes_plot = self.graphics.addPlot(row=0, col=0, axisItems={"bottom": DateAxis()})
        self.pain_plot = self.graphics.addPlot(row=1, col=0, axisItems={"bottom": DateAxis()})
        self.graphics.ci.layout.setRowStretchFactor(0, 3)
        self.graphics.ci.layout.setRowStretchFactor(1, 2)
        self.pain_plot.setXLink(self.minutes_plot)
        # Its x range always comes from the link: with autoranging off, the points are clipped
        # to the range shown (pyqtgraph clips only a view that does not fit itself to the data).
        self.pain_plot.vb.disableAutoRange(pg.ViewBox.XAxis)
        for plot in (self.minutes_plot, self.pain_plot):
            plot.setMouseEnabled(x=True, y=False)
            plot.setMenuEnabled(False)
            plot.hideButtons()
            plot.showGrid(x=False, y=True, alpha=0.25)
            plot.getAxis("left").setWidth(self.fontMetrics().horizontalAdvance("0000") * 2)
        self.minutes_title = AxisTitle(self.minutes_plot, HistoryText.tr("Active minutes per day"))
        self.pain_title = AxisTitle(self.pain_plot, HistoryText.tr("Pain (0–10)"))
        self._pain_axis_for = (0.0, 0)
        self.pain_plot.vb.sigResized.connect(self._fit_pain_axis)
        self._fit_pain_axis()
        # The pain plot below writes the dates for both.
        self.minutes_plot.getAxis("bottom").setStyle(showValues=False)

        # Rest days behind the bars: a hatched band the height of the plot, as the calendar
        # strikes them through.
        self.rest_bands = pg.BarGraphItem(x=[0.0], height=[0.0], width=1.0)
        self.rest_bands.setZValue(-1)
        self.minutes_plot.addItem(self.rest_bands)
        self.bars = pg.BarGraphItem(x=[0.0], height=[0.0], width=1.0)
        self.minutes_plot.addItem(self.bars)
        # Each rated session, a ring (drawn in the line's colour, so it reads as well as the
        # line); then the average of 7 sessions, a line. None has a legend inside the plot.
        # Clipped to the range shown: years of points cost only the months on screen.
        # (set on the plot: it sets its own on the items it is given)
        self.pain_plot.setClipToView(True)
        self.points = {
            key: self.pain_plot.plot(symbol="o", symbolSize=6, pen=None) for key in PAIN_KEYS
        }
        self.lines = {key: self.pain_plot.plot() for key in PAIN_KEYS}
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setAccessibleName(HistoryText.tr("Legend of the charts"))
        layout.addWidget(self.legend)
        self.minutes_plot.vb.sigXRangeChanged.connect(self._fit_y)
        for plot in (self.minutes_plot, self.pain_plot):
            plot.vb.sigRangeChangedManually.connect(self._moved_by_hand)
        # Tooltips answer the viewport's help events: shown on every mouse move, they were
        # hidden again by the scene, which has no tooltip of its own to show.
        self.graphics.viewport().installEventFilter(self)
        self.apply_palette()

    def _build_toolbar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.granularity_buttons = QButtonGroup(self)
        bar.addWidget(QLabel(HistoryText.tr("Show:")))
        self.granularity_by_key: dict[str, QPushButton] = {}
        for key, text, tip, name in GRANULARITIES:
            button = self._toggle(
                HistoryText.tr(text), HistoryText.tr(tip), key == self.granularity
            )
            button.setAccessibleName(HistoryText.tr(name))
            button.clicked.connect(lambda _=False, k=key: self.set_granularity(k))
            self.granularity_buttons.addButton(button)
            bar.addWidget(button)
            self.granularity_by_key[key] = button
            setattr(self, f"{key}_button", button)
        bar.addSpacing(self.fontMetrics().horizontalAdvance("M") * 2)
        bar.addWidget(QLabel(HistoryText.tr("Range:")))
        self.range_buttons: dict[str, QPushButton] = {}
        self.range_group = QButtonGroup(self)
        for span, range_text, days in RANGES:
            text = HistoryText.tr(range_text)
            tip = (
                HistoryText.tr("Everything you logged")
                if not days
                else HistoryText.tr("The last {text}").format(text=text)
            )
            button = self._toggle(text, tip, span == self.range_key)
            button.setAccessibleName(HistoryText.tr("Range: {text}").format(text=text))
            button.clicked.connect(lambda _=False, k=span: self.set_range(k))
            self.range_group.addButton(button)
            bar.addWidget(button)
            self.range_buttons[span] = button
        bar.addStretch(1)
        return bar

    def _toggle(self, text: str, tip: str, checked: bool) -> QPushButton:
        button = QPushButton(text)
        button.setCheckable(True)
        button.setChecked(checked)
        button.setToolTip(tip)
        button.toggled.connect(lambda _=False, b=button: show_selection(b, self.colours))
        return button

    # --- colours ---------------------------------------------------------------------------

    def apply_palette(self) -> None:
        colours = self.colours = history_colours(self.palette())
        self.graphics.setBackground(colours.plot_background)
        for plot in (self.minutes_plot, self.pain_plot):
            for name in ("left", "bottom"):
                axis = plot.getAxis(name)
                axis.setPen(pg.mkPen(colours.plot_text))
                axis.setTextPen(pg.mkPen(colours.plot_text))
            plot.getAxis("left").label.setDefaultTextColor(colours.plot_text)
        self.bars.setOpts(brush=pg.mkBrush(colours.bars), pen=pg.mkPen(None))
        self.rest_bands.setOpts(
            brush=QBrush(colours.rest, Qt.BrushStyle.BDiagPattern), pen=pg.mkPen(None)
        )
        for key, colour in zip(PAIN_KEYS, (colours.pain_before, colours.pain_after), strict=True):
            self.points[key].setSymbolPen(pg.mkPen(colour, width=1.5))
            self.points[key].setSymbolBrush(pg.mkBrush(None))
            self.lines[key].setPen(pg.mkPen(colour, width=2.5))
        for button in [*self.granularity_by_key.values(), *self.range_buttons.values()]:
            show_selection(button, colours)
        self._write_legend()

    def _write_legend(self) -> None:
        c = self.colours
        text = c.plot_text.name()

        def swatch(symbol: str, colour: str) -> str:
            return HistoryText.tr('<span style="color:{colour}">{symbol}</span>').format(
                colour=colour, symbol=symbol
            )

        self.legend.setText(
            HistoryText.tr(
                '<span style="color:{text}">{swatch} Active minutes &nbsp; '
                "{swatch2} Rest or flare-up day &nbsp; {swatch3} Pain before "
                "&nbsp; {swatch4} Pain after (lines: the average of "
                "{AVERAGE_OF} sessions; rings: each session)</span>"
            ).format(
                text=text,
                swatch=swatch("■", c.bars.name()),
                swatch2=swatch("▨", c.rest.name()),
                swatch3=swatch("━━", c.pain_before.name()),
                swatch4=swatch("━━", c.pain_after.name()),
                AVERAGE_OF=AVERAGE_OF,
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self.apply_palette()
        super().changeEvent(event)

    # --- data ------------------------------------------------------------------------------

    def set_data(
        self, days: DayTotals, today: date, rest_days: set[date] | frozenset[date] = frozenset()
    ) -> None:
        """Show the sessions by day (kept up to date by the app: see core/day_totals.py)."""
        self.days = days
        self.daily = days.minutes
        self.by_day = days.by_day
        self.rest = set(rest_days)
        self.today = today
        self.first_day = days.days[0] if days.days else None
        self.trend.setText(pain_trend_text(days.pain_trend(), today))
        rest = sorted(self.rest)
        if rest:
            # Tall enough for any bar: the y range is set from the bars alone.
            self.rest_bands.setOpts(
                x=seconds_of(rest) + DAY / 2, height=np.full(len(rest), 1e7), width=DAY
            )
        else:
            self.rest_bands.setOpts(x=[0.0], height=[0.0], width=1.0)
        self._draw_bars()
        start = seconds_of([(self.first_day or today) - timedelta(days=400)])[0]
        end = seconds_of([today + timedelta(days=60)])[0]
        for plot in (self.minutes_plot, self.pain_plot):
            plot.setLimits(xMin=start, xMax=end)
        if self.range_key:
            self.set_range(self.range_key)
        else:
            self._say_dates_shown()
        # After the range: the points are clipped to it (years of them cost only those shown).
        # Only the points of the sessions that changed move; none for a rest day or a setting.
        for key in self.pain_points.update(days):
            x, y, mean_x, mean, _ = self.pain_points.series[key]
            self.points[key].setData(x, y)
            self.lines[key].setData(mean_x, mean)
        self.series = self.pain_points.series

    def _draw_bars(self) -> None:
        if self.days is not None:
            self.bar_data.update(self.days, self.granularity)
        data, self._shown_bars = self.bar_data, (-1, -1)
        self.totals, self.bar_x, self.bar_minutes = data.totals, data.x, data.minutes
        self._fit_y()

    def _show_bars(self) -> None:
        # Only the bars in view and a screen either side: decades of them cost every redraw.
        shown = self.bar_data.near(*self.minutes_plot.vb.viewRange()[0])
        if shown != self._shown_bars:
            self._shown_bars = first, last = shown
            x, height, width = (
                a[first:last] for a in (self.bar_x, self.bar_minutes, self.bar_data.widths)
            )
            if len(x):
                self.bars.setOpts(x=x, height=height, width=width)
            else:
                self.bars.setOpts(x=[0.0], height=[0.0], width=1.0)

    def set_granularity(self, key: Period) -> None:
        self.granularity = key
        tip = next(tip for period, _, tip, _ in GRANULARITIES if period == key)
        self.minutes_title.set(HistoryText.tr(tip))
        self.granularity_by_key[key].setChecked(True)
        self._draw_bars()
        if self.range_key:
            self._show_range(self.range_key)

    def set_range(self, key: str) -> None:
        """Show the last 4 weeks, 3 or 12 months, or all; with bars that suit the span."""
        self.range_key = key
        self.range_buttons[key].setChecked(True)
        days = dict((k, d) for k, _, d in RANGES)[key]
        if key == "all" or days >= 365:
            # A year of daily bars is a blur: weeks read better, months for many years.
            if self.granularity == "day":
                first = self.first_day or self.today
                span = (self.today - first).days if key == "all" else days
                self.set_granularity("week" if span <= 800 else "month")
                return  # set_granularity showed the range
        elif self.granularity != "day" and days <= 91:
            self.set_granularity("day")
            return
        self._show_range(key)

    def _show_range(self, key: str) -> None:
        days = dict((k, d) for k, _, d in RANGES)[key]
        end = self.today + timedelta(days=1)
        first = self.first_day or self.today
        start = end - timedelta(days=days) if days else min(first, end - timedelta(days=28))
        # Whole bars at both ends: from the start of the first one to the end of today's.
        start = period_of(start, self.granularity)
        if self.granularity == "week":
            end = week_start(self.today) + timedelta(days=7)
        elif self.granularity == "month":
            end = month_start(month_start(self.today) + timedelta(days=31))
        x0, x1 = seconds_of([start, end])
        self.minutes_plot.setXRange(x0, x1, padding=0)
        self.range_note.hide()
        self._fit_y()
        self.rangeChanged.emit(key)

    def _fit_pain_axis(self, *_: object) -> None:
        """Half a label's height of room above 10 and below 0, so that neither label (nor a
        ring) is cut; every even number when there is room for all six labels, else 0, 5, 10."""
        height = max(1.0, self.pain_plot.vb.height())
        line = self.fontMetrics().height()
        if (height, line) == self._pain_axis_for:
            return  # a resize across only: nothing to move
        self._pain_axis_for = (height, line)
        room = line / 2 + 2
        pad = 10 * room / max(1.0, height - 2 * room)
        self.pain_plot.setYRange(-pad, 10 + pad, padding=0)
        every = (0, 2, 4, 6, 8, 10) if height >= line * 1.6 * 6 else (0, 5, 10)
        self.pain_plot.getAxis("left").setTicks([[(v, str(v)) for v in every]])

    def visible_range(self) -> tuple[date, date]:
        (x0, x1), _ = self.minutes_plot.vb.viewRange()
        return date_at(x0), date_at(x1)

    def _moved_by_hand(self, *_: object) -> None:
        """Dragged or zoomed with the wheel: no range button is right any more; say what is
        shown instead."""
        self.range_key = ""
        self.range_group.setExclusive(False)
        for button in self.range_buttons.values():
            button.setChecked(False)
        self.range_group.setExclusive(True)
        self._say_dates_shown()

    def _say_dates_shown(self) -> None:
        first, last = self.visible_range()
        last -= timedelta(days=1)
        self.range_note.setText(
            HistoryText.tr(
                "Showing {date_text} to {date_text2}, as dragged or zoomed. "
                "A range button shows a usual span again."
            ).format(
                date_text=date_text(first, year=first.year != last.year), date_text2=date_text(last)
            )
        )
        self.range_note.show()

    def _fit_y(self, *_: object) -> None:
        self._show_bars()
        (x0, x1), _ = self.minutes_plot.vb.viewRange()
        shown = self.bar_minutes[(self.bar_x >= x0) & (self.bar_x <= x1)]
        top = float(shown.max()) if len(shown) else 0.0
        self.minutes_plot.setYRange(0, max(top * 1.1, 5.0), padding=0)

    # --- hover -----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.graphics.viewport() and event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            text = self.tooltip_at_scene(self.graphics.mapToScene(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self.graphics.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().eventFilter(watched, event)

    def tooltip_at_scene(self, scene_pos: QPointF) -> str:
        """What the pointer at this point of the charts' scene is over: a pain ring, else the
        bar (or the day) under it; "" outside the plots."""
        for plot in (self.minutes_plot, self.pain_plot):
            if plot.sceneBoundingRect().contains(scene_pos):
                point = plot.vb.mapSceneToView(scene_pos)
                if plot is self.pain_plot:
                    scale = plot.vb.viewPixelSize()
                    text = self.point_tooltip_at(point.x(), point.y(), (scale[0], scale[1]))
                    if text:
                        return text
                return self.tooltip_at(point.x())
        return ""

    def point_tooltip_at(self, x: float, y: float, pixel: tuple[float, float]) -> str:
        """The pain point under (x, y), within a few pixels (`pixel`: a pixel's size in the
        plot's units): its session's date, routine, minutes and both ratings."""
        best: tuple[float, str] | None = None
        for key in PAIN_KEYS:
            if key not in self.series:
                continue
            xs, ys, _, _, records = self.series[key]
            index = nearest_point(xs, ys, (x, y), pixel, POINT_REACH)
            if index is not None:
                distance = float(np.hypot((xs[index] - x) / pixel[0], (ys[index] - y) / pixel[1]))
                if best is None or distance < best[0]:
                    best = (distance, point_tip(records[index], key))
        return best[1] if best else ""

    def tooltip_at(self, x: float) -> str:
        """What the bar under x holds: that day's sessions, or the week's or month's total."""
        day = date_at(x)
        if self.granularity == "day":
            return day_tip(
                day, self.by_day.get(day, []), self.daily.get(day, 0.0), day in self.rest
            )
        first = period_of(day, self.granularity)
        if first not in self.totals:
            return ""
        return period_tip(first, self.granularity, self.totals[first], self.by_day)
