"""File › Print handout… and History › Report for my physiotherapist… in the window: the menu
entries, reached by keyboard, the dialogs named for a screen reader, a PDF saved where asked and
never into the data folder, and an empty period said plainly."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate

from backcoach.tools.demo import generate
from backcoach.ui.paper.handout_dialog import HandoutDialog
from backcoach.ui.paper.paper_dialog import print_support
from backcoach.ui.paper.report_dialog import ReportDialog
from tests.ui.keyboard_checks import twice_taken, unnamed_controls
from tests.ui.layout_checks import problems


def test_the_menus_offer_the_handout_and_the_report(window):
    assert window.handout_action in window.file_menu.actions()
    assert window.report_action in window.history_menu.actions()
    assert window.history_menu.title() == "Histor&y"  # Alt+Y
    for action in (window.handout_action, window.report_action):
        assert action.toolTip() and "&" in action.text()
    assert window.report_action.text() == "&Report for my physiotherapist…"
    letters = [
        a.text().split("&")[1][0].lower() for a in window.menuBar().actions() if "&" in a.text()
    ]
    assert len(letters) == len(set(letters)), "each menu has an Alt letter of its own"


@pytest.fixture
def filled(app_state, clock):
    generate(app_state.store, years=0.25, today=clock.now().date(), seed=3)
    app_state.reload()
    return app_state


@pytest.mark.parametrize("make", [HandoutDialog, ReportDialog])
def test_each_control_is_named_and_reached_by_its_letter(qtbot, filled, make):
    dialog = make(filled)
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed_controls(dialog) == []
    assert twice_taken(dialog) == {}
    assert problems(dialog) == []
    assert dialog.preview_button.isVisible() == print_support()


def test_the_handout_is_saved_as_a_pdf_of_the_chosen_routine(qtbot, filled, tmp_path):
    dialog = HandoutDialog(filled)
    qtbot.addWidget(dialog)
    assert dialog.routine_box.currentData() == filled.selected_routine.id
    dialog.routine_box.setCurrentIndex(dialog.routine_box.findData("desk_stretch"))
    paint, title, name = dialog.document()
    assert (title, name) == ("Standing stretch at the desk", "backcoach-desk_stretch.pdf")
    saved = dialog.save_to(tmp_path / "sheet", paint, title)
    assert saved == tmp_path / "sheet.pdf" and saved.read_bytes().startswith(b"%PDF")
    assert f"Saved {saved}." == dialog.status.text()


def test_nothing_is_saved_into_the_data_folder(qtbot, filled):
    dialog = HandoutDialog(filled)
    qtbot.addWidget(dialog)
    before = sorted(p.name for p in filled.store.folder.rglob("*"))
    paint, title, _ = dialog.document()
    assert dialog.save_to(filled.store.folder / "sheet.pdf", paint, title) is None
    assert "data folder" in dialog.status.text()
    assert sorted(p.name for p in filled.store.folder.rglob("*")) == before


def test_a_folder_that_cannot_be_written_is_said(qtbot, filled, tmp_path):
    dialog = HandoutDialog(filled)
    qtbot.addWidget(dialog)
    paint, title, _ = dialog.document()
    assert dialog.save_to(tmp_path / "missing" / "h.pdf", paint, title) is None
    assert "could not be written" in dialog.status.text()


def test_the_report_covers_the_last_four_weeks_unless_told_otherwise(qtbot, filled, tmp_path):
    dialog = ReportDialog(filled)
    qtbot.addWidget(dialog)
    today = dialog.today()
    first, last = dialog.period()
    assert last == today and first.weekday() == 0 and (today - first).days < 28
    assert not dialog.from_edit.isEnabled()
    paint, title, name = dialog.document()
    assert name == f"backcoach-report-{first.isoformat()}-to-{today.isoformat()}.pdf"
    assert dialog.save_to(tmp_path / name, paint, title) == tmp_path / name
    dialog.period_box.setCurrentIndex(dialog.period_box.findText("Everything"))
    assert dialog.period()[0] < first


def test_a_period_without_sessions_says_so_and_saves_nothing(qtbot, filled):
    dialog = ReportDialog(filled)
    qtbot.addWidget(dialog)
    dialog.period_box.setCurrentIndex(dialog.period_box.findData(0))
    assert dialog.from_edit.isEnabled() and dialog.to_edit.isEnabled()
    dialog.from_edit.setDate(QDate(2020, 1, 1))
    dialog.to_edit.setDate(QDate(2020, 2, 1))
    assert dialog.period() == (date(2020, 1, 1), date(2020, 2, 1))
    assert dialog.save() is None
    assert "There is no session between 2020-01-01 and 2020-02-01" in dialog.status.text()
