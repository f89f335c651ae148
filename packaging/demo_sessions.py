"""A demo data folder for screenshots, when backcoach.demo is not there to make one.

    python packaging/demo_sessions.py DIR

Writes through backcoach.core.store (as the app does): the safety advice marked as read, and
three weeks of sessions of the built-in routines, some skipped days, pain ratings that improve.
A fixed seed makes the same folder every time.
"""

from __future__ import annotations

import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

from backcoach.core.catalogue import load_catalogue
from backcoach.core.routine import load_builtin_routines
from backcoach.core.session import ExerciseRecord, SessionRecord
from backcoach.core.store import Store

DAYS = 21


def make_demo(folder: Path) -> int:
    store = Store.open(folder, device="demo-laptop")
    if store.load_sessions():
        raise SystemExit(f"demo_sessions: {folder} already holds sessions; give an empty folder")
    store.save_settings(store.load_settings().changed(safety_acknowledged=True))

    catalogue = load_catalogue()
    routines = load_builtin_routines(catalogue)
    chance = random.Random(9)
    today = datetime.now().astimezone().replace(hour=0, minute=0, second=0, microsecond=0)
    logged = 0
    for days_ago in range(DAYS, 0, -1):
        if chance.random() < 0.25:  # a day off
            continue
        routine = routines[chance.randrange(len(routines))]
        started = today - timedelta(days=days_ago, hours=-chance.choice((8, 12, 13, 17, 19)))
        exercises = []
        for item in routine.resolved(catalogue):
            holds = item.reps * item.sets * (2 if item.both_sides else 1)
            exercises.append(
                ExerciseRecord(
                    exercise_id=item.exercise_id,
                    name=catalogue.get(item.exercise_id).name,
                    holds_planned=holds,
                    holds_done=holds,
                    reps_planned=item.reps * item.sets,
                    reps_done=item.reps * item.sets,
                    hold_seconds=item.hold_seconds,
                    active_seconds=float(holds * (item.hold_seconds + 4)),
                )
            )
        active = sum(e.active_seconds for e in exercises)
        duration = active * 1.3
        pain = max(1, 7 - (DAYS - days_ago) // 4 + chance.choice((-1, 0, 0, 1)))
        store.log_session(
            SessionRecord(
                id=SessionRecord.new_id(),
                routine_id=routine.id,
                routine_name=routine.name,
                started=started,
                ended=started + timedelta(seconds=duration),
                duration_seconds=duration,
                active_seconds=active,
                completed=True,
                exercises=tuple(exercises),
                pain_before=pain,
                pain_after=max(0, pain - chance.choice((1, 2))),
            )
        )
        logged += 1
    print(f"demo_sessions: {logged} sessions in {folder}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    sys.exit(make_demo(Path(sys.argv[1])))
