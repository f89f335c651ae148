"""Reminder settings: when to remind, which routine, do not disturb, start at login.

Every change is checked and saved at once through AppState.update_settings; a value that cannot
be used gets a message next to its field and is not saved.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QTime, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from backcoach.core import autostart
from backcoach.core.settings import (
    Settings,
    parse_time_of_day,
    parse_times_of_day,
    weekdays_problem,
    work_hours_problem,
)
from backcoach.core.words import describe_reminders, weekday_name
from backcoach.ui.app_state import AppState
from backcoach.ui.reminders.reminder_timer import ReminderTimer
from backcoach.ui.widgets.dialog_fit import grow_to_fit
from backcoach.ui.widgets.translation import Context

RemindersText = Context("RemindersText")

W = TypeVar("W", bound=QWidget)


def _qtime(text: str) -> QTime:
    hour, minute = parse_time_of_day(text) or (9, 0)
    return QTime(hour, minute)


class ReminderDialog(QDialog):
    def __init__(
        self,
        state: AppState,
        timer: ReminderTimer,
        autostart_data_dir: Path | None = None,
        status: Callable[[], str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.timer = timer
        self.autostart_data_dir = autostart_data_dir
        self._status = status  # "Next reminder: today at 10:00", from the tray
        self._saving = False  # our own change: the fields already show it
        self.setWindowTitle(RemindersText.tr("Reminders"))
        self._build()
        self._load()
        state.settingsChanged.connect(self._load)
        timer.nextChanged.connect(self._show_summary)

    # --- layout ------------------------------------------------------------------------------

    def _control(self, widget: W, name: str, tip: str) -> W:
        widget.setAccessibleName(name)
        widget.setToolTip(tip)
        return widget

    def _problem_label(self, name: str) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setAccessibleName(name)
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
        label.hide()
        return label

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        # The dialog grows when a message appears next to a field, rather than clipping it.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.enabled_box = self._control(
            QCheckBox(RemindersText.tr("&Remind me to do a routine at my desk")),
            RemindersText.tr("Reminders"),
            RemindersText.tr("Turn desk reminders on or off"),
        )
        self.enabled_box.toggled.connect(self._save_enabled)
        layout.addWidget(self.enabled_box)

        self.details = QWidget()
        form = QFormLayout(self.details)
        form.setContentsMargins(0, 0, 0, 0)
        self.routine_box = self._control(
            QComboBox(),
            RemindersText.tr("Reminder routine"),
            RemindersText.tr("The routine a reminder starts when you click it"),
        )
        for routine in self.state.routines:
            self.routine_box.addItem(routine.name, routine.id)
        self.routine_box.currentIndexChanged.connect(self._save_routine)
        form.addRow(RemindersText.tr("R&outine:"), self.routine_box)
        layout.addWidget(self.details)

        schedule = QGroupBox(RemindersText.tr("When"))
        grid = QVBoxLayout(schedule)
        self.interval_radio = self._control(
            QRadioButton(RemindersText.tr("&Every")),
            RemindersText.tr("Remind at an interval"),
            RemindersText.tr("Remind every so many minutes during work hours"),
        )
        low, high = Settings.reminder_interval_minutes.bounds
        self.interval_spin = self._control(
            QSpinBox(),
            RemindersText.tr("Minutes between reminders"),
            RemindersText.tr(
                "Minutes between reminders, from {low} to {high}; a session "
                "you do restarts the count"
            ).format(low=low, high=high),
        )
        self.interval_spin.setRange(low, high)
        self.interval_spin.setSuffix(RemindersText.tr(" min"))
        self.interval_spin.valueChanged.connect(self._save_interval)
        row = QHBoxLayout()
        row.addWidget(self.interval_radio)
        row.addWidget(self.interval_spin)
        row.addWidget(QLabel(RemindersText.tr("during work hours")))
        row.addStretch(1)
        grid.addLayout(row)

        hours = QHBoxLayout()
        hours.addSpacing(24)
        self.start_edit = self._control(
            QTimeEdit(),
            RemindersText.tr("Work hours start"),
            RemindersText.tr("When work hours start"),
        )
        self.end_edit = self._control(
            QTimeEdit(), RemindersText.tr("Work hours end"), RemindersText.tr("When work hours end")
        )
        for edit in (self.start_edit, self.end_edit):
            edit.setDisplayFormat("HH:mm")
            edit.timeChanged.connect(self._save_hours)
        hours_label = QLabel(RemindersText.tr("&Work hours:"))
        hours_label.setBuddy(self.start_edit)
        hours.addWidget(hours_label)
        hours.addWidget(self.start_edit)
        hours.addWidget(QLabel("to"))
        hours.addWidget(self.end_edit)
        hours.addStretch(1)
        grid.addLayout(hours)
        self.hours_problem = self._problem_label(RemindersText.tr("Work hours problem"))
        grid.addWidget(self.hours_problem)

        self.times_radio = self._control(
            QRadioButton(RemindersText.tr("At &fixed times:")),
            RemindersText.tr("Remind at fixed times"),
            RemindersText.tr("Remind at the times of day you write"),
        )
        self.times_edit = self._control(
            QLineEdit(),
            RemindersText.tr("Reminder times"),
            RemindersText.tr(
                "Times of day on a 24-hour clock, separated by commas, such as 10:30, 15:00"
            ),
        )
        self.times_edit.setPlaceholderText("10:30, 15:00")
        self.times_edit.textEdited.connect(self._save_times)
        row = QHBoxLayout()
        row.addWidget(self.times_radio)
        row.addWidget(self.times_edit, 1)
        grid.addLayout(row)
        self.times_problem = self._problem_label(RemindersText.tr("Reminder times problem"))
        grid.addWidget(self.times_problem)

        self.mode_group = QButtonGroup(self)
        self.mode_group.addButton(self.interval_radio)
        self.mode_group.addButton(self.times_radio)
        self.interval_radio.toggled.connect(self._save_mode)

        days = QHBoxLayout()
        days.addWidget(QLabel(RemindersText.tr("On:")))
        self.day_boxes = []
        for day in range(7):
            name = weekday_name(day)
            box = self._control(
                QCheckBox(weekday_name(day, "short")),
                name,
                RemindersText.tr("Remind on {name}").format(name=name),
            )
            box.toggled.connect(self._save_days)
            self.day_boxes.append(box)
            days.addWidget(box)
        days.addStretch(1)
        grid.addLayout(days)
        self.days_problem = self._problem_label(RemindersText.tr("Weekdays problem"))
        grid.addWidget(self.days_problem)
        layout.addWidget(schedule)
        self.schedule_box = schedule

        goal = QHBoxLayout()
        self.goal_spin = self._control(
            QSpinBox(),
            RemindersText.tr("Sessions a day"),
            RemindersText.tr(
                "No more reminders on a day once you have completed this "
                "many sessions (0: remind all day)"
            ),
        )
        self.goal_spin.setRange(*Settings.reminder_goal_sessions.bounds)
        self.goal_spin.setSpecialValueText("never")
        self.goal_spin.valueChanged.connect(self._save_goal)
        goal_label = QLabel(RemindersText.tr("&Stop for the day after completed sessions:"))
        goal_label.setBuddy(self.goal_spin)
        goal.addWidget(goal_label)
        goal.addWidget(self.goal_spin)
        goal.addStretch(1)
        layout.addLayout(goal)

        self.dnd_box = self._control(
            QCheckBox(RemindersText.tr("&Do not disturb (hold every reminder)")),
            RemindersText.tr("Do not disturb"),
            RemindersText.tr("Hold every reminder until you switch this off"),
        )
        self.dnd_box.toggled.connect(self._save_dnd)
        layout.addWidget(self.dnd_box)

        self.login_box = self._control(
            QCheckBox(RemindersText.tr("Start BackCoach in the tray when I &log in")),
            RemindersText.tr("Start at login"),
            RemindersText.tr(
                "Start BackCoach in the background at login, so reminders come without opening it"
            ),
        )
        if not autostart.supported():
            self.login_box.setEnabled(False)
            self.login_box.setToolTip(
                RemindersText.tr(
                    "On this system, add BackCoach to the programs that start at "
                    "login by hand: see docs/reminders.md"
                )
            )
        self.login_box.toggled.connect(self._save_login)
        layout.addWidget(self.login_box)
        self.login_problem = self._problem_label(RemindersText.tr("Start at login problem"))
        layout.addWidget(self.login_problem)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(RemindersText.tr("Reminder schedule"))
        layout.addWidget(self.summary)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(RemindersText.tr("Close"))
        close.setToolTip(RemindersText.tr("Close; every change is already saved"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    # --- showing the settings ------------------------------------------------------------------

    def _save(self, **changes: object) -> None:
        self._saving = True
        try:
            self.state.update_settings(**changes)
        finally:
            self._saving = False
        self._enable()
        self._show_summary()

    @Slot()
    def _load(self) -> None:
        if self._saving:
            return
        settings = self.state.settings
        widgets = [
            self.enabled_box,
            self.routine_box,
            self.interval_radio,
            self.times_radio,
            self.interval_spin,
            self.start_edit,
            self.end_edit,
            self.times_edit,
            self.goal_spin,
            self.dnd_box,
            self.login_box,
            *self.day_boxes,
        ]
        for widget in widgets:
            widget.blockSignals(True)
        self.enabled_box.setChecked(settings.reminders)
        self.routine_box.setCurrentIndex(
            max(0, self.routine_box.findData(self.state.reminder_routine.id))
        )
        interval = settings.reminder_mode == "interval"
        self.interval_radio.setChecked(interval)
        self.times_radio.setChecked(not interval)
        self.interval_spin.setValue(settings.reminder_interval_minutes)
        if not self.hours_problem.isVisible():  # keep what the user is fixing
            self.start_edit.setTime(_qtime(settings.work_start))
            self.end_edit.setTime(_qtime(settings.work_end))
        if not self.times_problem.isVisible():
            self.times_edit.setText(", ".join(settings.reminder_times))
        if not self.days_problem.isVisible():
            for day, box in enumerate(self.day_boxes):
                box.setChecked(day in settings.reminder_weekdays)
        self.goal_spin.setValue(settings.reminder_goal_sessions)
        self.dnd_box.setChecked(settings.do_not_disturb)
        # The file is the truth: the desktop's own start-up settings may have removed it.
        self.login_box.setChecked(autostart.supported() and autostart.is_enabled())
        for widget in widgets:
            widget.blockSignals(False)
        self._enable()
        self._show_summary()

    def _enable(self) -> None:
        on = self.enabled_box.isChecked()
        self.details.setEnabled(on)
        self.schedule_box.setEnabled(on)
        self.goal_spin.setEnabled(on)
        self.dnd_box.setEnabled(on)
        interval = self.interval_radio.isChecked()
        self.interval_spin.setEnabled(interval)
        self.start_edit.setEnabled(interval)
        self.end_edit.setEnabled(interval)
        self.times_edit.setEnabled(not interval)

    @Slot()
    def _show_summary(self, _due: object = None) -> None:
        text = describe_reminders(self.timer.plan)
        if self.timer.plan.enabled and self._status is not None:
            text += f" {self._status()}."
        self.summary.setText(text)

    def _problem(self, label: QLabel, field: QWidget, message: str | None) -> None:
        label.setText(f"⚠ {message}" if message else "")
        label.setVisible(bool(message))
        field.setAccessibleDescription(message or "")
        grow_to_fit(self)

    # --- saving --------------------------------------------------------------------------------

    def _save_enabled(self, on: bool) -> None:
        self._save(reminders=on)

    def _save_routine(self, index: int) -> None:
        routine_id = self.routine_box.itemData(index)
        if routine_id:
            self._save(reminder_routine=routine_id)

    def _save_mode(self) -> None:
        mode = "interval" if self.interval_radio.isChecked() else "times"
        self._save(reminder_mode=mode)
        self._enable()

    def _save_interval(self, minutes: int) -> None:
        self._save(reminder_interval_minutes=minutes)

    def _save_hours(self) -> None:
        start = self.start_edit.time().toString("HH:mm")
        end = self.end_edit.time().toString("HH:mm")
        problem = work_hours_problem(start, end)
        self._problem(self.hours_problem, self.end_edit, problem)
        if problem is None:
            self._save(work_start=start, work_end=end)

    def _save_times(self, text: str) -> None:
        times, problem = parse_times_of_day(text)
        self._problem(self.times_problem, self.times_edit, problem)
        if problem is None:
            self._save(reminder_times=times)

    def _save_days(self) -> None:
        days = [day for day, box in enumerate(self.day_boxes) if box.isChecked()]
        problem = weekdays_problem(days)
        self._problem(self.days_problem, self.day_boxes[0], problem)
        if problem is None:
            self._save(reminder_weekdays=days)

    def _save_goal(self, sessions: int) -> None:
        self._save(reminder_goal_sessions=sessions)

    def _save_dnd(self, on: bool) -> None:
        self._save(do_not_disturb=on)

    def _save_login(self, on: bool) -> None:
        try:
            if on:
                autostart.enable(self.autostart_data_dir)
            else:
                autostart.disable()
        except autostart.AutostartError as error:
            self._problem(self.login_problem, self.login_box, str(error))
            self.login_box.blockSignals(True)
            self.login_box.setChecked(not on)
            self.login_box.blockSignals(False)
            return
        self._problem(self.login_problem, self.login_box, None)
        self._save(start_at_login=on)
