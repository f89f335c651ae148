"""The charts' numbers as numpy arrays, and what the pointer over them says.

Ten years of daily sessions are a few thousand bars, fed to one graphics item each: nothing here
makes an item per bar or per point. The x axis is seconds since the epoch at UTC midnight of each
date (a session's time of day added for its pain points), shown by date_axis.DateAxis.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from html import escape

import numpy as np

from backcoach.core.history import Period, month_start, week_start
from backcoach.core.session import SessionRecord
from backcoach.core.words import (
    active_text,
    date_text,
    duration_text,
    month_text,
    plural,
    time_text,
)
from backcoach.ui.widgets.translation import Context

HistoryText = Context("HistoryText")

DAY = 86400.0
_EPOCH = date(1970, 1, 1).toordinal()
PAIN_KEYS = ("pain_before", "pain_after")
AVERAGE_OF = 7  # sessions in the pain lines' rolling average (as core.pain_trend's ends)


def seconds_of(days: Sequence[date] | np.ndarray) -> np.ndarray:
    """Dates as seconds since the epoch at UTC midnight: the x axis."""
    return (
        np.fromiter((d.toordinal() for d in days), dtype=np.int64, count=len(days)) - _EPOCH
    ) * DAY


def date_at(seconds: float) -> date:
    return date.fromordinal(int(seconds // DAY) + _EPOCH)


def bars(
    totals: Mapping[date, float], granularity: Period
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Bar centres (s), heights (minutes) and widths (s) for the totals of core.history's
    minutes_per: each keyed by the first day of its day, week or month."""
    starts = sorted(totals)
    count = len(starts)
    days = np.fromiter((d.toordinal() for d in starts), dtype=np.int64, count=count) - _EPOCH
    heights = np.fromiter((totals[d] for d in starts), dtype=float, count=count)
    if granularity == "day":
        lengths = np.ones(count)
    elif granularity == "week":
        lengths = np.full(count, 7.0)
    else:
        first = days.astype("datetime64[D]")
        next_month = (first.astype("datetime64[M]") + np.timedelta64(1, "M")).astype(first.dtype)
        lengths = (next_month - first).astype(float)
    return (
        (days + lengths / 2) * DAY,
        heights,
        lengths * DAY * (0.8 if granularity == "day" else 0.86),
    )


def pain_series(
    sessions: Sequence[SessionRecord], day_start_hour: int
) -> dict[str, tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, list[SessionRecord]]]:
    """For pain before and after: the rated sessions' x (s) and ratings, the rolling mean's x
    and values, and the sessions themselves in the same order (for the points' tooltips)."""
    out = {}
    for key in PAIN_KEYS:
        rated = [r for r in sessions if getattr(r, key) is not None]
        x = np.array(
            [
                (r.started.date().toordinal() - _EPOCH) * DAY
                + (r.started.hour * 3600 + r.started.minute * 60)
                - day_start_hour * 3600
                for r in rated
            ],
            dtype=float,
        )
        y = np.array([getattr(r, key) for r in rated], dtype=float)
        order = np.argsort(x, kind="stable")
        x, y = x[order], y[order]
        window = min(AVERAGE_OF, len(y))
        if window:
            mean = np.convolve(y, np.ones(window) / window, mode="valid")
            mean_x = x[window - 1 :]
        else:
            mean, mean_x = y, x
        out[key] = (x, y, mean_x, mean, [rated[i] for i in order])
    return out


def nearest_point(
    x: np.ndarray, y: np.ndarray, at: tuple[float, float], scale: tuple[float, float], reach: float
) -> int | None:
    """The index of the point nearest to `at` within `reach` pixels, or None; `scale` is the
    size of a pixel in the plot's units (x, y)."""
    if not len(x):
        return None
    distance = np.hypot((x - at[0]) / scale[0], (y - at[1]) / scale[1])
    index = int(np.argmin(distance))
    return index if distance[index] <= reach else None


# --- what the pointer says ----------------------------------------------------------------------


def _tip(lines: Sequence[str]) -> str:
    """Lines of a tooltip, each kept whole (a rich-text tooltip wraps long lines at odd
    places otherwise)."""
    return "<p style='white-space:pre'>" + "<br>".join(lines) + "</p>"


def _pain_words(record: SessionRecord) -> str:
    if record.pain_before is None and record.pain_after is None:
        return ""
    before = "–" if record.pain_before is None else record.pain_before
    after = "–" if record.pain_after is None else record.pain_after
    return HistoryText.tr(", pain {before} → {after}").format(before=before, after=after)


def session_line(record: SessionRecord, with_note: bool = False) -> str:
    """One session, as rich text: "07:22 Full floor routine: 7 min 2 s, pain 4 → 2"."""
    done = "" if record.completed else HistoryText.tr(" (partial)")
    line = (
        f"{time_text(record.started)} {escape(record.routine_name)}{done}: "
        f"{duration_text(record.active_seconds)}{_pain_words(record)}"
    )
    return f"{line}. <i>{escape(record.note)}</i>" if with_note and record.note else line


def day_tip(day: date, sessions: Sequence[SessionRecord], minutes: float, rest: bool) -> str:
    """A day's bar: its date, active time, sessions (each with its pain), and a rest day."""
    title = f"<b>{date_text(day, weekday='short')}</b>"
    lines = []
    if sessions:
        count = plural(len(sessions), "session")
        lines.append(
            HistoryText.tr("{title}: {active_text} in {count}").format(
                title=title, active_text=active_text(minutes * 60), count=count
            )
        )
        lines += [session_line(r) for r in sessions]
    else:
        lines.append(HistoryText.tr("{title}: no session").format(title=title))
    if rest:
        lines.append(HistoryText.tr("Rest or flare-up day"))
    return _tip(lines) if sessions or rest else ""


def period_tip(
    first: date, granularity: Period, minutes: float, by_day: Mapping[date, Sequence[object]]
) -> str:
    """A week's or a month's bar: its dates, active time, and sessions on how many days."""
    if granularity == "week":
        title, length = HistoryText.tr("Week of {date_text}").format(date_text=date_text(first)), 7
    else:
        title = month_text(first, "short")
        length = (month_start(first + timedelta(days=31)) - first).days
    days = [d for d in (first + timedelta(days=i) for i in range(length)) if d in by_day]
    count = sum(len(by_day[d]) for d in days)
    return _tip(
        [
            f"<b>{title}</b>: {active_text(minutes * 60)}",
            HistoryText.tr("{plural} on {plural2}").format(
                plural=plural(count, "session"), plural2=plural(len(days), "day")
            ),
        ]
    )


def period_of(day: date, granularity: Period) -> date:
    """The first day of the day's bar."""
    if granularity == "week":
        return week_start(day)
    if granularity == "month":
        return month_start(day)
    return day


def point_tip(record: SessionRecord, key: str) -> str:
    """A pain point: which session, when, and both ratings."""
    which = "before" if key == "pain_before" else "after"
    return _tip(
        [
            HistoryText.tr("<b>Pain {which}: {getattr}</b>").format(
                which=which, getattr=getattr(record, key)
            ),
            f"{date_text(record.started.date(), weekday='short')}, {session_line(record)}",
        ]
    )
