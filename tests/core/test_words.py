"""The app's words and formats: each purpose has one function, tested here once."""

from __future__ import annotations

import errno
from dataclasses import replace
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

import pytest

from backcoach.core.history import Progress, Streak
from backcoach.core.schedule import ReminderPlan
from backcoach.core.storage.archive import ExportSummary, ImportSummary
from backcoach.core.timeline import Phase, Side
from backcoach.core.words import (
    active_text,
    archive_exported,
    archive_imported,
    cannot_read,
    cannot_write,
    clock_text,
    countdown_text,
    csv_exported,
    date_text,
    describe_reminders,
    duration_text,
    explain_streak,
    export_failed,
    import_failed,
    item_text,
    moment_text,
    month_name,
    month_text,
    phase_label,
    plural,
    progress_text,
    relative_day_text,
    side_text,
    time_text,
    week_progress_text,
    weekday_name,
)

D = date.fromisoformat

# --- durations ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("seconds", "expected"),
    [
        (0, "0"),
        (-3, "0"),  # a deadline already passed
        (0.2, "1"),  # rounded up: 1 shows until the very end
        (1.0, "1"),
        (1.0000000001, "1"),  # float noise from a clock does not add a second
        (45, "45"),
        (99, "99"),
        (99.5, "1:40"),
        (100, "1:40"),
        (605, "10:05"),
    ],
)
def test_countdown_shows_plain_seconds_up_to_99_then_minutes(seconds, expected):
    assert countdown_text(seconds) == expected


@pytest.mark.parametrize(
    ("seconds", "expected"),
    [(0, "0:00"), (0.1, "0:01"), (45, "0:45"), (59.5, "1:00"), (725, "12:05"), (3725, "62:05")],
)
def test_clock_text_is_minutes_and_seconds_rounded_up(seconds, expected):
    assert clock_text(seconds) == expected


@pytest.mark.parametrize(
    ("seconds", "expected"),
    [
        (0, "0 s"),
        (-2, "0 s"),
        (0.4, "0 s"),
        (44.6, "45 s"),
        (60, "1 min"),
        (275, "4 min 35 s"),
        (725, "12 min 5 s"),
        (3599.6, "1 h"),
        (3600, "1 h"),
        (3900, "1 h 5 min"),
        (3959, "1 h 5 min"),  # past an hour, seconds no longer matter
        (7 * 3600 + 60, "7 h 1 min"),
    ],
)
def test_duration_text_is_one_wording_for_every_human_duration(seconds, expected):
    assert duration_text(seconds) == expected


def test_active_time_is_a_duration():
    assert active_text(750) == "12 min 30 s active"


# --- counts -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("count", "expected"), [(0, "0 days"), (1, "1 day"), (2, "2 days"), (-1, "-1 days")]
)
def test_plural_adds_an_s_except_for_one(count, expected):
    assert plural(count, "day") == expected


def test_every_counted_noun_has_its_english_singular_and_plural():
    # The plural is the translation's (%n forms): English's too, in backcoach_en.ts.
    from backcoach.core.words import _COUNTED

    for noun in _COUNTED:
        assert plural(1, noun) == f"1 {noun}"
        assert plural(2, noun).startswith("2 ") and plural(2, noun) != f"2 {noun}"
    with pytest.raises(KeyError):
        plural(2, "body")


# --- days, months and times ---------------------------------------------------------------------


def test_weekday_names_follow_date_weekday():
    monday = D("2024-02-05")
    names = [weekday_name((monday + timedelta(days=i)).weekday()) for i in range(7)]
    assert names == ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    assert [weekday_name(i, "short") for i in range(7)] == [n[:3] for n in names]


def test_month_names_count_from_one():
    assert [month_name(m, "short") for m in (1, 5, 9, 12)] == ["Jan", "May", "Sep", "Dec"]
    assert month_name(2) == "February"


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({}, "5 Feb 2024"),
        ({"weekday": "short"}, "Mon 5 Feb 2024"),
        ({"weekday": "long"}, "Monday 5 Feb 2024"),
        ({"year": False}, "5 Feb"),
        ({"weekday": "short", "year": False}, "Mon 5 Feb"),
    ],
)
def test_date_text(options, expected):
    assert date_text(D("2024-02-05"), **options) == expected


