"""Text that comes from data (a shared routine file, a note) is shown as it was written, never
run as HTML: a routine file cannot put large red "Ignore the pain" text or images in the player.
Every label and tooltip of every view is checked, with hostile text in every field a file may
fill: a label that renders rich text holds it only escaped."""

from __future__ import annotations

import json

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import Qt as QtGui
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QWidget

from backcoach.core.routine_file import parse_routine_file
from tests.factories import make_record
from tests.ui.player.player_driver import run

TAG = "<b style='color:red'>"


def _hostile(text: str) -> str:
    return f"{TAG}{text}</b><img src='x.png'>"


ROUTINE_FILE = {
    "format": "backcoach-routine",
    "version": 1,
    "routine": {
        "id": "physio",
        "name": _hostile("Physio"),
        "description": _hostile("Ignore the pain: hold 300 s"),
        "exercises": [
            {
                "exercise": "mine",
                "hold_seconds": 5,
                "reps": 2,
                "rest_seconds": 2,
                "sets": 1,
                "get_ready_seconds": 2,
                "both_sides": True,
            },
            {
                "exercise": "bridge",
                "hold_seconds": 5,
                "reps": 1,
                "rest_seconds": 0,
                "sets": 1,
                "get_ready_seconds": 0,
                "both_sides": False,
            },
        ],
    },
    "exercises": [
        {
            "id": "mine",
            "name": _hostile("Stretch"),
            "instructions": _hostile("Do it"),
            "positions": [
                {"pose": "lying_on_back", "name": _hostile("Start"), "cue": _hostile("Lie")},
                {"pose": "knees_bent", "name": _hostile("End"), "cue": _hostile("Bend")},
            ],
            "hold_seconds": 5,
            "reps": 2,
            "rest_seconds": 2,
            "per_side": True,
            "side_label": "leg",
            "safety": _hostile("Safety"),
            "purpose": _hostile("Purpose"),
        }
    ],
}


def _renders_rich(format_: object, text: str) -> bool:
    return format_ == Qt.TextFormat.RichText or (
        format_ == Qt.TextFormat.AutoText and QtGui.mightBeRichText(text)
    )


def _where(widget: QWidget) -> str:
    names = []
    while widget is not None:
        names.append(widget.objectName() or type(widget).__name__)
        widget = widget.parentWidget()
    return "/".join(reversed(names[:4]))


def _runs_html(widgets: list[QWidget]) -> set[str]:
    """Every label or tooltip that would run the hostile markup as HTML, by where it is."""
    found = set()
    for widget in widgets:
        for child in [widget, *widget.findChildren(QWidget)]:
            tip = child.toolTip()
            if TAG in tip and QtGui.mightBeRichText(tip):
                found.add(f"tooltip of {_where(child)}")
            label_text = child.text() if isinstance(child, QLabel) else ""
            if TAG in label_text and _renders_rich(child.textFormat(), label_text):
                found.add(f"label {_where(child)}")
            if isinstance(child, QAbstractItemView) and child.model() is not None:
                model = child.model()
                top = QModelIndex()
                columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(top)
                for row in range(model.rowCount(top)):
                    for column in range(columns):
                        tip = model.data(model.index(row, column), Qt.ItemDataRole.ToolTipRole)
                        if isinstance(tip, str) and TAG in tip and QtGui.mightBeRichText(tip):
                            found.add(f"tooltip of an item of {_where(child)}")
    return found


def _everything_on_screen(window) -> list[QWidget]:
    return [window, *(w for w in QApplication.topLevelWidgets() if w.isVisible())]


def test_no_text_from_data_is_run_as_html(qtbot, window, app_state, clock, catalogue):
    routine_file = parse_routine_file(
        json.dumps(ROUTINE_FILE).encode(), "physio.backcoach-routine.json", catalogue
    )
    routine_id = app_state.import_routine(routine_file, select=True)
    app_state.log_session(
        make_record(
            started=clock.now().replace(hour=7),
            routine=routine_id,
            routine_name=_hostile("Logged routine"),
            note=_hostile("A note"),
        )
    )
    problems: set[str] = set()
    player = window.player
    window.show_player()
    problems |= _runs_html(_everything_on_screen(window))  # the start page: name, description
    player.begin()
    for _ in range(12):  # through get ready, the first position, the hold: cues, sides, up next
        run(player, clock, 1.0)
        problems |= _runs_html(_everything_on_screen(window))
    player.hurts()
    problems |= _runs_html(_everything_on_screen(window))  # "this hurts": name, safety
    player.stop()
    problems |= _runs_html(_everything_on_screen(window))  # the summary

    window.show_routines()
    window.routines.select_routine(routine_id)
    problems |= _runs_html(_everything_on_screen(window))
    window.show_history()
    history = window.history
    history.ensure_built()
    history.refresh_now()
    for page in range(history.tabs.count()):  # progress, calendar, the table of sessions
        history.tabs.setCurrentIndex(page)
        problems |= _runs_html(_everything_on_screen(window))
    assert history.table.model.rowCount(QModelIndex()) >= 1, "the session is there to check"
    assert not problems, "\n".join(sorted(problems))


def test_a_reminder_and_a_notice_show_names_as_written(qtbot, window):
    from backcoach.ui.reminders.reminder_bar import ReminderBar

    bar = ReminderBar()
    qtbot.addWidget(bar)
    bar.show_reminder(f"{_hostile('Desk stretch')}, 4 min. Click here to start it.")
    window.notices.add(f"The routine “{_hostile('Physio')}” was imported.")
    assert not _runs_html([bar, window.notices])


def test_a_question_about_a_routine_shows_its_name_as_written(qtbot, window, app_state, catalogue):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    routine_file = parse_routine_file(
        json.dumps(ROUTINE_FILE).encode(), "physio.backcoach-routine.json", catalogue
    )
    routine_id = app_state.import_routine(routine_file)
    window.show_routines()
    window.routines.select_routine(routine_id)
    seen: list[tuple[str, set[str]]] = []

    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, look)
            return
        rich = _renders_rich(box.textFormat(), box.text())
        seen.append((box.text(), {"the question"} if rich else set()))
        box.reject()

    QTimer.singleShot(0, look)
    window.routines.delete_routine()
    assert len(seen) == 1 and TAG in seen[0][0] and seen[0][1] == set()
