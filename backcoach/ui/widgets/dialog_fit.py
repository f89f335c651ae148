"""Dialogs that grow with what they say: a message that appears (a wrong time, a name taken)
takes the lines it needs rather than squeezing the fields or being cut.

Qt sizes a dialog from its layout's minimum, which knows nothing of how many lines a wrapped
label needs at the dialog's width (its height for that width); so after a message changes, the
dialog asks its layout for that height and grows to it, never past the screen.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def grow_to_fit(dialog: QWidget) -> None:
    """Make `dialog` tall enough for everything it shows at its width."""
    layout = dialog.layout()
    if layout is None or not dialog.isVisible():
        return
    layout.activate()
    width = dialog.width()
    needed = layout.totalMinimumSize().height()
    if layout.hasHeightForWidth():
        needed = max(needed, layout.totalHeightForWidth(width))
    room = dialog.screen().availableGeometry().height() if dialog.screen() else needed
    height = min(needed, room)
    if height > dialog.height():
        dialog.resize(width, height)
