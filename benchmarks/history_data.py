"""Years of plausible sessions, written the way the store lays them out, for the benchmarks."""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone
from pathlib import Path

from backcoach.core.session import ExerciseRecord, SessionRecord
from backcoach.core.settings import Settings
from backcoach.core.store import Store


def sessions(
    days: int, per_day: int, end: datetime | None = None, seed: int = 7
) -> list[SessionRecord]:
    rng = random.Random(seed)
    end = end or datetime(2026, 11, 1, 8, 0, tzinfo=timezone(timedelta(hours=1)))
    out = []
    for day in range(days, 0, -1):
        for n in range(per_day):
            started = end - timedelta(days=day) + timedelta(hours=9 * n, minutes=rng.randrange(60))
            active = rng.uniform(120, 600)
            out.append(
                SessionRecord(
                    id=f"{day:06d}{n:02d}{rng.getrandbits(64):016x}",
                    routine_id="full_floor",
                    routine_name="Full floor routine",
                    started=started,
                    ended=started + timedelta(seconds=active * 1.6),
                    duration_seconds=active * 1.6,
                    active_seconds=active,
                    completed=rng.random() > 0.1,
                    exercises=(ExerciseRecord("bridge", "Bridge", 5, 5, 5, 5, 5, active / 3),),
                    pain_before=rng.randrange(3, 8),
                    pain_after=rng.randrange(1, 6),
                )
            )
    return out


def make_data_dir(folder: Path, days: int, per_day: int = 1) -> Store:
    """A data folder with that much history, the safety advice already read."""
    store = Store.open(folder, device="bench")
    # The safety advice read, and no pain question before a benchmark run starts.
    store.save_settings(Settings().changed(safety_acknowledged=True, ask_pain=False))
    store.add_sessions(sessions(days, per_day))
    return store
