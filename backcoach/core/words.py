"""The app's words and formats, in one place: durations, counts, dates, and the sentences the core
shows or reports to a person (phases, streaks, the reminder plan, exports and imports).

A sentence is built whole from its values by one function, so that a translation can replace it,
with its own word order, in one place; durations, counts and dates are the pieces sentences share.
The ui uses the same functions wherever it shows the same thing, so a duration or a date reads the
same on every screen and on the command line. Day and month names are the app's own, translated
with its other words rather than taken from the C library's locale (which Qt sets from the
system), so that a date never switches language in the middle of a sentence. Every sentence goes
through `CoreText.tr` (core/i18n.py, docs/translating.md).

The messages of the core's checks (a setting, a record or a routine file refused) still stand
beside the rules that make them.

This module imports only core/i18n.py and core/calendar_words.py at run time, so any module of
the core may import it.
"""

from __future__ import annotations

import math
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

# The days, months and times live in calendar_words.py; the rest of the app finds them here too.
from backcoach.core.calendar_words import (  # noqa: F401
    Style,
    date_text,
    moment_text,
    month_name,
    month_text,
    relative_day_text,
    time_text,
    weekday_name,
)
from backcoach.core.i18n import QT_TRANSLATE_NOOP, Context, decimal

CoreText = Context("CoreText")

if TYPE_CHECKING:  # for the types only: at run time this module imports nothing of the app
    from backcoach.core.history import Progress, Streak
    from backcoach.core.pain_trend import PainTrend
    from backcoach.core.schedule import ReminderPlan
    from backcoach.core.storage.archive import ExportSummary, ImportSummary
    from backcoach.core.timeline import Phase, Side

# --- durations --------------------------------------------------------------------------------


def _whole_seconds_left(seconds: float) -> int:
    # Rounded up: a countdown shows 1 until the very end, and 0 only when the time is over.
    return max(0, math.ceil(seconds - 1e-9))


def countdown_text(seconds: float) -> str:
    """The big digits of a countdown: plain seconds up to 99 ("45"), "m:ss" beyond ("1:40")."""
    whole = _whole_seconds_left(seconds)
    return str(whole) if whole < 100 else clock_text(whole)


