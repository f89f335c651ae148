"""Linux's speech service is asked before the voice is made, so a service that does not answer
leaves the voice silent, said why, and never freezes the app (as Qt's engine does while it waits
for a wedged speech-dispatcher)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalServer

from backcoach.ui.player import speech_service
from backcoach.ui.player.speech_service import SpeechServiceCheck
from backcoach.ui.player.voice import Voice
from tests.ui.player.test_player_cues import MULTIMEDIA_NOISE


class FakeService:
    """A speech-dispatcher socket that answers as the service does, or says nothing at all."""

    def __init__(self, path: Path, answers: bool) -> None:
        self.server = QLocalServer()
        assert self.server.listen(str(path)), self.server.errorString()
        self.heard: list[bytes] = []
        self.clients = []
        self.answers = answers
        self.server.newConnection.connect(self._connected)

    def _connected(self) -> None:
        client = self.server.nextPendingConnection()
        self.clients.append(client)
        client.readyRead.connect(lambda: self._heard(client))

    def _heard(self, client) -> None:
        self.heard.append(bytes(client.readAll().data()))
        if self.answers:
            client.write(b"208 OK CLIENT NAME SET\r\n")

    def close(self) -> None:
        for client in self.clients:
            client.abort()
        self.server.close()


@pytest.fixture
def service(tmp_path, monkeypatch, qapp):
    made = []

    def make(answers: bool) -> FakeService:
        path = tmp_path / "speechd.sock"
        monkeypatch.setenv("SPEECHD_ADDRESS", f"unix_socket:{path}")
        made.append(FakeService(path, answers))
        return made[-1]

    yield make
    for fake in made:
        fake.close()


def check(qtbot) -> str:
    probe = SpeechServiceCheck()
    with qtbot.waitSignal(probe.answered, timeout=3000) as answer:
        probe.start()
    return answer.args[0]


def test_the_socket_is_where_libspeechd_looks(monkeypatch, tmp_path):
    monkeypatch.delenv("SPEECHD_ADDRESS", raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    assert speech_service.socket_path() == tmp_path / "speech-dispatcher" / "speechd.sock"
    monkeypatch.setenv("SPEECHD_ADDRESS", "inet_socket:127.0.0.1:6560")
    assert speech_service.socket_path() is None


def test_a_service_that_answers_is_fine(service, qtbot):
    fake = service(answers=True)
    assert check(qtbot) == ""
    assert fake.heard and fake.heard[0].startswith(b"SET SELF CLIENT_NAME")


def test_a_service_that_does_not_answer_is_given_up_on(service, qtbot, monkeypatch):
    monkeypatch.setattr(speech_service, "ANSWER_MS", 100)
    service(answers=False)
    assert check(qtbot) == "The speech service (speech-dispatcher) does not answer."


def test_no_service_and_none_installed_says_what_to_install(tmp_path, monkeypatch, qtbot):
    monkeypatch.setenv("SPEECHD_ADDRESS", f"unix_socket:{tmp_path / 'none.sock'}")
    monkeypatch.setattr(speech_service.shutil, "which", lambda _name: None)
    assert "speech-dispatcher, which is not installed" in check(qtbot)


@pytest.mark.qt_log_ignore(*MULTIMEDIA_NOISE)
def test_the_voice_waits_for_the_service_and_never_makes_the_engine_without_it(
    service, qtbot, monkeypatch
):
    monkeypatch.setattr(speech_service, "ANSWER_MS", 100)
    service(answers=False)
    problems = []
    voice = Voice("speechd")
    voice.on_problem = problems.append
    assert voice.say("Hold.", 1.0) is False  # returns at once: nothing blocks
    qtbot.waitUntil(lambda: bool(problems), timeout=3000)
    assert not voice.loaded and voice.spoken == []
    assert problems == [
        "Spoken cues are not available: The speech service (speech-dispatcher) does not answer."
    ]
    assert voice.say("Release.", 1.0) is False and len(problems) == 1  # asked once only
