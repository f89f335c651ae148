"""The drawing of a session's moment onto the session page: the exercise, the phase and its
words, the safety note as the exercise begins, the countdown ring, the moving figure, the
"Up next" card and the pause button.

Everything shown is read from the engine; the ring and the figure follow the engine's progress
through the step (see `ProgressFrames`), so both stand still whenever the engine is not running.
"""

from __future__ import annotations

from html import escape

from backcoach.core import step_text
from backcoach.core.engine import Engine, State
from backcoach.core.pose.sides import mirrored_for
from backcoach.core.timeline import Phase, Step
from backcoach.core.words import clock_text, countdown_text
from backcoach.ui.player.session_page import SessionPage
from backcoach.ui.widgets.plain_text import plain_tooltip
from backcoach.ui.widgets.translation import Context

PlayerText = Context("PlayerText")

# Phases that show what comes next: the body is still, the mind can look ahead.
PREVIEW_PHASES = (Phase.GET_READY, Phase.REST, Phase.SWITCH_SIDES)
# Phases in which the figure moves from one position to the next.
MOVING_PHASES = (Phase.GET_READY, Phase.MOVE, Phase.RELEASE)
# In a get-ready the figure shows the way into the start position over this share of it, then
# waits there, so it is in the position the words describe well before the countdown ends.
GET_READY_MOVES = 0.5


class StepDrawing:
    def __init__(self, page: SessionPage) -> None:
        self.page = page
        self._shown_index = -1  # the step whose illustration is on screen
        page.pose.arrows_when_still = False  # arrows show the movement, not a rest or a hold

    def forget(self) -> None:
        """A new session: its first step is drawn afresh."""
        self._shown_index = -1

    def still(self) -> None:
        """Nothing counts on screen any more: no frames for the ring or the figure."""
        self.page.ring.animate(None)
        self.page.pose.follow(None)

    def show(self, engine: Engine, counting: bool) -> None:
        """Draw the engine's moment; with `counting`, the ring and the figure follow its
        progress frame by frame (the step runs and the page is the one in front)."""
        page = self.page
        step = engine.step
        paused = engine.pause_reason
        self._show_figure(engine, counting)
        page.exercise_label.setText(step.exercise.name)
        page.exercise_label.setToolTip(plain_tooltip(step.exercise.instructions))
        routine_left = engine.routine_left()
        page.progress_label.setText(
            PlayerText.tr("Exercise {value} of {len} · {clock_text} left").format(
                value=step.item_index + 1,
                len=len(engine.timeline.items),
                clock_text=clock_text(routine_left),
            )
        )
        total = engine.timeline.total_seconds
        page.routine_bar.setValue(round(1000 * (1 - routine_left / total)) if total else 0)

        ring = page.ring
        if engine.state == State.RESUMING:
            page.phase_label.setText(PlayerText.tr("Get set"))
            ring.set_text(
                countdown_text(engine.resume_countdown_left()),
                PlayerText.tr("then {label}").format(label=step.phase.label),
            )
        else:
            page.phase_label.setText(step_text.heading(step, paused))
            ring.set_text(countdown_text(engine.remaining()), step.phase.label if paused else "")
        ring.set_dimmed(paused is not None)
        ring.set_progress(engine.progress())
        ring.setAccessibleDescription(
            PlayerText.tr("{text} seconds left of {label}").format(
                text=ring.text, label=step.phase.label
            )
        )
        ring.animate(engine.progress if counting else None)

        page.rep_label.setText(step_text.rep_text(step))
        page.side_label.setText(step.side_text)
        page.instruction_label.setText(step_text.instruction(step, paused))
        note = step_text.safety_note(step)
        page.safety_label.setText(
            PlayerText.tr("<b>Safety:</b> {escape}").format(escape=escape(note)) if note else ""
        )
        following = engine.timeline.next_hold(step.index)
        if note:  # as an exercise begins, its safety note comes first
            page.show_below(page.safety_label)
        elif step.phase in PREVIEW_PHASES and following is not None:
            page.up_next.show_step(following, step)
            page.show_below(page.up_next)
        else:
            page.show_below(None)

        button = page.pause_button
        button.setText(PlayerText.tr("Resume") if paused else PlayerText.tr("Pause"))
        button.setAccessibleName(PlayerText.tr("Resume") if paused else PlayerText.tr("Pause"))
        button.setToolTip(
            PlayerText.tr("Resume after a 3-2-1 countdown (Space)")
            if paused
            else PlayerText.tr("Pause (Space)")
        )

    def _show_figure(self, engine: Engine, counting: bool) -> None:
        pose, step = self.page.pose, engine.step
        moves = step.phase in MOVING_PHASES
        if step.index != self._shown_index:
            if step.index == self._shown_index + 1:
                pose.set_progress(1.0)  # the step before ran its course: the figure got there
            pose.show_pose(
                step.to_position.pose,
                step.to_position.name,
                mirrored=mirrored_for(step.exercise.hold_position.pose, step.side),
                move_from=self._origin(step, pose.pose_id) if moves else None,
            )
            self._shown_index = step.index
        share = GET_READY_MOVES if step.phase == Phase.GET_READY else 1.0

        def progress() -> float:
            return min(1.0, engine.progress() / share)

        pose.set_progress(progress())
        pose.follow(progress if counting and moves else None)

    def _origin(self, step: Step, shown: str) -> str:
        """The position the figure moves from: a get-ready starts where the figure already is
        when the last exercise left it in one of this exercise's positions (no lying down flat
        between two exercises that share one)."""
        positions = {position.pose for position in step.exercise.positions}
        if step.phase == Phase.GET_READY and self._shown_index >= 0 and shown in positions:
            return shown
        return step.from_position.pose
