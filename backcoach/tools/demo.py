"""A realistic history for screenshots, demos and benchmarks, written through the store.

    python -m backcoach.demo DIR --years 1

The pattern is a person's, not a metronome's: weekdays more often than weekends, mornings and
evenings (now and then after midnight), a holiday with no sessions, a flare-up week marked as rest
days, the odd single rest day, sessions stopped early, a few entered by hand, notes here and there,
and pain that starts high and comes down over the months, with a bump during the flare-up.
"""

from __future__ import annotations

import argparse
import math
import random
import sys
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from pathlib import Path

from backcoach.core.catalogue import load_catalogue
from backcoach.core.clock import SystemClock
from backcoach.core.routine import load_builtin_routines
from backcoach.core.session import ExerciseRecord, SessionRecord
from backcoach.core.storage.store import Store, StoreError

NOTES = (
    "Felt easier today.",
    "Stiff in the morning, better after the bridges.",
    "Long day at the desk.",
    "Hips tight after the run.",
    "Good session, slow and steady.",
    "Lower back a bit sore afterwards.",
    "Did it before work.",
    "Skipped the last stretch, no time.",
)


def _exercises(routine, catalogue, fraction: float, rng: random.Random) -> list[ExerciseRecord]:
    records = []
    for item in routine.resolved(catalogue):
        exercise = catalogue.get(item.exercise_id)
        sides = 2 if item.both_sides else 1
        planned = item.reps * item.sets * sides
        done = min(planned, round(planned * fraction))
        records.append(
            ExerciseRecord(
                exercise_id=exercise.id,
                name=exercise.name,
                holds_planned=planned,
                holds_done=done,
                reps_planned=item.reps * item.sets,
                reps_done=done // sides,
                hold_seconds=item.hold_seconds,
                active_seconds=done * item.hold_seconds * rng.uniform(1.4, 1.8),
            )
        )
    return records


