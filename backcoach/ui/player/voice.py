"""Spoken cues through QtTextToSpeech, loaded on first use (not at start: it pulls in
QtMultimedia and a speech engine plug-in).

Without a speech engine the voice stays silent and says why in `problem`; it never raises.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class Voice:
    def __init__(self, engine: str | None = None) -> None:
        self._engine_name = engine  # None: the platform's default engine
        self._speech: Any = None
        self.problem = ""
        self.spoken: list[str] = []  # every phrase handed to the engine, in order
        self.on_problem: Callable[[str], None] | None = None

    @property
    def loaded(self) -> bool:
        return self._speech is not None

    @property
    def engine(self) -> Any:
        """The QTextToSpeech object once loaded (tests connect to its signals)."""
        return self._speech

    def say(self, text: str, volume: float) -> bool:
        """Say `text` now, cutting off whatever is still being said; False when silent."""
        speech = self._load()
        if speech is None:
            return False
        speech.setVolume(max(0.0, min(1.0, volume)))
        # A late cue is worse than a cut one: the newest phrase always wins.
        speech.say(text)
        self.spoken.append(text)
        return True

    def stop(self) -> None:
        if self._speech is not None:
            self._speech.stop()

    def _load(self) -> Any:
        if self._speech is not None or self.problem:
            return self._speech
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError as error:  # the module, or a library it needs (libpulse...), is missing
            return self._fail(f"Spoken cues are not available ({error}).")
        speech = QTextToSpeech(self._engine_name) if self._engine_name else QTextToSpeech()
        if speech.state() == QTextToSpeech.State.Error:
            reason = speech.errorString() or "no speech engine was found"
            speech.deleteLater()
            return self._fail(f"Spoken cues are not available: {reason}.")
        speech.errorOccurred.connect(lambda *_: self._fail_later(speech.errorString()))
        self._speech = speech
        return speech

    def _fail_later(self, reason: str) -> None:
        self._speech = None
        self._fail(f"Spoken cues stopped working: {reason or 'the speech engine failed'}.")

    def _fail(self, message: str) -> None:
        self.problem = message
        if self.on_problem is not None:
            self.on_problem(message)
        return None
