"""The words the player shows for a step: what to do now, which rep, why it is paused, and the
preview of what comes next. Plain functions of the timeline, so they are tested without Qt and
a hand-made timeline reads the same as the app.
"""

from __future__ import annotations

from backcoach.core.engine import PauseReason
from backcoach.core.timeline import Phase, Step


def heading(step: Step, paused: PauseReason | None = None) -> str:
    """The line above the countdown: the phase, or that the session is paused and why."""
    if paused == PauseReason.SLEEP:
        return "Paused: the computer slept"
    if paused is not None:
        return "Paused"
    return step.phase.label


def instruction(step: Step, paused: PauseReason | None = None) -> str:
    """What to do now, in a sentence or two; while paused, how to go on."""
    if paused == PauseReason.SLEEP:
        return "The time asleep does not count. Press Space when you are ready to go on."
    if paused is not None:
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


def rep_text(step: Step) -> str:
    """ "Rep 2 of 5", with the set when there is more than one."""
    text = f"Rep {step.rep} of {step.item.reps}"
    if step.item.sets > 1:
        text += f" · Set {step.set} of {step.item.sets}"
    return text


def preview_text(step: Step, current: Step) -> str:
    """What the "Up next" card says of `step` (the next hold), seen from the `current` step:
    the exercise's name only when it changes, or at its very start."""
    parts = []
    if step.item_index != current.item_index or current.phase == Phase.GET_READY:
        parts.append(step.exercise.name)
    parts.append(f"Rep {step.rep} of {step.item.reps}")
    if step.side_text:
        parts.append(step.side_text)
    return " · ".join(parts)
