"""Kill a process at random instants while it recovers a large damaged month; check that no month
is ever hidden and the damaged bytes are never lost.

Run as `python -m tests.core.storage.recovery_crash_driver FOLDER RUNS SEED [SESSIONS]`
(test_crash_kill.py does). Once, in FOLDER/pristine, a month of SESSIONS sessions is written, with
a backup of its first third, and damaged in the middle (a quote doubled, as a stray edit would);
a recovery left alone gives back every session but the damaged one, which is the expected set.
Its duration is measured, so that the kills land all over it.

Each run copies the pristine folder, then starts one to three children one after the other; each
takes the single-instance lock, opens the store as the window does and reads the sessions (which
recovers the month), and is killed with SIGKILL after a random delay within the recovery's
duration: before, during or after keeping the damaged bytes aside, writing the rebuilt file,
fsyncing it. Every other run, the children have no hard links (as on FAT or some network
folders), so the damaged bytes are kept as a copy, itself written atomically. Then the parent
starts as the next start would and checks:

- every expected session is there (the month is never hidden, nor any part of it);
- the damaged bytes are still somewhere, whole: in place or in one NAME.broken-* copy;
- no temporary file survives the start, and a start after that finds nothing to repair.

The driver is its own small process (no Qt, no threads), so forking it is safe and cheap.
"""

from __future__ import annotations

import errno
import os
import random
import shutil
import signal
import sys
import time
import traceback
from datetime import datetime, timedelta
from pathlib import Path

from backcoach.core.clock import FakeClock
from backcoach.core.storage.files import TEMP_PREFIX
from backcoach.core.storage.instance_lock import InstanceLock
from backcoach.core.storage.store import Store
from tests.factories import FIRST, make_record

NOW = datetime(2026, 3, 2, 8, 0)
MONTH = Path("sessions") / "dev" / "2026-01.json"


def _store(folder: Path, now: datetime = NOW) -> Store:
    return Store.open(folder, device="dev", clock=FakeClock(now))


def make_pristine(folder: Path, sessions: int) -> bytes:
    """A month of sessions (a third of them in a backup), damaged in the middle; its bytes."""
    records = [
        make_record(n, started=FIRST + timedelta(minutes=10 * n)) for n in range(1, sessions + 1)
    ]
    store = _store(folder, NOW - timedelta(hours=5))
    store.add_sessions(records[: sessions // 3])
    store = _store(folder, NOW - timedelta(hours=1))
    store.add_sessions(records[sessions // 3 :])  # backs up the first third
    path = folder / MONTH
    raw = path.read_bytes()
    spot = raw.index(f'"note": "note {sessions // 2}"'.encode())
    damaged = raw[:spot] + b'"' + raw[spot:]
    path.write_bytes(damaged)
    return damaged


def open_as_a_start(folder: Path) -> Store:
    lock = InstanceLock(folder, "dev")
    assert lock.acquire(), "nobody else holds it: the child was killed"
    try:
        store = _store(folder)
        store.remove_stray_temporaries(lock)
        store.load_sessions()  # reads, and recovers what needs recovering
    finally:
        lock.release()
    return store


def _no_hard_links(*_args: object) -> None:
    raise OSError(errno.EPERM, "no hard links on this file system")


def _child(folder: Path, hard_links: bool) -> None:
    if not hard_links:  # a file system without them (FAT, some network folders): a copy is kept
        os.link = _no_hard_links  # (this process only: it is a forked child)
    lock = InstanceLock(folder, "dev")
    if not lock.acquire():
        os._exit(4)
    store = _store(folder)
    store.remove_stray_temporaries(lock)
    store.load_sessions()


def _recovery_seconds(pristine: Path, scratch: Path) -> tuple[float, set[str]]:
    """How long a recovery left alone takes, and what it gives back."""
    shutil.rmtree(scratch, ignore_errors=True)
    shutil.copytree(pristine, scratch)
    started = time.perf_counter()
    store = open_as_a_start(scratch)
    seconds = time.perf_counter() - started
    return seconds, {record.id for record in store.load_sessions()}


def _check(work: Path, damaged: bytes, expected: set[str]) -> str | None:
    store = open_as_a_start(work)
    loaded = {record.id for record in store.load_sessions()}
    if not expected <= loaded:
        return f"sessions hidden: {len(expected - loaded)} of {len(expected)}"
    live = work / MONTH
    copies = sorted(live.parent.glob(live.name + ".broken-*"))
    kept = [p for p in copies if p.read_bytes() == damaged]
    if live.read_bytes() != damaged and len(kept) != 1:
        return f"the damaged bytes are kept {len(kept)} times (copies: {len(copies)})"
    if any(work.rglob(TEMP_PREFIX + "*")):
        return "temporary files survived the start"
    again = _store(work)
    if {r.id for r in again.load_sessions()} != loaded or again.problems:
        return f"a second start found more to do: {again.problems}"
    return None


def run(folder: Path, runs: int, seed: int, sessions: int = 900) -> str:
    rng = random.Random(seed)
    pristine, work = folder / "pristine", folder / "work"
    damaged = make_pristine(pristine, sessions)
    duration, expected = _recovery_seconds(pristine, work)
    if len(expected) != sessions - 1:
        return f"FAIL the recovery left alone gave back {len(expected)} of {sessions - 1}"
    kills = finished = 0
    # Where the kills left the month, as the next start found it: the damaged file alone, the
    # damaged file with its copy kept aside, or the rebuilt file in its place.
    found = {"damaged": 0, "damaged and kept aside": 0, "rebuilt": 0}
    for run_number in range(runs):
        shutil.rmtree(work)
        shutil.copytree(pristine, work)
        hard_links = run_number % 2 == 0
        for _ in range(rng.choice((1, 1, 2, 3))):
            pid = os.fork()
            if pid == 0:  # the child: recover until killed
                try:
                    _child(work, hard_links)
                except BaseException:
                    traceback.print_exc()
                    os._exit(3)
                os._exit(0)
            time.sleep(rng.uniform(0.0, duration))
            os.kill(pid, signal.SIGKILL)
            _, status = os.waitpid(pid, 0)
            if os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL:
                kills += 1
            elif os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0:
                finished += 1
            else:
                return f"FAIL run {run_number}: the child failed (status {status})"
        found[_state(work, damaged)] += 1
        problem = _check(work, damaged, expected)
        if problem:
            return f"FAIL run {run_number}: {problem}"
    states = " ".join(f"{k.replace(' ', '_')}={v}" for k, v in found.items())
    return (
        f"OK runs={runs} kills={kills} finished_before_the_kill={finished} {states} "
        f"sessions={sessions} recovery_seconds={duration:.3f}"
    )


def _state(work: Path, damaged: bytes) -> str:
    live = work / MONTH
    if live.read_bytes() != damaged:
        return "rebuilt"
    if any(live.parent.glob(live.name + ".broken-*")):
        return "damaged and kept aside"
    return "damaged"


if __name__ == "__main__":
    arguments = sys.argv[1:]
    result = run(
        Path(arguments[0]),
        int(arguments[1]),
        int(arguments[2]),
        *(int(a) for a in arguments[3:4]),
    )
    print(result)
    sys.exit(0 if result.startswith("OK") else 1)
