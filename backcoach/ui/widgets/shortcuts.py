"""Every keyboard shortcut of the app, in one table: the views make their shortcuts from it and
Help › Keyboard shortcuts lists it, so the list never disagrees with the keys.

Keys are written as QKeySequence reads them in its portable form ("Ctrl+1", "Space"); a standard
key (Quit, Undo, Delete) is the platform's own, shown as the platform writes it. Alt with a
letter underlined in a label or button is not listed here: every dialog and view shows its own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from backcoach.core.i18n import QT_TRANSLATE_NOOP
from backcoach.ui.widgets.translation import Context

WidgetsText = Context("WidgetsText")

StandardKey = QKeySequence.StandardKey


@dataclass(frozen=True)
class Shortcut:
    keys: str | QKeySequence.StandardKey
    what: str
    where: str

    def sequence(self) -> QKeySequence:
        return QKeySequence(self.keys)

    def what_text(self) -> str:
        """What the keys do, in the language in use."""
        return WidgetsText.tr(self.what)

    def where_text(self) -> str:
        """Where the keys work, in the language in use."""
        return WidgetsText.tr(self.where)

    def text(self) -> str:
        """The keys as this platform shows them ("Ctrl+Q", "⌘Q")."""
        return self.sequence().toString(QKeySequence.SequenceFormat.NativeText)


ANYWHERE = QT_TRANSLATE_NOOP("WidgetsText", "Anywhere")
START = QT_TRANSLATE_NOOP("WidgetsText", "The player, before a session")
SESSION = QT_TRANSLATE_NOOP("WidgetsText", "During a session")
EDITOR = QT_TRANSLATE_NOOP("WidgetsText", "The routine editor")
HISTORY = QT_TRANSLATE_NOOP("WidgetsText", "The history's sessions table")

SHORTCUTS: dict[str, Shortcut] = {
    "show_player": Shortcut(
        "Ctrl+1", QT_TRANSLATE_NOOP("WidgetsText", "Show the exercise player"), ANYWHERE
    ),
    "show_history": Shortcut(
        "Ctrl+2", QT_TRANSLATE_NOOP("WidgetsText", "Show the history"), ANYWHERE
    ),
    "show_routines": Shortcut(
        "Ctrl+3", QT_TRANSLATE_NOOP("WidgetsText", "Show the routine editor"), ANYWHERE
    ),
    "shortcuts": Shortcut(
        "F1", QT_TRANSLATE_NOOP("WidgetsText", "List the keyboard shortcuts (this list)"), ANYWHERE
    ),
    "quit": Shortcut(
        StandardKey.Quit, QT_TRANSLATE_NOOP("WidgetsText", "Quit BackCoach"), ANYWHERE
    ),
    "start": Shortcut("Space", QT_TRANSLATE_NOOP("WidgetsText", "Start the chosen routine"), START),
    "pause": Shortcut(
        "Space",
        QT_TRANSLATE_NOOP("WidgetsText", "Pause, or resume after a 3-2-1 countdown"),
        SESSION,
    ),
    "skip": Shortcut(
        "Right", QT_TRANSLATE_NOOP("WidgetsText", "Skip to the next exercise"), SESSION
    ),
    "previous": Shortcut(
        "Left",
        QT_TRANSLATE_NOOP("WidgetsText", "Back to the start of this exercise, or the one before"),
        SESSION,
    ),
    "hurts": Shortcut(
        "H", QT_TRANSLATE_NOOP("WidgetsText", "This hurts: stop the exercise at once"), SESSION
    ),
    "stop": Shortcut(
        "Esc", QT_TRANSLATE_NOOP("WidgetsText", "Stop the session (asks first)"), SESSION
    ),
    "full_screen": Shortcut(
        "F", QT_TRANSLATE_NOOP("WidgetsText", "Full screen on or off"), SESSION
    ),
    "move_up": Shortcut(
        "Ctrl+Up", QT_TRANSLATE_NOOP("WidgetsText", "Move the chosen exercise earlier"), EDITOR
    ),
    "move_down": Shortcut(
        "Ctrl+Down", QT_TRANSLATE_NOOP("WidgetsText", "Move the chosen exercise later"), EDITOR
    ),
    "remove_exercise": Shortcut(
        StandardKey.Delete,
        QT_TRANSLATE_NOOP("WidgetsText", "Remove the chosen exercise (in the list of exercises)"),
        EDITOR,
    ),
    "rename_routine": Shortcut(
        "F2",
        QT_TRANSLATE_NOOP("WidgetsText", "Rename the chosen routine (in the list of routines)"),
        EDITOR,
    ),
    "delete_routine": Shortcut(
        StandardKey.Delete,
        QT_TRANSLATE_NOOP("WidgetsText", "Delete the chosen routine (in the list of routines)"),
        EDITOR,
    ),
    "undo_edit": Shortcut(
        StandardKey.Undo,
        QT_TRANSLATE_NOOP("WidgetsText", "Undo the last change to a routine"),
        EDITOR,
    ),
    "delete_session": Shortcut(
        StandardKey.Delete, QT_TRANSLATE_NOOP("WidgetsText", "Delete the chosen session"), HISTORY
    ),
    "undo_session": Shortcut(
        StandardKey.Undo,
        QT_TRANSLATE_NOOP("WidgetsText", "Undo the last change to a session"),
        HISTORY,
    ),
    "redo_session": Shortcut(
        StandardKey.Redo, QT_TRANSLATE_NOOP("WidgetsText", "Redo it"), HISTORY
    ),
}


def make_shortcut(
    name: str,
    parent: QWidget,
    slot: Callable[[], object],
    context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetShortcut,
) -> QShortcut:
    """The table's shortcut `name` on `parent`, running `slot`, in `context`."""
    shortcut = QShortcut(SHORTCUTS[name].sequence(), parent)
    shortcut.setContext(context)
    shortcut.activated.connect(slot)
    return shortcut
