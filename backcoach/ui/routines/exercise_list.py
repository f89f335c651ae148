"""The exercises of a routine as a list: drag to reorder, tick to turn on or off."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from backcoach.ui.widgets.plain_text import plain_tooltip
from backcoach.ui.widgets.translation import Context

RoutinesText = Context("RoutinesText")

# Each row keeps the index its item has in the routine, so after a drop the new order is read
# straight from the rows.
ITEM_INDEX_ROLE = Qt.ItemDataRole.UserRole


def wrap_rows(view: QListWidget) -> None:
    """Long names wrap to the next line at the list's width, rather than going past its edge."""
    view.setWordWrap(True)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)


class ExerciseList(QListWidget):
    # The routine's item indices in their new order, after a drag and drop.
    reordered = Signal(list)
    # The routine's item index and whether it is now on.
    toggled = Signal(int, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(RoutinesText.tr("Exercises of the routine"))
        self.setToolTip(
            RoutinesText.tr(
                "Drag to reorder (or Ctrl+Up and Ctrl+Down); tick an "
                "exercise to include it, untick to leave it out for a while"
            )
        )
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setSpacing(2)
        wrap_rows(self)
        self.model().rowsMoved.connect(self._moved)
        self.itemChanged.connect(self._changed)

    def show_rows(self, rows: list[tuple[str, str, bool]], current: int) -> None:
        """Rows of (text, tooltip, enabled), in routine order; keeps the list's own items."""
        self.blockSignals(True)
        while self.count() > len(rows):
            self.takeItem(self.count() - 1)
        while self.count() < len(rows):
            item = QListWidgetItem()
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsDragEnabled
            )
            self.addItem(item)
        for index, (text, tip, enabled) in enumerate(rows):
            item = self.item(index)
            item.setText(text)
            item.setToolTip(plain_tooltip(tip))  # instructions, from data (plain_text.py)
            item.setData(ITEM_INDEX_ROLE, index)
            item.setCheckState(Qt.CheckState.Checked if enabled else Qt.CheckState.Unchecked)
            font = item.font()
            font.setItalic(not enabled)
            item.setFont(font)
        if rows:
            self.setCurrentRow(min(max(current, 0), len(rows) - 1))
        self.blockSignals(False)

    def order(self) -> list[int]:
        return [self.item(row).data(ITEM_INDEX_ROLE) for row in range(self.count())]

    def _moved(self, *_: QModelIndex | QPersistentModelIndex | int) -> None:
        if not self.signalsBlocked():
            self.reordered.emit(self.order())

    def _changed(self, item: QListWidgetItem) -> None:
        self.toggled.emit(item.data(ITEM_INDEX_ROLE), item.checkState() == Qt.CheckState.Checked)
