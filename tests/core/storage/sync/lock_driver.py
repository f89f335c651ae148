"""A process that writes the data folder again and again, each time under the folder's lock, and
checks that no other process is writing at the same moment (tests/.../test_one_writer.py).

Usage: python -m tests.core.storage.sync.lock_driver FOLDER WRITES (device: BACKCOACH_DEVICE)
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from backcoach.core.storage.store import Store, StoreError
from tests.factories import make_record


def main() -> int:
    folder, rounds = Path(sys.argv[1]), int(sys.argv[2])
    writing = folder / "someone-is-writing"
    wrote = refused = 0
    # Both start together: each says it is ready, and waits for the other.
    (folder / f"ready-{os.getpid()}").touch()
    deadline = time.monotonic() + 60
    while len(list(folder.glob("ready-*"))) < 2 and time.monotonic() < deadline:
        time.sleep(0.01)
    number = 0
    while wrote < rounds:
        number += 1
        try:
            with Store.under_lock(folder) as store:
                # Exclusive creation fails if another process is inside its own write.
                fd = os.open(writing, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
                record = make_record(started=make_record(1).started, note=f"{os.getpid()} {number}")
                store.log_session(record)
                time.sleep(0.002)
                os.close(fd)
                os.unlink(writing)
                wrote += 1
        except StoreError:
            refused += 1
            time.sleep(0.001)
    print(f"{wrote} {refused}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
