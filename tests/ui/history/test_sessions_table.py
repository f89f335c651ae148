"""The sessions table as a person edits it with the keyboard: a cell edited and committed with
Return, then Ctrl+Z; what the status says after undo and redo; a pain rating out of range."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from backcoach.core.storage.store import Store
from backcoach.ui.history.cell_editors import parse_rating
from backcoach.ui.history.history_view import HistoryView
from backcoach.ui.history.sessions_table import NOTE, PAIN_AFTER, PAIN_BEFORE
from tests.factories import make_record


@pytest.fixture
def table(qtbot, app_state, clock):
    now = clock.now()
    for back in range(5):
        app_state.log_session(make_record(started=now - timedelta(days=back), pain=(5, 3)))
    view = HistoryView(app_state)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    view.activateWindow()
    qtbot.waitActive(view)
    view.tabs.setCurrentIndex(2)
    table = view.table
    table.view.setFocus()
    yield table  # (a generator keeps the view alive until the test is over)


def stored(state, record_id):
    return {r.id: r for r in Store.open(state.store.folder).load_sessions()}[record_id]


def type_in_cell(qtbot, table, row: int, column: int, text: str) -> QLineEdit:
    index = table.model.index(row, column)
    table.view.setCurrentIndex(index)
    qtbot.keyClick(table.view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    if text:
        qtbot.keyClicks(editor, text)
    else:
        qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # Qt commits a Return's edit from the event loop
    return editor


def test_ctrl_z_right_after_return_undoes_the_edit(qtbot, table, app_state, recwarn):
    record = table.model.records[0]
    type_in_cell(qtbot, table, 0, PAIN_BEFORE, "2")
    assert stored(app_state, record.id).pain_before == 2
    # The keyboard focus is back in the table, not lost with a closed editor.
    assert QApplication.focusWidget() is table.view
    qtbot.keyClick(table.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(app_state, record.id).pain_before == 5
    type_in_cell(qtbot, table, 0, NOTE, "Stiff")
    assert stored(app_state, record.id).note == "Stiff"
    qtbot.keyClick(table.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(app_state, record.id).note == ""


def test_an_edit_updates_the_row_in_place_without_resetting_the_table(qtbot, table):
    resets = []
    table.model.modelReset.connect(lambda: resets.append(1))
    type_in_cell(qtbot, table, 1, PAIN_AFTER, "1")
    assert table.model.data(table.model.index(1, PAIN_AFTER)) == "1"
    assert not resets


def test_the_status_says_what_undo_and_redo_did(qtbot, table, app_state):
    type_in_cell(qtbot, table, 0, NOTE, "Fine")
    assert table.status.text().startswith("Done: Edit the session of")
    table.view.selectRow(2)
    victim = table.selected_record()
    qtbot.mouseClick(table.delete_button, Qt.MouseButton.LeftButton)
    assert table.status.text().startswith("Done: Delete the session of")
    qtbot.mouseClick(table.undo_button, Qt.MouseButton.LeftButton)
    assert table.status.text().startswith("Undone: Delete the session of")
    assert "Redo brings it back" in table.status.text()
    assert table.selected_record().id == victim.id  # the session that came back is selected
    qtbot.mouseClick(table.undo_button, Qt.MouseButton.LeftButton)
    assert table.status.text().startswith("Undone: Edit the session of")
    qtbot.mouseClick(table.redo_button, Qt.MouseButton.LeftButton)
    assert table.status.text().startswith("Done: Edit the session of")


def test_eleven_in_a_pain_cell_is_refused_with_the_reason_not_saved_as_one(qtbot, table, app_state):
    record = table.model.records[0]
    editor = type_in_cell(qtbot, table, 0, PAIN_BEFORE, "11")
    assert stored(app_state, record.id).pain_before == 5  # nothing saved, nothing cut short
    assert editor.isVisible() and editor.text() == "11"  # still open, to put right
    assert "“11” cannot be saved" in table.status.text()
    assert "0 (none) to 10 (worst)" in table.status.text()
    editor.selectAll()
    qtbot.keyClicks(editor, "10")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert stored(app_state, record.id).pain_before == 10
    assert table.status.text().startswith("Done: ")


def test_an_emptied_pain_cell_means_not_rated(qtbot, table, app_state):
    record = table.model.records[0]
    type_in_cell(qtbot, table, 0, PAIN_AFTER, "")
    assert stored(app_state, record.id).pain_after is None


@pytest.mark.parametrize(
    ("text", "rating", "refused"),
    [
        ("", None, False),
        (" 7 ", 7, False),
        ("0", 0, False),
        ("10", 10, False),
        ("11", None, True),
        ("-1", None, True),
        ("seven", None, True),
        ("3.5", None, True),
    ],
)
def test_parse_rating(text, rating, refused):
    value, problem = parse_rating(text)
    assert value == rating and bool(problem) == refused
