"""Data folders with years of history for the benchmarks, made by the app's demo generator."""

from __future__ import annotations

from pathlib import Path

from backcoach.core.settings import Settings
from backcoach.core.storage.store import Store
from backcoach.tools.demo import generate


def make_data_dir(folder: Path, days: int, per_day: int = 1) -> Store:
    """A data folder with `per_day` sessions on each of the last `days` days, the safety advice
    read and no pain question before a benchmark run starts."""
    store = Store.open(folder, device="bench")
    store.save_settings(Settings().changed(safety_acknowledged=True, ask_pain=False))
    generate(store, years=days / 365, every_day=per_day)
    return store
