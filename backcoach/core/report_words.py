"""The progress report's sentences: the numbers of core/report.py said plainly, for a
physiotherapist who reads the page once before an appointment."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from backcoach.core.history import WeekOutcome
from backcoach.core.pain_trend import TREND_SESSIONS
from backcoach.core.report import DoseChange, ExerciseRow, ProgressReport, WeekRow
from backcoach.core.routine import ResolvedItem
from backcoach.core.words import date_text, duration_text, item_text, plural


def period_text(first: date, last: date) -> str:
    """ "3 Nov 2025 to 30 Nov 2025 (4 weeks)"."""
    days = (last - first).days + 1
    length = plural(days // 7, "week") if days % 7 == 0 else plural(days, "day")
    return f"{date_text(first)} to {date_text(last)} ({length})"


def percent(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)} %" if whole else "–"


def adherence_text(done: int, planned: int) -> str:
    """Days done against days planned: "86 %", or "more than planned"."""
    return "more than planned" if done > planned else percent(done, planned)


def adherence_lines(report: ProgressReport) -> list[str]:
    """The summary at the top: sessions, days against the goal, completed and stopped early."""
    minutes = duration_text(report.active_minutes * 60)
    lines = [
        f"{plural(report.sessions, 'session')} on {plural(report.active_days, 'day')} "
        f"({minutes} of exercise).",
    ]
    if report.goal:
        planned = report.planned_days
        lines.append(
            f"Weekly goal: {plural(report.goal, 'day')} a week, so {planned} days planned; "
            f"{report.active_days} done ({adherence_text(report.active_days, planned)}). "
            f"Goal met in {report.weeks_met} of {plural(len(report.weeks), 'week')}."
        )
    else:
        lines.append("No weekly goal was set.")
    lines.append(
        f"Completed: {report.completed} of {report.sessions} "
        f"({percent(report.completed, report.sessions)}); "
        f"stopped early: {report.stopped_early}."
    )
    return lines


_OUTCOMES = {
    WeekOutcome.MET: "goal met",
    WeekOutcome.PAUSED: "rest days",
    WeekOutcome.MISSED: "short of the goal",
}


def week_cells(row: WeekRow, goal: int) -> list[str]:
    """A row of the weeks table: the week, days done of planned, sessions, rest days, outcome."""
    days = f"{row.days_done} of {row.planned}" if goal else str(row.days_done)
    label = date_text(row.first, year=False)
    if row.last != row.first + timedelta(days=6):
        label += f" – {date_text(row.last, year=False)}"
    outcome = _OUTCOMES[row.outcome] if row.outcome else ""
    return [label, days, str(row.sessions), str(row.rest_days or ""), outcome]


def exercise_cells(row: ExerciseRow) -> list[str]:
    """A row of the exercises table: name, sessions, holds done of planned, "this hurts"."""
    return [
        row.name,
        f"{row.sessions} of {row.offered}",
        f"{row.holds_done} of {row.holds_planned} ({percent(row.holds_done, row.holds_planned)})",
        hurts_text(row.hurt_ratings),
    ]


def hurts_text(ratings: Sequence[int | None]) -> str:
    """ "none", "2× (rated 4, 6)", "1× (not rated)"."""
    if not ratings:
        return "none"
    rated = [str(r) for r in ratings if r is not None]
    if not rated:
        return f"{len(ratings)}× (not rated)"
    unrated = len(ratings) - len(rated)
    extra = f", {unrated} not rated" if unrated else ""
    return f"{len(ratings)}× (rated {', '.join(rated)}{extra})"


def pain_lines(report: ProgressReport) -> list[str]:
    """Pain before and after, in words: the trend when there are enough ratings, else means."""
    before = [p.before for p in report.pain if p.before is not None]
    after = [p.after for p in report.pain if p.after is not None]
    if not before and not after:
        return ["No pain ratings were given in this period."]
    lines = []
    trend = report.trend
    if trend is not None:
        change = trend.last - trend.first
        first, last = f"{trend.first:.1f}", f"{trend.last:.1f}"
        if abs(change) < 0.5:
            lines.append(f"Pain before sessions stayed about the same ({first}, then {last}).")
        else:
            way = "came down" if change < 0 else "went up"
            lines.append(f"Pain before sessions {way} from {first} to {last}.")
        lines.append(
            f"(Mean of the first and of the last {TREND_SESSIONS} rated sessions; "
            f"0 is no pain, 10 the worst.)"
        )
    else:
        lines.append(
            f"Too few ratings for a trend ({len(before)} before sessions; "
            f"it needs {2 * TREND_SESSIONS})."
        )
    pairs = [
        (p.before, p.after) for p in report.pain if p.before is not None and p.after is not None
    ]
    if pairs:
        relief = sum(b - a for b, a in pairs) / len(pairs)
        if relief >= 0.1:
            lines.append(f"A session lowered pain by {relief:.1f} on average.")
        elif relief <= -0.1:
            lines.append(f"Pain was {-relief:.1f} higher after a session on average.")
        else:
            lines.append("A session left pain about the same on average.")
    if before:
        mean = sum(before) / len(before)
        lines.append(f"Pain before: mean {mean:.1f}, range {min(before)}–{max(before)}.")
    return lines


def rest_days_text(days: Sequence[date]) -> str:
    """Rest and flare-up days as runs: "3 rest or flare-up days: 4–6 Nov"."""
    if not days:
        return "No rest or flare-up days were marked."
    runs: list[list[date]] = []
    for day in days:
        if runs and day - runs[-1][-1] == timedelta(days=1):
            runs[-1].append(day)
        else:
            runs.append([day])
    parts = []
    for run in runs:
        if len(run) == 1:
            parts.append(date_text(run[0], year=False))
        else:
            parts.append(f"{date_text(run[0], year=False)} – {date_text(run[-1], year=False)}")
    return f"{plural(len(days), 'rest or flare-up day')}: {', '.join(parts)}."


def prescription_text(name: str, item: ResolvedItem) -> str:
    rest = f", rest {item.rest_seconds} s" if item.rest_seconds else ""
    return f"{name}: {item_text(item.reps, item.hold_seconds, item.sets, item.both_sides)}{rest}"


def change_text(change: DoseChange) -> str:
    """ "From 12 Nov: Bridge, hold 5 s → 10 s, 3 → 5 repetitions"."""
    parts = []
    if change.before[0] != change.after[0]:
        parts.append(f"hold {change.before[0]} s → {change.after[0]} s")
    if change.before[1] != change.after[1]:
        parts.append(f"{change.before[1]} → {change.after[1]} repetitions")
    return f"From {date_text(change.day, year=False)}: {change.exercise}, {', '.join(parts)}"
