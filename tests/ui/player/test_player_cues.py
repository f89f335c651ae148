"""Cues: what the voice says, in order, through Qt's mock speech engine; silence, said once,
when there is no sound or speech; the settings; and QtMultimedia loaded only when first used."""

from __future__ import annotations

import builtins
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt

from backcoach.core.storage.store import Store
from backcoach.ui.player.cues import Cues, loudness
from backcoach.ui.player.player_view import PlayerView
from backcoach.ui.player.sound_effects import SoundEffects
from backcoach.ui.player.voice import Voice
from tests.ui.conftest import RecordingCueOutput
from tests.ui.message_boxes import answer_next_message_box
from tests.ui.player.player_driver import run

# Loading QtMultimedia logs about optional libraries (VA-API, PipeWire) and a missing sound
# server; loading a speech engine that is not installed logs as critical. Expected here.
MULTIMEDIA_NOISE = [
    r"Couldn't (load|resolve)",
    r"PulseAudio",
    r"[Tt]ext-to-speech plug-in",
    r"Using Qt multimedia",
]


def make_player(qtbot, app_state, sound=None, voice=None) -> PlayerView:
    cues = Cues(
        lambda: app_state.settings, sound or RecordingCueOutput(), voice or RecordingCueOutput()
    )
    player = PlayerView(app_state, cues=cues)
    cues.setParent(player)
    qtbot.addWidget(player)
    player.resize(1000, 700)
    player.show()
    return player


@pytest.mark.qt_log_ignore(*MULTIMEDIA_NOISE)
def test_the_mock_speech_engine_hears_the_phrases_in_order(qtbot, app_state, clock):
    voice = Voice("mock")
    player = make_player(qtbot, app_state, sound=RecordingCueOutput(), voice=voice)
    box = player.start_page.routine_box
    box.setCurrentIndex(box.findData("quick_break"))
    player.begin()
    assert voice.loaded and voice.engine.engine() == "mock"
    synthesized = []
    voice.engine.aboutToSynthesize.connect(synthesized.append)
    run(player, clock, 36.0)
    assert voice.spoken == [
        "Bridge. Lie on your back on a flat surface. Pull both knees up, feet flat. "
        "Lift only as high as is comfortable, and lower at once if your back hurts.",
        "Raise your body, heels up.",
        "Hold. Squeeze your buttocks; don't arch your back.",
        "3",
        "2",
        "1",
        "Release. Lower your hips slowly.",
        "Rest.",
        "Raise your body, heels up.",
    ]
    assert len(synthesized) == len(voice.spoken) - 1  # each later phrase reached the engine
    assert voice.engine.volume() == pytest.approx(loudness(80))
    player.toggle()
    player.toggle()
    run(player, clock, 3.0)
    assert voice.spoken[-5:] == ["Paused.", "3", "2", "1", "Raise your body, heels up."]
    player.stop()
    assert voice.spoken[-1] == "Session stopped."


def test_ticks_in_the_last_seconds_and_chimes_at_each_phase(qtbot, app_state, clock):
    sound = RecordingCueOutput()
    player = make_player(qtbot, app_state, sound=sound, voice=RecordingCueOutput())
    player.begin()
    run(player, clock, 30.0)  # get ready, move, hold, release
    assert sound.played == ["chime", "chime", "chime", "tick", "tick", "tick", "chime", "chime"]


def test_sound_and_voice_follow_the_settings_saved_from_the_player(qtbot, app_state, clock):
    sound, voice = RecordingCueOutput(), RecordingCueOutput()
    player = make_player(qtbot, app_state, sound=sound, voice=voice)
    settings = player.session_settings.menu()
    assert settings is player.start_settings.menu()  # one menu, opened from either page
    settings.sound_action.trigger()
    settings.voice_action.trigger()
    settings.volume.setValue(40)
    saved = Store.open(app_state.store.folder).load_settings()
    assert (saved.sound, saved.voice, saved.volume) == (False, False, 40)
    assert player.session_settings.text() == "Muted" == player.start_settings.text()
    app_state.update_settings(volume=55)  # a change made elsewhere shows in the menu
    assert settings.volume.value() == 55
    player.begin()
    run(player, clock, 30.0)  # get ready, move, hold, release
    assert sound.played == [] and voice.spoken == []
    settings.voice_action.trigger()  # voice on again, during the rest
    run(player, clock, 5.0)
    assert voice.spoken == ["Raise your body, heels up."]


@pytest.mark.qt_log_ignore(*MULTIMEDIA_NOISE)
def test_no_audio_output_means_silence_said_once(qtbot, window, app_state, clock, monkeypatch):
    from PySide6.QtMultimedia import QMediaDevices

    monkeypatch.setattr(QMediaDevices, "audioOutputs", staticmethod(lambda: []))
    window.player.cues._sound = SoundEffects()
    window.player.begin()
    run(window.player, clock, 60.0)
    assert window.player.engine.index > 5  # the session went on
    qtbot.wait(20)
    assert not window.notices.isVisible()  # not in the middle of the session
    window.player.stop()
    qtbot.waitUntil(window.notices.isVisible)  # said once it is over
    notice = window.notices.label.text()
    # Plain words, with what to install; the system's own reason waits in the menu.
    assert "No chime or ticks" in notice and "libpulse0" in notice
    assert "no audio output was found" not in notice
    assert notice.count("No chime or ticks") == 1
    assert app_state.settings.cue_problems_told == ["sound"]
    action = window.player.cue_menu.problem_action
    assert action.isVisible()
    answer = answer_next_message_box("OK")
    action.trigger()
    assert answer.answered and "libpulse0" in answer.text
    assert "no audio output was found" in answer.text


