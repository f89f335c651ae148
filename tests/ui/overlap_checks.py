"""Widgets that sit on one another: for every shown widget, its shown children must not overlap
(a layout that breaks, mirrored or squeezed, puts one over the other). And a mirrored layout:
each widget where its mirror image would be.

`overlaps(root)` lists each pair in words; `mirror_problems(before, after)` compares where the
widgets were left to right (`positions(root)`) with where they are right to left.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractScrollArea, QScrollBar, QSplitterHandle, QWidget

# Children that are meant to lie over others: a scroll area's parts, a splitter's handles.
_LAYERED = (QScrollBar, QSplitterHandle)


def _name(widget: QWidget) -> str:
    return widget.accessibleName() or widget.objectName() or type(widget).__name__


def _shown_children(widget: QWidget) -> list[QWidget]:
    return [
        child
        for child in widget.findChildren(QWidget, options=_direct())
        if child.isVisible()
        and not child.isWindow()
        and not isinstance(child, _LAYERED)
        and child.width() > 0
        and child.height() > 0
    ]


def _direct():
    from PySide6.QtCore import Qt

    return Qt.FindChildOption.FindDirectChildrenOnly


def overlaps(root: QWidget) -> list[str]:
    found = []
    stack = [root]
    while stack:
        widget = stack.pop()
        if isinstance(widget, QAbstractScrollArea):
            stack += _shown_children(widget.viewport())
            continue
        children = _shown_children(widget)
        for index, one in enumerate(children):
            for other in children[index + 1 :]:
                shared = one.geometry().intersected(other.geometry())
                if shared.width() > 2 and shared.height() > 2:
                    found.append(f"{_name(one)} and {_name(other)} overlap by {_size(shared)}")
        stack += children
    return found


def _size(rect: QRect) -> str:
    return f"{rect.width()}x{rect.height()}"


def positions(root: QWidget) -> dict[int, tuple[QWidget, int, int]]:
    """Each shown widget's left and right edge in its parent, by identity."""
    found = {}
    stack = [root]
    while stack:
        widget = stack.pop()
        for child in _shown_children(widget):
            found[id(child)] = (child, child.x(), child.x() + child.width())
            stack.append(child)
    return found


def mirror_problems(before: dict[int, tuple[QWidget, int, int]]) -> list[str]:
    """Widgets not where the mirror image of their left-to-right place puts them (2 px
    allowed): right edge to left edge within the parent."""
    problems = []
    for widget, _left, right in before.values():
        parent = widget.parentWidget()
        if parent is None or not widget.isVisible():
            continue
        mirrored = parent.width() - right
        if abs(widget.x() - mirrored) > 2:
            problems.append(f"{_name(widget)} at x={widget.x()}, its mirror image at {mirrored}")
    return problems