def clock_text(seconds: float) -> str:
    """Time left as a clock shows it, minutes and seconds rounded up: "0:45", "12:05"."""
    whole = _whole_seconds_left(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


def duration_text(seconds: float) -> str:
    """How long something takes, for a person: "45 s", "4 min 35 s", "12 min", "1 h 5 min".

    Seconds count while they matter (under an hour); an hour or more reads in hours and minutes.
    """
    whole = max(0, round(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return (
            CoreText.tr("{hours} h {minutes} min").format(hours=hours, minutes=minutes)
            if minutes
            else f"{hours} h"
        )
    if minutes:
        return (
            CoreText.tr("{minutes} min {secs} s").format(minutes=minutes, secs=secs)
            if secs
            else CoreText.tr("{minutes} min").format(minutes=minutes)
        )
    return f"{secs} s"


def active_text(seconds: float) -> str:
    """Time spent exercising: "12 min 30 s active"."""
    return CoreText.tr("{duration_text} active").format(duration_text=duration_text(seconds))


# --- counts -----------------------------------------------------------------------------------


def sentence(text: str) -> str:
    """`text` ending as a sentence does: a full stop added unless it has its own mark."""
    text = text.strip()
    return text if not text or text[-1] in ".!?…" else f"{text}."


def plural(count: int, one: str, many: str | None = None) -> str:
    """The count with its noun: "1 day", "3 days". The nouns are the ones in _COUNTED, each a
    sentence with Qt's %n so that every language gets its own plural forms."""
    del many  # the plural is the translation's, not made here
    return _COUNTED[one](count)


_COUNTED = {
    "day": lambda n: CoreText.tr("%n day(s)", "", n),
    "week": lambda n: CoreText.tr("%n week(s)", "", n),
    "session": lambda n: CoreText.tr("%n session(s)", "", n),
    "new session": lambda n: CoreText.tr("%n new session(s)", "", n),
    "exercise": lambda n: CoreText.tr("%n exercise(s)", "", n),
    "routine": lambda n: CoreText.tr("%n routine(s)", "", n),
    "setting": lambda n: CoreText.tr("%n setting(s)", "", n),
    "byte": lambda n: CoreText.tr("%n byte(s)", "", n),
    "backup": lambda n: CoreText.tr("%n backup(s)", "", n),
    "rep": lambda n: CoreText.tr("%n rep(s)", "", n),
    "hold": lambda n: CoreText.tr("%n hold(s)", "", n),
    "second": lambda n: CoreText.tr("%n second(s)", "", n),
    "rest or flare-up day": lambda n: CoreText.tr("%n rest or flare-up day(s)", "", n),
}


# --- routines and the player -----------------------------------------------------------------

_PHASE_LABELS = {
    "get_ready": QT_TRANSLATE_NOOP("CoreText", "Get ready"),
    "move": QT_TRANSLATE_NOOP("CoreText", "Move into position"),
    "hold": QT_TRANSLATE_NOOP("CoreText", "Hold"),
    "release": QT_TRANSLATE_NOOP("CoreText", "Release"),
    "rest": QT_TRANSLATE_NOOP("CoreText", "Rest"),
    "switch_sides": QT_TRANSLATE_NOOP("CoreText", "Switch sides"),
}


def phase_label(phase: Phase) -> str:
    """What a step of the session is called on screen: "Get ready", "Hold", "Switch sides"."""
    return CoreText.tr(_PHASE_LABELS[phase.value])


def side_text(side: Side, part: str) -> str:
    """The side an exercise works, with the exercise's word for it: "Left leg"."""
    if side.value == "left":
        return CoreText.tr("Left {part}").format(part=part)
    return CoreText.tr("Right {part}").format(part=part)


def item_text(reps: int, hold_seconds: int, sets: int = 1, both_sides: bool = False) -> str:
    """What a routine item asks for: "3 × 30 s hold", "2 sets of 3 × 30 s hold, each side"."""
    text = CoreText.tr("{reps} × {hold_seconds} s hold").format(
        reps=reps, hold_seconds=hold_seconds
    )
    if sets > 1:
        text = CoreText.tr("{sets} sets of {text}").format(sets=sets, text=text)
    return CoreText.tr("{text}, each side").format(text=text) if both_sides else text


# --- the history ------------------------------------------------------------------------------


def explain_streak(streak: Streak, today: date) -> str:
    """One line that says what the streak is made of, e.g.
    "4 days: Mon to Fri; Thursday was a rest day"."""
    if not streak.days or streak.first is None or streak.last is None:
        return CoreText.tr("No streak yet: a session today starts one.")
    span = (streak.last - streak.first).days
    days = plural(streak.days, "day")
    if streak.first == streak.last:
        line = f"{days}: {relative_day_text(streak.first, today)}"
    elif span < 7 and (today - streak.first).days < 7:
        first, last = streak.first.weekday(), streak.last.weekday()
        line = CoreText.tr("{days}: {weekday_name} to {weekday_name2}").format(
            days=days,
            weekday_name=weekday_name(first, "short"),
            weekday_name2=weekday_name(last, "short"),
        )
    else:
        first_text = relative_day_text(streak.first, today)
        line = CoreText.tr("{days}: {first_text} to {relative_day_text}").format(
            days=days,
            first_text=first_text,
            relative_day_text=relative_day_text(streak.last, today),
        )
    rest = streak.rest_days
    if len(rest) == 1:
        line += CoreText.tr("; {rest_day_name} was a rest day").format(
            rest_day_name=_rest_day_name(rest[0], span)
        )
    elif len(rest) == 2:
        names = CoreText.tr("{rest_day_name} and {rest_day_name2}").format(
            rest_day_name=_rest_day_name(rest[0], span),
            rest_day_name2=_rest_day_name(rest[1], span),
        )
        line += CoreText.tr("; {names} were rest days").format(names=names)
    elif rest:
        line += CoreText.tr("; {len} rest days paused it").format(len=len(rest))
    return line


def session_progress(streak_days: int, week_days: int, goal_days: int) -> str:
    """After a completed session, what it adds up to: the streak, and the week against the weekly
    goal (or the week's days when there is no goal), e.g. "5 days in a row. This week: 3 of 4
    days; one more reaches your goal."."""
    streak = (
        CoreText.tr("{streak_days} days in a row.").format(streak_days=streak_days)
        if streak_days >= 2
        else CoreText.tr("A new streak starts today.")
    )
    if goal_days <= 0:
        week = CoreText.tr("This week: {plural} with a session.").format(
            plural=plural(week_days, "day")
        )
    elif week_days >= goal_days:
        week = CoreText.tr(
            "This week: {week_days} of {goal_days} days. Your weekly goal is met."
        ).format(week_days=week_days, goal_days=goal_days)
    else:
        week = CoreText.tr(
            "This week: {week_days} of {goal_days} days; %n more reach(es) your goal.",
            "",
            goal_days - week_days,
        ).format(week_days=week_days, goal_days=goal_days)
    return f"{streak} {week}"


def _rest_day_name(day: date, span: int) -> str:
    if span < 7:
        return weekday_name(day.weekday())
    return date_text(day, weekday="short", year=False)


def rest_day_has_a_session(day: date) -> str:
    """Why a day with a session is not marked as a rest day."""
    return CoreText.tr(
        "{date_text} has a session, so it already counts for your "
        "streak. Rest days are for days without one."
    ).format(date_text=date_text(day, weekday="long"))


def week_progress_text(days: int, goal: int) -> str:
    """This week against the weekly goal: "2 of 4 days this week, 2 to go", "4 of 4 days this
    week: goal met"; with no goal, "2 days this week"."""
    if goal <= 0:
        return CoreText.tr("{plural} this week").format(plural=plural(days, "day"))
    done = CoreText.tr("{days} of {plural} this week").format(days=days, plural=plural(goal, "day"))
    return (
        CoreText.tr("{done}: goal met").format(done=done)
        if days >= goal
        else CoreText.tr("{done}, {value} to go").format(done=done, value=goal - days)
    )


def progress_text(progress: Progress) -> str:
    """The streak and the week, after a session: "Streak: 3 days. Weekly goal: 2 of 4 days this
    week, 2 to go." (and how many weeks in a row, once the goal is met)."""
    streak = CoreText.tr("Streak: {plural}.").format(plural=plural(progress.streak.days, "day"))
    week = week_progress_text(progress.week_days, progress.goal)
    if not progress.goal:
        return f"{streak} {week[0].upper()}{week[1:]}."
    if progress.goal_met and progress.goal_weeks > 1:
        week += CoreText.tr(", {goal_weeks} weeks in a row").format(goal_weeks=progress.goal_weeks)
    return CoreText.tr("{streak} Weekly goal: {week}.").format(streak=streak, week=week)


def pain_trend_text(trend: PainTrend | None, today: date) -> str:
    """Whether the back is getting better, in a sentence or two: "Pain before sessions: down
    from 6.5 to 2.1 since March 2025. A session lowers it by 1.3 on average." """
    if trend is None:
        return CoreText.tr(
            "Rate your pain before and after your sessions: once 14 are "
            "rated, how it changes shows here."
        )
    if (today - trend.since).days < 62:
        since = date_text(trend.since, year=trend.since.year != today.year)
    else:
        since = month_name(trend.since.month)
        since += f" {trend.since.year}" if trend.since.year != today.year else ""
    first, last = decimal(trend.first), decimal(trend.last)
    change = trend.last - trend.first
    if abs(change) < 0.5:
        line = CoreText.tr(
            "Pain before sessions: about the same since {since} ({first} then, {last} now)."
        ).format(since=since, first=first, last=last)
    else:
        if change < 0:
            line = CoreText.tr("Pain before sessions: down from {first} to {last} since {since}.")
        else:
            line = CoreText.tr("Pain before sessions: up from {first} to {last} since {since}.")
        line = line.format(first=first, last=last, since=since)
    if trend.relief is None:
        return line
    if trend.relief >= 0.1:
        return CoreText.tr("{line} A session lowers it by {relief} on average.").format(
            line=line, relief=decimal(trend.relief)
        )
    if trend.relief <= -0.1:
        return CoreText.tr("{line} After a session it is {relief} higher on average.").format(
            line=line, relief=decimal(-trend.relief)
        )
    return CoreText.tr("{line} A session leaves it about the same.").format(line=line)


# --- reminders --------------------------------------------------------------------------------


def describe_reminders(plan: ReminderPlan) -> str:
    """The reminder schedule in a sentence, for the settings dialog."""
    if not plan.enabled:
        return CoreText.tr("Reminders are off.")
    if plan.mode == "times":
        times = ", ".join(map(time_text, plan.times))
        when = CoreText.tr("at {times}").format(times=times) if plan.times else CoreText.tr("never")
    else:
        when = CoreText.tr("every %n minute(s) from {start} to {end}", "", plan.interval_minutes)
        when = when.format(start=time_text(plan.work_start), end=time_text(plan.work_end))
    days = sorted(plan.weekdays)
    if days == list(range(5)):
        on = CoreText.tr("on weekdays")
    elif days == list(range(7)):
        on = CoreText.tr("every day")
    elif not days:
        on = CoreText.tr("on no day")
    else:
        on = CoreText.tr("on {days}").format(days=", ".join(weekday_name(d) for d in days))
    return CoreText.tr("Reminders {when}, {on}.").format(when=when, on=on)


# --- files, exports and imports ---------------------------------------------------------------


def cannot_read(name: str | Path, error: OSError) -> str:
    """A file the system would not let us read: "settings.json cannot be read: Permission
    denied."."""
    return CoreText.tr("{name} cannot be read: {value}.").format(
        name=name, value=error.strerror or error
    )


def cannot_write(path: str | Path, error: OSError) -> str:
    """A file the system would not let us write: "Could not write /x.csv: No space left on
    device."."""
    return CoreText.tr("Could not write {path}: {value}.").format(
        path=path, value=error.strerror or error
    )


def csv_needs_two_files() -> str:
    return CoreText.tr("The sessions and the exercises need two different files.")


def export_path_is_a_folder(path: str | Path) -> str:
    return CoreText.tr("{path} is a folder; name a file to export to.").format(path=path)


def csv_exported(sessions: int, sessions_path: str | Path, exercises_path: str | Path) -> str:
    """The CSV export done, from the window or the command line."""
    return CoreText.tr(
        "Exported {plural} to {sessions_path} and their exercises to {exercises_path}."
    ).format(
        plural=plural(sessions, "session"),
        sessions_path=sessions_path,
        exercises_path=exercises_path,
    )


def archive_exported(summary: ExportSummary) -> str:
    """Export all data done, from the window or the command line."""
    return CoreText.tr(
        "Exported {plural}, the settings, {plural2} and {plural3} to {path}."
    ).format(
        plural=plural(summary.sessions, "session"),
        plural2=plural(summary.routines, "routine"),
        plural3=plural(summary.exercises, "exercise"),
        path=summary.path,
    )


def archive_imported(summary: ImportSummary) -> str:
    """Import data done, from the window or the command line: what came in and what did not."""
    here = summary.sessions_already_here
    parts = [
        CoreText.tr("Imported {sessions} (%n already here).", "", here).format(
            sessions=plural(summary.sessions_added, "new session")
        )
    ]
    if summary.sessions_unreadable:
        unreadable = plural(summary.sessions_unreadable, "session")
        parts.append(
            CoreText.tr("{unreadable} in the file could not be read.").format(unreadable=unreadable)
        )
    if summary.settings_added:
        parts.append(
            CoreText.tr("Settings added: {join}.").format(join=", ".join(summary.settings_added))
        )
    parts.append(
        CoreText.tr("Routines added: {routines_added}; exercises added: {exercises_added}.").format(
            routines_added=summary.routines_added, exercises_added=summary.exercises_added
        )
    )
    return " ".join(parts)


def export_failed(problem: object) -> str:
    """An export that stopped, with the reason (the CSV export may have written its first file)."""
    return CoreText.tr("Export failed: {problem}").format(problem=problem)


def import_failed(problem: object) -> str:
    """An import that stopped while saving, with the reason; what came in before it stopped
    stays, and importing the same file again adds the rest."""
    return CoreText.tr("Nothing more was imported: {problem}").format(problem=problem)


def import_refused(problem: object) -> str:
    """A file refused before anything was merged: the data folder did not change."""
    return CoreText.tr("Nothing was imported: {problem}").format(problem=problem)
