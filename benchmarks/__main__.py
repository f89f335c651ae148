"""Run BackCoach's benchmarks and print a table of medians, each against its same-run baseline.

    python -m benchmarks [--runs N] [--quick] [--only NAME ...] [--markdown FILE]

Every figure is measured against a baseline in the same run (a bare Qt window, an empty history,
a bare Qt timer), so the ratios hold on a shared, noisy machine where absolute times do not.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import sys
import tempfile
from pathlib import Path

from benchmarks import measures


def machine() -> str:
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import PySide6

    return (
        f"{model}, {os.cpu_count()} cores, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}, PySide6 {PySide6.__version__}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--runs", type=int, default=5, help="repetitions of each quick measurement")
    parser.add_argument("--quick", action="store_true", help="shorter real-time measurements")
    parser.add_argument("--only", nargs="*", choices=sorted(measures.ALL), help="run only these")
    parser.add_argument("--markdown", type=Path, help="also write the table to this file")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    rows: list[measures.Row] = []
    with tempfile.TemporaryDirectory(prefix="backcoach-bench-") as scratch:
        context = measures.Context(Path(scratch), runs=args.runs, quick=args.quick)
        for name in args.only or measures.ALL:
            print(f"… {name}", file=sys.stderr, flush=True)
            try:
                measured = measures.ALL[name](context)
            except Exception as error:  # one broken measurement must not lose the others
                measured = [measures.Row(name, f"failed: {error}"[:120], "-", "-", "-", False)]
            for row in measured:
                print(f"  {row.name}: {row.value} (baseline {row.baseline})", file=sys.stderr)
            rows.extend(measured)

    header = f"Measured {dt.date.today():%Y-%m-%d} on {machine()}; medians of {args.runs} runs."
    table = [
        "| measurement | BackCoach | baseline | ratio | goal | met |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for row in rows:
        table.append(
            f"| {row.name} | {row.value} | {row.baseline} | {row.ratio} | {row.goal} | "
            f"{'yes' if row.met else 'NO'} |"
        )
    text = header + "\n\n" + "\n".join(table) + "\n"
    print(text)
    if args.markdown:
        args.markdown.write_text(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
