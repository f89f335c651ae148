"""The tick and the chime (assets/sounds/*.wav), played with QtMultimedia's QSoundEffect, which
is loaded on first use rather than at start.

Without QtMultimedia, libpulse or an audio output the effects stay silent and say why in
`problem`; they never raise.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import ExitStack
from importlib import resources
from typing import Any

from backcoach.core.resources import asset
from backcoach.ui.widgets.translation import Context

PlayerText = Context("PlayerText")

SOUND_NAMES = ("tick", "chime")


class SoundEffects:
    def __init__(self) -> None:
        self._effects: dict[str, Any] | None = None
        self._files = ExitStack()  # keeps the WAV files on disk while the effects use them
        self.problem = ""
        self.played: list[str] = []
        self.on_problem: Callable[[str], None] | None = None

    @property
    def loaded(self) -> bool:
        return self._effects is not None

    def play(self, name: str, volume: float) -> bool:
        effects = self._load()
        if effects is None:
            return False
        effect = effects[name]
        effect.setVolume(max(0.0, min(1.0, volume)))
        effect.play()
        self.played.append(name)
        return True

    def _load(self) -> dict[str, Any] | None:
        if self._effects is not None or self.problem:
            return self._effects
        try:
            from PySide6.QtCore import QUrl
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except ImportError as error:  # no QtMultimedia, or a library it needs is missing
            self._fail(PlayerText.tr("Sounds are not available ({error}).").format(error=error))
            return None
        if not QMediaDevices.audioOutputs():
            self._fail(PlayerText.tr("Sounds are not available: no audio output was found."))
            return None
        effects = {}
        for name in SOUND_NAMES:
            path = self._files.enter_context(resources.as_file(asset("sounds", f"{name}.wav")))
            effect = QSoundEffect()
            effect.statusChanged.connect(lambda e=effect, n=name: self._check(e, n))
            effect.setSource(QUrl.fromLocalFile(str(path)))
            effects[name] = effect
        self._effects = effects
        return effects

    def _check(self, effect: Any, name: str) -> None:
        from PySide6.QtMultimedia import QSoundEffect

        if effect.status() == QSoundEffect.Status.Error:
            self._effects = None
            self._fail(
                PlayerText.tr(
                    "Sounds are not available: the {name} sound could not be played."
                ).format(name=name)
            )

    def _fail(self, message: str) -> None:
        self.problem = message
        if self.on_problem is not None:
            self.on_problem(message)
