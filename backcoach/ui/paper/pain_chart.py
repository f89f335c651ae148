"""The report's pain chart, drawn for paper: pain before each session as filled dots, after as
open rings (told apart by shape, not colour, so a black-and-white print keeps them apart), each
with its weekly mean as a line, solid and dashed; rest and flare-up days as grey bands."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen

from backcoach.core.history import week_start
from backcoach.core.report import PainPoint
from backcoach.core.words import date_text
from backcoach.ui.paper.paper_style import GREY, INK, PAPER, RULE, font
from backcoach.ui.widgets.translation import Context

PaperText = Context("PaperText")

REST_BAND = QColor("#dddddd")
AFTER = QColor("#555555")


def paint_pain_chart(
    painter: QPainter,
    area: QRectF,
    points: Sequence[PainPoint],
    first: date,
    last: date,
    rest_days: Sequence[date],
    mm: float,
) -> None:
    """Draw the chart in `area`; mm: device units per millimetre."""
    painter.setFont(font(7.5))
    label_w, label_h = 6 * mm, 5 * mm
    legend_h = 6 * mm
    plot = QRectF(
        area.left() + label_w,
        area.top() + legend_h,
        area.width() - label_w - 2 * mm,
        area.height() - legend_h - label_h,
    )
    days = (last - first).days + 1

    def x_of(day: date, within: float = 0.5) -> float:
        return plot.left() + plot.width() * ((day - first).days + within) / days

    def y_of(rating: float) -> float:
        return plot.bottom() - plot.height() * rating / 10

    painter.fillRect(plot, PAPER)
    for day in rest_days:
        band = QRectF(x_of(day, 0), plot.top(), plot.width() / days, plot.height())
        painter.fillRect(band, REST_BAND)
    painter.setPen(QPen(RULE, 0.15 * mm))
    for rating in range(0, 11, 2):
        painter.drawLine(QPointF(plot.left(), y_of(rating)), QPointF(plot.right(), y_of(rating)))
        painter.setPen(GREY)
        painter.drawText(
            QRectF(area.left(), y_of(rating) - label_h / 2, label_w - mm, label_h),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            str(rating),
        )
        painter.setPen(QPen(RULE, 0.15 * mm))
    # A date under each Monday, fewer when the weeks are many.
    mondays = []
    monday = week_start(first) + (timedelta(days=7) if first.weekday() else timedelta())
    while monday <= last:
        mondays.append(monday)
        monday += timedelta(days=7)
    step = max(1, -(-len(mondays) // 8))
    painter.setPen(GREY)
    for monday in mondays[::step]:
        x = x_of(monday, 0)
        painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + mm))
        painter.drawText(
            QRectF(x - 12 * mm, plot.bottom() + mm, 24 * mm, label_h - mm),
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
            date_text(monday, year=False),
        )
    radius = 0.9 * mm
    for key, colour, filled, dash in (
        ("after", AFTER, False, Qt.PenStyle.DashLine),
        ("before", INK, True, Qt.PenStyle.SolidLine),
    ):
        rated = [(p.day, getattr(p, key)) for p in points if getattr(p, key) is not None]
        means = _weekly_means(rated)
        if len(means) > 1:
            painter.setPen(QPen(colour, 0.45 * mm, dash))
            painter.drawPolyline(
                [QPointF(x_of(d, 3.5 if d >= first else 0), y_of(v)) for d, v in means]
            )
        painter.setPen(QPen(colour, 0.3 * mm))
        painter.setBrush(QBrush(colour) if filled else QBrush(PAPER))
        for day, rating in rated:
            painter.drawEllipse(QPointF(x_of(day), y_of(rating)), radius, radius)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(INK, 0.2 * mm))
    painter.drawRect(plot)
    _legend(painter, QRectF(plot.left(), area.top(), plot.width(), legend_h), mm, bool(rest_days))


def _middle(monday: date, first: date, last: date, x_of) -> float:
    """The middle of a week's days inside the period, where its mean is drawn."""
    start, end = max(monday, first), min(monday + timedelta(days=6), last)
    return (x_of(start, 0) + x_of(end, 1)) / 2


def _weekly_means(rated: Sequence[tuple[date, int]]) -> list[tuple[date, float]]:
    """Each week's mean rating, keyed by its Monday (the line through the dots)."""
    weeks: dict[date, list[int]] = defaultdict(list)
    for day, rating in rated:
        weeks[week_start(day)].append(rating)
    return [(monday, sum(v) / len(v)) for monday, v in sorted(weeks.items())]


def _legend(painter: QPainter, area: QRectF, mm: float, rest: bool) -> None:
    entries = [
        (
            INK,
            True,
            Qt.PenStyle.SolidLine,
            PaperText.tr("Pain before a session (line: weekly mean)"),
        ),
        (AFTER, False, Qt.PenStyle.DashLine, PaperText.tr("after (dashed)")),
    ]
    x = area.left()
    y = area.top() + area.height() / 2
    painter.setFont(font(7.5))
    for colour, filled, dash, text in entries:
        painter.setPen(QPen(colour, 0.45 * mm, dash))
        painter.drawLine(QPointF(x, y), QPointF(x + 6 * mm, y))
        painter.setPen(QPen(colour, 0.3 * mm))
        painter.setBrush(QBrush(colour) if filled else QBrush(PAPER))
        painter.drawEllipse(QPointF(x + 3 * mm, y), 0.9 * mm, 0.9 * mm)
        painter.setPen(INK)
        width = painter.fontMetrics().horizontalAdvance(text) + 2
        painter.drawText(
            QRectF(x + 7.5 * mm, area.top(), width, area.height()),
            int(Qt.AlignmentFlag.AlignVCenter),
            text,
        )
        x += 7.5 * mm + width + 4 * mm
    if rest:
        painter.fillRect(QRectF(x, y - 1.5 * mm, 4 * mm, 3 * mm), REST_BAND)
        painter.setPen(INK)
        painter.drawText(
            QRectF(x + 5.5 * mm, area.top(), 40 * mm, area.height()),
            int(Qt.AlignmentFlag.AlignVCenter),
            PaperText.tr("rest or flare-up day"),
        )
    painter.setBrush(Qt.BrushStyle.NoBrush)
