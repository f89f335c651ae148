"""Nothing of the history cut at the sizes people use (800x600 and 1280x800): every label's and
button's words fit, the table's columns hold their longest texts and the note stays in view, the
calendar's month names fit and it leaves no empty band below, the pain axis keeps its top label,
and the two dialogs are wide enough for their titles."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from backcoach.ui.history.sessions_table import DATE, DONE, NOTE, ROUTINE
from tests.factories import make_record

SIZES = [(800, 600), (1280, 800)]


@pytest.fixture
def ninety_days(store, clock):
    """90 days of sessions, some by hand, written before the app opens its store."""
    now = clock.now()
    records = []
    for back in range(90):
        if back % 4 == 3:
            continue
        quick = back % 3 != 0
        records.append(
            make_record(
                started=now - timedelta(days=back, hours=2),
                routine="quick_break" if quick else "full_floor",
                routine_name="Quick break between meetings" if quick else "Full floor routine",
                note="Stiff in the morning, better after the bridges." if back % 7 == 0 else "",
                source="manual" if back % 17 == 5 else "app",
                completed=back % 5 != 4,
            )
        )
    store.add_sessions(records)


@pytest.fixture(params=SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def history(request, ninety_days, window, app_state, qtbot):
    """The main window at a size, on the history."""
    app_state.update_settings(rest_days=["2026-02-27"], weekly_goal_days=4)
    window.resize(*request.param)
    window.show_history()
    QApplication.processEvents()
    view = window.history
    assert window.width() == request.param[0]
    assert len(app_state.sessions) > 60
    yield view


def clipped(root: QWidget) -> list[str]:
    """The labels and buttons under root, on show, whose words do not fit."""
    problems = []
    for label in root.findChildren(QLabel):
        if not label.isVisibleTo(root) or not label.text():
            continue
        hint = label.sizeHint()
        if label.wordWrap():
            if label.height() < label.heightForWidth(label.width()):
                problems.append(f"label {label.text()[:40]!r}: {label.height()} px high")
        elif label.width() < hint.width() or label.height() < hint.height():
            problems.append(f"label {label.text()[:40]!r}: {label.size()} < {hint}")
    for button in root.findChildren(QAbstractButton):
        if not button.isVisibleTo(root) or not button.text():
            continue
        words = QFontMetrics(button.font()).horizontalAdvance(button.text().replace("&", ""))
        if button.width() < words + 8:
            problems.append(f"button {button.text()!r}: {button.width()} px for {words}")
    return problems


@pytest.mark.parametrize("page", [0, 1, 2])
def test_no_words_are_cut_on_any_page(history, page):
    history.tabs.setCurrentIndex(page)
    QApplication.processEvents()
    assert clipped(history) == []
    # And nothing reaches past the window's right edge.
    right = history.window().width()
    for widget in history.findChildren(QWidget):
        if widget.isVisibleTo(history) and widget.isWindow() is False:
            edge = widget.mapTo(history.window(), widget.rect().topRight()).x()
            assert edge <= right, widget


def test_the_table_columns_hold_their_longest_texts_and_the_note_is_in_view(history):
    history.tabs.setCurrentIndex(2)
    QApplication.processEvents()
    table = history.table.view
    model = table.model()
    metrics = table.fontMetrics()
    for column in (DATE, DONE):
        longest = max(
            metrics.horizontalAdvance(model.data(model.index(row, column)))
            for row in range(model.rowCount())
        )
        assert table.columnWidth(column) >= longest + 6, column
    assert "Completed (by hand)" in {
        model.data(model.index(row, DONE)) for row in range(model.rowCount())
    }
    note_left = table.columnViewportPosition(NOTE)
    viewport = table.viewport().width()
    assert note_left + viewport // 6 <= viewport
    assert table.columnWidth(ROUTINE) >= metrics.horizontalAdvance("Full floor routine")


def test_the_calendar_names_every_month_whole_and_leaves_no_empty_band(history):
    history.tabs.setCurrentIndex(1)
    QApplication.processEvents()
    calendar = history.calendar
    grid = calendar.grid()
    metrics = calendar.fontMetrics()
    titles = calendar.month_titles(grid)
    assert len(titles) == 12
    for rect, text in titles:
        assert metrics.horizontalAdvance(text) <= rect.width(), text
        assert calendar.rect().toRectF().contains(rect), text
    assert calendar.height() - grid.bottom < 2 * grid.cell
    assert grid.cell >= metrics.height() * 0.8  # days big enough to point at


def test_the_pain_axis_keeps_its_top_label(history):
    plot = history.charts.pain_plot
    (_, _), (bottom, top) = plot.vb.viewRange()
    pixel = plot.vb.viewPixelSize()[1]
    half_label = history.charts.fontMetrics().height() / 2 * pixel
    assert top - 10 >= half_label * 0.9 and -bottom >= 0.2


def test_the_dialogs_are_wide_enough_for_their_titles(history, qtbot):
    from PySide6.QtWidgets import QDialog

    history.edit_streak_settings()
    history.table.add_session()
    dialogs = [d for d in history.window().findChildren(QDialog) if d.isVisible()]
    assert {d.windowTitle() for d in dialogs} == {
        "Weekly goal and day start",
        "Add a session done without the app",
    }
    for dialog in dialogs:
        bold = QFont(dialog.font())
        bold.setBold(True)
        title = QFontMetrics(bold).horizontalAdvance(dialog.windowTitle())
        assert dialog.width() >= title + 6 * QFontMetrics(bold).height(), dialog.windowTitle()
        assert clipped(dialog) == []
        dialog.reject()
