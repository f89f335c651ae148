"""View › Language: the choice is kept as a setting and applies at the next start, which the
menu offers at once; the next start (the window built again with the setting's language) shows
the window, the player's words and the voice in that language."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from backcoach.core.catalogue_translation import language_setting
from backcoach.core.i18n import chosen_language
from backcoach.core.storage.store import Store
from backcoach.ui.app_state import AppState
from backcoach.ui.player.voice import Voice, speak_language
from backcoach.ui.shell.restart import Restart
from tests.ui.conftest import recording_cues
from tests.ui.languages import speaking
from tests.ui.message_boxes import answer_next_message_box


def test_the_menu_lists_the_system_and_each_shipped_language(window):
    names = [action.text() for action in window.language_menu.actions()]
    assert names == ["&System language", "English", "Deutsch", "Español", "Français"]
    assert window.language.actions["system"].isChecked()


def test_a_choice_is_saved_and_restart_now_is_offered(window, app_state, data_dir):
    restarts = []
    window.language.restart_requested.connect(lambda: restarts.append(True))
    answer = answer_next_message_box("Later")
    window.language.actions["es"].trigger()
    assert answer.answered and "Español" in answer.text and "next start" in answer.text
    assert app_state.settings.language == "es"
    assert language_setting(data_dir, "test-device") == "es"  # what the next start reads
    assert restarts == []
    answer = answer_next_message_box("Restart now")
    window.language.actions["de"].trigger()
    assert answer.answered and restarts == [True]


def test_the_next_start_is_in_the_chosen_language_window_player_and_voice(
    qtbot, store: Store, clock, data_dir
):
    first = AppState(store, clock)
    first.update_settings(language="es", safety_acknowledged=True)
    first.deleteLater()
    language = chosen_language(language_setting(data_dir, "test-device"), {})
    assert language == "es"
    from backcoach.ui.shell.main_window import MainWindow

    with speaking(language):
        state = AppState(store, clock)
        cues = recording_cues(state)
        window = MainWindow(state, cues)
        qtbot.addWidget(window)
        assert window.file_menu.title() == "&Archivo"
        assert window.player.start_page.start_button.text() == "&Empezar"
        assert state.catalogue.get("bridge").name == "Puente"
        cues.try_out()
        assert cues.voice.spoken == ["Así suenan las indicaciones."]
        assert QLocale().language() == QLocale.Language.Spanish
        state.deleteLater()


# QtMultimedia says once, on a system without PipeWire, that it looked for it.
@pytest.mark.qt_log_ignore(".*pipewire.*")
def test_the_voice_takes_a_voice_of_the_language_or_says_once_there_is_none(qtbot):
    voice = Voice("mock")  # Qt's mock engine: English, Norwegian and Finnish voices
    notices: list[str] = []
    voice.on_notice = notices.append
    with speaking("de"):
        voice.say("Hallo", 0.5)
        assert voice.loaded
        assert notices == [voice.language_note]
        assert "Deutsch" in notices[0]
        voice.say("Noch einmal", 0.5)
        assert len(notices) == 1  # said once
    engine = voice.engine
    assert speak_language(engine, QLocale("nb_NO")) == ""
    assert engine.locale().name() == "nb_NO"
    assert speak_language(engine, QLocale("en_US")) == ""
    assert engine.locale().name() == "en_US"
    engine.deleteLater()


def test_a_restart_starts_the_same_program_with_the_same_arguments(monkeypatch):
    monkeypatch.setattr(sys, "argv", ["/usr/bin/backcoach", "--data-dir", "/tmp/x"])
    assert Restart().command() == [sys.executable, "-m", "backcoach", "--data-dir", "/tmp/x"]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert Restart().command() == [sys.executable, "--data-dir", "/tmp/x"]
    assert QApplication.instance() is not None
