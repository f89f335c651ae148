"""The history: streak cards, charts of active minutes and pain, the calendar, the sessions table.

The window creates this view at start with its tab hidden, so __init__ builds nothing heavy: the
pages are built, and pyqtgraph imported, on the first showEvent. While hidden, a change to the
sessions or settings only marks the view stale; it refreshes when it is shown again.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QFont, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from backcoach.core.history import (
    Summary,
    day_of,
    rest_day_problem,
)
from backcoach.core.session import SessionRecord
from backcoach.core.settings import toggled_rest_days
from backcoach.ui.app_state import AppState
from backcoach.ui.widgets.translation import Context

HistoryText = Context("HistoryText")

# More than the calendar's twelve months (and the month it starts in).
CALENDAR_DAYS = 400


class HistoryView(QWidget):
    startRequested = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.undo_stack = QUndoStack(self)
        self.built = False
        self.stale = True
        self.summary: Summary | None = None
        self.today: date | None = None
        self.active_days: Collection[date] = set()
        self.refused_day: date | None = None
        self.by_day: dict[date, list[SessionRecord]] = {}
        self.pages = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        state.sessionsChanged.connect(self.refresh)
        state.settingsChanged.connect(self.refresh)

    # --- building, on first show ------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ensure_built()
        if self.stale or self.today != self._today():
            self.refresh_now()

    def ensure_built(self) -> None:
        if self.built:
            return
        self.built = True
        # Imported here, not at the top: pyqtgraph and numpy cost start-up time.
        from backcoach.ui.history.activity_charts import ActivityCharts
        from backcoach.ui.history.calendar_page import CalendarPage
        from backcoach.ui.history.sessions_table import SessionsTable
        from backcoach.ui.history.streak_cards import StreakCards

        self.table = SessionsTable(self.state, self.undo_stack)
        self.empty_page = self._build_empty_page()
        self.pages.addWidget(self.empty_page)

        content = QWidget()
        layout = QVBoxLayout(content)
        self.cards = StreakCards()
        self.cards.restTodayToggled.connect(self._rest_today_toggled)
        self.cards.settingsRequested.connect(self.edit_streak_settings)
        layout.addWidget(self.cards)
        # Why the last request was refused (a rest day on a day with a session), until the next.
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(HistoryText.tr("History message"))
        self.message.hide()
        layout.addWidget(self.message)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(HistoryText.tr("History pages"))
        self.charts = ActivityCharts(self._today())
        self.tabs.addTab(self.charts, HistoryText.tr("&Progress"))
        self.tabs.setTabToolTip(0, HistoryText.tr("Active minutes and pain over time"))

        calendar_page = self.calendar_page = CalendarPage(self._today())
        self.calendar = calendar_page.calendar
        self.rest_button = calendar_page.rest_button
        self.day_label = calendar_page.day_label
        calendar_page.restToggled.connect(self.toggle_rest_day)
        calendar_page.dayChosen.connect(self._calendar_day_chosen)
        self.tabs.addTab(calendar_page, HistoryText.tr("&Calendar"))
        self.tabs.setTabToolTip(
            1, HistoryText.tr("The last 12 months, day by day; mark rest days here")
        )

        self.table_stale = True
        self.table.installEventFilter(self)
        self.table.view.viewport().installEventFilter(self)
        self.tabs.addTab(self.table, HistoryText.tr("&Sessions"))
        self.tabs.setTabToolTip(
            2, HistoryText.tr("Every session: edit notes and ratings, delete, add")
        )
        layout.addWidget(self.tabs, 1)
        self.content_page = content
        self.pages.addWidget(content)

    def _build_empty_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(2)
        title = self.empty_title = QLabel(
            HistoryText.tr("Your history starts with your first session")
        )
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        text = QLabel(
            HistoryText.tr(
                "Each session you finish shows up here: minutes per day, how your back felt "
                "before and after, and your streaks. A streak is kind to a bad back: days you "
                "mark as rest days pause it instead of breaking it."
            )
        )
        text.setWordWrap(True)
        text.setMaximumWidth(title.sizeHint().width() * 3 // 2)
        self.start_button = QPushButton(HistoryText.tr("Start a routine"))
        self.start_button.setToolTip(
            HistoryText.tr("Go to the player and start your first session")
        )
        self.start_button.setAccessibleName(HistoryText.tr("Start a routine"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.startRequested)
        self.empty_add_button = QPushButton(HistoryText.tr("Add a session done without the app…"))
        self.empty_add_button.setToolTip(
            HistoryText.tr("Log a session you did at the physio's or from memory")
        )
        self.empty_add_button.setAccessibleName(
            HistoryText.tr("Add a session done without the app")
        )
        self.empty_add_button.clicked.connect(self.table.add_session)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.empty_add_button)
        buttons.addStretch(1)
        for label in (title, text):
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(label)
            row.addStretch(1)
            layout.addLayout(row)
        layout.addSpacing(title.fontMetrics().height())
        layout.addLayout(buttons)
        layout.addStretch(3)
        return page

    # --- refreshing ---------------------------------------------------------------------------

    def _today(self) -> date:
        return day_of(self.state.clock.now(), self.state.settings.day_start_hour)

    def refresh(self) -> None:
        if self.built and self.isVisible():
            self.refresh_now()
        else:
            self.stale = True

    def refresh_now(self) -> None:
        self.ensure_built()
        self.stale = False
        settings = self.state.settings
        sessions = self.state.sessions
        rest = settings.rest_dates
        today = self.today = self._today()
        days = self.state.days  # kept up to date as sessions change: no pass over them here
        self.summary = days.summary(today, rest, settings.weekly_goal_days)
        self.pages.setCurrentWidget(self.content_page if sessions else self.empty_page)
        # A long history is still being read (see AppState.load_in_steps): say so, not "empty".
        loading = self.state.sessions_loading
        self.empty_title.setText(
            HistoryText.tr("Reading your history…")
            if loading
            else HistoryText.tr("Your history starts with your first session")
        )
        self.start_button.setVisible(not loading)
        self.empty_add_button.setVisible(not loading)
        self.cards.show_summary(self.summary, today in rest)
        by_day = self.by_day = days.by_day
        daily = days.minutes
        self.active_days = daily.keys()
        self.charts.set_data(days, today, rest)
        # The calendar shows twelve months: only their days are handed over.
        recent = days.days[bisect_left(days.days, today - timedelta(days=CALENDAR_DAYS)) :]
        self.calendar.set_data(
            {d: daily[d] for d in recent}, {d: len(by_day[d]) for d in recent}, rest, today
        )
        self._calendar_day_chosen(self.calendar.current)
        # The sessions table, years of rows sorted newest first, is filled when it is shown.
        self.table_stale = True
        if self.table.isVisible():
            self._fill_table()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Before the table's own showEvent, which fits its columns to the rows.
        if watched is self.table and event.type() == QEvent.Type.Show:
            self._fill_table()
        elif watched is self.table.view.viewport() and event.type() == QEvent.Type.Resize:
            # Rows filled on screen bring a scroll bar, which narrows the viewport, not the table.
            self.table.fit_columns()
        return False

    def _fill_table(self) -> None:
        if self.table_stale:
            self.table_stale = False
            self.table.set_records(self.state.sessions)

    # --- rest days and settings -----------------------------------------------------------------

    def rest_days(self) -> set[date]:
        return self.state.settings.rest_dates

    def toggle_rest_day(self, day: date) -> None:
        """Mark or unmark a rest day; a day with a session is refused, with the reason."""
        problem = None if day in self.rest_days() else rest_day_problem(day, self.active_days)
        self.say(problem or "", day)
        if problem:
            # The checkable buttons went down with the click: put them back as they are.
            self.cards.rest_today.setChecked(self._today() in self.rest_days())
            self._calendar_day_chosen(self.calendar.current)
            return
        self.state.update_settings(rest_days=toggled_rest_days(self.state.settings.rest_days, day))

    def say(self, text: str, day: date | None = None) -> None:
        """Show why a request about `day` was refused ("" hides the message)."""
        self.refused_day = day if text else None
        self.message.setText(f"⚠ {text}" if text else "")
        self.message.setVisible(bool(text))

    def _rest_today_toggled(self, checked: bool) -> None:
        today = self._today()
        if (today in self.rest_days()) != checked:
            self.toggle_rest_day(today)

    def _calendar_day_chosen(self, day: date) -> None:
        if day != self.refused_day:
            self.say("")  # the refusal was about another day
        self.calendar_page.show_day(day, self.by_day.get(day, []), day in self.rest_days())

    def edit_streak_settings(self) -> None:
        from backcoach.ui.history.streak_cards import StreakSettingsDialog

        settings = self.state.settings
        dialog = StreakSettingsDialog(settings.weekly_goal_days, settings.day_start_hour, self)
        dialog.accepted.connect(
            lambda: self.state.update_settings(
                weekly_goal_days=dialog.goal.value(), day_start_hour=dialog.day_start.value()
            )
        )
        dialog.open()
