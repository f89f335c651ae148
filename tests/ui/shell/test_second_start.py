"""What the running window does with a second start's request (issue 16, items 13 and 14): it
imports the routine file or the archive through its own methods, says what happened in its
window, and answers, so the second process exits with the result."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from backcoach.core.hand_over import Reply, Request
from backcoach.core.routine_file import routine_file_json
from backcoach.core.storage.archive import export_all
from backcoach.core.storage.store import Store
from backcoach.ui.reminders.tray import Tray
from backcoach.ui.shell.second_start import SecondStartAnswers
from tests.factories import make_record
from tests.ui.player.player_driver import run


@pytest.fixture
def answers(window, app_state, clock):
    tray = Tray(app_state, window, tray_available=False, zone=clock.now().tzinfo)
    yield SecondStartAnswers(window, tray)
    tray.menu.deleteLater()


def _routine_file(tmp_path: Path, app_state, name: str = "From the physio") -> Path:
    routine = app_state.library.routine("quick_break")
    data = routine_file_json(routine, app_state.catalogue)
    data["routine"].update(id="physio", name=name)
    path = tmp_path / "physio.backcoach-routine.json"
    path.write_text(json.dumps(data))
    return path


def test_a_routine_file_is_imported_chosen_and_said(window, app_state, answers, tmp_path):
    window.show_history()
    reply = answers(Request("routine", str(_routine_file(tmp_path, app_state))))
    assert reply.status == "done" and "From the physio" in reply.message
    assert app_state.selected_routine.name == "From the physio"
    assert window.current_view() is window.player, "the player, ready to start"
    assert window.player.start_page.title.text() == "From the physio"
    assert "From the physio" in window.notices.label.text()
    assert not window.player.session_in_progress, "ready, not started: the user starts it"


def test_a_refused_routine_file_is_said_in_the_window_and_answered_refused(
    window, app_state, answers, tmp_path
):
    path = tmp_path / "bad.backcoach-routine.json"
    path.write_text('{"format": "backcoach-routine", "version": 1}')
    before = app_state.library
    reply = answers(Request("routine", str(path)))
    assert reply.status == "refused" and reply.exit_status == 2
    assert "cannot be imported" in reply.message and reply.message in window.notices.label.text()
    assert app_state.library == before


def test_a_session_in_progress_keeps_its_routine(window, app_state, answers, clock, tmp_path):
    player = window.player
    player.begin()
    run(player, clock, 2.0)
    chosen = app_state.selected_routine.id
    reply = answers(Request("routine", str(_routine_file(tmp_path, app_state))))
    assert reply.status == "done" and "once this session is over" in reply.message
    assert player.session_in_progress and app_state.selected_routine.id == chosen
    assert any(r.name == "From the physio" for r in app_state.routines)


def test_an_archive_is_merged_and_said(window, app_state, answers, tmp_path):
    other = Store.open(tmp_path / "other", device="laptop")
    other.log_session(make_record(1))
    archive = tmp_path / "all.json"
    export_all(other, archive)
    reply = answers(Request("import-all", str(archive)))
    assert reply.status == "done" and "Imported 1 new session" in reply.message
    assert make_record(1).id in {r.id for r in app_state.sessions}
    assert "Imported 1 new session" in window.notices.label.text()
    refused = answers(Request("import-all", str(tmp_path / "missing.json")))
    assert (
        refused == Reply("refused", refused.message) and "Nothing was imported" in refused.message
    )


def test_show_brings_the_window_forward(window, answers):
    window.showMinimized()
    reply = answers(Request("show"))
    assert reply.status == "done" and "brought forward" in reply.message
    assert window.isVisible() and not window.isMinimized()


def test_backcoach_routine_while_the_window_runs(qtbot, window, app_state, answers, tmp_path):
    # The whole way: a second `backcoach --routine FILE` finds this window, hands the file over,
    # prints the window's answer and exits with its status (before: "already running", exit 0,
    # and the file dropped).
    import subprocess
    import sys

    from backcoach.core.storage.store import default_device_id
    from backcoach.ui.shell.single_instance import SingleInstance

    data_dir = app_state.store.folder
    instance = SingleInstance(data_dir, default_device_id())
    assert instance.claim()
    instance.serve(answers)
    path = _routine_file(tmp_path, app_state)
    second = subprocess.Popen(
        [sys.executable, "-m", "backcoach", "--data-dir", str(data_dir), "--routine", str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[3],
    )
    try:
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=30_000)
        out, err = second.communicate()
    finally:
        instance.release()
    assert second.returncode == 0, err
    assert "From the physio" in out and app_state.selected_routine.name == "From the physio"
