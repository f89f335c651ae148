"""The exercise player: choose a routine, start it, follow each position as it counts down,
then see what was done and log it.

The view drives the core engine and observes it. One single-shot timer is armed for the engine's
next visible change (the next whole second or deadline); the ring and the figure follow the
engine's progress only while a step counts down on screen; idle or paused, no timer runs at all.
Every event of the engine becomes drawing (`step_drawing`) and a cue (chime, tick, voice) in
`cues`. The core decides: why the session is paused, what comes next, whether anything began.

The window uses a small public API: `start_routine`, `session_in_progress`, `add_start_button`,
`set_focus_mode`, `confirm_close` and the signals. Tests reach the pages through
tests/ui/player_driver.py.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QMessageBox, QStackedWidget, QVBoxLayout, QWidget

from backcoach.core.countdown_calls import CountdownCalls
from backcoach.core.engine import (
    Engine,
    EngineError,
    Event,
    Paused,
    PauseReason,
    ResumeCountdown,
    Resumed,
    SessionEnded,
    State,
    StepStarted,
)
from backcoach.core.timeline import build_timeline
from backcoach.ui.app_state import AppState
from backcoach.ui.player.cue_problems import CueProblems
from backcoach.ui.player.cue_settings import CueSettingsButton, CueSettingsMenu
from backcoach.ui.player.cues import Cues
from backcoach.ui.player.session_log import SessionLog
from backcoach.ui.player.session_page import SessionPage
from backcoach.ui.player.session_start import Gate, SessionStart
from backcoach.ui.player.start_page import StartPage
from backcoach.ui.player.step_drawing import StepDrawing
from backcoach.ui.player.stop_question import StopAnswer, StopQuestion, ask_to_stop
from backcoach.ui.widgets.shortcuts import make_shortcut
from backcoach.ui.widgets.tab_order import follow_layout
from backcoach.ui.widgets.translation import Context

PlayerText = Context("PlayerText")

if TYPE_CHECKING:
    from backcoach.ui.player.hurt_page import HurtPage
    from backcoach.ui.player.summary_page import SummaryPage


class PlayerView(QWidget):
    sessionLogged = Signal()
    focusModeRequested = Signal(bool)

    def __init__(self, state: AppState, cues: Cues, parent: QWidget | None = None) -> None:
        """cues: made once by the composition root with the app's sound and voice outputs."""
        super().__init__(parent)
        self.state = state
        self.engine: Engine | None = None
        self._armed_for: float | None = None  # when the timer was last armed to fire
        self.cues = cues
        self.cue_problems = CueProblems(
            state, cues, lambda: self.focus_mode or self.session_in_progress, self
        )
        cues.notice.connect(state.problemReported.emit)
        self.focus_mode = False
        self.stop_question: QMessageBox | None = None
        self.log = SessionLog(state, lambda: self.summary_page, self)
        self.log.logged_now.connect(self.sessionLogged)
        self._hurting = False  # the "this hurts" page is in front of the session
        self.countdown_calls = CountdownCalls()

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self.tick)

        self.start_page = StartPage()
        self.session_page = SessionPage()
        self.drawing = StepDrawing(self.session_page)
        # The pages for "this hurts" and the summary are built when first needed, not at start.
        self._hurt_page: HurtPage | None = None
        self._summary_page: SummaryPage | None = None
        self.pages = QStackedWidget()
        for page in (self.start_page, self.session_page):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

        # One menu of cue settings, opened from a button on each page.
        self.cue_menu = CueSettingsMenu(state, self)
        self.cue_menu.tryRequested.connect(self.cues.try_out)
        self.cue_problems.changed.connect(lambda: self.cue_menu.problem_action.setVisible(True))
        self.cue_menu.problem_action.triggered.connect(self.explain_cue_problems)
        self.start_settings = CueSettingsButton(state, self.cue_menu)
        self.session_settings = CueSettingsButton(state, self.cue_menu)
        self.start_page.top.addWidget(self.start_settings)
        self.session_page.controls.insertWidget(
            self.session_page.controls.count() - 2, self.session_settings
        )
        for page in (self.start_page, self.session_page):
            follow_layout(page)

        self.starter = SessionStart(state, self.start_page, self._begin, self)
        self._connect()
        self._refresh()

    # --- what the window uses ---------------------------------------------------------------

    @property
    def session_in_progress(self) -> bool:
        """Whether a session has started and is not over (running, paused, or "this hurts")."""
        return self.engine is not None and self.engine.is_in_progress

    @property
    def start_gate(self) -> Gate:
        """What every start passes first (the window's safety advice); see session_start.py."""
        return self.starter.gate

    @start_gate.setter
    def start_gate(self, gate: Gate) -> None:
        self.starter.gate = gate

    def start_routine(self, routine_id: str) -> bool:
        """Start the routine from elsewhere (a reminder, the tray, the history): through the
        gate and the pain question, when they ask. Never breaks into a session in progress; a
        summary on show is saved first, as its button would. True when it started at once."""
        if self.session_in_progress:
            return False
        if self.page is self._summary_page:
            self.finish_summary()
        self.starter.routine(routine_id)
        return self.session_in_progress

    def add_start_button(self, button: QWidget) -> None:
        """Put a button beside the routine box on the start page (the window's "Edit…")."""
        self.start_page.add_button(button)
        follow_layout(self.start_page)

    # --- the pages, built when first needed ----------------------------------------------

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
            page.logRequested.connect(self.log.log_discarded)
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
        self.start_page.start_button.clicked.connect(self.begin)
        session.pause_button.clicked.connect(self.toggle)
        session.previous_button.clicked.connect(self.previous)
        session.skip_button.clicked.connect(self.skip)
        session.stop_button.clicked.connect(self.ask_stop)
        session.hurt_button.clicked.connect(self.hurts)
        session.focus_button.toggled.connect(self._focus_button_toggled)

        # Window-wide keys, each living on the page it acts on: a hidden page's keys are off,
        # so the arrows still move through the pain ratings on the other pages.
        window = Qt.ShortcutContext.WindowShortcut
        for page, name, slot in (
            (self.start_page, "start", self.begin),
            (self.session_page, "pause", self.toggle),
            (self.session_page, "skip", self.skip),
            (self.session_page, "previous", self.previous),
            (self.session_page, "hurts", self.hurts),
            (self, "stop", self.escape),
            (self, "full_screen", self.toggle_focus_mode),
        ):
            make_shortcut(name, page, slot, window)

    # --- what the user does --------------------------------------------------------------

    def begin(self) -> None:
        """Start the chosen routine (Space or Start on the first page), through the gate."""
        if self.page is self.start_page and not self.session_in_progress:
            self.starter.from_page()

    def _begin(self, pain_before: int | None) -> None:
        """Start the chosen routine now, with the pain rating before it."""
        if self.page is not self.start_page or self.session_in_progress:
            return
        try:
            timeline = build_timeline(self.state.selected_routine, self.state.catalogue)
            engine = Engine(timeline, self.state.clock)
        except (EngineError, ValueError) as error:
            self.state.problemReported.emit(
                PlayerText.tr("This routine cannot start: {error}").format(error=error)
            )
            return
        self.engine = engine
        self.log.begin(pain_before)
        self.drawing.forget()
        self._apply(engine.start())
        self.session_page.pause_button.setFocus()

    def toggle(self) -> None:
        """Space: pause, or resume after a 3-2-1 countdown."""
        if self.engine is None or self.engine.state == State.IDLE:
            self.begin()
        elif self.page is self.session_page:
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
        """Esc or Stop: pause, ask, and stop (logging what was done), discard, or go on."""
        if not self._in_session() or self.stop_question is not None:
            return
        self._ask(StopQuestion.STOP, on_yes=self.stop, on_discard=self.discard)

    def stop(self) -> None:
        if self.engine is not None and not self.engine.is_over:
            self._apply(self.engine.stop())

    def discard(self) -> None:
        """Stop and log nothing: a session started by mistake. The summary offers to log it
        after all, which is the undo."""
        self.log.discarding = True
        self.stop()

    def hurts(self) -> None:
        """ "This hurts": stop the exercise at once, then ask what next."""
        if not self._in_session():
            return
        assert self.engine is not None
        self.cues.silence()
        events = self.engine.pause(PauseReason.HURT) if self.engine.is_running else []
        self._hurting = not self.engine.is_over
        if self._hurting:
            step = self.engine.step
            self.hurt_page.show_for(
                step.exercise, self.engine.timeline.has_item_after(step.item_index)
            )
        self._apply([e for e in events if not isinstance(e, Paused)])

    def toggle_focus_mode(self) -> None:
        self.set_focus_mode(not self.focus_mode)
        self.focusModeRequested.emit(self.focus_mode)

    def explain_cue_problems(self) -> None:
        QMessageBox.information(
            self, PlayerText.tr("No sound or voice"), self.cue_problems.details()
        )

    def set_focus_mode(self, on: bool) -> None:
        self.focus_mode = on
        if not on:
            self.cue_problems.say_waiting()
        button = self.session_page.focus_button
        button.blockSignals(True)
        button.setChecked(on)
        button.blockSignals(False)
        button.setText(PlayerText.tr("Leave full screen") if on else PlayerText.tr("Full screen"))

    def confirm_close(self) -> bool:
        """Whether the window may close now. During a session: pause, ask, and (on yes) stop,
        log it as partial and close the window again; never blocks."""
        if self._in_session() or self.page is self._hurt_page:
            if self.stop_question is None:
                self._ask(StopQuestion.QUIT, on_yes=self._stop_and_close)
            return False
        if self.page is self._summary_page:
            self.log.save_summary()
        return True

    def tick(self) -> None:
        """The timer fired: catch up with the clock and redraw (the engine tells a wake-up far
        later than the timer was armed for: the process was stopped)."""
        if self.engine is not None:
            self._apply(self.engine.advance(armed_for=self._armed_for))

    # --- inside: actions -----------------------------------------------------------------

    def _in_session(self) -> bool:
        """A session in progress, with its page in front (not the "this hurts" page)."""
        return self.session_in_progress and not self._hurting

    def _ask(
        self,
        question: StopQuestion,
        on_yes: Callable[[], None],
        on_discard: Callable[[], None] | None = None,
    ) -> None:
        assert self.engine is not None
        was_running = self.engine.is_running
        if was_running:
            self._apply(self.engine.pause())

        def answered(answer: StopAnswer) -> None:
            self.stop_question = None
            if answer is StopAnswer.STOP:
                on_yes()
            elif answer is StopAnswer.DISCARD and on_discard is not None:
                on_discard()
            elif was_running and self.engine is not None and not self.engine.is_over:
                self._apply(self.engine.resume())

        self.stop_question = ask_to_stop(
            self,
            question,
            PlayerText.tr("&Go on") if was_running else PlayerText.tr("S&tay"),
            answered,
        )

    def _stop_and_close(self) -> None:
        if self._hurt_page is not None:
            self._hurt_page.hide()
        self._hurting = False
        self.stop()
        self.log.save_summary()
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
                self.countdown_calls.restart()
                self.cues.step_started(event.step)
            elif isinstance(event, Resumed):
                self.cues.step_started(event.step)
            elif isinstance(event, Paused):
                self.cues.paused(event.reason)
            elif isinstance(event, ResumeCountdown):
                self.countdown_calls.restart()
            elif isinstance(event, SessionEnded):
                self.cues.session_ended(event.completed)
                self.log.ended(engine.record())
                self.cue_problems.say_waiting()
        call = self.countdown_calls.due(engine) if engine is not None else None
        if call is not None:
            self.cues.countdown(call.seconds, call.step)
        self._refresh()

    def finish_summary(self) -> None:
        self.log.finish()
        self.engine = None
        self.start_page.pain.clear()
        self._refresh()
        self.start_page.start_button.setFocus()

    # --- drawing -------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Digits at least a quarter of the view high, readable from across the room.
        ring = self.session_page.ring
        side = min(ring.side_for_digit_height(event.size().height() / 4), event.size().width() // 2)
        ring.setMinimumSize(side, side)
        # Above 600 pixels the words grow with the view, up to twice their size.
        self.session_page.scale_text(max(1.0, min(2.0, event.size().height() / 600)))
        super().resizeEvent(event)

    def _refresh(self) -> None:
        engine = self.engine
        self.timer.stop()
        if engine is None or engine.state == State.IDLE or engine.is_over:
            self.drawing.still()
            over = engine is not None and engine.is_over
            self.pages.setCurrentWidget(self.summary_page if over else self.start_page)
            return
        self.pages.setCurrentWidget(self.hurt_page if self._hurting else self.session_page)
        self.drawing.show(engine, counting=engine.state == State.RUNNING and not self._hurting)
        due = engine.next_change()
        self._armed_for = due
        if due is not None:
            wait = max(0.0, due - self.state.clock.monotonic())
            self.timer.start(max(1, math.ceil(wait * 1000)))
