"""The player's words for a step, shown and spoken: what to do now, which rep, why it is paused,
the preview of what comes next, and what the voice says at each moment. Plain functions of the
timeline, so they are tested without Qt and a hand-made timeline reads the same as the app; the
player's widgets show them (ui/player/step_drawing.py, up_next_card.py) and its cues say them
(ui/player/cues.py).
"""

from __future__ import annotations

from backcoach.core.catalogue import Position
from backcoach.core.engine import PauseReason
from backcoach.core.i18n import QT_TRANSLATE_NOOP, Context
from backcoach.core.timeline import Phase, Side, Step

CoreText = Context("CoreText")

# The safety note of an exercise of the user's own that has none: the guide's "never force it".
UNWRITTEN_SAFETY = QT_TRANSLATE_NOOP(
    "CoreText", "Move gently and never force it. If it hurts, stop."
)


def cue(step: Step, position: Position) -> str:
    """What to do to reach a position, on the step's side: "Left foot back, bend your left knee"
    where the exercise's words name the side."""
    return position.cue_for(step.side.value if step.side else None)


def opens_exercise(step: Step) -> bool:
    """Whether the exercise begins with this step: its get ready, or its first move when the
    routine gives it no time to get ready."""
    if step.phase == Phase.GET_READY:
        return True
    return (
        step.phase == Phase.MOVE
        and step.item.get_ready_seconds <= 0
        and (step.rep, step.set) == (1, 1)
        and step.side in (None, Side.LEFT)
    )


def safety_note(step: Step) -> str:
    """The exercise's safety note, shown and said as the exercise begins; "" at any other step."""
    if not opens_exercise(step):
        return ""
    return step.exercise.safety or unwritten_safety()


def heading(step: Step, paused: PauseReason | None = None) -> str:
    """The line above the countdown: the phase, or that the session is paused and why."""
    if paused == PauseReason.SLEEP:
        return CoreText.tr("Paused: the computer slept")
    if paused is not None:
        return CoreText.tr("Paused")
    return step.phase.label


def instruction(step: Step, paused: PauseReason | None = None) -> str:
    """What to do now, in a sentence or two; while paused, how to go on."""
    if paused == PauseReason.SLEEP:
        return CoreText.tr(
            "The time asleep does not count. Press Space when you are ready to go on."
        )
    if paused is not None:
        return CoreText.tr("Press Space or Resume to go on, Esc to stop.")
    to, from_ = step.to_position, step.from_position
    exercise = step.exercise
    if step.phase == Phase.GET_READY:
        parts = [exercise.get_ready, cue(step, from_) if from_.id != to.id else "", cue(step, to)]
        return _sentences(parts)
    if step.phase == Phase.HOLD:
        return _sentences(
            [cue(step, to), exercise.hold_cue or CoreText.tr("Hold still and breathe calmly.")]
        )
    if step.phase == Phase.RELEASE:
        return _sentence(
            exercise.release_cue
            or CoreText.tr("Slowly come back: {lower}").format(lower=to.name.lower())
        )
    if step.phase == Phase.REST:
        return CoreText.tr("Rest and breathe. Stay where you are.")
    if step.phase == Phase.SWITCH_SIDES:
        return (
            CoreText.tr("Now the {lower}. {cue}")
            .format(lower=step.side_text.lower(), cue=cue(step, to))
            .strip()
        )
    return cue(step, to) or exercise.instructions


def rep_text(step: Step) -> str:
    """ "Rep 2 of 5", with the set when there is more than one."""
    text = CoreText.tr("Rep {rep} of {reps}").format(rep=step.rep, reps=step.item.reps)
    if step.item.sets > 1:
        text += CoreText.tr(" · Set {set} of {sets}").format(set=step.set, sets=step.item.sets)
    return text


def preview_text(step: Step, current: Step) -> str:
    """What the "Up next" card says of `step` (the next hold), seen from the `current` step:
    the exercise's name only when it changes, or at its very start."""
    parts = []
    if step.item_index != current.item_index or current.phase == Phase.GET_READY:
        parts.append(step.exercise.name)
    parts.append(CoreText.tr("Rep {rep} of {reps}").format(rep=step.rep, reps=step.item.reps))
    if step.side_text:
        parts.append(step.side_text)
    return " · ".join(parts)


# --- what the voice says ------------------------------------------------------------------------


def _sentence(text: str) -> str:
    text = text.strip()
    return text if not text or text[-1] in ".!?" else text + "."


def _sentences(parts: list[str]) -> str:
    return " ".join(_sentence(part) for part in parts if part)


def step_phrase(step: Step) -> str:
    """The phrase said as a step begins. The exercise's first step says its name, how to get
    ready and its safety note."""
    phase, exercise = step.phase, step.exercise
    to, from_ = step.to_position, step.from_position
    if opens_exercise(step):
        parts = [
            exercise.name,
            CoreText.tr("{side_text} first").format(side_text=step.side_text)
            if step.side_text
            else "",
        ]
        if phase == Phase.GET_READY:
            parts += [exercise.get_ready, cue(step, from_) if from_.id != to.id else ""]
        return _sentences([*parts, cue(step, to), safety_note(step)])
    if phase == Phase.MOVE:
        return _sentence(cue(step, to) or to.name)
    if phase == Phase.HOLD:
        return _sentences([CoreText.tr("Hold"), exercise.hold_cue])
    if phase == Phase.RELEASE:
        # How to come back, every time; the next exercise says its own name as it begins.
        return _sentences([CoreText.tr("Release"), exercise.release_cue])
    if phase == Phase.SWITCH_SIDES:
        return CoreText.tr("Switch sides. {sentence}").format(sentence=_sentence(step.side_text))
    return CoreText.tr("Rest.")


def countdown_phrase(seconds: int) -> str:
    return str(seconds)


def end_phrase(completed: bool) -> str:
    return (
        CoreText.tr("Well done. That was the whole routine.")
        if completed
        else CoreText.tr("Session stopped.")
    )


def pause_phrase(reason: PauseReason) -> str:
    return (
        CoreText.tr("Paused while the computer slept.")
        if reason == PauseReason.SLEEP
        else CoreText.tr("Paused.")
    )


def unwritten_safety() -> str:
    """The safety note of an exercise that has none, in the language in use."""
    return CoreText.tr(UNWRITTEN_SAFETY)
