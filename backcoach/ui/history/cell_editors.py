"""The editors of the sessions table's cells: a note that stops at the core's limit, and a pain
rating that refuses what the core refuses, with the reason, instead of cutting it to fit."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from backcoach.core.session import NOTE_LIMIT, rating_problem
from backcoach.ui.history.session_dialog import NOT_RATED
from backcoach.ui.widgets.translation import Context

HistoryText = Context("HistoryText")

_Index = QModelIndex | QPersistentModelIndex


class NoteDelegate(QStyledItemDelegate):
    """The note's editor stops at the core's limit, as the dialog's does."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.setMaxLength(NOTE_LIMIT)
        return editor


def parse_rating(text: str) -> tuple[int | None, str | None]:
    """A rating typed in a cell: (the rating, None), None for an empty cell (not rated), or
    (None, why it is refused) in the core's words."""
    stripped = text.strip()
    if not stripped:
        return None, None
    try:
        value = int(stripped)
    except ValueError:
        value = -1  # not a number: the core's rule for a rating out of range says what is
    problem = rating_problem(value)
    return (None, problem) if problem else (value, None)


class RatingValidator(QValidator):
    """Lets anything be typed (so nothing is dropped without a word), but Return commits only a
    rating the core accepts: Qt's delegate keeps the editor open on input that is not
    acceptable."""

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        _, problem = parse_rating(text)
        state = QValidator.State.Intermediate if problem else QValidator.State.Acceptable
        return state, text, pos


class RatingDelegate(QStyledItemDelegate):
    """A pain cell's editor: a number from 0 to 10, empty for not rated. A number out of range
    (11, typed in a hurry) is refused with the reason, never cut to one that fits."""

    problem = Signal(str)  # what is wrong with the rating being typed; "" once it is right

    def __init__(self, names: dict[int, str], parent: QWidget | None = None) -> None:
        """names: each pain column's name ("Pain before"), for the editor and the messages."""
        super().__init__(parent)
        self.names = names

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        name = self.names[index.column()]
        editor = QLineEdit(parent)
        editor.setValidator(RatingValidator(editor))
        editor.setMaxLength(4)
        editor.setPlaceholderText(HistoryText.tr("not rated"))
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        editor.setAccessibleName(name)
        editor.setToolTip(
            HistoryText.tr("{name}: 0 (none) to 10 (worst); empty for not rated").format(name=name)
        )
        editor.textEdited.connect(lambda text: self._check(name, text))
        return editor

    def _check(self, name: str, text: str) -> None:
        _, problem = parse_rating(text)
        self.problem.emit(
            HistoryText.tr(
                "{name}: “{strip}” cannot be saved. {problem} Leave it empty for not rated."
            ).format(name=name, strip=text.strip(), problem=problem)
            if problem
            else ""
        )

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, QLineEdit)  # made by createEditor
        value = int(index.data(Qt.ItemDataRole.EditRole))
        editor.setText("" if value == NOT_RATED else str(value))
        editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        assert isinstance(editor, QLineEdit)
        value, problem = parse_rating(editor.text())
        if problem:  # not reached by Return (the validator holds it back); kept safe anyway
            return
        model.setData(index, NOT_RATED if value is None else value, Qt.ItemDataRole.EditRole)
