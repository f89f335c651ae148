from __future__ import annotations

from collections.abc import Iterator

import pytest

from backcoach.core.clock import FakeClock
from backcoach.core.storage.store import Store
from backcoach.ui.app_state import AppState
from backcoach.ui.player.cues import Cues


@pytest.fixture
def app_state(qtbot, store: Store, clock: FakeClock) -> Iterator[AppState]:
    state = AppState(store, clock)
    # Most tests are about what comes after the first start's safety advice.
    state.update_settings(safety_acknowledged=True)
    yield state
    # Gone as when the app quits, and with it any retry still planned for what is unsaved.
    state.deleteLater()


@pytest.fixture
def window(qtbot, app_state: AppState, cue_outputs):
    from backcoach.ui.shell.main_window import MainWindow

    window = MainWindow(app_state, recording_cues(app_state, cue_outputs))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()  # keyboard shortcuts only reach the active window
    qtbot.waitActive(window)
    return window


class RecordingCueOutput:
    """Stands in for the speakers in tests: records what would be played or said."""

    def __init__(self) -> None:
        self.problem = ""
        self.on_problem = None
        self.played: list[str] = []
        self.spoken: list[str] = []

    def play(self, name: str, volume: float) -> bool:
        self.played.append(name)
        return True

    def say(self, text: str, volume: float) -> bool:
        self.spoken.append(text)
        return True

    def stop(self) -> None:
        pass


@pytest.fixture
def cue_outputs() -> tuple[RecordingCueOutput, RecordingCueOutput]:
    """The sound and the voice of the `window` fixture's player: they record, never play.

    Tests of the real outputs (QtMultimedia, the mock speech engine) build them by hand."""
    return RecordingCueOutput(), RecordingCueOutput()


def recording_cues(
    state: AppState, outputs: tuple[RecordingCueOutput, RecordingCueOutput] | None = None
) -> Cues:
    """Cues for a window a test builds, as the composition root builds them, with recorders."""
    sound, voice = outputs or (RecordingCueOutput(), RecordingCueOutput())
    return Cues(lambda: state.settings, sound, voice)
