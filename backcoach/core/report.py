"""The progress report for a physiotherapist, in numbers: what was done over a period against
the weekly goal, each exercise's holds and "this hurts", pain before and after, rest days, notes,
and the routines as prescribed with the changes of hold or repetitions made during the period.

Days, weeks and the goal are counted by core.history's rules (the day a session counts for, a
week's outcome, rest days pausing a week), so the report and the History view never disagree.
Sentences for it: core/report_words.py; drawing: ui/paper/report_pdf.py.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from backcoach.core.catalogue import Catalogue
from backcoach.core.history import WeekOutcome, session_day, week_outcome, week_start
from backcoach.core.i18n import Context
from backcoach.core.library import Library
from backcoach.core.pain_trend import PainTrend, pain_trend
from backcoach.core.routine import ResolvedItem, Routine
from backcoach.core.session import SessionRecord

CoreText = Context("CoreText")

# The period the window offers first, and the command line takes without --from: four weeks.
DEFAULT_WEEKS = 4


class ReportError(ValueError):
    """A period that cannot be reported on, with a sentence for the user."""


def default_period(today: date, weeks: int = DEFAULT_WEEKS) -> tuple[date, date]:
    """The last `weeks` whole weeks, Monday to Sunday, this week (up to today) being the last."""
    return week_start(today) - timedelta(weeks=weeks - 1), today


@dataclass(frozen=True)
class WeekRow:
    monday: date
    first: date  # the week's first day inside the period
    last: date  # its last day inside the period
    days_done: int  # days with a session
    sessions: int
    planned: int  # days the goal asks for, in proportion to the days of the week inside
    outcome: WeekOutcome | None  # None without a weekly goal
    rest_days: int  # rest or flare-up days marked


@dataclass(frozen=True)
class ExerciseRow:
    exercise_id: str
    name: str
    sessions: int  # sessions in which it was begun
    offered: int  # sessions whose routine had it
    holds_done: int
    holds_planned: int
    hurt_ratings: tuple[int | None, ...]  # one per "this hurts", with its rating if given


@dataclass(frozen=True)
class PainPoint:
    day: date
    before: int | None
    after: int | None


@dataclass(frozen=True)
class DoseChange:
    day: date  # the first session with the new numbers
    exercise: str
    before: tuple[int, int]  # (hold seconds, repetitions)
    after: tuple[int, int]


@dataclass(frozen=True)
class Note:
    day: date
    routine: str
    text: str


@dataclass(frozen=True)
class Prescription:
    name: str
    sessions: int
    items: tuple[tuple[str, ResolvedItem], ...]  # (exercise name, numbers); () when deleted


@dataclass(frozen=True)
class ProgressReport:
    first: date
    last: date
    goal: int  # days a week; 0: no goal
    sessions: int
    completed: int
    active_days: int
    active_minutes: float
    weeks: tuple[WeekRow, ...]
    exercises: tuple[ExerciseRow, ...]
    pain: tuple[PainPoint, ...]
    trend: PainTrend | None
    rest_days: tuple[date, ...]
    notes: tuple[Note, ...]
    prescriptions: tuple[Prescription, ...]
    changes: tuple[DoseChange, ...]

    @property
    def stopped_early(self) -> int:
        return self.sessions - self.completed

    @property
    def planned_days(self) -> int:
        return sum(w.planned for w in self.weeks)

    @property
    def weeks_met(self) -> int:
        return sum(w.outcome == WeekOutcome.MET for w in self.weeks)

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1


def period_problem(first: date, last: date, today: date) -> str | None:
    """What is wrong with a period, as a sentence, or None."""
    if first > last:
        return CoreText.tr("The period starts ({isoformat}) after it ends ({isoformat2}).").format(
            isoformat=first.isoformat(), isoformat2=last.isoformat()
        )
    if first > today:
        return CoreText.tr("The period starts in the future ({isoformat}).").format(
            isoformat=first.isoformat()
        )
    return None


def progress_report(
    sessions: Sequence[SessionRecord],
    library: Library,
    first: date,
    last: date,
    today: date,
    *,
    day_start_hour: int = 0,
    rest_days: Iterable[date] = (),
    weekly_goal_days: int = 0,
) -> ProgressReport:
    """The report over `first` to `last` (the end no later than today). Raises ReportError for
    a period that is wrong or has no session in it."""
    problem = period_problem(first, last, today)
    if problem:
        raise ReportError(problem)
    last = min(last, today)
    days = {r.id: session_day(r, day_start_hour) for r in sessions}
    inside = sorted(
        (r for r in sessions if first <= days[r.id] <= last), key=lambda r: r.started.timestamp()
    )
    if not inside:
        raise ReportError(
            CoreText.tr(
                "There is no session between {isoformat} and {isoformat2}: choose a longer period."
            ).format(isoformat=first.isoformat(), isoformat2=last.isoformat())
        )
    rest = sorted(d for d in set(rest_days) if first <= d <= last)
    active = {days[r.id] for r in inside}
    return ProgressReport(
        first=first,
        last=last,
        goal=weekly_goal_days,
        sessions=len(inside),
        completed=sum(r.completed for r in inside),
        active_days=len(active),
        active_minutes=sum(r.active_seconds for r in inside) / 60,
        weeks=_weeks(inside, days, set(rest), first, last, weekly_goal_days),
        exercises=_exercises(inside, library.catalogue),
        pain=tuple(
            PainPoint(days[r.id], r.pain_before, r.pain_after)
            for r in inside
            if r.pain_before is not None or r.pain_after is not None
        ),
        trend=pain_trend(inside),
        rest_days=tuple(rest),
        notes=tuple(Note(days[r.id], r.routine_name, r.note.strip()) for r in inside if r.note),
        prescriptions=_prescriptions(inside, library),
        changes=_changes(inside, days, library.catalogue),
    )


def _weeks(
    inside: Sequence[SessionRecord],
    days: dict[str, date],
    rest: set[date],
    first: date,
    last: date,
    goal: int,
) -> tuple[WeekRow, ...]:
    sessions_on: dict[date, int] = defaultdict(int)
    for record in inside:
        sessions_on[days[record.id]] += 1
    active = set(sessions_on)
    rows = []
    monday = week_start(first)
    while monday <= last:
        start, end = max(monday, first), min(monday + timedelta(days=6), last)
        span = [start + timedelta(days=i) for i in range((end - start).days + 1)]
        # A week cut by the period's ends asks for its share of the goal (3 days of 7: 2 of 4).
        planned = goal if len(span) == 7 else round(goal * len(span) / 7)
        outcome = None
        if goal:
            # The History view's rule, on the days inside the period only.
            outcome = week_outcome(monday, active & set(span), rest & set(span), planned)
        rows.append(
            WeekRow(
                monday=monday,
                first=start,
                last=end,
                days_done=sum(d in active for d in span),
                sessions=sum(sessions_on.get(d, 0) for d in span),
                planned=planned,
                outcome=outcome,
                rest_days=sum(d in rest for d in span),
            )
        )
        monday += timedelta(days=7)
    return tuple(rows)


def _name(catalogue: Catalogue, exercise_id: str, logged: str) -> str:
    """An exercise's name as the app now calls it (in the app's language), or as it was logged
    when the exercise is no longer known."""
    return catalogue.get(exercise_id).name if exercise_id in catalogue else logged


def _exercises(inside: Sequence[SessionRecord], catalogue: Catalogue) -> tuple[ExerciseRow, ...]:
    order: list[str] = []
    names: dict[str, str] = {}
    counts: dict[str, list[int]] = {}
    hurts: dict[str, list[int | None]] = defaultdict(list)
    for record in inside:
        for done in record.exercises:
            if done.exercise_id not in counts:
                order.append(done.exercise_id)
                counts[done.exercise_id] = [0, 0, 0, 0]
            names[done.exercise_id] = _name(catalogue, done.exercise_id, done.name)
            count = counts[done.exercise_id]
            count[0] += done.has_begun
            count[1] += 1
            count[2] += done.holds_done
            count[3] += done.holds_planned
        for hurt in record.hurts:
            hurts[hurt.exercise_id].append(hurt.rating)
    rows = []
    for i in order:
        begun, offered, holds_done, holds_planned = counts[i]
        rows.append(
            ExerciseRow(
                i, names[i], begun, offered, holds_done, holds_planned, tuple(hurts.pop(i, ()))
            )
        )
    # The exercises of the routine done most often first, in the order met (a stable sort).
    rows.sort(key=lambda row: -row.offered)
    # A "this hurts" for an exercise with no record left (a session entered by hand).
    rows += [ExerciseRow(i, i.replace("_", " "), 0, 0, 0, 0, tuple(r)) for i, r in hurts.items()]
    return tuple(rows)


def _prescriptions(inside: Sequence[SessionRecord], library: Library) -> tuple[Prescription, ...]:
    """The routines done in the period, most done first, with their numbers as they stand."""
    used: dict[str, int] = defaultdict(int)
    names: dict[str, str] = {}
    for record in inside:
        used[record.routine_id] += 1
        names[record.routine_id] = record.routine_name
    known = {r.id: r for r in library.routines}
    catalogue = library.catalogue
    found = []
    for routine_id, count in sorted(used.items(), key=lambda kv: -kv[1]):
        routine = known.get(routine_id)
        items = _items(routine, catalogue) if routine is not None else ()
        name = routine.name if routine is not None else names[routine_id]
        found.append(Prescription(name, count, items))
    return tuple(found)


def _items(routine: Routine, catalogue: Catalogue) -> tuple[tuple[str, ResolvedItem], ...]:
    return tuple(
        (catalogue.get(item.exercise_id).name, item) for item in routine.resolved(catalogue)
    )


def _changes(
    inside: Sequence[SessionRecord], days: dict[str, date], catalogue: Catalogue
) -> tuple[DoseChange, ...]:
    """Each time an exercise was done with another hold or number of repetitions than the
    session before it: the prescription changed (a session stopped early keeps its plan)."""
    latest: dict[tuple[str, str], tuple[int, int]] = {}
    found = []
    for record in inside:
        for done in record.exercises:
            key = (record.routine_id, done.exercise_id)
            dose = (done.hold_seconds, done.reps_planned)
            before = latest.get(key)
            if before is not None and before != dose:
                name = _name(catalogue, done.exercise_id, done.name)
                found.append(DoseChange(days[record.id], name, before, dose))
            latest[key] = dose
    return tuple(found)
