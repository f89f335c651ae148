"""Days, months and times in the language in use: the names, a date's order of its parts, and
the 12- or 24-hour clock. core/words.py builds its sentences with these and passes them on."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Literal

from backcoach.core.i18n import QT_TRANSLATE_NOOP, Context, conventions

CoreText = Context("CoreText")

# --- days, months and times -------------------------------------------------------------------

# The names are the app's own, translated with its other words (docs/translating.md), so a date
# never switches language inside a sentence; the short ones are translated on their own because
# a language does not always shorten by cutting ("Juni" is "Jun", "mars" stays "mars").
_WEEKDAYS = (
    QT_TRANSLATE_NOOP("CoreText", "Monday"),
    QT_TRANSLATE_NOOP("CoreText", "Tuesday"),
    QT_TRANSLATE_NOOP("CoreText", "Wednesday"),
    QT_TRANSLATE_NOOP("CoreText", "Thursday"),
    QT_TRANSLATE_NOOP("CoreText", "Friday"),
    QT_TRANSLATE_NOOP("CoreText", "Saturday"),
    QT_TRANSLATE_NOOP("CoreText", "Sunday"),
)
_SHORT_WEEKDAYS = (
    QT_TRANSLATE_NOOP("CoreText", "Mon"),
    QT_TRANSLATE_NOOP("CoreText", "Tue"),
    QT_TRANSLATE_NOOP("CoreText", "Wed"),
    QT_TRANSLATE_NOOP("CoreText", "Thu"),
    QT_TRANSLATE_NOOP("CoreText", "Fri"),
    QT_TRANSLATE_NOOP("CoreText", "Sat"),
    QT_TRANSLATE_NOOP("CoreText", "Sun"),
)
_MONTHS = (
    QT_TRANSLATE_NOOP("CoreText", "January"),
    QT_TRANSLATE_NOOP("CoreText", "February"),
    QT_TRANSLATE_NOOP("CoreText", "March"),
    QT_TRANSLATE_NOOP("CoreText", "April"),
    QT_TRANSLATE_NOOP("CoreText", "May"),
    QT_TRANSLATE_NOOP("CoreText", "June"),
    QT_TRANSLATE_NOOP("CoreText", "July"),
    QT_TRANSLATE_NOOP("CoreText", "August"),
    QT_TRANSLATE_NOOP("CoreText", "September"),
    QT_TRANSLATE_NOOP("CoreText", "October"),
    QT_TRANSLATE_NOOP("CoreText", "November"),
    QT_TRANSLATE_NOOP("CoreText", "December"),
)
_SHORT_MONTHS = (
    QT_TRANSLATE_NOOP("CoreText", "Jan"),
    QT_TRANSLATE_NOOP("CoreText", "Feb"),
    QT_TRANSLATE_NOOP("CoreText", "Mar"),
    QT_TRANSLATE_NOOP("CoreText", "Apr"),
    # "May" is its own short form in English; the other languages may shorten it.
    QT_TRANSLATE_NOOP("CoreText", "May "),
    QT_TRANSLATE_NOOP("CoreText", "Jun"),
    QT_TRANSLATE_NOOP("CoreText", "Jul"),
    QT_TRANSLATE_NOOP("CoreText", "Aug"),
    QT_TRANSLATE_NOOP("CoreText", "Sep"),
    QT_TRANSLATE_NOOP("CoreText", "Oct"),
    QT_TRANSLATE_NOOP("CoreText", "Nov"),
    QT_TRANSLATE_NOOP("CoreText", "Dec"),
)
Style = Literal["short", "long"]


def weekday_name(weekday: int, style: Style = "long") -> str:
    """The name of a weekday numbered as `date.weekday()` does (0 is Monday): "Monday", "Mon"."""
    names = _SHORT_WEEKDAYS if style == "short" else _WEEKDAYS
    return CoreText.tr(names[weekday]).strip()


def month_name(month: int, style: Style = "long") -> str:
    """The name of a month numbered from 1: "February", "Feb"."""
    names = _SHORT_MONTHS if style == "short" else _MONTHS
    return CoreText.tr(names[month - 1]).strip()


def date_text(day: date, *, weekday: Style | None = None, year: bool = True) -> str:
    """A date: "5 Feb 2024"; with a weekday "Mon 5 Feb 2024" or "Monday 5 Feb 2024"; without
    the year "5 Feb". Each language orders the parts its own way."""
    month = month_name(day.month, "short")
    if year:
        text = CoreText.tr("{day} {month} {year}", "a date").format(
            day=day.day, month=month, year=day.year
        )
    else:
        text = CoreText.tr("{day} {month}", "a date without the year").format(
            day=day.day, month=month
        )
    if not weekday:
        return text
    return CoreText.tr("{weekday} {date}", "a date with its weekday").format(
        weekday=weekday_name(day.weekday(), weekday), date=text
    )


def month_text(day: date, style: Style = "long") -> str:
    """The month of a date: "February 2024", "Feb 2024"."""
    return CoreText.tr("{month} {year}", "a month of a year").format(
        month=month_name(day.month, style), year=day.year
    )


def time_text(moment: time | datetime) -> str:
    """A time of day as the moment's own wall clock shows it: "09:30" on a 24-hour clock, or
    "9:30 AM" where the locale uses a 12-hour one."""
    if not conventions().hour12:
        return f"{moment.hour:02d}:{moment.minute:02d}"
    hour = moment.hour % 12 or 12
    return f"{hour}:{moment.minute:02d} {'AM' if moment.hour < 12 else 'PM'}"


def moment_text(moment: datetime, *, weekday: bool = False) -> str:
    """A date and time: "5 Feb 2024, 09:30", or "Mon 5 Feb 2024, 09:30"."""
    day = date_text(moment.date(), weekday="short" if weekday else None)
    return CoreText.tr("{date}, {time}", "a date and a time of day").format(
        date=day, time=time_text(moment)
    )


def relative_day_text(day: date, today: date) -> str:
    """A day as seen from today: "today", "yesterday", "Mon" within a week, else "5 Feb" (and
    the year when it is not this year's)."""
    if day == today:
        return CoreText.tr("today")
    ago = (today - day).days
    if ago == 1:
        return CoreText.tr("yesterday")
    if 0 < ago < 7:
        return weekday_name(day.weekday(), "short")
    return date_text(day, year=day.year != today.year)
