"""The session engine: runs a timeline against an injected clock and reports what happened.

Time left is always `deadline - now`: nothing counts ticks, so the countdown cannot drift however
late or seldom `advance` is called. Each step's deadline follows from the previous deadline, not
from when `advance` noticed it, so late wake-ups never stretch the routine.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum

from backcoach.core.clock import Clock, machine_slept, woke_late
from backcoach.core.i18n import Context
from backcoach.core.session import ExerciseRecord, Hurt, SessionRecord
from backcoach.core.timeline import Phase, Step, Timeline

CoreText = Context("CoreText")

RESUME_COUNTDOWN_SECONDS = 3.0
# "Previous" within this long of an exercise's start goes to the exercise before it.
PREVIOUS_GRACE_SECONDS = 3.0


class State(Enum):
    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    RESUMING = "resuming"  # the short 3-2-1 countdown after a resume
    FINISHED = "finished"
    STOPPED = "stopped"


class PauseReason(Enum):
    """Why a session is paused: the player words the pause after it."""

    USER = "user"  # Space or Pause, or the player paused to ask a question
    SLEEP = "sleep"  # the machine slept: the time asleep does not count
    HURT = "hurt"  # "this hurts": stopped at once while the player asks what next


# Events: small immutable facts that the player turns into drawing, sound and speech.
@dataclass(frozen=True)
class StepStarted:
    step: Step


@dataclass(frozen=True)
class Paused:
    reason: PauseReason


@dataclass(frozen=True)
class ResumeCountdown:
    seconds: float


@dataclass(frozen=True)
class Resumed:
    step: Step


@dataclass(frozen=True)
class SessionEnded:
    completed: bool


Event = StepStarted | Paused | ResumeCountdown | Resumed | SessionEnded


class EngineError(RuntimeError):
    """An action that does not fit the engine's state (for example pause before start)."""


