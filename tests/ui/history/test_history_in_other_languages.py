"""The history's layout tests (test_history_layout.py) that read no English words, again in each
shipped language: every page's labels and buttons, the calendar's months and the pain axis at
800x600 and 1280x800. The pseudo-language is left out here: its 30% longer words do not fit the
four streak cards and the range buttons of a 800 px window yet (docs/translating.md)."""

from __future__ import annotations

import pytest

from backcoach.core.storage.store import Store
from backcoach.ui.app_state import AppState
from tests.ui.history.test_history_layout import (  # noqa: F401 (collected with these fixtures)
    history,
    ninety_days,
    test_no_words_are_cut_on_any_page,
    test_the_calendar_names_every_month_whole_and_leaves_no_empty_band,
    test_the_pain_axis_keeps_its_top_label,
)
from tests.ui.languages import speaking


@pytest.fixture(params=["de", "es", "fr"])
def language(request, qapp):
    with speaking(request.param):
        yield request.param


@pytest.fixture
def app_state(language, qtbot, store: Store, clock):
    state = AppState(store, clock)
    state.update_settings(safety_acknowledged=True)
    yield state
    state.deleteLater()


@pytest.mark.parametrize(("locale", "first"), [("en_US", "S"), ("de_DE", "M"), ("fr_FR", "L")])
def test_the_calendar_weeks_start_on_the_locales_first_day(qapp, locale, first, clock):
    from datetime import timedelta

    from PySide6.QtCore import QLocale

    from backcoach.ui.history.calendar_heatmap import CalendarHeatmap

    before = QLocale()
    QLocale.setDefault(QLocale(locale))
    try:
        heatmap = CalendarHeatmap(clock.now().date())
        sunday = clock.now().date() - timedelta(days=(clock.now().date().weekday() + 1) % 7)
        assert heatmap.column(sunday) == (0 if first == "S" else 6)
        monday = sunday + timedelta(days=1)
        assert heatmap.cell_rect(monday).x() > heatmap.cell_rect(sunday).x() or first != "S"
        assert heatmap.day_at(heatmap.cell_rect(monday).center()) in (monday, None)
        heatmap.deleteLater()
    finally:
        QLocale.setDefault(before)
