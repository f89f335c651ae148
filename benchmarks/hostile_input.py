"""How long each reader takes on the worst inputs known, up to its size limit, against parsing a
valid file of the same size in the same run (issue 16: no input under the limit may hang the app).

    python -m benchmarks.hostile_input [--max-mb 64] [--only READER ...] [--markdown FILE]

Each row: the reader, the input, its size, the time, and the ratio to the baseline: parsing a
valid sessions file of that size (json only, measured in the same run, so the ratio holds on a
noisy machine). A linear reader keeps its ratio flat as the size grows; a quadratic one's grows
with it. The rows "valid month" give the reader's own time on that valid file.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from backcoach.core.catalogue import load_catalogue
from backcoach.core.clock import FakeClock
from backcoach.core.routine_file import RoutineFileError, parse_routine_file
from backcoach.core.storage.archive import import_all
from backcoach.core.storage.files import FileProblem, parse_json
from backcoach.core.storage.store import Store, StoreError
from tests.factories import FIRST, make_record

MB = 1_000_000


def _fill(head: str, unit: str, size: int, tail: str = "") -> bytes:
    count = max(1, (size - len(head) - len(tail)) // len(unit))
    return (head + unit * count + tail).encode()


def _valid_month(size: int) -> bytes:
    """A sessions file just under the size, as the app writes it."""
    template = make_record(0, exercises=3).to_json()
    one = len(json.dumps(template, indent=1)) + 40
    sessions = []
    for number in range(max(1, size * 95 // 100 // one)):
        started = FIRST + timedelta(minutes=number)
        sessions.append(dict(template, id=f"s{number:07d}", started=started.isoformat()))
    return json.dumps({"schema": 1, "device": "dev", "sessions": sessions}, indent=1).encode()


HOSTILE: dict[str, Callable[[int], bytes]] = {
    'unterminated string of \\"': lambda n: _fill('{"a": "', '\\"', n),
    "quotes only": lambda n: _fill("", '"', n),
    "nested, never closed": lambda n: _fill('{"schema": 1, "sessions": [', '{"a": [0, ', n),
    "unterminated strings in records": lambda n: _fill('{"schema": 1, "sessions": [', '{"a": "', n),
    "deep lists": lambda n: _fill('{"sessions": [', "[", n),
    "empty lists": lambda n: _fill('{"sessions": [', "[],", n, "[]]}"),
    "one huge number": lambda n: _fill('{"volume": ', "9", n, "}"),
}


def _time(call: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        best = min(best, time.perf_counter() - started)
    return best


def _refusing(call: Callable[[], object], *refusals: type[BaseException]) -> Callable[[], object]:
    def run() -> object:
        try:
            return call()
        except refusals:
            return None

    return run


def _month_reader(raw: bytes, scratch: Path) -> Callable[[], object]:
    """Opening the store on a month file holding these bytes: read, or recovered."""

    def read() -> object:
        folder = scratch / "month"
        shutil.rmtree(folder, ignore_errors=True)
        path = folder / "sessions" / "dev" / "2026-01.json"
        path.parent.mkdir(parents=True)
        path.write_bytes(raw)
        return Store.open(folder, device="dev", clock=FakeClock()).load_sessions()

    return read


def _archive_reader(raw: bytes, scratch: Path) -> Callable[[], object]:
    def read() -> object:
        folder = scratch / "archive"
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir()
        (folder / "a.json").write_bytes(raw)
        store = Store.open(folder / "data", device="dev", clock=FakeClock())
        return import_all(store, folder / "a.json")

    return _refusing(read, FileProblem, StoreError)


def measure(max_mb: float, only: list[str] | None = None) -> list[tuple[str, str, str, str, str]]:
    guide = load_catalogue()
    sizes = [size for size in (10_000, 40_000, MB, 8 * MB, 64 * MB) if size <= max_mb * MB]
    rows = []
    with tempfile.TemporaryDirectory(prefix="backcoach-hostile-") as scratch_name:
        scratch = Path(scratch_name)
        readers: dict[str, Callable[[bytes], Callable[[], object]]] = {
            "parse_json (settings, any file)": lambda raw: _refusing(
                lambda: parse_json(raw, "x.json"), FileProblem
            ),
            "month file (store, with recovery)": lambda raw: _month_reader(raw, scratch),
            "routine file": lambda raw: _refusing(
                lambda: parse_routine_file(raw, "x.backcoach-routine.json", guide),
                RoutineFileError,
            ),
            "archive import": lambda raw: _archive_reader(raw, scratch),
        }
        limits = {"routine file": MB}
        for reader_name, reader in readers.items():
            if only and not any(word in reader_name for word in only):
                continue
            for size in sizes:
                if size > limits.get(reader_name, 64 * MB):
                    continue
                repeat = 3 if size <= MB else 1
                valid = _valid_month(size)
                baseline = _time(lambda valid=valid: json.loads(valid), repeat)
                own = _time(reader(valid), repeat)
                for input_name, make in HOSTILE.items():
                    seconds = _time(reader(make(size)), repeat)
                    rows.append(
                        (
                            reader_name,
                            input_name,
                            f"{size / MB:g} MB",
                            f"{seconds:.3f} s",
                            f"{seconds / baseline:.2f}" if baseline else "-",
                        )
                    )
                    print(" | ".join(rows[-1]), file=sys.stderr, flush=True)
                rows.append(
                    (
                        reader_name,
                        "valid month",
                        f"{size / MB:g} MB",
                        f"{own:.3f} s",
                        f"{own / baseline:.2f}",
                    )
                )
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.hostile_input")
    parser.add_argument("--max-mb", type=float, default=64, help="largest input (MB)")
    parser.add_argument("--only", nargs="*", help="only the readers whose names hold these words")
    parser.add_argument("--markdown", type=Path, help="also write the table to this file")
    args = parser.parse_args(argv)
    rows = measure(args.max_mb, args.only)
    header = ("reader", "input", "size", "time", "ratio to parsing a valid file")
    table = [
        "| " + " | ".join(header) + " |",
        "|" + "---|" * len(header),
        *("| " + " | ".join(row) + " |" for row in rows),
    ]
    print("\n".join(table))
    if args.markdown:
        args.markdown.write_text("\n".join(table) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
