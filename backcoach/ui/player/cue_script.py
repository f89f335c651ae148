"""What the voice says at each moment of a session: plain functions of the steps, no Qt."""

from __future__ import annotations

from backcoach.core.engine import PauseReason
from backcoach.core.timeline import Phase, Step


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