def test_a_missing_libpulse_means_silence_said_once(qtbot, app_state, clock, monkeypatch):
    real_import = builtins.__import__

    def no_multimedia(name, *args, **kwargs):
        if name.startswith("PySide6.QtMultimedia"):
            raise ImportError("libpulse.so.0: cannot open shared object file")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_multimedia)
    problems = []
    app_state.problemReported.connect(problems.append)
    player = make_player(qtbot, app_state, sound=SoundEffects(), voice=RecordingCueOutput())
    player.begin()
    run(player, clock, 40.0)
    assert player.engine.index > 3
    player.stop()
    qtbot.waitUntil(lambda: bool(problems))
    assert len(problems) == 1 and "libpulse0" in problems[0]
    assert "libpulse.so.0" in player.cue_problems.details()


@pytest.mark.qt_log_ignore(*MULTIMEDIA_NOISE)
def test_no_speech_engine_means_silence_said_once(qtbot, app_state, clock):
    problems = []
    app_state.problemReported.connect(problems.append)
    voice = Voice("no-such-engine")
    player = make_player(qtbot, app_state, sound=RecordingCueOutput(), voice=voice)
    player.begin()
    run(player, clock, 20.0)
    assert voice.spoken == [] and voice.problem
    player.stop()
    qtbot.waitUntil(lambda: bool(problems))  # said at the session's end
    assert len(problems) == 1 and problems[0].startswith("No voice")
    assert "speech-dispatcher" in problems[0] and "Sessions go on silently" in problems[0]


def test_a_cue_problem_is_said_once_ever_never_in_a_session_nor_over_full_screen(
    qtbot, app_state, clock
):
    class Mute(RecordingCueOutput):
        def say(self, text: str, volume: float) -> bool:
            assert self.on_problem is not None
            self.on_problem("Text to speech engine not initialized")
            return False

    problems = []
    app_state.problemReported.connect(problems.append)
    player = make_player(qtbot, app_state, voice=Mute())
    player.set_focus_mode(True)
    player.begin()
    run(player, clock, 5.0)
    player.stop()
    assert problems == []  # the session is over, but the player still fills the screen
    player.set_focus_mode(False)
    assert len(problems) == 1 and "engine not initialized" not in problems[0]
    assert "speech-dispatcher" in problems[0]
    assert app_state.settings.cue_problems_told == ["voice"]
    # The next start (a new player, the same settings): the same problem is not said again.
    again = make_player(qtbot, app_state, voice=Mute())
    again.begin()
    run(again, clock, 5.0)
    again.stop()
    qtbot.wait(20)
    assert len(problems) == 1
    assert again.cue_menu.problem_action.isVisible()  # still offered from Sound & voice


def test_the_cue_settings_offer_a_try(qtbot, app_state, cue_outputs):
    sound, voice = cue_outputs
    player = make_player(qtbot, app_state, sound=sound, voice=voice)
    player.start_settings.menu().try_action.trigger()
    assert sound.played == ["chime"] and voice.spoken == ["This is how the cues sound."]


def test_multimedia_and_speech_load_on_first_use_not_at_start(tmp_path):
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from backcoach.core.clock import SystemClock\n"
        "from backcoach.core.storage.store import Store\n"
        "from backcoach.ui.app_state import AppState\n"
        "from backcoach.ui.player.cues import Cues\n"
        "from backcoach.ui.player.sound_effects import SoundEffects\n"
        "from backcoach.ui.player.voice import Voice\n"
        "from backcoach.ui.shell.main_window import MainWindow\n"
        "app = QApplication([])\n"
        f"state = AppState(Store.open({str(tmp_path / 'data')!r}), SystemClock())\n"
        "window = MainWindow(state, Cues(lambda: state.settings, SoundEffects(), Voice()))\n"
        "window.show(); app.processEvents()\n"
        "loaded = [m for m in ('PySide6.QtMultimedia', 'PySide6.QtTextToSpeech')"
        " if m in sys.modules]\n"
        "print(loaded)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip() == "[]"


def test_loudness_is_even_to_the_ear():
    assert loudness(0) == 0 and loudness(100) == 1
    assert loudness(50) == pytest.approx(0.25)
    assert loudness(150) == 1


def test_keys_do_not_reach_a_hidden_page(qtbot, window):
    qtbot.keyClick(window.player.start_page.start_button, Qt.Key.Key_Right)
    assert window.player.engine is None


def test_no_sound_and_no_voice_are_said_in_one_notice(qtbot, app_state, clock):
    class Broken(RecordingCueOutput):
        def play(self, name: str, volume: float) -> bool:
            assert self.on_problem is not None
            self.on_problem("no audio output was found")
            return False

        def say(self, text: str, volume: float) -> bool:
            assert self.on_problem is not None
            self.on_problem("Text to speech engine not initialized")
            return False

    problems = []
    app_state.problemReported.connect(problems.append)
    player = make_player(qtbot, app_state, sound=Broken(), voice=Broken())
    player.begin()
    run(player, clock, 5.0)
    player.stop()
    qtbot.waitUntil(lambda: bool(problems))
    (notice,) = problems
    assert notice.startswith("No chime, ticks or voice") and "speech-dispatcher" in notice
    assert sorted(app_state.settings.cue_problems_told) == ["sound", "voice"]
