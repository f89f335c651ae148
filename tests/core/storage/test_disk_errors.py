"""Disk full, a file size limit, a read-only folder: the save fails whole, with a clear message."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from backcoach.core.storage.store import Store, StoreError
from tests.factories import make_record

ROOT = Path(__file__).resolve().parents[3]


def _no_space(*_args, **_kwargs):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_a_full_disk_is_named_and_nothing_is_half_written(store: Store, monkeypatch):
    store.log_session(make_record(1))
    month = store.sessions_folder / "test-device" / "2026-01.json"
    before = month.read_bytes()
    monkeypatch.setattr(os, "fsync", _no_space)
    with pytest.raises(StoreError, match="the disk is full") as raised:
        store.log_session(make_record(2))
    assert raised.value.retryable
    assert month.read_bytes() == before
    assert sorted(p.name for p in month.parent.iterdir()) == ["2026-01.json"]


def test_dev_full_cannot_take_a_write():
    # /dev/full is a device that answers every write with ENOSPC: the real error, not a mock.
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full")
    with pytest.raises(OSError) as raised, open("/dev/full", "wb") as handle:
        handle.write(b"x" * 10)
        handle.flush()
    assert raised.value.errno == errno.ENOSPC


FILE_SIZE_LIMIT = """
import resource, signal, sys
from pathlib import Path
sys.path.insert(0, ".")
from backcoach.core.storage.store import Store, StoreError
from tests.factories import make_record
store = Store.open(Path(sys.argv[1]), device="dev")
store.log_session(make_record(1))
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # the write then fails with EFBIG
resource.setrlimit(resource.RLIMIT_FSIZE, (1500, 1500))
try:
    for number in range(2, 50):
        store.log_session(make_record(number, exercises=3))
except StoreError as error:
    print("refused", number, error)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_a_file_size_limit_stops_a_save_cleanly(tmp_path: Path):
    result = subprocess.run(
        [sys.executable, "-c", FILE_SIZE_LIMIT, str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("refused"), result.stdout
    number = int(result.stdout.split()[1])
    store = Store.open(tmp_path, device="dev")
    assert len(store.load_sessions()) == number - 1, "every save before the limit, none after"
    assert store.problems == []
    assert not [p for p in tmp_path.rglob("*") if p.name.startswith(".tmp-")]


def test_a_folder_the_app_may_not_write_in_is_named(store: Store, monkeypatch):
    store.log_session(make_record(1))
    folder = store.sessions_folder / "test-device"
    real_open = os.open

    def refuse_new_files(path, flags, *args, **kwargs):
        # What the system answers when the folder is read-only to this user. Simulated, because
        # chmod cannot refuse root (CI runs as root), and at the lowest call, the one mkstemp makes.
        if flags & os.O_CREAT and Path(path).parent == folder:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse_new_files)
    with pytest.raises(StoreError, match=r"may not write there \(permission denied\)") as raised:
        store.log_session(make_record(2))
    assert raised.value.retryable
    monkeypatch.undo()
    assert len(json.loads((folder / "2026-01.json").read_text())["sessions"]) == 1
    assert sorted(p.name for p in folder.iterdir()) == ["2026-01.json"]


def test_a_read_only_file_system_is_named(store: Store, monkeypatch):
    def read_only(*_args, **_kwargs):
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr("tempfile.mkstemp", read_only)
    with pytest.raises(StoreError, match="the folder is read-only"):
        store.save_settings(store.load_settings().changed(volume=1))
    assert not (store.folder / "settings.json").exists()
