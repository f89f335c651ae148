"""The progress report's sentences: the numbers of core/report.py said plainly, for a
physiotherapist who reads the page once before an appointment."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from backcoach.core.history import WeekOutcome
from backcoach.core.i18n import QT_TRANSLATE_NOOP, Context, decimal
from backcoach.core.pain_trend import TREND_SESSIONS
from backcoach.core.report import DoseChange, ExerciseRow, ProgressReport, WeekRow
from backcoach.core.routine import ResolvedItem
from backcoach.core.words import date_text, duration_text, item_text, plural

CoreText = Context("CoreText")


def period_text(first: date, last: date) -> str:
    """ "3 Nov 2025 to 30 Nov 2025 (4 weeks)"."""
    days = (last - first).days + 1
    length = plural(days // 7, "week") if days % 7 == 0 else plural(days, "day")
    return CoreText.tr("{date_text} to {date_text2} ({length})").format(
        date_text=date_text(first), date_text2=date_text(last), length=length
    )


def percent(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)} %" if whole else "–"


def adherence_text(done: int, planned: int) -> str:
    """Days done against days planned: "86 %", or "more than planned"."""
    return CoreText.tr("more than planned") if done > planned else percent(done, planned)


def adherence_lines(report: ProgressReport) -> list[str]:
    """The summary at the top: sessions, days against the goal, completed and stopped early."""
    minutes = duration_text(report.active_minutes * 60)
    lines = [
        CoreText.tr("{plural} on {plural2} ({minutes} of exercise).").format(
            plural=plural(report.sessions, "session"),
            plural2=plural(report.active_days, "day"),
            minutes=minutes,
        ),
    ]
    if report.goal:
        planned = report.planned_days
        lines.append(
            CoreText.tr(
                "Weekly goal: {plural} a week, so {planned} days planned; "
                "{active_days} done ({adherence_text}). Goal met in "
                "{weeks_met} of {plural2}."
            ).format(
                plural=plural(report.goal, "day"),
                planned=planned,
                active_days=report.active_days,
                adherence_text=adherence_text(report.active_days, planned),
                weeks_met=report.weeks_met,
                plural2=plural(len(report.weeks), "week"),
            )
        )
    else:
        lines.append(CoreText.tr("No weekly goal was set."))
    lines.append(
        CoreText.tr(
            "Completed: {completed} of {sessions} ({percent}); stopped early: {stopped_early}."
        ).format(
            completed=report.completed,
            sessions=report.sessions,
            percent=percent(report.completed, report.sessions),
            stopped_early=report.stopped_early,
        )
    )
    return lines


_OUTCOMES = {
    WeekOutcome.MET: QT_TRANSLATE_NOOP("CoreText", "goal met"),
    WeekOutcome.PAUSED: QT_TRANSLATE_NOOP("CoreText", "rest days"),
    WeekOutcome.MISSED: QT_TRANSLATE_NOOP("CoreText", "short of the goal"),
}


def week_cells(row: WeekRow, goal: int) -> list[str]:
    """A row of the weeks table: the week, days done of planned, sessions, rest days, outcome."""
    days = (
        CoreText.tr("{days_done} of {planned}").format(days_done=row.days_done, planned=row.planned)
        if goal
        else str(row.days_done)
    )
    label = date_text(row.first, year=False)
    if row.last != row.first + timedelta(days=6):
        label += f" – {date_text(row.last, year=False)}"
    outcome = CoreText.tr(_OUTCOMES[row.outcome]) if row.outcome else ""
    return [label, days, str(row.sessions), str(row.rest_days or ""), outcome]


def exercise_cells(row: ExerciseRow) -> list[str]:
    """A row of the exercises table: name, sessions, holds done of planned, "this hurts"."""
    return [
        row.name,
        CoreText.tr("{sessions} of {offered}").format(sessions=row.sessions, offered=row.offered),
        CoreText.tr("{holds_done} of {holds_planned} ({percent})").format(
            holds_done=row.holds_done,
            holds_planned=row.holds_planned,
            percent=percent(row.holds_done, row.holds_planned),
        ),
        hurts_text(row.hurt_ratings),
    ]


def hurts_text(ratings: Sequence[int | None]) -> str:
    """ "none", "2× (rated 4, 6)", "1× (not rated)"."""
    if not ratings:
        return CoreText.tr("none")
    rated = [str(r) for r in ratings if r is not None]
    if not rated:
        return CoreText.tr("{len}× (not rated)").format(len=len(ratings))
    unrated = len(ratings) - len(rated)
    extra = CoreText.tr(", {unrated} not rated").format(unrated=unrated) if unrated else ""
    return CoreText.tr("{len}× (rated {join}{extra})").format(
        len=len(ratings), join=", ".join(rated), extra=extra
    )


def pain_lines(report: ProgressReport) -> list[str]:
    """Pain before and after, in words: the trend when there are enough ratings, else means."""
    before = [p.before for p in report.pain if p.before is not None]
    after = [p.after for p in report.pain if p.after is not None]
    if not before and not after:
        return [CoreText.tr("No pain ratings were given in this period.")]
    lines = []
    trend = report.trend
    if trend is not None:
        change = trend.last - trend.first
        first, last = decimal(trend.first), decimal(trend.last)
        if abs(change) < 0.5:
            lines.append(
                CoreText.tr(
                    "Pain before sessions stayed about the same ({first}, then {last})."
                ).format(first=first, last=last)
            )
        else:
            way = CoreText.tr("came down") if change < 0 else CoreText.tr("went up")
            lines.append(
                CoreText.tr("Pain before sessions {way} from {first} to {last}.").format(
                    way=way, first=first, last=last
                )
            )
        lines.append(
            CoreText.tr(
                "(Mean of the first and of the last {TREND_SESSIONS} rated "
                "sessions; 0 is no pain, 10 the worst.)"
            ).format(TREND_SESSIONS=TREND_SESSIONS)
        )
    else:
        lines.append(
            CoreText.tr(
                "Too few ratings for a trend ({len} before sessions; it needs {value})."
            ).format(len=len(before), value=2 * TREND_SESSIONS)
        )
    pairs = [
        (p.before, p.after) for p in report.pain if p.before is not None and p.after is not None
    ]
    if pairs:
        relief = sum(b - a for b, a in pairs) / len(pairs)
        if relief >= 0.1:
            lines.append(
                CoreText.tr("A session lowered pain by {relief} on average.").format(
                    relief=decimal(relief)
                )
            )
        elif relief <= -0.1:
            lines.append(
                CoreText.tr("Pain was {value} higher after a session on average.").format(
                    value=decimal(-relief)
                )
            )
        else:
            lines.append(CoreText.tr("A session left pain about the same on average."))
    if before:
        mean = sum(before) / len(before)
        lines.append(
            CoreText.tr("Pain before: mean {mean}, range {min}–{max}.").format(
                mean=decimal(mean), min=min(before), max=max(before)
            )
        )
    return lines


def rest_days_text(days: Sequence[date]) -> str:
    """Rest and flare-up days as runs: "3 rest or flare-up days: 4–6 Nov"."""
    if not days:
        return CoreText.tr("No rest or flare-up days were marked.")
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
    rest = (
        CoreText.tr(", rest {rest_seconds} s").format(rest_seconds=item.rest_seconds)
        if item.rest_seconds
        else ""
    )
    return f"{name}: {item_text(item.reps, item.hold_seconds, item.sets, item.both_sides)}{rest}"


def change_text(change: DoseChange) -> str:
    """ "From 12 Nov: Bridge, hold 5 s → 10 s, 3 → 5 repetitions"."""
    parts = []
    if change.before[0] != change.after[0]:
        parts.append(
            CoreText.tr("hold {before} s → {after} s").format(
                before=change.before[0], after=change.after[0]
            )
        )
    if change.before[1] != change.after[1]:
        parts.append(
            CoreText.tr("{before} → {after} repetitions").format(
                before=change.before[1], after=change.after[1]
            )
        )
    return CoreText.tr("From {date_text}: {exercise}, {join}").format(
        date_text=date_text(change.day, year=False), exercise=change.exercise, join=", ".join(parts)
    )
