"""When the sound or the voice cannot play on this computer: said once, in plain words with what
to install, and offered again from the Sound & voice menu.

The outputs give their reason in Qt's words ("Text to speech engine not initialized"); a person
needs to know what is missing and what to do. The explanation shows once, ever (the
`cue_problems_told` setting remembers it at the next start), never in the middle of a session
(it waits for its end, so the page a person follows is not pushed about, and says the sound and
the voice in one), and the Sound & voice menu's "No sound or voice?" shows it again, with the
reason as the system gave it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from backcoach.core.i18n import QT_TRANSLATE_NOOP
from backcoach.ui.app_state import AppState
from backcoach.ui.player.cues import Cues
from backcoach.ui.widgets.translation import Context

PlayerText = Context("PlayerText")

HELP = {
    "sound": QT_TRANSLATE_NOOP(
        "PlayerText",
        "No chime or ticks: no sound output was found, or the sound library is missing (on "
        "Linux, install libpulse0, check the sound, and start BackCoach again).",
    ),
    "voice": QT_TRANSLATE_NOOP(
        "PlayerText",
        "No voice: the speech service is missing or does not answer (on Linux, install "
        "speech-dispatcher and espeak-ng, check the sound, and start BackCoach again).",
    ),
}
BOTH = QT_TRANSLATE_NOOP(
    "PlayerText",
    "No chime, ticks or voice: no working sound output or speech service was found (on Linux, "
    "install libpulse0, speech-dispatcher and espeak-ng, check the sound, and start BackCoach "
    "again).",
)
GOES_ON = QT_TRANSLATE_NOOP("PlayerText", "Sessions go on silently: the screen shows every step.")


def explain(kinds: list[str], first: bool = True) -> str:
    """The plain explanation for the cues that cannot play; `first`: the first said this run
    (a later one does not say again that sessions go on)."""
    text = (
        PlayerText.tr(BOTH)
        if set(kinds) >= set(HELP)
        else " ".join(PlayerText.tr(HELP[kind]) for kind in kinds)
    )
    return f"{text} {PlayerText.tr(GOES_ON)}" if first else text


class CueProblems(QObject):
    changed = Signal()  # a cue was found not to play: the menu offers the explanation

    def __init__(
        self,
        state: AppState,
        cues: Cues,
        busy: Callable[[], bool],
        parent: QObject | None = None,
    ) -> None:
        """busy: whether a session is on (or the player in full screen): the notice waits."""
        super().__init__(parent)
        self.state = state
        self._busy = busy
        self.reasons: dict[str, str] = {}  # kind: the reason the system gave, this run
        self._waiting: list[str] = []
        self._said = False  # something was said this run
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
        if not self._busy():
            self._soon.start()

    def say_waiting(self) -> None:
        """Say what waited: for the other cue's problem, or for the session to end."""
        if self._busy():
            return
        waiting, self._waiting = self._waiting, []
        if waiting:
            self._tell(waiting)

    def _tell(self, kinds: list[str]) -> None:
        self.state.problemReported.emit(explain(kinds, first=not self._said))
        self._said = True
        told = list(self.state.settings.cue_problems_told)
        self.state.update_settings(cue_problems_told=told + [k for k in kinds if k not in told])

    def details(self) -> str:
        """The explanation again, with the system's own reasons, for the Sound & voice menu."""
        kinds = [kind for kind in HELP if kind in self.reasons]
        reasons = " ".join(self.reasons[kind] for kind in kinds)
        return PlayerText.tr("{explain}\n\nWhat the system said: {reasons}").format(
            explain=explain(kinds), reasons=reasons
        )
