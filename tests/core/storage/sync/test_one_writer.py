"""One writer per data folder, whatever the device ids: two real processes never write at once,
and a second app window on the folder opens read-only."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from backcoach.core.storage.device_id import device_for
from backcoach.core.storage.instance_lock import InstanceLock, lock_path
from backcoach.core.storage.store import Store, StoreError
from tests.factories import make_record

ROOT = Path(__file__).resolve().parents[4]


def _env(device: str) -> dict[str, str]:
    return {**os.environ, "BACKCOACH_DEVICE": device, "QT_QPA_PLATFORM": "offscreen"}


def test_two_processes_with_different_device_ids_never_write_at_once(tmp_path):
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.core.storage.sync.lock_driver", str(tmp_path), "150"],
            cwd=ROOT,
            env=_env(device),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for device in ("first", "second")
    ]
    results = [run.communicate(timeout=120) for run in runs]
    for (_out, err), run in zip(results, runs, strict=True):
        assert run.returncode == 0, err  # an overlap would have raised FileExistsError
    wrote = [int(out.split()[0]) for out, _ in results]
    assert wrote == [150, 150]
    sessions = Store.reader(tmp_path, "reader").load_sessions()
    assert len(sessions) == sum(wrote), "every session written in turn is there"


def test_a_second_device_is_refused_while_the_first_holds_the_lock(tmp_path):
    with Store.under_lock(tmp_path, "first") as store:
        store.log_session(make_record(1))
        lock = InstanceLock(tmp_path, "second")
        assert not lock.acquire()
        assert lock.holder_device() == "first" and lock.holder() == os.getpid()
        try:
            with Store.under_lock(tmp_path, "second"):
                raise AssertionError("two writers")
        except StoreError as error:
            assert "device first" in str(error) and "nothing was changed" in str(error)
    with Store.under_lock(tmp_path, "second") as store:
        store.log_session(make_record(2))
    assert lock_path(tmp_path).exists()


def test_a_second_app_window_under_another_device_id_opens_read_only(tmp_path):
    data = tmp_path / "data"
    first = subprocess.Popen(
        [sys.executable, "-m", "backcoach", "--data-dir", str(data)],
        cwd=ROOT,
        env=_env("first"),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while InstanceLock(data, "probe").holder_device() != "first":
            assert time.monotonic() < deadline and first.poll() is None, "the first never started"
            time.sleep(0.2)
        second = subprocess.run(
            [sys.executable, "-m", "backcoach", "--data-dir", str(data), "--smoke-test"],
            cwd=ROOT,
            env=_env("second"),
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert second.returncode == 0, second.stderr
        assert not (data / "devices" / "second").exists(), "the read-only window wrote nothing"
        assert not (data / "sessions" / "second").exists()
        archive = tmp_path / "archive.json"
        archive.write_text(
            json.dumps(
                {
                    "format": "backcoach-archive",
                    "version": 1,
                    "settings": {},
                    "user_data": {},
                    "sessions": [make_record(1).to_json()],
                }
            )
        )
        refused = subprocess.run(
            [
                sys.executable,
                "-m",
                "backcoach",
                "--data-dir",
                str(data),
                "--import-all",
                str(archive),
            ],
            cwd=ROOT,
            env=_env("second"),
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert refused.returncode != 0 and "device first" in refused.stderr
        assert not (data / "sessions" / "second").exists()
    finally:
        first.terminate()
        first.wait(timeout=30)


def test_the_device_id_is_chosen_once_per_folder_and_kept(tmp_path, monkeypatch):
    monkeypatch.delenv("BACKCOACH_DEVICE")
    monkeypatch.setattr("socket.gethostname", lambda: "old-name")
    state = tmp_path / "state"
    chosen = device_for(tmp_path / "data", state)
    assert chosen.startswith("old-name-")
    monkeypatch.setattr("socket.gethostname", lambda: "new-name")
    assert device_for(tmp_path / "data", state) == chosen, "a new host name is no new device"
    assert device_for(tmp_path / "other", state).startswith("new-name-")
    monkeypatch.setenv("BACKCOACH_DEVICE", "chosen by hand")
    assert device_for(tmp_path / "data", state) == "chosen-by-hand"
