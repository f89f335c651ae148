"""The progress charts as a person reads them: no legend samples among the pain points and no
legend over the lines, tooltips on bars and pain points, rest days on the bars, one date format,
whole bars at the edges, range buttons that tell the truth after a drag, the pain trend."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from backcoach.core.pain_trend import pain_trend
from backcoach.core.words import date_text, month_name, pain_trend_text
from backcoach.ui.history.chart_data import DAY, seconds_of
from backcoach.ui.history.date_axis import STEPS, DateAxis, tick_dates
from backcoach.ui.history.history_view import HistoryView
from tests.factories import make_record


@pytest.fixture
def state(request, store, clock):
    """Sixty days of sessions, one missed day in three, two rest days among the missed ones,
    written before the app opens its store."""
    now = clock.now()  # Monday 2 March 2026, 08:00
    records = []
    for back in range(60):
        if back % 3 == 2:
            continue
        pain = (6 - back % 4, None if back % 5 == 1 else 2)
        started = now - timedelta(days=back, hours=1)
        records.append(make_record(started=started, minutes=3 + back % 5, pain=pain))
    store.add_sessions(records)
    app_state = request.getfixturevalue("app_state")
    assert len(app_state.sessions) == len(records)
    app_state.update_settings(rest_days=["2026-02-28", "2026-02-25"])
    return app_state


@pytest.fixture
def charts(qtbot, state):
    view = HistoryView(state)
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    qtbot.waitExposed(view)
    yield view.charts


def x_of(day: date, hours: float = 12.0) -> float:
    return seconds_of([day])[0] + hours * 3600


def test_the_pain_plot_has_no_legend_samples_or_legend_over_the_lines(charts, state):
    plot = charts.pain_plot
    assert plot.legend is None
    assert not [item for item in plot.items if isinstance(item, pg.LegendItem)]
    dots = [item for item in plot.listDataItems() if item.opts.get("symbol") is not None]
    # Only the sessions' ratings are dots: every one of them is a real rating.
    ratings = sorted(float(r.pain_before) for r in state.sessions) + sorted(
        float(r.pain_after) for r in state.sessions if r.pain_after is not None
    )
    plotted = sorted(dots[0].getData()[1]) + sorted(dots[1].getData()[1])
    assert plotted == ratings
    for words in ("Active minutes", "Rest or flare-up day", "Pain before", "Pain after"):
        assert words in charts.legend.text()
    # The legend is a line of its own, below the charts.
    assert charts.legend.geometry().top() >= charts.graphics.geometry().bottom()


def test_a_days_bar_tells_its_date_minutes_sessions_and_pain(charts, clock):
    today = clock.now().date()
    text = charts.tooltip_at(x_of(today))
    assert f"<b>{date_text(today, weekday='short')}</b>: 3 min active in 1 session<br>" in text
    assert "pain 6 → 2" in text
    assert "Rest or flare-up day" in charts.tooltip_at(x_of(date(2026, 2, 28)))
    assert charts.tooltip_at(x_of(date(2026, 2, 22))) == ""  # nothing logged, nothing marked


def test_a_pain_ring_tells_its_session(charts, clock):
    today = clock.now().date()
    x, y, *_ = charts.series["pain_before"]
    pixel = (3600.0, 0.05)  # an hour and a twentieth of a point per pixel
    text = charts.point_tooltip_at(x[-1] + 3 * pixel[0], y[-1], pixel)
    assert "<b>Pain before: 6</b><br>" in text
    assert date_text(today, weekday="short") in text and "Full floor routine" in text
    assert "pain 6 → 2" in text
    assert charts.point_tooltip_at(x[-1], y[-1] + 20 * pixel[1], pixel) == ""  # too far


def test_rest_days_are_hatched_behind_the_bars(charts):
    opts = charts.rest_bands.opts
    days = sorted(int(v // DAY) for v in np.asarray(opts["x"]))
    assert days == sorted(
        int(seconds_of([d])[0] // DAY) for d in (date(2026, 2, 25), date(2026, 2, 28))
    )
    assert opts["brush"].style() == Qt.BrushStyle.BDiagPattern
    assert charts.rest_bands.zValue() < charts.bars.zValue()


def test_the_axis_writes_dates_in_the_apps_one_format():
    axis = DateAxis()
    first, last = date(2025, 12, 1), date(2026, 3, 2)
    values = [seconds_of([d])[0] for d in tick_dates(first, last, "week", 2)]
    axis.step = ("week", 2)
    labels = axis.tickStrings(values, 1.0, 14 * DAY)
    days = tick_dates(first, last, "week", 2)
    assert labels[0] == date_text(days[0])  # the first label with its year
    for day, label in zip(days[1:], labels[1:], strict=True):
        assert label == date_text(day, year=day.month == 1 and day.day <= 14)
    axis.step = ("month", 1)
    months = tick_dates(date(2025, 3, 1), last, "month", 1)
    labels = axis.tickStrings([seconds_of([d])[0] for d in months], 1.0, 30 * DAY)
    assert (
        labels[0] == "Mar 2025" and labels[10] == "Jan 2026" and labels[1] == month_name(4, "short")
    )


@pytest.mark.parametrize("width", [300, 800, 1600])
def test_the_axis_picks_ticks_whose_labels_do_not_touch(qtbot, width):
    axis = DateAxis()
    room = axis._label_room()
    for span in (28, 91, 365, 3650):
        lo, hi = seconds_of([date(2026, 3, 2) - timedelta(days=span), date(2026, 3, 2)])
        ((spacing, ticks),) = axis.tickValues(lo, hi, width)
        assert ticks, (span, width)
        gaps = np.diff(ticks) / (hi - lo) * width
        assert (gaps >= room * 0.99).all() or axis.step == STEPS[-1]


@pytest.mark.parametrize("key", ["4w", "3m", "12m", "all"])
def test_every_bar_is_whole_at_the_edges_of_a_range(charts, key):
    charts.set_range(key)
    (x0, x1), _ = charts.minutes_plot.vb.viewRange()
    opts = charts.bars.opts
    left = np.asarray(opts["x"]) - np.asarray(opts["width"]) / 2
    right = np.asarray(opts["x"]) + np.asarray(opts["width"]) / 2
    cut = (left < x0 - 1) & (right > x0 + 1) | (left < x1 - 1) & (right > x1 + 1)
    assert not cut.any(), key


def wheel(widget, steps: int) -> None:
    """Turn the mouse wheel over the middle of the widget, as a person would."""
    centre = QPointF(widget.width() / 2, widget.height() / 3)
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_the_wheel_leaves_no_range_button_selected_and_says_what_is_shown(charts, qtbot):
    assert charts.range_buttons["3m"].isChecked() and not charts.range_note.isVisible()
    before = charts.visible_range()
    wheel(charts.graphics.viewport(), 2)  # zoom in
    first, last = charts.visible_range()
    assert (last - first) < (before[1] - before[0])
    assert not [k for k, b in charts.range_buttons.items() if b.isChecked()]
    assert charts.range_note.isVisible()
    last -= timedelta(days=1)
    shown = f"{date_text(first, year=first.year != last.year)} to {date_text(last)}"
    assert f"Showing {shown}" in charts.range_note.text()
    qtbot.mouseClick(charts.range_buttons["4w"], Qt.MouseButton.LeftButton)
    assert charts.range_buttons["4w"].isChecked() and not charts.range_note.isVisible()


def test_a_new_session_keeps_the_range_button_selected(charts, state, clock):
    state.log_session(make_record(started=clock.now(), minutes=5))
    assert charts.range_buttons["3m"].isChecked() and not charts.range_note.isVisible()


def test_the_pain_trend_heads_the_page(charts, state, clock):
    assert charts.trend.text() == pain_trend_text(pain_trend(state.sessions), clock.now().date())
    assert charts.trend.text().startswith("Pain before sessions: ")


def test_a_tooltip_answers_the_help_event_and_stays(charts, qtbot, clock):
    """Shown on the viewport's help event (as every Qt tooltip), and not hidden right after by
    the scene, which has no tooltip of its own."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    today = clock.now().date()
    plot = charts.minutes_plot
    scene_point = plot.vb.mapViewToScene(QPointF(x_of(today), 1.0))
    local = charts.graphics.mapFromScene(scene_point)
    viewport = charts.graphics.viewport()
    event = QHelpEvent(QEvent.Type.ToolTip, local, viewport.mapToGlobal(local))
    QApplication.sendEvent(viewport, event)
    assert QToolTip.isVisible()
    assert date_text(today, weekday="short") in QToolTip.text()
    QToolTip.hideText()