class Engine:
    def __init__(self, timeline: Timeline, clock: Clock) -> None:
        if not timeline.steps:
            raise EngineError(CoreText.tr("This routine has no exercises to do."))
        self.timeline = timeline
        self._clock = clock
        self.state = State.IDLE
        self.index = 0
        self._deadline = 0.0  # monotonic time the current step ends, while running
        self._left_when_paused = 0.0
        self._resume_at = 0.0  # end of the resume countdown
        self._pause_reason = PauseReason.USER
        self._last_mono = 0.0
        self._last_wall = 0.0
        self._last_boot: float | None = None
        self._step_entered = 0.0  # monotonic time the current step began counting
        self._started_at: datetime | None = None
        self._ended_at: datetime | None = None
        self._run_seconds = 0.0  # time the session ran, pauses excluded
        self._active_seconds = [0.0] * len(timeline.items)
        self._holds_done: list[set[int]] = [set() for _ in timeline.items]
        self._hurts: list[Hurt] = []

    # --- what the view reads -------------------------------------------------------------

    @property
    def step(self) -> Step:
        return self.timeline.steps[self.index]

    @property
    def is_over(self) -> bool:
        return self.state in (State.FINISHED, State.STOPPED)

    @property
    def is_running(self) -> bool:
        return self.state in (State.RUNNING, State.RESUMING)

    @property
    def is_in_progress(self) -> bool:
        """Started and not over: running, paused or counting down to go on."""
        return self.state not in (State.IDLE, State.FINISHED, State.STOPPED)

    @property
    def pause_reason(self) -> PauseReason | None:
        """Why the session is paused; None unless it is."""
        return self._pause_reason if self.state == State.PAUSED else None

    def remaining(self, now: float | None = None) -> float:
        """Seconds left in the current step."""
        now = self._now(now)
        if self.state == State.RUNNING:
            return max(0.0, self._deadline - now)
        if self.state in (State.PAUSED, State.RESUMING):
            return self._left_when_paused
        if self.state == State.IDLE:
            return self.step.duration
        return 0.0

    def progress(self, now: float | None = None) -> float:
        """How much of the current step is done, from 0 to 1."""
        duration = self.step.duration
        return 1.0 - self.remaining(now) / duration if duration else 1.0

    def resume_countdown_left(self, now: float | None = None) -> float:
        if self.state != State.RESUMING:
            return 0.0
        return max(0.0, self._resume_at - self._now(now))

    def routine_left(self, now: float | None = None) -> float:
        """Seconds left in the whole routine, as planned from here."""
        if self.is_over:
            return 0.0
        return self.remaining(now) + self.timeline.seconds_after(self.index)

    def next_change(self, now: float | None = None) -> float | None:
        """When (monotonic) the next whole second ticks over or a step ends; None while idle."""
        now = self._now(now)
        if self.state == State.RUNNING:
            left = self._deadline - now
            to_next_second = left - math.floor(left - 1e-9) if left > 0 else 0.0
            return now + min(max(to_next_second, 0.0), max(left, 0.0))
        if self.state == State.RESUMING:
            left = self._resume_at - now
            return now + max(0.0, left - math.floor(left - 1e-9))
        return None

    # --- what the user does --------------------------------------------------------------

    def start(self) -> list[Event]:
        if self.state != State.IDLE:
            raise EngineError(CoreText.tr("The session has already started."))
        now = self._clock.monotonic()
        self._started_at = self._clock.now()
        self._mark(now)
        self.state = State.RUNNING
        return self._enter(0, now)

    def pause(self, reason: PauseReason = PauseReason.USER) -> list[Event]:
        if self.state == State.RESUMING:
            # Pausing again during the countdown keeps the step where it was.
            self.state, self._pause_reason = State.PAUSED, reason
            return [Paused(reason)]
        if self.state != State.RUNNING:
            return []
        now = self._clock.monotonic()
        events = self.advance(now)
        if self.state != State.RUNNING:
            return events
        self._account(now)
        self._left_when_paused = max(0.0, self._deadline - now)
        self.state, self._pause_reason = State.PAUSED, reason
        return [*events, Paused(reason)]

    def resume(self, countdown: float = RESUME_COUNTDOWN_SECONDS) -> list[Event]:
        if self.state != State.PAUSED:
            return []
        now = self._clock.monotonic()
        self._mark(now)
        if countdown <= 0:
            return self._continue(now)
        self.state = State.RESUMING
        self._resume_at = now + countdown
        return [ResumeCountdown(countdown)]

    def toggle_pause(self) -> list[Event]:
        if self.state == State.IDLE:
            return self.start()
        if self.state in (State.RUNNING, State.RESUMING):
            return self.pause()
        return self.resume()

    def skip(self) -> list[Event]:
        """Skip to the next exercise (from the last one: end the session)."""
        if self.is_over or self.state == State.IDLE:
            return []
        now, events = self._catch_up()
        if self.is_over:
            return events
        following = [s.index for s in self.timeline.steps if s.item_index > self.step.item_index]
        if not following:
            return [*events, *self._end(completed=False)]
        return [*events, *self._jump(following[0], now)]

    def previous(self) -> list[Event]:
        """Back to the start of this exercise; near its start, to the exercise before."""
        if self.is_over or self.state == State.IDLE:
            return []
        now, events = self._catch_up()
        if self.is_over:
            return events
        item_index = self.step.item_index
        first = self.timeline.first_step_of_item(item_index)
        into_exercise = (self.index - first) > 0 or (
            self.step.duration - self.remaining(now) > PREVIOUS_GRACE_SECONDS
        )
        if not into_exercise and item_index > 0:
            first = self.timeline.first_step_of_item(item_index - 1)
        return [*events, *self._jump(first, now)]

    def stop(self) -> list[Event]:
        if self.is_over:
            return []
        if self.state == State.IDLE:
            self._started_at = self._clock.now()
            return self._end(completed=False)
        _, events = self._catch_up()
        if self.is_over:
            return events
        return [*events, *self._end(completed=False)]

    def report_hurt(self, rating: int | None) -> None:
        self._hurts.append(Hurt(self.step.exercise.id, rating))

    # --- time passing --------------------------------------------------------------------

    def advance(self, now: float | None = None, armed_for: float | None = None) -> list[Event]:
        """Catch up with the clock: end every step whose deadline has passed.

        armed_for: when the caller's timer was armed to fire (monotonic), if a timer woke it:
        a wake-up far later than that means the process was stopped, or the machine slept
        where the monotonic clock counts sleep, and the session pauses where it was."""
        now = self._now(now)
        if not self.is_running:
            return []
        if self._slept(now) or (armed_for is not None and woke_late(armed_for, now)):
            return self._pause_for_sleep()
        events: list[Event] = []
        if self.state == State.RESUMING:
            if now < self._resume_at:
                self._mark(now)
                return events
            events.extend(self._continue(self._resume_at))
        while self.state == State.RUNNING and now >= self._deadline:
            ended_at = self._deadline
            self._account(ended_at)
            if self.step.phase == Phase.HOLD:
                self._holds_done[self.step.item_index].add(self.index)
            if self.index + 1 >= len(self.timeline.steps):
                events.extend(self._end(completed=True))
                break
            events.extend(self._enter(self.index + 1, ended_at))
        self._mark(now)
        return events

    def record(self) -> SessionRecord:
        """The session as it stands, ready to log."""
        started = self._started_at or self._clock.now()
        ended = self._ended_at or self._end_time(started)
        exercises = []
        for i, (item, exercise) in enumerate(
            zip(self.timeline.items, self.timeline.exercises, strict=True)
        ):
            sides = 2 if item.both_sides else 1
            holds_done = len(self._holds_done[i])
            exercises.append(
                ExerciseRecord(
                    exercise_id=exercise.id,
                    name=exercise.name,
                    holds_planned=self.timeline.holds_planned(i),
                    holds_done=holds_done,
                    reps_planned=item.reps * item.sets,
                    reps_done=holds_done // sides,
                    hold_seconds=item.hold_seconds,
                    active_seconds=self._active_seconds[i],
                )
            )
        return SessionRecord(
            id=SessionRecord.new_id(),
            routine_id=self.timeline.routine.id,
            routine_name=self.timeline.routine.name,
            started=started,
            ended=ended,
            duration_seconds=self._run_seconds,
            active_seconds=sum(self._active_seconds),
            completed=self.state == State.FINISHED,
            exercises=tuple(exercises),
            hurts=tuple(self._hurts),
        )

    # --- inside --------------------------------------------------------------------------

    def _now(self, now: float | None) -> float:
        return self._clock.monotonic() if now is None else now

    def _catch_up(self) -> tuple[float, list[Event]]:
        """Before skip, previous or stop: catch up with the clock and credit the time so far
        (while running only: a pause is never exercise)."""
        now = self._clock.monotonic()
        events = self.advance(now)
        if self.state == State.RUNNING:
            self._account(now)
        return now, events

    def _mark(self, now: float) -> None:
        self._last_mono = now
        self._last_wall = self._clock.wall()
        self._last_boot = self._clock.boottime()

    def _slept(self, now: float) -> bool:
        """Whether the machine slept since the last mark (core.clock.machine_slept)."""
        boot = self._clock.boottime()
        boot_elapsed = None if boot is None or self._last_boot is None else boot - self._last_boot
        return machine_slept(
            self._clock.wall() - self._last_wall, now - self._last_mono, boot_elapsed
        )

    def _enter(self, index: int, at: float) -> list[Event]:
        self.index = index
        self._deadline = at + self.step.duration
        self._step_entered = at
        return [StepStarted(self.step)]

    def _jump(self, index: int, now: float) -> list[Event]:
        if self.state == State.RUNNING:
            return self._enter(index, now)
        # Paused or counting down: move there and stay paused, with the new step's full time.
        self.index = index
        self._left_when_paused = self.step.duration
        if self.state == State.RESUMING:
            self.state = State.PAUSED
            return [StepStarted(self.step), *self.resume()]
        return [StepStarted(self.step)]

    def _continue(self, at: float) -> list[Event]:
        self.state = State.RUNNING
        self._deadline = at + self._left_when_paused
        self._step_entered = at
        return [Resumed(self.step)]

    def _account(self, until: float) -> None:
        """Credit the time since the step (or the last credit) began to the session."""
        spent = max(0.0, until - self._step_entered)
        self._step_entered = until
        self._run_seconds += spent
        if self.step.phase.is_active:
            self._active_seconds[self.step.item_index] += spent

    def _pause_for_sleep(self) -> list[Event]:
        # The session stops where it was when the machine went to sleep; none of it counts.
        if self.state == State.RUNNING:
            self._account(self._last_mono)
            self._left_when_paused = max(0.0, self._deadline - self._last_mono)
        self.state, self._pause_reason = State.PAUSED, PauseReason.SLEEP
        return [Paused(PauseReason.SLEEP)]

    def _end(self, completed: bool) -> list[Event]:
        self.state = State.FINISHED if completed else State.STOPPED
        self._ended_at = self._end_time(self._started_at or self._clock.now())
        return [SessionEnded(completed)]

    def _end_time(self, started: datetime) -> datetime:
        # Never before the start, nor sooner than the time it ran: the wall clock may have been
        # set back during the session.
        return max(self._clock.now(), started + timedelta(seconds=self._run_seconds))
