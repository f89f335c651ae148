"""The exercise player: choose a routine, start it, follow each position as it counts down,
then see what was done and log it.

The view drives the core engine and observes it. One single-shot timer is armed for the engine's
next visible change (the next whole second or deadline); the ring animates only while a step
counts down on screen; idle or paused, no timer runs at all. Every event of the engine becomes
drawing here and a cue (chime, tick, voice) in `cues`.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import QMessageBox, QStackedWidget, QVBoxLayout, QWidget

from backcoach.core.engine import (
    Engine,
    EngineError,
    Event,
    Paused,
    ResumeCountdown,
    Resumed,
    SessionEnded,
    State,
    StepStarted,
)
from backcoach.core.session import SessionRecord
from backcoach.core.timeline import Phase, Side, Step, build_timeline
from backcoach.core.words import clock_text, countdown_text
from backcoach.ui.app_state import AppState
from backcoach.ui.player.cue_script import COUNTDOWN_FROM
from backcoach.ui.player.cue_settings import CueSettingsButton
from backcoach.ui.player.cues import Cues
from backcoach.ui.player.session_page import SessionPage
from backcoach.ui.player.start_page import StartPage

if TYPE_CHECKING:
    from backcoach.ui.player.hurt_page import HurtPage
    from backcoach.ui.player.summary_page import SummaryPage

# Phases that show what comes next: the body is still, the mind can look ahead.
PREVIEW_PHASES = (Phase.GET_READY, Phase.REST, Phase.SWITCH_SIDES)
ANIMATED_PHASES = (Phase.GET_READY, Phase.MOVE, Phase.RELEASE)


class PlayerView(QWidget):
    sessionLogged = Signal()
    focusModeRequested = Signal(bool)

    def __init__(self, state: AppState, cues: Cues, parent: QWidget | None = None) -> None:
        """cues: made once by the composition root with the app's sound and voice outputs."""
        super().__init__(parent)
        self.state = state
        self.engine: Engine | None = None
        self.cues = cues
        self.cues.unavailable.connect(state.problemReported)
        self.record: SessionRecord | None = None  # the session as logged, once it ended
        self.logged = False
        self.focus_mode = False
        self.stop_question: QMessageBox | None = None
        self._pain_before: int | None = None
        self._pause_reason = "user"
        self._hurting = False
        self._shown_index = -1  # the step whose illustration is on screen
        self._counted: tuple[object, int] | None = None  # the last second counted aloud

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self.tick)

        self.start_page = StartPage()
        self.session_page = SessionPage()
        # The pages for "this hurts" and the summary are built when first needed, not at start.
        self._hurt_page: HurtPage | None = None
        self._summary_page: SummaryPage | None = None
        self.pages = QStackedWidget()
        for page in (self.start_page, self.session_page):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

        self.start_settings = CueSettingsButton(state)
        self.session_settings = CueSettingsButton(state)
        self.start_page.top.addWidget(self.start_settings)
        self.session_page.controls.insertWidget(
            self.session_page.controls.count() - 2, self.session_settings
        )
        for button in (self.start_settings, self.session_settings):
            button.tryRequested.connect(self.cues.try_out)

        self._connect()
        self._fill_routines()
        state.routinesChanged.connect(self._fill_routines)
        state.settingsChanged.connect(self._settings_changed)
        self._refresh()

    # --- the widgets tests and the window reach for ----------------------------------------

    @property
    def routine_box(self):
        return self.start_page.routine_box

    @property
    def start_button(self):
        return self.start_page.start_button

    @property
    def hurt_page(self) -> HurtPage:
        if self._hurt_page is None:
            from backcoach.ui.player import hurt_page

            page = hurt_page.HurtPage(self.state.catalogue)
            page.skipRequested.connect(lambda: self._after_hurt(skip=True))
            page.endRequested.connect(lambda: self._after_hurt(skip=False))
            page.backRequested.connect(self._hurt_cancelled)
            self.pages.addWidget(page)
            self._hurt_page = page
        return self._hurt_page

    @property
    def summary_page(self) -> SummaryPage:
        if self._summary_page is None:
            from backcoach.ui.player import summary_page

            page = summary_page.SummaryPage()
            page.doneRequested.connect(self.finish_summary)
            self.pages.addWidget(page)
            self._summary_page = page
        return self._summary_page

    @property
    def page(self) -> QWidget:
        page = self.pages.currentWidget()
        assert page is not None  # the stack always holds the start page
        return page

    def _connect(self) -> None:
        session = self.session_page
        self.start_button.clicked.connect(self.begin)
        self.routine_box.currentIndexChanged.connect(self._routine_chosen)
        session.pause_button.clicked.connect(self.toggle)
        session.previous_button.clicked.connect(self.previous)
        session.skip_button.clicked.connect(self.skip)
        session.stop_button.clicked.connect(self.ask_stop)
        session.hurt_button.clicked.connect(self.hurts)
        session.focus_button.toggled.connect(self._focus_button_toggled)

        # Window-wide keys, each living on the page it acts on: a hidden page's keys are off,
        # so the arrows still move through the pain ratings on the other pages.
        for page, key, slot in (
            (self.start_page, Qt.Key.Key_Space, self.begin),
            (self.session_page, Qt.Key.Key_Space, self.toggle),
            (self.session_page, Qt.Key.Key_Right, self.skip),
            (self.session_page, Qt.Key.Key_Left, self.previous),
            (self.session_page, Qt.Key.Key_H, self.hurts),
            (self, Qt.Key.Key_Escape, self.escape),
            (self, Qt.Key.Key_F, self.toggle_focus_mode),
        ):
            shortcut = QShortcut(QKeySequence(key), page)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)

    # --- routines ------------------------------------------------------------------------

    def _fill_routines(self) -> None:
        box = self.routine_box
        box.blockSignals(True)
        box.clear()
        for routine in self.state.routines:
            box.addItem(routine.name, routine.id)
        box.setCurrentIndex(max(box.findData(self.state.selected_routine.id), 0))
        box.blockSignals(False)
        self._show_start()

    def _routine_chosen(self, index: int) -> None:
        routine_id = self.routine_box.itemData(index)
        if routine_id and routine_id != self.state.settings.routine:
            self.state.update_settings(routine=routine_id)
        self._show_start()

    def _settings_changed(self) -> None:
        ask = bool(self.state.settings.ask_pain)
        self.start_page.pain.setVisible(ask)

    # --- what the user does --------------------------------------------------------------

    def begin(self) -> None:
        """Start the chosen routine (Space or Start on the first page)."""
        if self.page is not self.start_page:
            return
        try:
            timeline = build_timeline(self.state.selected_routine, self.state.catalogue)
            engine = Engine(timeline, self.state.clock)
        except (EngineError, ValueError) as error:
            self.state.problemReported.emit(f"This routine cannot start: {error}")
            return
        self.engine = engine
        self.record, self.logged = None, False
        self._pain_before = self.start_page.pain.value() if self.state.settings.ask_pain else None
        self._shown_index = -1
        self._apply(engine.start())
        self.session_page.pause_button.setFocus()

    def toggle(self) -> None:
        """Space: pause, or resume after a 3-2-1 countdown."""
        if self.engine is None or self.engine.state == State.IDLE:
            self.begin()
        elif self.page is self.session_page:
            self._pause_reason = "user"
            self._apply(self.engine.toggle_pause())

    def skip(self) -> None:
        if self._in_session():
            assert self.engine is not None
            self._apply(self.engine.skip())

    def previous(self) -> None:
        if self._in_session():
            assert self.engine is not None
            self._apply(self.engine.previous())

    def escape(self) -> None:
        if self.page is self._hurt_page:
            self._hurt_cancelled()
        elif self._in_session():
            self.ask_stop()
        elif self.focus_mode:
            self.toggle_focus_mode()

    def ask_stop(self) -> None:
        """Esc or Stop: pause, ask, and stop (logging what was done) or go on."""
        if not self._in_session() or self.stop_question is not None:
            return
        self._ask(
            "Stop the session?",
            "Stop now? What you have done so far is logged as a partial session.",
            on_yes=self.stop,
        )

    def stop(self) -> None:
        if self.engine is not None and not self.engine.is_over:
            self._apply(self.engine.stop())

    def hurts(self) -> None:
        """ "This hurts": stop the exercise at once, then ask what next."""
        if not self._in_session():
            return
        assert self.engine is not None
        self.cues.silence()
        events = self.engine.pause("hurt") if self.engine.is_running else []
        self._hurting = not self.engine.is_over
        if self._hurting:
            step = self.engine.step
            has_next = step.item_index + 1 < len(self.engine.timeline.items)
            self.hurt_page.show_for(step.exercise, has_next)
        self._apply([e for e in events if not isinstance(e, Paused)])

    def toggle_focus_mode(self) -> None:
        self.set_focus_mode(not self.focus_mode)
        self.focusModeRequested.emit(self.focus_mode)

    def set_focus_mode(self, on: bool) -> None:
        self.focus_mode = on
        button = self.session_page.focus_button
        button.blockSignals(True)
        button.setChecked(on)
        button.blockSignals(False)
        button.setText("Leave full screen" if on else "Full screen")

    def confirm_close(self) -> bool:
        """Whether the window may close now. During a session: pause, ask, and (on yes) stop,
        log it as partial and close the window again; never blocks."""
        if self._in_session() or self.page is self._hurt_page:
            if self.stop_question is None:
                self._ask(
                    "Quit during a session?",
                    "A session is running. Stop it, log what you did so far, and quit?",
                    on_yes=self._stop_and_close,
                )
            return False
        if self.page is self._summary_page:
            self.save_summary()
        return True

    def tick(self) -> None:
        """The timer fired: catch up with the clock and redraw."""
        if self.engine is not None:
            self._apply(self.engine.advance())

    # --- inside: actions -----------------------------------------------------------------

    def _in_session(self) -> bool:
        engine = self.engine
        return (
            engine is not None
            and engine.state not in (State.IDLE, State.FINISHED, State.STOPPED)
            and not self._hurting
        )

    def _ask(self, title: str, text: str, on_yes) -> None:
        assert self.engine is not None
        was_running = self.engine.is_running
        if was_running:
            self._apply(self.engine.pause())
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        yes = box.button(QMessageBox.StandardButton.Yes)
        yes.setText("Stop and log")
        box.button(QMessageBox.StandardButton.No).setText("Go on" if was_running else "Stay")
        box.setEscapeButton(QMessageBox.StandardButton.No)

        def answered(_result: int) -> None:
            self.stop_question = None
            box.deleteLater()
            if box.clickedButton() is yes:
                on_yes()
            elif was_running and self.engine is not None and not self.engine.is_over:
                self._apply(self.engine.resume())

        box.finished.connect(answered)
        self.stop_question = box
        box.open()

    def _stop_and_close(self) -> None:
        if self._hurt_page is not None:
            self._hurt_page.hide()
        self._hurting = False
        self.stop()
        self.save_summary()
        self.window().close()

    def _after_hurt(self, skip: bool) -> None:
        assert self.engine is not None
        self.engine.report_hurt(self.hurt_page.pain.value())
        self._hurting = False
        if skip:
            events = self.engine.skip()
            if not self.engine.is_over:
                events += self.engine.resume()
            self._apply(events)
            self.session_page.pause_button.setFocus()
        else:
            self._apply(self.engine.stop())

    def _hurt_cancelled(self) -> None:
        self._hurting = False
        self._refresh()
        self.session_page.pause_button.setFocus()

    def _focus_button_toggled(self, on: bool) -> None:
        if on != self.focus_mode:
            self.toggle_focus_mode()

    # --- inside: events ------------------------------------------------------------------

    def _apply(self, events: list[Event]) -> None:
        engine = self.engine
        for event in events:
            if engine is None:
                break
            if isinstance(event, StepStarted):
                self._counted = None
                self.cues.step_started(event.step, self._following(event.step))
            elif isinstance(event, Resumed):
                self.cues.step_started(event.step, self._following(event.step))
            elif isinstance(event, Paused):
                self._pause_reason = event.reason
                self.cues.paused(event.reason)
            elif isinstance(event, ResumeCountdown):
                self._counted = None
            elif isinstance(event, SessionEnded):
                self.cues.session_ended(event.completed)
                self._log()
        self._count_aloud()
        self._refresh()

    def _following(self, step: Step) -> Step | None:
        assert self.engine is not None
        steps = self.engine.timeline.steps
        return steps[step.index + 1] if step.index + 1 < len(steps) else None

    def _count_aloud(self) -> None:
        """Tick and count the last seconds of a hold, and the 3-2-1 after a resume."""
        engine = self.engine
        if engine is None:
            return
        if engine.state == State.RESUMING:
            seconds = math.ceil(engine.resume_countdown_left() - 1e-9)
            key: tuple[object, int] = ("resume", seconds)
            step: Step | None = None
        elif engine.state == State.RUNNING and engine.step.phase == Phase.HOLD:
            seconds = math.ceil(engine.remaining() - 1e-9)
            # Not in the hold's first second: "Hold." is still being said.
            if seconds >= math.ceil(engine.step.duration):
                return
            key, step = (engine.index, seconds), engine.step
        else:
            return
        if 1 <= seconds <= COUNTDOWN_FROM and key != self._counted:
            self._counted = key
            self.cues.countdown(seconds, step)

    def _log(self) -> None:
        assert self.engine is not None
        record = self.engine.record().updated(pain_before=self._pain_before)
        self.record = record
        # Nothing begun, nothing to log: a session stopped during the first get-ready.
        self.logged = record.active_seconds > 0 or record.holds_done > 0
        if self.logged:
            self.state.log_session(record)
            self.sessionLogged.emit()
        self.summary_page.show_record(record, self.logged, bool(self.state.settings.ask_pain))

    def save_summary(self) -> None:
        """Add the summary's pain rating and note to the logged session, if they changed."""
        if not self.logged or self.record is None:
            return
        answers = self.summary_page.answers()
        changed = self.record.updated(**answers)
        if changed != self.record:
            self.state.update_session(changed)
            self.record = changed

    def finish_summary(self) -> None:
        self.save_summary()
        self.engine = None
        self.record, self.logged = None, False
        self.start_page.pain.clear()
        self._refresh()
        self.start_button.setFocus()

    # --- drawing -------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Digits at least a quarter of the view high, readable from across the room.
        ring = self.session_page.ring
        side = min(ring.side_for_digit_height(event.size().height() / 4), event.size().width() // 2)
        ring.setMinimumSize(side, side)
        # Above 600 pixels the words grow with the view, up to twice their size.
        self.session_page.scale_text(max(1.0, min(2.0, event.size().height() / 600)))
        super().resizeEvent(event)

    def _show_start(self) -> None:
        try:
            timeline = build_timeline(self.state.selected_routine, self.state.catalogue)
        except (EngineError, ValueError) as error:
            self.start_page.title.setText(self.state.selected_routine.name)
            self.start_page.description.setText(f"This routine cannot start: {error}")
            return
        self.start_page.show_routine(timeline)
        self.start_page.pain.setVisible(bool(self.state.settings.ask_pain))

    def _refresh(self) -> None:
        engine = self.engine
        self.timer.stop()
        ring = self.session_page.ring
        if engine is None or engine.state == State.IDLE:
            ring.animate(None)
            self.pages.setCurrentWidget(self.start_page)
            return
        if engine.is_over:
            ring.animate(None)
            self.pages.setCurrentWidget(self.summary_page)
            return
        self.pages.setCurrentWidget(self.hurt_page if self._hurting else self.session_page)
        self._show_step(engine)
        due = engine.next_change()
        if due is not None:
            wait = max(0.0, due - self.state.clock.monotonic())
            self.timer.start(max(1, math.ceil(wait * 1000)))
        running = engine.state == State.RUNNING
        ring.animate(engine.progress if running and not self._hurting else None)

    def _show_step(self, engine: Engine) -> None:
        page = self.session_page
        step = engine.step
        if step.index != self._shown_index:
            self._shown_index = step.index
            animate = step.phase in ANIMATED_PHASES and engine.state == State.RUNNING
            page.pose.show_pose(
                step.to_position.pose,
                step.to_position.name,
                mirrored=step.side == Side.RIGHT,
                animate_from=step.from_position.pose if animate else None,
                seconds=step.duration if animate else 0.0,
            )
        count = len(engine.timeline.items)
        page.exercise_label.setText(step.exercise.name)
        page.exercise_label.setToolTip(step.exercise.instructions)
        routine_left = engine.routine_left()
        page.progress_label.setText(
            f"Exercise {step.item_index + 1} of {count} · {clock_text(routine_left)} left"
        )
        total = engine.timeline.total_seconds
        page.routine_bar.setValue(round(1000 * (1 - routine_left / total)) if total else 0)

        ring = page.ring
        if engine.state == State.RESUMING:
            page.phase_label.setText("Get set")
            ring.set_text(
                countdown_text(engine.resume_countdown_left()), f"then {step.phase.label}"
            )
            ring.set_dimmed(False)
        elif engine.state == State.PAUSED:
            slept = self._pause_reason == "sleep"
            page.phase_label.setText("Paused: the computer slept" if slept else "Paused")
            ring.set_text(countdown_text(engine.remaining()), step.phase.label)
            ring.set_dimmed(True)
        else:
            page.phase_label.setText(step.phase.label)
            ring.set_text(countdown_text(engine.remaining()))
            ring.set_dimmed(False)
        ring.set_progress(engine.progress())
        ring.setAccessibleDescription(f"{ring.text} seconds left of {step.phase.label}")

        rep = f"Rep {step.rep} of {step.item.reps}"
        if step.item.sets > 1:
            rep += f" · Set {step.set} of {step.item.sets}"
        page.rep_label.setText(rep)
        page.side_label.setText(step.side_text)
        page.instruction_label.setText(self._instruction(engine, step))

        following = self._next_hold(engine, step)
        if step.phase in PREVIEW_PHASES and following is not None:
            page.up_next.show_step(following, step)
            page.up_next.show()
        else:
            page.up_next.hide()

        paused = engine.state == State.PAUSED
        page.pause_button.setText("Resume" if paused else "Pause")
        page.pause_button.setAccessibleName("Resume" if paused else "Pause")
        page.pause_button.setToolTip(
            "Resume after a 3-2-1 countdown (Space)" if paused else "Pause (Space)"
        )

    def _instruction(self, engine: Engine, step: Step) -> str:
        if engine.state == State.PAUSED and self._pause_reason == "sleep":
            return "The time asleep does not count. Press Space when you are ready to go on."
        if engine.state == State.PAUSED:
            return "Press Space or Resume to go on, Esc to stop."
        to, from_ = step.to_position, step.from_position
        if step.phase == Phase.GET_READY:
            parts = [from_.cue, to.cue] if from_.id != to.id else [to.cue]
            return ". ".join(p.rstrip(".") for p in parts if p) + "."
        if step.phase == Phase.HOLD:
            return f"{to.cue.rstrip('.')}. Hold still and breathe calmly."
        if step.phase == Phase.RELEASE:
            return f"Slowly come back: {to.name.lower()}."
        if step.phase == Phase.REST:
            return "Rest and breathe. Stay where you are."
        if step.phase == Phase.SWITCH_SIDES:
            return f"Now the {step.side_text.lower()}. {to.cue}".strip()
        return to.cue or step.exercise.instructions

    @staticmethod
    def _next_hold(engine: Engine, step: Step) -> Step | None:
        for later in engine.timeline.steps[step.index + 1 :]:
            if later.phase == Phase.HOLD:
                return later
        return None
