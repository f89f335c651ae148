"""`backcoach --routine FILE`: import, choose and open the player; a bad file exits 2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from backcoach.app import main
from backcoach.core.storage.store import Store
from backcoach.ui.shell.main_window import MainWindow

GOOD = {
    "format": "backcoach-routine",
    "version": 1,
    "routine": {
        "id": "physio",
        "name": "Physio",
        "exercises": [{"exercise": "bridge", "hold_seconds": 10, "reps": 8}],
    },
}


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "backcoach", *args], capture_output=True, text=True, timeout=60
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b'{"format": "backcoach-rout', "is not valid JSON"),
        (json.dumps({**GOOD, "version": 7}).encode(), "newer version of BackCoach"),
        (
            json.dumps(
                {
                    **GOOD,
                    "routine": {
                        **GOOD["routine"],
                        "exercises": [{"exercise": "bridge", "reps": 0}],
                    },
                }
            ).encode(),
            "Repetitions must be from 1 to 50",
        ),
        (b"[" * 50_000, "nested too deeply"),
    ],
)
def test_a_bad_routine_file_exits_2_with_its_message_and_no_data_folder(tmp_path, content, message):
    path = tmp_path / "bad.backcoach-routine.json"
    path.write_bytes(content)
    data_dir = tmp_path / "data"
    result = run("--data-dir", str(data_dir), "--routine", str(path))
    assert result.returncode == 2
    assert message in result.stderr and "bad.backcoach-routine.json" in result.stderr
    assert "Traceback" not in result.stderr
    assert not data_dir.exists()


def test_a_missing_routine_file_exits_2(tmp_path, capsys):
    data_dir = tmp_path / "data"
    assert main(["--data-dir", str(data_dir), "--routine", str(tmp_path / "nope.json")]) == 2
    assert "There is no file" in capsys.readouterr().err
    assert not data_dir.exists()


def test_a_100_mb_routine_file_exits_2_without_reading_it(tmp_path, capsys):
    path = tmp_path / "huge.json"
    with path.open("wb") as handle:
        handle.truncate(100 * 1024 * 1024)
    assert main(["--data-dir", str(tmp_path / "data"), "--routine", str(path)]) == 2
    assert "a routine file is at most 1 MB" in capsys.readouterr().err


def test_a_good_file_is_imported_chosen_and_the_player_opens_ready(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "physio.backcoach-routine.json"
    path.write_text(json.dumps(GOOD))
    data_dir = tmp_path / "data"
    monkeypatch.setattr(QApplication, "exec", lambda *args: 0)  # no event loop in a test
    assert main(["--data-dir", str(data_dir), "--routine", str(path)]) == 0
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    window = windows[-1]
    qtbot.addWidget(window)
    try:
        store = Store.open(data_dir)
        routine_id = store.load_settings().routine
        (saved,) = store.load_user_data()["routines"]
        assert saved["id"] == routine_id == "physio" and saved["name"] == "Physio"
        assert window.views.currentWidget() is window.player
        player = window.player
        assert player.start_page.routine_box.currentData() == "physio"
        assert player.start_page.title.text() == "Physio"
        assert (
            player.start_page.start_button.isEnabled()
            and player.start_page.start_button.text() == "&Start"
        )
    finally:
        for widget in QApplication.topLevelWidgets():
            widget.close()
    # Running it again does not add a second copy.
    assert main(["--data-dir", str(data_dir), "--routine", str(path)]) == 0
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            qtbot.addWidget(widget)
        widget.close()
    assert len(Store.open(Path(data_dir)).load_user_data()["routines"]) == 1
