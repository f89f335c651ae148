"""The player's words for a step, shown and spoken: what to do now, which rep, why it is paused,
the preview of what comes next, and what the voice says at each moment. Plain functions of the
timeline, so they are tested without Qt and a hand-made timeline reads the same as the app; the
player's widgets show them (ui/player/step_drawing.py, up_next_card.py) and its cues say them
(ui/player/cues.py).
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


# --- what the voice says ------------------------------------------------------------------------


def _sentence(text: str) -> str:
    text = text.strip()
    return text if not text or text[-1] in ".!?" else text + "."


def step_phrase(step: Step, following: Step | None) -> str:
    """The phrase said as a step begins; `following` is the step after it (None at the end)."""
    phase = step.phase
    if phase == Phase.GET_READY:
        parts = [step.exercise.name]
        if step.side_text:
            parts.append(f"{step.side_text} first")
        if step.from_position.id != step.to_position.id:
            parts.append(step.from_position.cue)
        parts.append(step.to_position.cue)
        return " ".join(_sentence(part) for part in parts if part)
    if phase == Phase.MOVE:
        return _sentence(step.to_position.cue or step.to_position.name)
    if phase == Phase.HOLD:
        return "Hold."
    if phase == Phase.RELEASE:
        if following is not None and following.item_index != step.item_index:
            return f"Release. Next: {_sentence(following.exercise.name)}"
        return "Release."
    if phase == Phase.SWITCH_SIDES:
        return f"Switch sides. {_sentence(step.side_text)}"
    return "Rest."


def countdown_phrase(seconds: int) -> str:
    return str(seconds)


def end_phrase(completed: bool) -> str:
    return "Well done. That was the whole routine." if completed else "Session stopped."


def pause_phrase(reason: PauseReason) -> str:
    return "Paused while the computer slept." if reason == PauseReason.SLEEP else "Paused."
