"""Kill a process at random instants while it saves sessions; check nothing acknowledged is lost.

Run as `python -m tests.core.storage.crash_driver FOLDER RUNS SEED` (test_crash_kill.py does).
Each run forks a child that opens the store and logs sessions (and now and then the settings) in
a loop, writing each session's id to a pipe once log_session has returned: that is the moment the
app tells the user "saved". After a random delay the child is killed with SIGKILL. The driver then
opens the store as the next start would and checks that every file loads without a problem, that
no temporary file survives the start, and that every acknowledged session is there.

The driver is its own small process (no Qt, no threads), so forking it is safe and cheap: hundreds
of kills take a few seconds.
"""

from __future__ import annotations

import os
import random
import signal
import sys
import time
import traceback
from datetime import timedelta
from pathlib import Path

from backcoach.core.storage.files import TEMP_PREFIX
from backcoach.core.storage.instance_lock import InstanceLock
from backcoach.core.storage.store import Store
from tests.factories import FIRST, make_record


def _child(store: Store, first_number: int, acks: int) -> None:
    settings = store.load_settings()
    number = first_number
    while True:
        # Spread over a dozen month files, so kills hit small and growing files alike.
        started = FIRST + timedelta(days=(number * 37) % 360, minutes=number % 600)
        record = make_record(number, started=started)
        store.log_session(record)
        os.write(acks, f"{record.id}\n".encode())
        if number % 4 == 0:
            settings = settings.changed(volume=number % 101)
            store.save_settings(settings)
        number += 1


def open_as_a_start(folder: Path, device: str = "dev") -> Store:
    """The store as the window opens it: under the lock, which allows cleaning up after a crash
    (let go at once here: the next child saves without it)."""
    lock = InstanceLock(folder, device)
    assert lock.acquire()
    try:
        store = Store.open(folder, device=device)
        store.remove_stray_temporaries(lock)
    finally:
        lock.release()
    return store


def run(folder: Path, runs: int, seed: int) -> str:
    rng = random.Random(seed)
    acknowledged: set[str] = set()
    strays_seen = 0
    # Opened as a start would; the child inherits it (and the next run's check opens a new one).
    store = Store.open(folder, device="dev")
    for run_number in range(runs):
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: save until killed
            os.close(read_end)
            try:
                _child(store, run_number * 100_000, write_end)
            except BaseException:
                traceback.print_exc()
            finally:
                os._exit(3)  # only reached if saving raised: the parent reports it
        os.close(write_end)
        # Mostly within the first saves; now and then long enough for the files to grow.
        time.sleep(rng.uniform(0.0, 0.1 if run_number % 25 == 0 else 0.015))
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        with os.fdopen(read_end, "rb") as pipe:
            acknowledged.update(pipe.read().decode().split())
        if not (os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL):
            return f"FAIL run {run_number}: the child stopped by itself (status {status})"
        strays_seen += sum(1 for _ in folder.rglob(TEMP_PREFIX + "*"))

        store = open_as_a_start(folder)
        store.load_settings()
        loaded = {record.id for record in store.load_sessions()}
        if store.problems:
            return f"FAIL run {run_number}: {store.problems}"
        if any(folder.rglob(TEMP_PREFIX + "*")):
            return f"FAIL run {run_number}: temporary files survived the start"
        if any(folder.rglob("*.broken-*")):
            return f"FAIL run {run_number}: a file was set aside"
        lost = acknowledged - loaded
        if lost:
            return f"FAIL run {run_number}: acknowledged sessions lost: {sorted(lost)[:5]}"
    return f"OK runs={runs} acknowledged={len(acknowledged)} strays_cleaned={strays_seen}"


if __name__ == "__main__":
    result = run(Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]))
    print(result)
    sys.exit(0 if result.startswith("OK") else 1)
