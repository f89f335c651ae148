"""What a person would call clipped: words cut off or hidden, found by walking the widgets.

For every view and dialog test that lays something out at a given size:

- a label without word wrap needs its text's width (fontMetrics().horizontalAdvance, or the
  laid-out width of rich text) inside its contents rectangle, and a line's height;
- a word-wrapped label needs the height its text takes at its width (heightForWidth);
- a button or a check box needs at least its minimum size hint, which holds its text;
- a field (line edit, combo box, spin box, text box) needs at least its minimum height, and an
  empty line edit the width of its placeholder, the example that says what to type;
- a list's rows need the list's width (no row going past its edge, to scroll sideways to);
- and every one of them must lie inside its window, not past its edge.

Only what is shown counts (visible to the root, with text). `problems(root)` lists each one in
words, so a failing test says which label and by how much.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QRadioButton,
    QStyle,
    QWidget,
)


def _shown_text(label: QLabel) -> str:
    text = label.text()
    if label.buddy() is not None:
        text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text


def _is_rich(label: QLabel) -> bool:
    fmt = label.textFormat()
    if fmt == Qt.TextFormat.RichText:
        return True
    return fmt == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(label.text())


def _text_width(label: QLabel) -> float:
    if _is_rich(label):
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setHtml(label.text())
        document.setDocumentMargin(0)
        return document.idealWidth()
    lines = _shown_text(label).split("\n")
    return max(label.fontMetrics().horizontalAdvance(line) for line in lines)


def _name(widget: QWidget) -> str:
    text = widget.text() if hasattr(widget, "text") else ""
    return widget.accessibleName() or repr(str(text)[:50]) or type(widget).__name__


def label_problems(label: QLabel) -> list[str]:
    rect = label.contentsRect()
    margin = 2 * label.margin()
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + 1:
            return [f"{_name(label)}: wrapped text needs {needed} px high, has {label.height()}"]
        return []
    problems = []
    width = _text_width(label)
    if width > rect.width() - margin + 1:
        problems.append(f"{_name(label)}: text needs {width:.0f} px wide, has {rect.width()}")
    lines = max(1, _shown_text(label).count("\n") + 1) if not _is_rich(label) else 1
    if label.fontMetrics().height() * lines > rect.height() + 1:
        problems.append(
            f"{_name(label)}: text is {label.fontMetrics().height()} px high, has {rect.height()}"
        )
    return problems


def button_problems(button: QAbstractButton) -> list[str]:
    """A check box or a radio button needs its size hint (its mark and its text); a push or tool
    button needs its text and the style's margins, not the style's wider minimum width."""
    if isinstance(button, (QCheckBox, QRadioButton)):
        needed = button.sizeHint()
    else:
        text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        margin = button.style().pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, button)
        icon = button.iconSize().width() + 4 if not button.icon().isNull() else 0
        width = button.fontMetrics().horizontalAdvance(text) + 2 * margin + icon
        needed = QSize(width, button.fontMetrics().height())
    if button.width() + 1 < needed.width() or button.height() + 1 < needed.height():
        return [
            f"{_name(button)}: needs {needed.width()}x{needed.height()}, "
            f"has {button.width()}x{button.height()}"
        ]
    return []


def field_problems(field: QWidget) -> list[str]:
    found = []
    needed = field.minimumSizeHint().height()
    if isinstance(field, QPlainTextEdit):  # a text box needs two lines, not its style's hint
        needed = field.fontMetrics().lineSpacing() * 2 + 2 * field.frameWidth() + 8
    if field.height() + 1 < needed:
        found.append(f"{_name(field)}: squashed to {field.height()} px high, needs {needed}")
    if isinstance(field, QLineEdit) and not field.text() and field.placeholderText():
        margins = field.textMargins()
        frame = field.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, field)
        room = field.width() - margins.left() - margins.right() - 2 * frame - 4
        width = field.fontMetrics().horizontalAdvance(field.placeholderText())
        if width > room + 1:
            found.append(f"{_name(field)}: its example needs {width} px, has {room}")
    return found


def outside_window(widget: QWidget) -> list[str]:
    window = widget.window()
    top_left = widget.mapTo(window, widget.rect().topLeft())
    where = QRect(top_left, widget.size())
    if not window.rect().adjusted(-1, -1, 1, 1).contains(where):
        return [f"{_name(widget)}: at {where.getRect()}, past the window's {window.size()}"]
    return []


def _inside_scroll_area(widget: QWidget, root: QWidget) -> bool:
    """In a scroll area's contents, where being past the edge only means scrolling."""
    from PySide6.QtWidgets import QAbstractScrollArea

    current = widget.parentWidget()
    while current is not None and current is not root:
        if isinstance(current.parentWidget(), QAbstractScrollArea):
            return True
        current = current.parentWidget()
    return False


FIELDS = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit)


def _is_part(field: QWidget) -> bool:
    """A line edit inside a combo box or a spin box: the outer field is checked instead."""
    parent = field.parentWidget()
    return isinstance(field, QLineEdit) and isinstance(parent, (QComboBox, QAbstractSpinBox))


def problems(root: QWidget) -> list[str]:
    """Every clipped or hidden text under root, in words."""
    found: list[str] = []
    for label in root.findChildren(QLabel):
        if label.isVisibleTo(root) and label.text().strip() and label.pixmap().isNull():
            found += label_problems(label)
            if not _inside_scroll_area(label, root):
                found += outside_window(label)
    for field in root.findChildren(QWidget):
        if isinstance(field, FIELDS) and field.isVisibleTo(root) and not _is_part(field):
            found += field_problems(field)
    for view in root.findChildren(QListView):
        if view.isVisibleTo(root) and view.horizontalScrollBar().maximum() > 0:
            found.append(
                f"{_name(view)}: rows wider than the list, by "
                f"{view.horizontalScrollBar().maximum()} px"
            )
    for button in root.findChildren(QAbstractButton):
        if button.isVisibleTo(root) and button.text() and button.parentWidget() is not None:
            if type(button).__name__ in ("QTabBarCloseButton",):
                continue
            found += button_problems(button)
            if not _inside_scroll_area(button, root):
                found += outside_window(button)
    return found
