"""A hypothesis state machine: log and delete sessions while writes crash at random steps, restart,
and check that every acknowledged session is still there (and every acknowledged deletion holds)."""

from __future__ import annotations

import os
import shutil
import tempfile
from datetime import timedelta
from pathlib import Path

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from backcoach.core.storage.files import TEMP_PREFIX
from backcoach.core.storage.instance_lock import InstanceLock
from backcoach.core.storage.store import Store, StoreError
from tests.factories import FIRST, make_record


class SimulatedCrash(BaseException):
    """The process dies here: nothing after this step runs, not even clean-up."""


class Faults:
    """Count the steps of every write (create, open, write, fsync, rename, folder fsync) and crash
    at the chosen one; with crash=False the step fails with EIO instead, as a dying disk would."""

    STEPS = ("tempfile.mkstemp", "os.fdopen", "os.fsync", "os.replace", "os.unlink")

    def __init__(self, fail_at: int | None, crash: bool) -> None:
        self.fail_at, self.crash, self.count = fail_at, crash, 0
        self.crashed = False
        self._saved: list = []

    def _wrap(self, module, name: str):
        real = getattr(module, name)

        def step(*args, **kwargs):
            if self.crashed:  # a dead process does nothing more, not even deleting its temp file
                raise SimulatedCrash
            self.count += 1
            if self.count == self.fail_at:
                if self.crash:
                    self.crashed = True
                    raise SimulatedCrash
                raise OSError(5, "Input/output error (injected)")
            return real(*args, **kwargs)

        self._saved.append((module, name, real))
        setattr(module, name, step)

    def __enter__(self) -> Faults:
        if self.fail_at is not None:
            for dotted in self.STEPS:
                module_name, name = dotted.split(".")
                self._wrap(tempfile if module_name == "tempfile" else os, name)
        return self

    def __exit__(self, *exc) -> None:
        for module, name, real in reversed(self._saved):
            setattr(module, name, real)


class StoreUnderCrashes(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="backcoach-machine-"))
        self.store = Store.open(self.folder, device="dev")
        self.acknowledged: set[str] = set()
        self.deleted: set[str] = set()
        self.number = 0

    def teardown(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)

    def _restart(self) -> None:
        # As the window starts: the lock, then the store, then the clean-up the lock allows.
        lock = InstanceLock(self.folder, "dev")
        assert lock.acquire()
        self.store = Store.open(self.folder, device="dev")
        self.store.remove_stray_temporaries(lock)
        lock.release()
        loaded = {record.id for record in self.store.load_sessions()}
        assert self.store.problems == [], self.store.problems
        assert self.acknowledged <= loaded, f"lost: {self.acknowledged - loaded}"
        assert not (self.deleted & loaded), f"came back: {self.deleted & loaded}"
        assert not list(self.folder.rglob(TEMP_PREFIX + "*")), "strays removed at start"

    @rule(
        month=st.integers(0, 3),
        fail_at=st.none() | st.integers(1, 12),
        crash=st.booleans(),
    )
    def log_session(self, month: int, fail_at: int | None, crash: bool) -> None:
        self.number += 1
        started = FIRST + timedelta(days=31 * month, hours=self.number)
        record = make_record(self.number, started=started)
        with Faults(fail_at, crash) as faults:
            try:
                self.store.log_session(record)
            except StoreError:
                return  # not acknowledged: the app keeps it in memory and retries
            except SimulatedCrash:
                pass
        if faults.crashed:
            self._restart()
        else:
            self.acknowledged.add(record.id)
            self.deleted.discard(record.id)

    @precondition(lambda self: self.acknowledged)
    @rule(data=st.data(), fail_at=st.none() | st.integers(1, 12), crash=st.booleans())
    def delete_session(self, data, fail_at: int | None, crash: bool) -> None:
        self.store.load_sessions()  # the history view knows where each session is
        session_id = data.draw(st.sampled_from(sorted(self.acknowledged)))
        with Faults(fail_at, crash) as faults:
            try:
                self.store.delete_session(session_id)
            except (StoreError, SimulatedCrash):
                # It may or may not be gone: both are right. (If only the folder fsync after
                # the rename failed, the deletion is on disk but not certain to last, so the
                # store reports a failure.)
                self.acknowledged.discard(session_id)
            else:
                self.acknowledged.discard(session_id)
                self.deleted.add(session_id)
        if faults.crashed:
            self._restart()

    @rule()
    def restart(self) -> None:
        self._restart()

    @invariant()
    def files_always_parse(self) -> None:
        for path in (self.folder / "sessions").rglob("*.json"):
            assert path.read_bytes().startswith(b"{"), path


StoreUnderCrashes.TestCase.settings = settings(
    max_examples=40, stateful_step_count=20, deadline=None
)
test_store_under_crashes = StoreUnderCrashes.TestCase
