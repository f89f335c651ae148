"""Tab goes through a page as it reads: in the order its layouts place its controls.

Qt's Tab order is the order controls were made, and a page that gets a control from outside
later (the window's "Edit…", the player's "Sound & voice") would send Tab there last, after
the controls below it. `follow_layout` walks the page's layouts (a grid row by row) and chains
its controls in that order.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLayout, QWidget


def _in_order(layout: QLayout) -> list[QWidget]:
    items = [item for i in range(layout.count()) if (item := layout.itemAt(i)) is not None]
    if isinstance(layout, QGridLayout):
        place: dict[int, tuple[int, int]] = {}
        for index in range(layout.count()):
            # PySide6's stub says getItemPosition returns object; it is (row, column, spans).
            position: tuple[int, ...] = layout.getItemPosition(index)  # type: ignore[assignment]
            place[id(layout.itemAt(index))] = (position[0], position[1])
        items.sort(key=lambda item: place[id(item)])
    widgets: list[QWidget] = []
    for item in items:
        widget, inner = item.widget(), item.layout()
        if widget is not None:
            own = widget.layout()
            proxy = widget.focusProxy()
            if own is not None:
                widgets += _in_order(own)
            elif widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                widgets.append(widget)
            elif proxy is not None:
                widgets.append(proxy)
        elif inner is not None:
            widgets += _in_order(inner)
    return widgets


def follow_layout(page: QWidget) -> list[QWidget]:
    """Chain Tab through page's controls in their layouts' order; returns the chain."""
    layout = page.layout()
    if layout is None:
        return []
    chain = _in_order(layout)
    for before, after in pairwise(chain):
        QWidget.setTabOrder(before, after)
    return chain
