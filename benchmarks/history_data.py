"""Data folders with years of history for the benchmarks, made by the app's demo generator.

Hundreds of thousands of sessions take minutes to generate, so each folder is made once a day
(the history ends today) in a cache, and copied for each run: a run may write into its copy.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

from backcoach.core.settings import Settings
from backcoach.core.storage.store import Store
from backcoach.tools.demo import generate

CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "backcoach-bench"


def make_data_dir(folder: Path, days: int, per_day: int = 1) -> Store:
    """A data folder with `per_day` sessions on each of the last `days` days, the safety advice
    read and no pain question before a benchmark run starts."""
    store = Store.open(folder, device="bench")
    store.save_settings(Settings().changed(safety_acknowledged=True, ask_pain=False))
    generate(store, years=days / 365, every_day=per_day)
    return store


def cached_data_dir(folder: Path, days: int, per_day: int = 1) -> Path:
    """A copy, at `folder`, of a generated data folder (see make_data_dir)."""
    today = dt.date.today().isoformat()
    made = CACHE / f"{today}-{days}x{per_day}"
    if not made.exists():
        for old in CACHE.glob("*-*x*"):
            if not old.name.startswith(today):
                shutil.rmtree(old, ignore_errors=True)  # yesterday's history, ending yesterday
        partial = made.with_name(made.name + ".partial")
        shutil.rmtree(partial, ignore_errors=True)
        make_data_dir(partial, days, per_day)
        partial.rename(made)
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(made, folder)
    return folder
