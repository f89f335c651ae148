"""The settings: typed attributes from the specs, and the rules a widget and a hand edit share."""

from __future__ import annotations

from datetime import date

import pytest

from backcoach.core.settings import (
    MAX_REMINDER_TIMES,
    SPECS,
    Settings,
    SettingsError,
    parse_rest_days,
    parse_times_of_day,
    toggled_rest_days,
    weekdays_problem,
    work_hours_problem,
)


def test_every_spec_is_an_attribute_that_reads_its_value_or_its_default():
    assert SPECS["volume"] is Settings.volume and Settings.volume.name == "volume"
    assert len(SPECS) == 27
    settings = Settings().changed(volume=40)
    assert settings.volume == 40 and settings.sound is True
    for name, spec in SPECS.items():
        assert Settings().value(name) == spec.default
        assert spec.problem(spec.default) is None, name


def test_the_file_format_is_unchanged_unknown_keys_included():
    stored = {"volume": 30, "sky": "sunset", "rest_days": ["2026-03-04"]}
    settings, problems = Settings.from_json(stored)
    assert problems == [] and settings.volume == 30
    assert settings.changed(sound=False).to_json() == {**stored, "sound": False}


def test_bounds_come_from_the_specs():
    assert Settings.weekly_goal_days.bounds == (0, 7)
    assert Settings.day_start_hour.bounds == (0, 12)
    with pytest.raises(TypeError):
        _ = Settings.routine.bounds


@pytest.mark.parametrize(
    ("text", "times", "problem"),
    [
        ("10:30, 15:00", ["10:30", "15:00"], None),
        ("15:00;9:00  9:00", ["09:00", "15:00"], None),
        ("", [], "Write at least one time"),
        ("25:00", [], "“25:00” is not a time of day"),
        (", ".join(f"{h:02d}:30" for h in range(24)), [f"{h:02d}:30" for h in range(24)], None),
        (", ".join(f"{h:02d}:{m}" for h in range(24) for m in ("00", "30")), [], "At most 24"),
    ],
)
def test_parse_times_of_day(text, times, problem):
    parsed, message = parse_times_of_day(text)
    assert parsed == times
    if problem is None:
        assert message is None
    else:
        assert problem in message


def test_at_most_24_times_in_the_file_too():
    too_many = [f"{h:02d}:{m}" for h in range(13) for m in ("00", "30")]
    assert len(too_many) > MAX_REMINDER_TIMES
    settings, problems = Settings.from_json({"reminder_times": too_many})
    assert settings.reminder_times == ["10:30", "15:00"]
    assert problems == [
        "The setting 'reminder_times' must have at most 24 times; its default is used."
    ]
    with pytest.raises(SettingsError, match="at least one time"):
        Settings().changed(reminder_times=[])


def test_work_hours_must_end_after_they_start():
    assert work_hours_problem("09:00", "17:00") is None
    assert work_hours_problem("17:00", "17:00") == "Work hours must end after they start."
    assert work_hours_problem("22:00", "02:00") == "Work hours must end after they start."
    with pytest.raises(SettingsError, match="end after they start"):
        Settings().changed(work_start="18:00")
    later = Settings().changed(work_start="18:00", work_end="23:00")
    assert (later.work_start, later.work_end) == ("18:00", "23:00")


def test_a_hand_edited_pair_of_work_hours_that_breaks_the_rule_falls_back_and_is_kept():
    stored = {"work_start": "18:00", "work_end": "08:00", "reminders": True}
    settings, problems = Settings.from_json(stored)
    assert (settings.work_start, settings.work_end) == ("09:00", "17:00")
    assert settings.reminders is True
    assert problems == [
        "Work hours must end after they start. The settings 'work_start' and 'work_end' are not "
        "used: the defaults are."
    ]
    assert settings.to_json() == stored, "written back as it was until the user sets them"
    fixed = settings.changed(work_start="07:00", work_end="08:00")
    assert fixed.to_json() == {**stored, "work_start": "07:00"}


def test_one_bad_time_and_a_good_one_that_then_breaks_the_rule():
    settings, problems = Settings.from_json({"work_start": "18:00", "work_end": "25:00"})
    assert (settings.work_start, settings.work_end) == ("09:00", "17:00")
    assert len(problems) == 2 and "'work_end' must be a time of day" in problems[0]


def test_at_least_one_weekday():
    assert weekdays_problem([]) == "Choose at least one day."
    assert weekdays_problem([0, 7]) is not None
    assert weekdays_problem([6]) is None
    settings, problems = Settings.from_json({"reminder_weekdays": []})
    assert settings.reminder_weekdays == [0, 1, 2, 3, 4]
    assert problems == [
        "The setting 'reminder_weekdays' must list at least one weekday; its default is used."
    ]


def test_rest_days_are_read_leniently():
    assert parse_rest_days(["2024-03-01", "nonsense", 7, "2024-02-30", "2024-03-02"]) == {
        date(2024, 3, 1),
        date(2024, 3, 2),
    }
    settings, problems = Settings.from_json({"rest_days": ["2024-03-01", "nonsense"]})
    assert problems == [] and settings.rest_dates == {date(2024, 3, 1)}


def test_toggling_a_rest_day_marks_and_unmarks_it():
    marked = toggled_rest_days(["2024-03-05", "2024-03-01"], date(2024, 3, 3))
    assert marked == ["2024-03-01", "2024-03-03", "2024-03-05"]
    assert toggled_rest_days(marked, date(2024, 3, 3)) == ["2024-03-01", "2024-03-05"]
    assert toggled_rest_days([], date(2024, 3, 3)) == ["2024-03-03"]


def test_a_setting_is_changed_only_through_changed():
    settings = Settings()
    with pytest.raises(AttributeError, match="read-only"):
        settings.volume = 5  # type: ignore[assignment]
    assert settings.volume == 80