def generate(
    store: Store,
    years: float = 1.0,
    today: date | None = None,
    seed: int = 7,
    every_day: int = 0,
) -> tuple[int, list[date]]:
    """Log a generated history ending today (the store's clock's, unless given); returns the
    number of sessions and the rest days.

    The sessions are written in one go (a write per month file), so ten years take seconds.

    With every_day=N there are N sessions on every day and no gaps (the benchmarks' worst case).
    """
    rng = random.Random(seed)
    catalogue = load_catalogue()
    routines = {r.id: r for r in load_builtin_routines(catalogue)}
    today = today or store.clock.now().date()
    total_days = max(7, round(years * 365))
    first = today - timedelta(days=total_days - 1)
    # One holiday and one flare-up per year, placed at the same points of each year.
    holidays: set[date] = set()
    flare_ups: set[date] = set()
    for year_start in range(0, total_days, 365):
        holiday = first + timedelta(days=year_start + min(150, total_days // 2))
        holidays.update(holiday + timedelta(days=i) for i in range(9))
        flare = first + timedelta(days=year_start + min(75, total_days // 4))
        flare_ups.update(flare + timedelta(days=i) for i in range(6))
    rest_days = set(flare_ups)
    records: list[SessionRecord] = []
    # The days go forward, so the latest flare-up day so far is kept, not searched for: a
    # benchmark's centuries of days would otherwise cost a search of every flare-up per day.
    last_flare: date | None = None
    for index in range(total_days):
        day = first + timedelta(days=index)
        progress = index / total_days
        if day in flare_ups:
            last_flare = day
        days_since_flare = (day - last_flare).days if last_flare else 10_000
        if every_day:
            for _ in range(every_day):
                records.append(
                    _session(rng, routines, catalogue, day, progress, days_since_flare, today)
                )
            continue
        if day in holidays or day in flare_ups:
            continue
        if day != today and rng.random() < 0.035:
            rest_days.add(day)  # a bad day, marked as such
            continue
        habit = 0.55 + 0.3 * min(1.0, progress * 3)  # it takes a few weeks to become a habit
        if day.weekday() >= 5:
            habit -= 0.2
        if day >= today - timedelta(days=10):
            habit = 0.97  # a streak going on now, so the cards have something to show
        if rng.random() > habit:
            continue
        for _ in range(2 if rng.random() < 0.06 else 1):
            records.append(
                _session(rng, routines, catalogue, day, progress, days_since_flare, today)
            )
    store.add_sessions(records)
    return len(records), sorted(rest_days)


def _session(rng, routines, catalogue, day, progress, days_since_flare, today) -> SessionRecord:
    roll = rng.random()
    name = "full_floor" if roll < 0.65 else "quick_break" if roll < 0.88 else "desk_stretch"
    routine = routines[name]
    slot = rng.random()
    if slot < 0.5:
        at = time(rng.randint(6, 8), rng.randint(0, 59))
    elif slot < 0.95:
        at = time(rng.randint(17, 22), rng.randint(0, 59))
    else:
        at = time(0, rng.randint(5, 50))  # a late night: with a 03:00 day start, still "today"
        day = day + timedelta(days=1)
        if day > today:
            at, day = time(22, 30), day - timedelta(days=1)
    # The local offset of that date where the machine is: summer and winter time as they were.
    started = datetime.combine(day, at).astimezone()
    completed = rng.random() < 0.9
    fraction = 1.0 if completed else rng.uniform(0.3, 0.8)
    exercises = _exercises(routine, catalogue, fraction, rng)
    active = sum(e.active_seconds for e in exercises)
    duration = active * rng.uniform(1.25, 1.45)
    # Pain comes down from about 6.5 to about 2, with a bump after a flare-up.
    baseline = 2.0 + 4.5 * math.exp(-3.0 * progress)
    if days_since_flare < 21:
        baseline += 2.5 * (1 - days_since_flare / 21)
    pain_before = pain_after = None
    if rng.random() < 0.88:
        pain_before = max(0, min(10, round(rng.gauss(baseline, 0.9))))
        pain_after = max(0, min(10, pain_before - rng.choice((0, 1, 1, 1, 2, 2, 3))))
    manual = rng.random() < 0.03
    return SessionRecord(
        id=SessionRecord.new_id(),
        routine_id=routine.id,
        routine_name=routine.name,
        started=started,
        ended=started + timedelta(seconds=duration),
        duration_seconds=round(duration),
        active_seconds=round(active),
        completed=completed,
        exercises=() if manual else tuple(exercises),
        pain_before=pain_before,
        pain_after=pain_after,
        note=rng.choice(NOTES) if rng.random() < 0.12 else "",
        source="manual" if manual else "app",
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m backcoach.demo",
        description="Fill a data folder with a generated, realistic history (for demos).",
    )
    parser.add_argument("folder", type=Path, help="the data folder to fill (use an empty one)")
    parser.add_argument("--years", type=float, default=1.0, help="how many years (default 1)")
    parser.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    parser.add_argument(
        "--every-day",
        type=int,
        default=0,
        metavar="N",
        help="N sessions every single day, no gaps (for benchmarks)",
    )
    parser.add_argument("--force", action="store_true", help="add to a folder that has sessions")
    args = parser.parse_args(argv)
    if not 0 < args.years <= 50:
        parser.error("--years must be more than 0 and at most 50")
    try:
        # Under the folder's lock, like every writer: never beside a running BackCoach.
        with Store.under_lock(args.folder, clock=SystemClock()) as store:
            if store.load_sessions() and not args.force:
                print(
                    f"{args.folder} already holds sessions; use --force to add more.",
                    file=sys.stderr,
                )
                return 1
            count, rest_days = generate(store, args.years, seed=args.seed, every_day=args.every_day)
            settings = store.load_settings().changed(
                safety_acknowledged=True,
                weekly_goal_days=4,
                day_start_hour=3,
                rest_days=[d.isoformat() for d in rest_days],
            )
            store.save_settings(settings)
    except StoreError as error:
        print(f"Could not write the demo data: {error}", file=sys.stderr)
        return 1
    print(f"Wrote {count} sessions and {len(rest_days)} rest days to {args.folder}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
