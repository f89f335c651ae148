"""What a keyboard user and a screen reader need of every control, found by walking widgets.

- Every control a user can act on has an accessible name (what a screen reader says) and a
  tooltip (what it does), as the brief's standard asks. The parts Qt makes inside a control (a
  combo box's line edit, a scroll area's scroll bars, a table's header) are the control's own.
- No Alt letter is taken twice in one window: two controls underlined with the same letter make
  Alt+letter cycle between them instead of going to one.
"""

from __future__ import annotations

import re
from collections import Counter

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

CONTROLS = (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QAbstractSpinBox,
    QAbstractSlider,
    QAbstractItemView,
    QPlainTextEdit,
    QTextEdit,
)


def _is_part(widget: QWidget) -> bool:
    """A piece Qt makes inside a control, named and explained by the control itself."""
    if isinstance(widget, (QScrollBar, QHeaderView)):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QTabBar)):
            return True
        parent = parent.parentWidget()
    return False


def unnamed_controls(root: QWidget) -> list[str]:
    """Every shown control under root without an accessible name or a tooltip."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(root) or _is_part(widget):
            continue
        text = widget.text() if isinstance(widget, (QAbstractButton, QLineEdit)) else ""
        what = f"{type(widget).__name__} {text or widget.objectName()!r}"
        if not widget.accessibleName():
            found.append(f"{what}: no accessible name")
        if not widget.toolTip():
            found.append(f"{what}: no tooltip")
    return found


_MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def letter(text: str) -> str | None:
    """The Alt letter a text underlines, if any."""
    match = _MNEMONIC.search(text.replace("&&", ""))
    return match.group(1).lower() if match else None


def alt_letters(root: QWidget) -> Counter[str]:
    """Each Alt letter in use in root's window, with how many controls take it."""
    taken: Counter[str] = Counter()
    window = root.window()
    if isinstance(window, QMainWindow) and window.menuBar().isVisible():
        for action in window.menuBar().actions():
            if action.isVisible() and (key := letter(action.text())):
                taken[key] += 1
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        text = ""
        labelled = isinstance(widget, QLabel) and widget.buddy() is not None
        if isinstance(widget, QAbstractButton) or labelled:
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        if key := letter(text):
            taken[key] += 1
    for bar in root.findChildren(QTabBar):
        if bar.isVisibleTo(window):
            for index in range(bar.count()):
                if key := letter(bar.tabText(index)):
                    taken[key] += 1
    return taken


def twice_taken(root: QWidget) -> dict[str, int]:
    """The Alt letters more than one control takes in root's window."""
    return {key: count for key, count in alt_letters(root).items() if count > 1}
