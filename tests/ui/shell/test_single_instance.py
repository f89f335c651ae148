"""One instance per data folder: the second asks the first to come forward; a dead one's lock is
taken over at once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from backcoach.core.storage.instance_lock import lock_path, running_holder
from backcoach.ui.shell.single_instance import SingleInstance


def test_a_second_instance_asks_the_first_to_come_forward(qtbot, tmp_path: Path):
    first = SingleInstance(tmp_path, "dev")
    assert first.claim()
    second = SingleInstance(tmp_path, "dev")
    with qtbot.waitSignal(first.activationRequested, timeout=5000):
        assert not second.claim()
    assert running_holder(lock_path(tmp_path, "dev")) == os.getpid()
    first.release()
    assert running_holder(lock_path(tmp_path, "dev")) is None
    third = SingleInstance(tmp_path, "dev")
    assert third.claim(), "free again once the first has quit"
    third.release()


def test_other_folders_and_devices_do_not_block(qtbot, tmp_path: Path):
    first = SingleInstance(tmp_path / "a", "dev")
    assert first.claim()
    other_folder = SingleInstance(tmp_path / "b", "dev")
    other_device = SingleInstance(tmp_path / "a", "laptop")
    assert other_folder.claim() and other_device.claim()
    for instance in (first, other_folder, other_device):
        instance.release()


HOLDER = """
import sys, time
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
from backcoach.ui.shell.single_instance import SingleInstance
instance = SingleInstance(sys.argv[1], "dev")
print("claimed" if instance.claim() else "refused", flush=True)
time.sleep(60)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_the_lock_of_a_killed_instance_is_taken_over_at_once(qtbot, tmp_path: Path):
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(tmp_path)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[3],
    )
    try:
        assert child.stdout.readline().strip() == "claimed"
        assert running_holder(lock_path(tmp_path, "dev")) == child.pid
        assert not SingleInstance(tmp_path, "dev").lock_file.tryLock(0), "held while it lives"
    finally:
        child.kill()
        child.wait()
        child.stdout.close()
    assert lock_path(tmp_path, "dev").exists(), "the killed process left its lock behind"
    instance = SingleInstance(tmp_path, "dev")
    assert instance.claim(), "a dead holder's lock is stale at once, whatever its age"
    assert instance.server is not None, "and the server name it left is reused"
    instance.release()


def test_the_cli_import_refuses_while_the_window_runs(qtbot, tmp_path: Path, capsys):
    from backcoach.app import main

    instance = SingleInstance(tmp_path, "test-device")
    assert instance.claim()
    try:
        status = main(["--data-dir", str(tmp_path), "--import-all", str(tmp_path / "x.json")])
    finally:
        instance.release()
    assert status == 1
    assert "BackCoach is running" in capsys.readouterr().err
