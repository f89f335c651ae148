"""Cues you can follow without looking: a chime at each change of phase, a soft tick in the last
seconds of a hold, and a voice that names the exercise and says "hold", "3, 2, 1", "release".

This is the Qt side that plays and says them; the words themselves are the core's
(core/step_text.py, beside the words the player shows). The settings (sound, voice, volume) are
read at each cue, so a change applies at once. The
outputs are made once, by the composition root (ui/shell/application.py: SoundEffects and Voice,
which load QtMultimedia and speech on first use; tests pass recorders), and handed in. When one is
not available the session goes on without it, and `unavailable` says which (once per run); the
player's cue_problems.py decides what the user is told.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, Signal

from backcoach.core import step_text
from backcoach.core.engine import PauseReason
from backcoach.core.settings import Settings
from backcoach.core.timeline import Phase, Step
from backcoach.ui.widgets.translation import Context

PlayerText = Context("PlayerText")


class SoundOutput(Protocol):
    problem: str
    on_problem: Callable[[str], None] | None

    def play(self, name: str, volume: float) -> bool: ...


class VoiceOutput(Protocol):
    problem: str
    on_problem: Callable[[str], None] | None

    def say(self, text: str, volume: float) -> bool: ...

    def stop(self) -> None: ...


def loudness(volume_percent: int) -> float:
    """The output level for a volume setting: squared, so the slider's steps sound even."""
    return (max(0, min(100, volume_percent)) / 100) ** 2


class Cues(QObject):
    # An output cannot play: its kind ("sound" or "voice") and the reason it gave. Once a run.
    unavailable = Signal(str, str)
    # Something to say once about a cue that still plays: no voice of the app's language.
    notice = Signal(str)

    def __init__(
        self,
        settings: Callable[[], Settings],
        sound: SoundOutput,
        voice: VoiceOutput,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._sound = sound
        self._voice = voice
        self._told: set[str] = set()  # the kinds already reported

    @property
    def sound(self) -> SoundOutput:
        if self._sound.on_problem is None:
            self._sound.on_problem = lambda reason: self._tell("sound", reason)
        return self._sound

    @property
    def voice(self) -> VoiceOutput:
        if self._voice.on_problem is None:
            self._voice.on_problem = lambda reason: self._tell("voice", reason)
        if getattr(self._voice, "on_notice", False) is None:
            self._voice.on_notice = self.notice.emit  # type: ignore[attr-defined]
        return self._voice

    # --- moments of a session ------------------------------------------------------------

    def step_started(self, step: Step) -> None:
        self.chime()
        self.say(step_text.step_phrase(step))

    def countdown(self, seconds: int, step: Step | None) -> None:
        """A second of the hold's last few (or of the 3-2-1 after a resume) has begun."""
        if step is None or step.phase == Phase.HOLD:
            self._play("tick")
        self.say(step_text.countdown_phrase(seconds))

    def paused(self, reason: PauseReason) -> None:
        self.say(step_text.pause_phrase(reason))

    def session_ended(self, completed: bool) -> None:
        self.chime()
        self.say(step_text.end_phrase(completed))

    def try_out(self) -> None:
        """Play the chime and say a phrase, so the user can set the volume."""
        self.chime()
        self.say(PlayerText.tr("This is how the cues sound."))

    # --- outputs -------------------------------------------------------------------------

    def chime(self) -> None:
        self._play("chime")

    def say(self, text: str) -> None:
        settings = self._settings()
        if settings.voice and text:
            self.voice.say(text, loudness(settings.volume))

    def silence(self) -> None:
        self._voice.stop()

    def _play(self, name: str) -> None:
        settings = self._settings()
        if settings.sound:
            self.sound.play(name, loudness(settings.volume))

    def _tell(self, kind: str, reason: str) -> None:
        if kind not in self._told:
            self._told.add(kind)
            self.unavailable.emit(kind, reason)