def test_month_text():
    assert month_text(D("2024-02-05")) == "February 2024"
    assert month_text(D("2024-02-05"), "short") == "Feb 2024"


def test_times_are_the_moments_own_wall_clock():
    tokyo = timezone(timedelta(hours=9))
    moment = datetime(2024, 2, 5, 7, 3, tzinfo=tokyo)
    assert time_text(moment) == "07:03"
    assert time_text(time(15, 0)) == "15:00"
    assert moment_text(moment) == "5 Feb 2024, 07:03"
    assert moment_text(moment, weekday=True) == "Mon 5 Feb 2024, 07:03"


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        ("2024-05-10", "today"),
        ("2024-05-09", "yesterday"),
        ("2024-05-08", "Wed"),
        ("2024-05-04", "Sat"),
        ("2024-05-03", "3 May"),  # a week ago: a weekday name would be ambiguous
        ("2023-12-20", "20 Dec 2023"),
    ],
)
def test_relative_day_text(day, expected):
    assert relative_day_text(D(day), D("2024-05-10")) == expected


# --- routines and the player --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sets", "both_sides", "expected"),
    [
        (1, False, "3 × 30 s hold"),
        (1, True, "3 × 30 s hold, each side"),
        (2, False, "2 sets of 3 × 30 s hold"),
        (2, True, "2 sets of 3 × 30 s hold, each side"),
    ],
)
def test_item_text(sets, both_sides, expected):
    assert item_text(3, 30, sets, both_sides) == expected


def test_phase_labels_name_every_phase():
    assert [phase_label(phase) for phase in Phase] == [
        "Get ready",
        "Move into position",
        "Hold",
        "Release",
        "Rest",
        "Switch sides",
    ]


def test_side_text():
    assert side_text(Side.LEFT, "leg") == "Left leg"
    assert side_text(Side.RIGHT, "knee") == "Right knee"


# --- the history: a streak explained ------------------------------------------------------------
def span(first: str, last: str) -> set[date]:
    start, end = D(first), D(last)
    return {start + timedelta(days=i) for i in range((end - start).days + 1)}


EXPLAIN_CASES = [
    ("nothing yet", Streak(), "2024-05-10", "No streak yet: a session today starts one."),
    ("one day", Streak(1, D("2024-05-10"), D("2024-05-10")), "2024-05-10", "1 day: today"),
    (
        "Mon to Fri with a rest day",
        Streak(4, D("2024-05-06"), D("2024-05-10"), (D("2024-05-09"),)),
        "2024-05-10",
        "4 days: Mon to Fri; Thursday was a rest day",
    ),
    (
        "two rest days",
        Streak(3, D("2024-05-06"), D("2024-05-10"), (D("2024-05-07"), D("2024-05-09"))),
        "2024-05-11",
        "3 days: Mon to Fri; Tuesday and Thursday were rest days",
    ),
    (
        "a long streak",
        Streak(40, D("2024-03-01"), D("2024-05-10"), tuple(span("2024-03-02", "2024-04-01"))),
        "2024-05-10",
        "40 days: 1 Mar to today; 31 rest days paused it",
    ),
    (
        "a streak that began last year",
        Streak(20, D("2023-12-20"), D("2024-01-08")),
        "2024-01-09",
        "20 days: 20 Dec 2023 to yesterday",
    ),
]


@pytest.mark.parametrize(
    ("what", "streak", "today", "expected"), EXPLAIN_CASES, ids=[c[0] for c in EXPLAIN_CASES]
)
def test_explain_streak(what, streak, today, expected):
    assert explain_streak(streak, D(today)) == expected


@pytest.mark.parametrize(
    ("days", "goal", "expected"),
    [
        (2, 0, "2 days this week"),
        (1, 0, "1 day this week"),
        (0, 4, "0 of 4 days this week, 4 to go"),
        (3, 4, "3 of 4 days this week, 1 to go"),
        (4, 4, "4 of 4 days this week: goal met"),
        (5, 4, "5 of 4 days this week: goal met"),
        (1, 1, "1 of 1 day this week: goal met"),
    ],
)
def test_week_progress_text(days, goal, expected):
    assert week_progress_text(days, goal) == expected


