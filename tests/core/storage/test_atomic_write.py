"""Each step of an atomic write fails in turn: the file is always the old one or the new one."""

from __future__ import annotations

import errno
import json
import os
import tempfile
from pathlib import Path

import pytest

from backcoach.core.storage import files
from backcoach.core.storage.files import TEMP_PREFIX, write_json_atomic
from backcoach.core.storage.instance_lock import InstanceLock
from backcoach.core.storage.store import Store, StoreError
from tests.factories import make_record

OLD = {"schema": 1, "value": "old " * 1000}
NEW = {"schema": 1, "value": "new " * 2000}


def _fail(*_args, **_kwargs):
    raise OSError(errno.EIO, "Input/output error (injected)")


class _FailingHandle:
    """A file object whose write or flush fails, as a full or dying disk makes them fail."""

    def __init__(self, handle, failing: str) -> None:
        self._handle, self._failing = handle, failing

    def __getattr__(self, name):
        if name == self._failing:
            return _fail
        return getattr(self._handle, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._handle.close()


def _inject(monkeypatch, step: str) -> None:
    real_fdopen, real_fsync, real_open = os.fdopen, os.fsync, os.open
    if step == "open":
        monkeypatch.setattr(tempfile, "mkstemp", _fail)
    elif step == "fdopen":
        monkeypatch.setattr(os, "fdopen", _fail)
    elif step in ("write", "flush"):
        monkeypatch.setattr(
            os, "fdopen", lambda fd, mode: _FailingHandle(real_fdopen(fd, mode), step)
        )
    elif step == "fsync":
        monkeypatch.setattr(os, "fsync", _fail)
    elif step == "replace":
        monkeypatch.setattr(os, "replace", _fail)
    elif step == "folder_fsync":
        folders: set[int] = set()

        def tracking_open(path, flags, *args, **kwargs):
            fd = real_open(path, flags, *args, **kwargs)
            if os.path.isdir(path):
                folders.add(fd)
            return fd

        def fsync(fd):
            if fd in folders:
                _fail()
            real_fsync(fd)

        monkeypatch.setattr(os, "open", tracking_open)
        monkeypatch.setattr(os, "fsync", fsync)
    else:  # pragma: no cover
        raise AssertionError(step)


STEPS_BEFORE_REPLACE = ["open", "fdopen", "write", "flush", "fsync", "replace"]


@pytest.mark.parametrize("step", STEPS_BEFORE_REPLACE + ["folder_fsync"])
def test_a_failing_step_leaves_the_old_or_the_new_file_whole(tmp_path: Path, monkeypatch, step):
    path = tmp_path / "file.json"
    write_json_atomic(path, OLD)
    with monkeypatch.context() as patch:
        _inject(patch, step)
        with pytest.raises(OSError):
            write_json_atomic(path, NEW)
    expected = OLD if step in STEPS_BEFORE_REPLACE else NEW  # the rename had happened
    assert json.loads(path.read_text()) == expected
    assert [p.name for p in tmp_path.iterdir()] == ["file.json"], "no temporary file is left"


@pytest.mark.parametrize("step", STEPS_BEFORE_REPLACE)
def test_a_failed_session_save_raises_and_keeps_the_old_sessions(store: Store, monkeypatch, step):
    store.log_session(make_record(1))
    with monkeypatch.context() as patch:
        _inject(patch, step)
        with pytest.raises(StoreError):
            store.log_session(make_record(2))
    reopened = Store.open(store.folder, device=store.device)
    assert [r.id for r in reopened.load_sessions()] == [make_record(1).id]
    assert reopened.problems == []


def test_stray_temporary_files_are_removed_on_the_next_start(data_dir: Path):
    store = Store.open(data_dir, device="dev")
    store.log_session(make_record(1))
    month = store.sessions_folder / "dev"
    strays = [
        month / f"{TEMP_PREFIX}2026-01.json.abcd_123",
        data_dir / f"{TEMP_PREFIX}settings.json.x1y2z3w4",
        data_dir / "backups" / "settings" / f"{TEMP_PREFIX}20260101-120000.json.k0k0k0k0",
    ]
    for stray in strays:
        stray.parent.mkdir(parents=True, exist_ok=True)
        stray.write_text('{"half": ')
    lock = InstanceLock(data_dir, "dev")
    assert lock.acquire()
    reopened = Store.open(data_dir, device="dev")
    assert sorted(reopened.remove_stray_temporaries(lock)) == sorted(strays)
    lock.release()
    assert not any(stray.exists() for stray in strays)
    assert [r.id for r in reopened.load_sessions()] == [make_record(1).id]


def test_only_the_apps_own_temporary_files_are_removed_and_only_under_the_lock(data_dir: Path):
    # --data-dir may be a folder of the user's, with .tmp- files of their own; another device's
    # folder is written by another computer; and a running writer's file must not go.
    store = Store.open(data_dir, device="dev")
    store.log_session(make_record(1))
    mine = data_dir / f"{TEMP_PREFIX}settings.json.abcdefgh"
    others = [
        data_dir / f"{TEMP_PREFIX}notes.txt",
        data_dir / f"{TEMP_PREFIX}settings.json.short",
        data_dir / "projects" / f"{TEMP_PREFIX}2026-01.json.abcdefgh",
        data_dir / "sessions" / "laptop" / f"{TEMP_PREFIX}2026-01.json.abcdefgh",
    ]
    for path in [mine, *others]:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("mine")
    lock = InstanceLock(data_dir, "dev")
    assert Store.open(data_dir, device="dev").remove_stray_temporaries(lock) == []
    assert mine.exists(), "without the lock, nothing is deleted"
    assert lock.acquire()
    assert Store.open(data_dir, device="dev").remove_stray_temporaries(lock) == [mine]
    lock.release()
    assert all(path.read_text() == "mine" for path in others)


def test_write_bytes_atomic_replaces_the_content(tmp_path: Path):
    target = tmp_path / "deep" / "copy.json"
    files.write_bytes_atomic(target, b"one")
    files.write_bytes_atomic(target, b"two")
    assert target.read_bytes() == b"two"
