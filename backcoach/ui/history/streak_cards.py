"""The cards at the top of the history: current and best streak, the weekly goal, this week;
a toggle to mark today as a rest day, and the dialog for the goal and the day-start hour."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from backcoach.core.history import Summary
from backcoach.core.settings import Settings
from backcoach.core.words import date_text, duration_text, plural
from backcoach.ui.history.title_room import make_room_for_title
from backcoach.ui.widgets.dialog_buttons import confirm_buttons
from backcoach.ui.widgets.fitted_label import FittedLabel
from backcoach.ui.widgets.translation import Context

HistoryText = Context("HistoryText")


def _short(day: date | None, today: date) -> str:
    if day is None:
        return ""
    return date_text(day, year=day.year != today.year)


class Card(QFrame):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(self.palette().ColorRole.Base)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        # In the text colour: a placeholder's grey is not readable enough (4.5:1) everywhere.
        self.title = QLabel(title)
        self.value = FittedLabel(2.0)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        for label in (self.title, self.value, self.detail):
            layout.addWidget(label)
        layout.addStretch(1)
        self.setAccessibleName(title)

    def show_values(self, value: str, detail: str) -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        self.setAccessibleDescription(f"{value}. {detail}")
        self.setToolTip(f"{self.title.text()}: {value}. {detail}")


class StreakCards(QWidget):
    restTodayToggled = Signal(bool)
    settingsRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.current = Card(HistoryText.tr("Current streak"))
        self.best = Card(HistoryText.tr("Best streak"))
        self.weekly = Card(HistoryText.tr("Weekly goal"))
        self.week = Card(HistoryText.tr("This week"))
        for card in (self.current, self.best, self.weekly, self.week):
            layout.addWidget(card, 1)
        self.current.detail.setAccessibleName(HistoryText.tr("Current streak explained"))
        buttons = QVBoxLayout()
        self.rest_today = QPushButton(HistoryText.tr("Rest day today"))
        self.rest_today.setCheckable(True)
        self.rest_today.setAccessibleName(HistoryText.tr("Rest day today"))
        self.rest_today.setToolTip(
            HistoryText.tr(
                "A bad day or a flare-up: mark today as a rest day. It pauses your streak instead "
                "of breaking it."
            )
        )
        self.rest_today.clicked.connect(self.restTodayToggled)
        self.settings_button = QPushButton(HistoryText.tr("Goal and day start…"))
        self.settings_button.setAccessibleName(HistoryText.tr("Goal and day start"))
        self.settings_button.setToolTip(
            HistoryText.tr("Set a weekly goal and the hour your day starts")
        )
        self.settings_button.clicked.connect(self.settingsRequested)
        buttons.addWidget(self.rest_today)
        buttons.addWidget(self.settings_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def show_summary(self, summary: Summary, rest_today: bool) -> None:
        today = summary.today
        current, best, weekly = summary.current, summary.best, summary.weekly
        self.current.show_values(plural(current.days, "day"), summary.current_explained)
        if best.days:
            self.best.show_values(
                plural(best.days, "day"),
                HistoryText.tr("{short} to {short2}").format(
                    short=_short(best.first, today), short2=_short(best.last, today)
                ),
            )
        else:
            self.best.show_values(
                HistoryText.tr("0 days"), HistoryText.tr("Your longest run of days shows here.")
            )
        if weekly.goal:
            # This week's days lead: a goal set today reads "0 of 4 days", never "0 weeks".
            days = weekly.this_week_days
            left = weekly.goal - days
            detail = (
                HistoryText.tr("This week: goal met.")
                if left <= 0
                else HistoryText.tr("This week, {left} to go.").format(left=left)
            )
            if weekly.weeks:
                detail += HistoryText.tr(" Met {plural} in a row.").format(
                    plural=plural(weekly.weeks, "week")
                )
            self.weekly.show_values(
                HistoryText.tr("{days} of {plural}").format(
                    days=days, plural=plural(weekly.goal, "day")
                ),
                detail,
            )
        else:
            self.weekly.show_values(
                HistoryText.tr("No goal"),
                HistoryText.tr("Set a goal of some days a week with “Goal and day start”."),
            )
        if summary.this_week_sessions:
            minutes = duration_text(summary.this_week_minutes * 60)
            detail = HistoryText.tr("{plural} on {plural2}").format(
                plural=plural(summary.this_week_sessions, "session"),
                plural2=plural(weekly.this_week_days, "day"),
            )
        else:
            minutes, detail = HistoryText.tr("None yet"), HistoryText.tr("No session since Monday")
        self.week.show_values(minutes, detail)
        self.week.setToolTip(
            HistoryText.tr("{toolTip}\nIn all: {plural} on {plural2}, {duration_text}.").format(
                toolTip=self.week.toolTip(),
                plural=plural(summary.sessions, "session"),
                plural2=plural(summary.active_days, "day"),
                duration_text=duration_text(summary.active_minutes * 60),
            )
        )
        self.rest_today.setChecked(rest_today)


class StreakSettingsDialog(QDialog):
    def __init__(self, goal: int, day_start: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(HistoryText.tr("Weekly goal and day start"))
        form = QFormLayout(self)
        explain = QLabel(
            HistoryText.tr(
                "A weekly goal counts the weeks in a row with that many days of exercise. Rest "
                "days you mark make up for missing days. A later day start counts a session after "
                "midnight for the day before."
            )
        )
        explain.setWordWrap(True)
        form.addRow(explain)
        self.goal = QSpinBox()
        self.goal.setRange(*Settings.weekly_goal_days.bounds)
        self.goal.setSpecialValueText(HistoryText.tr("no goal"))
        self.goal.setSuffix(HistoryText.tr(" days a week"))
        self.goal.setValue(goal)
        self.goal.setAccessibleName(HistoryText.tr("Weekly goal"))
        self.goal.setToolTip(HistoryText.tr("Days a week you aim to exercise (0: no goal)"))
        form.addRow(HistoryText.tr("Weekly &goal:"), self.goal)
        self.day_start = QSpinBox()
        self.day_start.setRange(*Settings.day_start_hour.bounds)
        self.day_start.setSuffix(":00")
        self.day_start.setValue(day_start)
        self.day_start.setAccessibleName(HistoryText.tr("Day starts at"))
        earliest, latest = Settings.day_start_hour.bounds
        self.day_start.setToolTip(
            HistoryText.tr(
                "The hour a new day starts, from {earliest}:00 (midnight) to {latest}:00"
            ).format(earliest=earliest, latest=latest)
        )
        form.addRow(HistoryText.tr("Day &starts at:"), self.day_start)
        buttons, _ = confirm_buttons(
            "OK",
            HistoryText.tr("Save these settings"),
            HistoryText.tr("Close without changing anything"),
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        make_room_for_title(self)
