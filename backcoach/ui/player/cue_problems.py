"""When the sound or the voice cannot play on this computer: said once, in plain words with what
to install, and offered again from the Sound & voice menu.

The outputs give their reason in Qt's words ("Text to speech engine not initialized"); a person
needs to know what is missing and what to do. The explanation shows once, ever (the
`cue_problems_told` setting remembers it at the next start), never over a session in full
screen (it waits until full screen ends), and the Sound & voice menu's "No sound or voice?"
shows it again, with the reason as the system gave it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from backcoach.ui.app_state import AppState
from backcoach.ui.player.cues import Cues

HELP = {
    "sound": (
        "BackCoach cannot play its chime and ticks on this computer: it found no sound output, "
        "or the sound library it needs is missing. On Linux, install the package libpulse0 "
        "and check that other programs play sound, then start BackCoach again."
    ),
    "voice": (
        "BackCoach cannot speak on this computer: its speech service is missing or does not "
        "answer, which often comes with sound that does not work. On Linux, install "
        "speech-dispatcher with a voice (the package espeak-ng) and check the sound, then start "
        "BackCoach again."
    ),
}
GOES_ON = "Sessions go on without them: the screen shows every step."


def explain(kinds: list[str]) -> str:
    """The plain explanation for the cues that cannot play."""
    return " ".join([HELP[kind] for kind in kinds] + [GOES_ON])


class CueProblems(QObject):
    changed = Signal()  # a cue was found not to play: the menu offers the explanation

    def __init__(
        self,
        state: AppState,
        cues: Cues,
        full_screen: Callable[[], bool],
        parent: QObject | None = None,
    ) -> None:
        """full_screen: whether the player is in full screen now (the notice waits)."""
        super().__init__(parent)
        self.state = state
        self._full_screen = full_screen
        self.reasons: dict[str, str] = {}  # kind: the reason the system gave, this run
        self._waiting: list[str] = []
        # The sound and the voice fail at the same first cue: one notice says both.
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)
        self._soon.timeout.connect(self.say_waiting)
        cues.unavailable.connect(self._unavailable)

    def _unavailable(self, kind: str, reason: str) -> None:
        self.reasons[kind] = reason
        self.changed.emit()
        if kind in self.state.settings.cue_problems_told:
            return
        self._waiting.append(kind)
        if not self._full_screen():
            self._soon.start()

    def say_waiting(self) -> None:
        """Say what waited: for the other cue's problem, or while in full screen."""
        if self._full_screen():
            return
        waiting, self._waiting = self._waiting, []
        if waiting:
            self._tell(waiting)

    def _tell(self, kinds: list[str]) -> None:
        self.state.problemReported.emit(explain(kinds))
        told = list(self.state.settings.cue_problems_told)
        self.state.update_settings(cue_problems_told=told + [k for k in kinds if k not in told])

    def details(self) -> str:
        """The explanation again, with the system's own reasons, for the Sound & voice menu."""
        kinds = [kind for kind in HELP if kind in self.reasons]
        reasons = " ".join(self.reasons[kind] for kind in kinds)
        return f"{explain(kinds)}\n\nWhat the system said: {reasons}"
