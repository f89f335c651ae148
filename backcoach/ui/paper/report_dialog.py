"""History › Report for my physiotherapist…: choose a period (the last 4 weeks unless told
otherwise), then save the progress report as a PDF or print it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QWidget

from backcoach.core.history import day_of
from backcoach.core.i18n import QT_TRANSLATE_NOOP
from backcoach.core.report import ReportError, default_period, progress_report
from backcoach.ui.app_state import AppState
from backcoach.ui.paper.paper_dialog import PaperDialog
from backcoach.ui.paper.pdf_files import Painter, report_painter
from backcoach.ui.widgets.translation import Context

PaperText = Context("PaperText")

# The periods offered: a label and how many weeks back (None: every session; 0: chosen dates).
PERIODS = (
    (QT_TRANSLATE_NOOP("PaperText", "The last 4 weeks"), 4),
    (QT_TRANSLATE_NOOP("PaperText", "The last 3 months"), 13),
    (QT_TRANSLATE_NOOP("PaperText", "Everything"), None),
    (QT_TRANSLATE_NOOP("PaperText", "Dates I choose"), 0),
)


class ReportDialog(PaperDialog):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, PaperText.tr("Report for my physiotherapist"), parent)
        self.period_box = QComboBox()
        self.period_box.setAccessibleName(PaperText.tr("Period"))
        self.period_box.setToolTip(PaperText.tr("The weeks the report covers"))
        for label, weeks in PERIODS:
            self.period_box.addItem(PaperText.tr(label), weeks)
        first, last = default_period(self.today())
        self.from_edit = self._date_edit(
            PaperText.tr("From"), PaperText.tr("The first day of the report"), first
        )
        self.to_edit = self._date_edit(
            PaperText.tr("To"), PaperText.tr("The last day of the report"), last
        )
        self.form.addRow(PaperText.tr("&Period:"), self.period_box)
        self.form.addRow(PaperText.tr("&From:"), self.from_edit)
        self.form.addRow(PaperText.tr("&To:"), self.to_edit)
        self.add_size_row()
        self.period_box.currentIndexChanged.connect(self._period_chosen)
        self._period_chosen()
        self.status.setText(
            PaperText.tr(
                "Sessions per week against your goal, each exercise, pain "
                "before and after, rest days, notes and the routine as "
                "prescribed: one or two pages."
            )
        )

    def _date_edit(self, name: str, tip: str, day: date) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(PaperText.tr("d MMM yyyy"))
        edit.setAccessibleName(name)
        edit.setToolTip(tip)
        return edit

    def today(self) -> date:
        return day_of(self.state.clock.now(), self.state.settings.day_start_hour)

    def period(self) -> tuple[date, date]:
        weeks = self.period_box.currentData()
        today = self.today()
        if weeks:
            return default_period(today, weeks)
        if weeks is None:
            first = min(
                (
                    day_of(r.started, self.state.settings.day_start_hour)
                    for r in self.state.sessions
                ),
                default=today,
            )
            return first, today
        return _day(self.from_edit.date()), _day(self.to_edit.date())

    def _period_chosen(self) -> None:
        chosen = self.period_box.currentData() == 0
        for edit in (self.from_edit, self.to_edit):
            edit.setEnabled(chosen)
        if not chosen:
            first, last = self.period()
            self.from_edit.setDate(QDate(first.year, first.month, first.day))
            self.to_edit.setDate(QDate(last.year, last.month, last.day))

    def document(self) -> tuple[Painter, str, str] | str:
        settings = self.state.settings
        first, last = self.period()
        try:
            report = progress_report(
                self.state.sessions,
                self.state.library,
                first,
                last,
                self.today(),
                day_start_hour=settings.day_start_hour,
                rest_days=settings.rest_dates,
                weekly_goal_days=settings.weekly_goal_days,
            )
        except ReportError as error:
            return str(error)
        name = f"backcoach-report-{report.first.isoformat()}-to-{report.last.isoformat()}.pdf"
        return report_painter(report, self.today()), PaperText.tr("Progress report"), name


def _day(chosen: QDate) -> date:
    return date(chosen.year(), chosen.month(), chosen.day())
