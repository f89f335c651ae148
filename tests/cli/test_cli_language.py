"""The command line speaks the locale's language: --help, argparse's own words and the app's
messages, in German, Spanish and French, and English where the locale is none of them."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest


def run(env_language: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.pop("BACKCOACH_LANGUAGE", None)
    env.update(env_language)
    return subprocess.run(
        [sys.executable, "-m", "backcoach", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


@pytest.mark.parametrize(
    ("locale", "words"),
    [
        ({"LANG": "de_DE.UTF-8"}, ["Aufruf:", "Optionen", "diese Hilfe zeigen und beenden"]),
        ({"LANGUAGE": "es", "LANG": "C"}, ["uso:", "opciones", "Un entrenador de escritorio"]),
        ({"LC_ALL": "fr_CA.UTF-8"}, ["utilisation :", "Un coach sur ordinateur"]),
        ({"LANG": "C"}, ["usage:", "show this help message and exit"]),
    ],
)
def test_help_follows_the_locale(locale, words):
    shown = run(locale, "--help")
    assert shown.returncode == 0, shown.stderr
    for word in words:
        assert word in shown.stdout


def test_a_mistake_is_told_in_the_locales_language(tmp_path):
    wrong = run({"LANG": "fr_FR.UTF-8"}, "--no-such-option")
    assert wrong.returncode == 2
    assert "erreur : arguments non reconnus : --no-such-option" in wrong.stderr
    a_file = tmp_path / "file"
    a_file.write_text("")
    refused = run({"LANG": "de_DE.UTF-8"}, "--data-dir", str(a_file), "--stats")
    assert refused.returncode == 2
    assert "ist eine Datei, kein Ordner" in refused.stderr
