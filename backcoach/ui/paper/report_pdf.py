"""The progress report on paper, for the physiotherapist: the period and the adherence first,
the weeks against the goal, pain as a chart and in words, each exercise, rest days, the routine
as prescribed with its changes, and the notes. The numbers are core/report.py's."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QPagedPaintDevice, QPainter

from backcoach.core.report import ProgressReport
from backcoach.core.report_words import (
    adherence_lines,
    change_text,
    exercise_cells,
    pain_lines,
    period_text,
    prescription_text,
    rest_days_text,
    week_cells,
)
from backcoach.core.words import date_text, plural
from backcoach.ui.paper.page_flow import PageFlow
from backcoach.ui.paper.pain_chart import paint_pain_chart
from backcoach.ui.paper.paper_style import GREY, font
from backcoach.ui.widgets.translation import Context

PaperText = Context("PaperText")

CHART_MM = 52


def paint_report(
    device: QPagedPaintDevice, painter: QPainter, report: ProgressReport, today: date
) -> int:
    """Draw the report on the device's pages; the number of pages."""
    period = period_text(report.first, report.last)
    flow = PageFlow(
        device, painter, PaperText.tr("BackCoach progress report · {period}").format(period=period)
    )
    flow.paragraph(PaperText.tr("Progress report"), font(20, bold=True), after=1)
    flow.paragraph(
        PaperText.tr("{period}. Home exercises logged with BackCoach; made on {date_text}.").format(
            period=period, date_text=date_text(today)
        ),
        font(10),
        colour=GREY,
        after=3,
    )
    flow.heading(PaperText.tr("Adherence"), 12)
    for line in adherence_lines(report):
        flow.paragraph(line, font(10), after=0.8)
    flow.space(1)
    goal = bool(report.goal)
    flow.table(
        [
            PaperText.tr("Week of"),
            PaperText.tr("Days done of planned") if goal else PaperText.tr("Days done"),
            PaperText.tr("Sessions"),
            PaperText.tr("Rest days"),
            PaperText.tr("Goal"),
        ],
        [week_cells(row, report.goal) for row in report.weeks],
        [2.2, 1.8, 1.2, 1.2, 1.8],
    )
    flow.heading(PaperText.tr("Pain before and after sessions"), 12, keep_with=flow.mm(CHART_MM))
    if report.pain:
        flow.block(
            flow.mm(CHART_MM),
            lambda area: paint_pain_chart(
                painter, area, report.pain, report.first, report.last, report.rest_days, flow.mm(1)
            ),
        )
        flow.space(2)
    for line in pain_lines(report):
        flow.paragraph(line, font(10), after=0.8)
    flow.paragraph(rest_days_text(report.rest_days), font(10))
    flow.heading(PaperText.tr("Each exercise"), 12, keep_with=flow.mm(16))
    flow.table(
        [
            PaperText.tr("Exercise"),
            PaperText.tr("Sessions done"),
            PaperText.tr("Holds done of planned"),
            PaperText.tr('"This hurts" pressed'),
        ],
        [exercise_cells(row) for row in report.exercises],
        [2.4, 1.6, 1.9, 1.9],
    )
    flow.heading(PaperText.tr("The routine as prescribed"), 12, keep_with=flow.mm(16))
    for prescription in report.prescriptions:
        flow.paragraph(
            f"{prescription.name} ({plural(prescription.sessions, 'session')})",
            font(10, bold=True),
            after=0.6,
        )
        if not prescription.items:
            flow.paragraph(
                PaperText.tr("This routine has since been deleted."), font(9.5), indent=flow.mm(4)
            )
        for name, item in prescription.items:
            flow.paragraph(prescription_text(name, item), font(9.5), indent=flow.mm(4), after=0.4)
        flow.space(1)
    if report.changes:
        flow.paragraph(PaperText.tr("Changes during the period:"), font(10, bold=True), after=0.6)
        for change in report.changes:
            flow.paragraph(change_text(change), font(9.5), indent=flow.mm(4), after=0.4)
    else:
        flow.paragraph(PaperText.tr("No hold or repetitions changed during the period."), font(9.5))
    flow.heading(PaperText.tr("Notes"), 12, keep_with=flow.mm(10))
    if report.notes:
        flow.table(
            [PaperText.tr("Date"), PaperText.tr("Routine"), PaperText.tr("Note")],
            [[date_text(n.day, year=False), n.routine, n.text] for n in report.notes],
            [1.1, 2.0, 5.0],
        )
    else:
        flow.paragraph(PaperText.tr("No notes in this period."), font(10))
    flow.finish()
    return flow.page