def progress_of(streak: int, week: int, goal: int, weeks: int) -> Progress:
    today = D("2024-05-10")
    return Progress(today, Streak(streak, today, today), week, goal, weeks)


@pytest.mark.parametrize(
    ("progress", "expected"),
    [
        (progress_of(1, 1, 0, 0), "Streak: 1 day. 1 day this week."),
        (progress_of(3, 2, 4, 0), "Streak: 3 days. Weekly goal: 2 of 4 days this week, 2 to go."),
        (progress_of(5, 4, 4, 1), "Streak: 5 days. Weekly goal: 4 of 4 days this week: goal met."),
        (
            progress_of(12, 4, 4, 3),
            "Streak: 12 days. Weekly goal: 4 of 4 days this week: goal met, 3 weeks in a row.",
        ),
    ],
)
def test_progress_text_after_a_session(progress, expected):
    assert progress_text(progress) == expected


# --- reminders ----------------------------------------------------------------------------------

WORKDAYS = ReminderPlan(enabled=True)


@pytest.mark.parametrize(
    ("plan", "expected"),
    [
        (replace(WORKDAYS, enabled=False), "Reminders are off."),
        (WORKDAYS, "Reminders every 60 minutes from 09:00 to 17:00, on weekdays."),
        (
            replace(WORKDAYS, interval_minutes=1),
            "Reminders every minute from 09:00 to 17:00, on weekdays.",
        ),
        (
            replace(WORKDAYS, mode="times", weekdays=frozenset(range(7))),
            "Reminders at 10:30, 15:00, every day.",
        ),
        (replace(WORKDAYS, mode="times", times=()), "Reminders never, on weekdays."),
        (
            replace(WORKDAYS, weekdays=frozenset()),
            "Reminders every 60 minutes from 09:00 to 17:00, on no day.",
        ),
        (
            replace(WORKDAYS, weekdays=frozenset({0, 2})),
            "Reminders every 60 minutes from 09:00 to 17:00, on Monday, Wednesday.",
        ),
    ],
)
def test_describe_reminders(plan, expected):
    assert describe_reminders(plan) == expected


# --- files, exports and imports -----------------------------------------------------------------


def test_file_errors_say_which_file_and_why():
    full = OSError(errno.ENOSPC, "No space left on device")
    assert (
        cannot_write(Path("/x/a.csv"), full) == "Could not write /x/a.csv: No space left on device."
    )
    denied = PermissionError(errno.EACCES, "Permission denied")
    assert (
        cannot_read("settings.json", denied) == "settings.json cannot be read: Permission denied."
    )
    # An error without an errno still says something.
    assert cannot_write("a.csv", OSError("disk gone")) == "Could not write a.csv: disk gone."


def test_csv_exported():
    assert csv_exported(1, "/a.csv", "/b.csv") == (
        "Exported 1 session to /a.csv and their exercises to /b.csv."
    )
    assert csv_exported(0, "/a.csv", "/b.csv").startswith("Exported 0 sessions to /a.csv")


def test_archive_exported():
    assert archive_exported(ExportSummary(Path("/all.json"), 3, 1, 0)) == (
        "Exported 3 sessions, the settings, 1 routine and 0 exercises to /all.json."
    )


@pytest.mark.parametrize(
    ("summary", "expected"),
    [
        (
            ImportSummary(sessions_added=1, sessions_already_here=1),
            "Imported 1 new session (1 was already here). Routines added: 0; exercises added: 0.",
        ),
        (
            ImportSummary(
                sessions_added=4,
                sessions_already_here=2,
                sessions_unreadable=1,
                settings_added=["weekly_goal_days", "rest_days"],
                routines_added=2,
                exercises_added=1,
            ),
            "Imported 4 new sessions (2 were already here). "
            "1 session in the file could not be read. "
            "Settings added: weekly_goal_days, rest_days. "
            "Routines added: 2; exercises added: 1.",
        ),
    ],
)
def test_archive_imported(summary, expected):
    assert archive_imported(summary) == expected


def test_failures_say_what_failed_and_why():
    assert export_failed("a.json is a folder.") == "Export failed: a.json is a folder."
    assert import_failed("a.json is empty.") == "Nothing more was imported: a.json is empty."
