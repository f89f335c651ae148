"""Contrast as a person sees it: every text a widget shows against what it is drawn on, with the
WCAG 2 ratio (ui/widgets/theme.py `contrast_ratio`). For the contrast tests of each view.

A label's text is its palette's foreground role; what it is drawn on is the background of the
nearest widget up its parents that fills its own (autoFillBackground, a frame's panel), or the
window's. Disabled widgets are left out: WCAG asks nothing of them.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from backcoach.ui.widgets.theme import TEXT_CONTRAST, contrast_ratio


def background_of(widget: QWidget) -> QColor:
    """The colour a widget is drawn on."""
    current: QWidget | None = widget
    while current is not None:
        if current.autoFillBackground():
            return current.palette().color(current.backgroundRole())
        current = current.parentWidget()
    return widget.palette().color(QPalette.ColorRole.Window)


def shown_texts(root: QWidget) -> Iterator[QLabel]:
    """The labels with words on show under root."""
    for label in root.findChildren(QLabel):
        words = label.isVisibleTo(root) and label.isEnabled() and label.text().strip()
        if words and (label.pixmap() is None or label.pixmap().isNull()):
            yield label


def text_contrast_problems(root: QWidget, minimum: float = TEXT_CONTRAST) -> list[str]:
    """Every label under root whose text falls short of `minimum` against its background."""
    problems = []
    for label in shown_texts(root):
        text = label.palette().color(label.foregroundRole())
        ratio = contrast_ratio(text, background_of(label))
        if ratio < minimum:
            problems.append(f"{label.accessibleName() or label.text()[:40]!r}: {ratio:.2f}:1")
    for button in root.findChildren(QAbstractButton):
        if button.isVisibleTo(root) and button.isEnabled() and button.text():
            palette = button.palette()
            role = QPalette.ColorRole
            pairs = [(role.ButtonText, role.Button)]
            if button.isChecked():
                # Checked buttons (a chosen pain rating) are drawn in the selection's colours.
                pairs = [(role.HighlightedText, role.Highlight)]
            for text_role, ground in pairs:
                ratio = contrast_ratio(palette.color(text_role), palette.color(ground))
                if ratio < minimum:
                    problems.append(f"button {button.text()!r}: {ratio:.2f}:1")
    return problems
