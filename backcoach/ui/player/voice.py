"""Spoken cues through QtTextToSpeech, loaded on first use (not at start: it pulls in
QtMultimedia and a speech engine plug-in).

On Linux the engine talks to speech-dispatcher while it is being made, and a service that does
not answer would freeze the app; so the service is asked first, without waiting
(speech_service.py), and the engine is made once it has answered. The phrase asked for in the
meantime is said then; a newer one replaces it. Without a speech engine the voice stays silent
and says why in `problem`; it never raises and never blocks.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale

from backcoach.ui.player.speech_service import SpeechServiceCheck
from backcoach.ui.widgets.translation import Context

PlayerText = Context("PlayerText")

# The engine plug-in that needs speech-dispatcher to answer first.
SPEECH_DISPATCHER_ENGINE = "speechd"


class Voice:
    def __init__(self, engine: str | None = None) -> None:
        self._engine_name = engine  # None: the platform's default engine
        self._speech: Any = None
        self.problem = ""
        self.spoken: list[str] = []  # every phrase handed to the engine, in order
        self.on_problem: Callable[[str], None] | None = None
        self.check: SpeechServiceCheck | None = None  # while speech-dispatcher is being asked
        self._waiting: tuple[str, float] | None = None  # the phrase to say once it answers
        # Told once, when the engine is made, that it has no voice of the app's language.
        self.on_notice: Callable[[str], None] | None = None
        self.language_note = ""

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
            if self.check is not None:
                self._waiting = (text, volume)
            return False
        speech.setVolume(max(0.0, min(1.0, volume)))
        # A late cue is worse than a cut one: the newest phrase always wins.
        speech.say(text)
        self.spoken.append(text)
        return True

    def stop(self) -> None:
        self._waiting = None
        if self._speech is not None:
            self._speech.stop()

    def _load(self) -> Any:
        if self._speech is not None or self.problem or self.check is not None:
            return self._speech
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError as error:  # the module, or a library it needs (libpulse...), is missing
            return self._fail(
                PlayerText.tr("Spoken cues are not available ({error}).").format(error=error)
            )
        name = self._engine_name
        if name is None and SPEECH_DISPATCHER_ENGINE in QTextToSpeech.availableEngines():
            name = SPEECH_DISPATCHER_ENGINE if sys.platform.startswith("linux") else None
        if name == SPEECH_DISPATCHER_ENGINE:
            self.check = SpeechServiceCheck()
            self.check.answered.connect(self._service_answered)
            self.check.start()
            return None
        return self._make(name)

    def _service_answered(self, problem: str) -> None:
        check, self.check = self.check, None
        if check is not None:
            check.deleteLater()
        if problem:
            self._fail(
                PlayerText.tr("Spoken cues are not available: {problem}").format(problem=problem)
            )
            return
        self._make(SPEECH_DISPATCHER_ENGINE)
        waiting, self._waiting = self._waiting, None
        if waiting is not None:
            self.say(*waiting)

    def _make(self, name: str | None) -> Any:
        from PySide6.QtTextToSpeech import QTextToSpeech

        speech = QTextToSpeech(name) if name else QTextToSpeech()
        if speech.state() == QTextToSpeech.State.Error:
            reason = speech.errorString() or PlayerText.tr("no speech engine was found")
            speech.deleteLater()
            return self._fail(
                PlayerText.tr("Spoken cues are not available: {reason}.").format(reason=reason)
            )
        speech.errorOccurred.connect(lambda *_: self._fail_later(speech.errorString()))
        self._speech = speech
        self.language_note = speak_language(speech, QLocale())
        if self.language_note and self.on_notice is not None:
            self.on_notice(self.language_note)
        return speech

    def _fail_later(self, reason: str) -> None:
        self._speech = None
        self._fail(
            PlayerText.tr("Spoken cues stopped working: {value}.").format(
                value=reason or PlayerText.tr("the speech engine failed")
            )
        )

    def _fail(self, message: str) -> None:
        self.problem = message
        if self.on_problem is not None:
            self.on_problem(message)
        return None


def speak_language(speech: Any, locale: QLocale) -> str:
    """Give the engine a voice of `locale`'s language (the app's, QLocale's default), of its
    country where there is one; when the engine has none, leave its voice and return what to
    tell the user, once."""
    wanted = locale.language()
    matches = [found for found in speech.availableLocales() if found.language() == wanted]
    if not matches:
        return PlayerText.tr(
            "No voice for {language} is installed, so the spoken cues use another language. "
            "Your system's speech settings can add one."
        ).format(language=locale.nativeLanguageName())
    same_country = [found for found in matches if found.territory() == locale.territory()]
    chosen = (same_country or matches)[0]
    if speech.locale() != chosen:
        speech.setLocale(chosen)
    return ""
