"""The exercise player: choose a routine, start it, and follow each position as it counts down.

The view drives the core engine and observes it: one single-shot timer is armed for the engine's
next visible change (the next whole second or deadline), so nothing runs while idle or paused.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from backcoach.core.engine import Engine, Event, SessionEnded, State
from backcoach.core.timeline import build_timeline
from backcoach.ui.app_state import AppState


def format_seconds(seconds: float) -> str:
    seconds = int(math.ceil(seconds))
    return f"{seconds // 60}:{seconds % 60:02d}"


class PlayerView(QWidget):
    sessionLogged = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.engine: Engine | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.tick)
        self._build()
        self._fill_routines()
        state.routinesChanged.connect(self._fill_routines)
        self._show_idle()

    # --- layout --------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.routine_box = QComboBox()
        self.routine_box.setAccessibleName("Routine")
        self.routine_box.setToolTip("The routine to follow")
        self.routine_box.currentIndexChanged.connect(self._routine_chosen)
        routine_label = QLabel("&Routine:")
        routine_label.setBuddy(self.routine_box)
        top.addWidget(routine_label)
        top.addWidget(self.routine_box, 1)
        layout.addLayout(top)

        self.exercise_label = QLabel()
        self.exercise_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.exercise_label.setAccessibleName("Exercise")
        self._scale_font(self.exercise_label, 1.8, bold=True)
        self.phase_label = QLabel()
        self.phase_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.phase_label.setAccessibleName("Phase")
        self._scale_font(self.phase_label, 1.4)
        self.countdown_label = QLabel()
        self.countdown_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown_label.setAccessibleName("Seconds left")
        self._scale_font(self.countdown_label, 5.0, bold=True)
        self.detail_label = QLabel()
        self.detail_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail_label.setAccessibleName("Repetition and side")
        self.instructions_label = QLabel()
        self.instructions_label.setWordWrap(True)
        self.instructions_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.instructions_label.setAccessibleName("Instructions")
        self.progress_label = QLabel()
        self.progress_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.progress_label.setAccessibleName("Progress")
        layout.addStretch(1)
        for label in (
            self.exercise_label,
            self.phase_label,
            self.countdown_label,
            self.detail_label,
            self.instructions_label,
            self.progress_label,
        ):
            layout.addWidget(label)
        layout.addStretch(1)

        controls = QHBoxLayout()
        self.previous_button = self._button("Previous", "Back to the start of this exercise (Left)")
        self.start_button = self._button("Start", "Start the routine (Space)")
        self.skip_button = self._button("Skip", "Skip to the next exercise (Right)")
        self.stop_button = self._button("Stop", "Stop the session and log what you did (Esc)")
        self.previous_button.clicked.connect(lambda: self._apply(self.engine and self.engine.previous()))
        self.start_button.clicked.connect(self.toggle)
        self.skip_button.clicked.connect(lambda: self._apply(self.engine and self.engine.skip()))
        self.stop_button.clicked.connect(self.ask_stop)
        controls.addStretch(1)
        for button in (self.previous_button, self.start_button, self.skip_button, self.stop_button):
            controls.addWidget(button)
        controls.addStretch(1)
        layout.addLayout(controls)

        for key, slot in (
            (Qt.Key.Key_Space, self.toggle),
            (Qt.Key.Key_Right, self.skip_button.click),
            (Qt.Key.Key_Left, self.previous_button.click),
            (Qt.Key.Key_Escape, self.ask_stop),
        ):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def _button(self, text: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setAccessibleName(text)
        button.setMinimumWidth(110)
        return button

    def _scale_font(self, label: QLabel, factor: float, bold: bool = False) -> None:
        font = QFont(label.font())
        font.setPointSizeF(font.pointSizeF() * factor)
        font.setBold(bold)
        label.setFont(font)

    def _fill_routines(self) -> None:
        self.routine_box.blockSignals(True)
        self.routine_box.clear()
        for routine in self.state.routines:
            self.routine_box.addItem(routine.name, routine.id)
        index = self.routine_box.findData(self.state.selected_routine.id)
        self.routine_box.setCurrentIndex(max(index, 0))
        self.routine_box.blockSignals(False)

    def _routine_chosen(self, index: int) -> None:
        routine_id = self.routine_box.itemData(index)
        if routine_id and routine_id != self.state.settings["routine"]:
            self.state.update_settings(routine=routine_id)
        self._show_idle()

    # --- actions -------------------------------------------------------------------------

    def toggle(self) -> None:
        if self.engine is None or self.engine.is_over:
            timeline = build_timeline(self.state.selected_routine, self.state.catalogue)
            self.engine = Engine(timeline, self.state.clock)
        self._apply(self.engine.toggle_pause())

    def ask_stop(self) -> None:
        if self.engine is None or self.engine.is_over or self.engine.state == State.IDLE:
            return
        answer = QMessageBox.question(
            self, "Stop the session?", "Stop now? What you have done so far is logged."
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._apply(self.engine.stop())

    def confirm_close(self) -> bool:
        """Whether the window may close; a running session is logged as partial first."""
        if self.engine is None or self.engine.is_over or self.engine.state == State.IDLE:
            return True
        answer = QMessageBox.question(
            self, "Quit during a session?", "A session is running. Stop it, log it and quit?"
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self._apply(self.engine.stop())
        return True

    def tick(self) -> None:
        """The timer fired: catch up with the clock and redraw."""
        if self.engine is not None:
            self._apply(self.engine.advance())

    def _apply(self, events: list[Event] | None) -> None:
        for event in events or []:
            if isinstance(event, SessionEnded):
                self._log()
        self._refresh()

    def _log(self) -> None:
        assert self.engine is not None
        record = self.engine.record()
        if record.active_seconds > 0:
            self.state.log_session(record)
            self.sessionLogged.emit()

    # --- drawing -------------------------------------------------------------------------

    def _show_idle(self) -> None:
        routine = self.state.selected_routine
        timeline = build_timeline(routine, self.state.catalogue)
        self.exercise_label.setText(routine.name)
        self.phase_label.setText("Ready when you are")
        self.countdown_label.setText(format_seconds(timeline.total_seconds))
        names = ", ".join(e.name for e in timeline.exercises)
        self.detail_label.setText(f"{len(timeline.exercises)} exercises: {names}")
        self.instructions_label.setText(routine.description)
        self.progress_label.setText("Press Space or Start to begin.")
        self.start_button.setText("Start")
        self.start_button.setToolTip("Start the routine (Space)")
        for button in (self.previous_button, self.skip_button, self.stop_button):
            button.setEnabled(False)

    def _refresh(self) -> None:
        engine = self.engine
        self._timer.stop()
        if engine is None or engine.state == State.IDLE:
            self._show_idle()
            return
        if engine.is_over:
            self._show_idle()
            self.phase_label.setText("Well done!" if engine.state == State.FINISHED else "Stopped")
            return
        step = engine.step
        self.exercise_label.setText(step.exercise.name)
        if engine.state == State.RESUMING:
            self.phase_label.setText("Resuming in")
            self.countdown_label.setText(str(math.ceil(engine.resume_countdown_left())))
        else:
            paused = engine.state == State.PAUSED
            self.phase_label.setText(f"Paused: {step.phase.label}" if paused else step.phase.label)
            self.countdown_label.setText(str(math.ceil(engine.remaining())))
        reps = step.item.reps
        detail = f"Rep {step.rep} of {reps}"
        if step.item.sets > 1:
            detail += f", set {step.set} of {step.item.sets}"
        if step.side_text:
            detail += f" · {step.side_text}"
        self.detail_label.setText(detail)
        self.instructions_label.setText(step.to_position.cue or step.exercise.instructions)
        self.progress_label.setText(
            f"Exercise {step.item_index + 1} of {len(engine.timeline.items)} · "
            f"{format_seconds(engine.routine_left())} left"
        )
        running = engine.is_running
        self.start_button.setText("Pause" if running else "Resume")
        self.start_button.setToolTip("Pause (Space)" if running else "Resume (Space)")
        for button in (self.previous_button, self.skip_button, self.stop_button):
            button.setEnabled(True)
        due = engine.next_change()
        if due is not None:
            wait = max(0.0, due - self.state.clock.monotonic())
            self._timer.start(max(1, math.ceil(wait * 1000)))
