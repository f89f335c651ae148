"""The OK and Cancel row every dialog of the app ends with, named and explained for everyone."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QPushButton

from backcoach.ui.widgets.translation import Context

WidgetsText = Context("WidgetsText")

Role = QDialogButtonBox.StandardButton


def confirm_buttons(
    confirm_text: str, confirm_tip: str, cancel_tip: str, confirm: Role = Role.Ok
) -> tuple[QDialogButtonBox, QPushButton]:
    """A button box with a confirm button (named after what it does) and Cancel, each with an
    accessible name and a tooltip; the caller connects accepted and rejected."""
    buttons = QDialogButtonBox(confirm | Role.Cancel)
    ok = buttons.button(confirm)
    ok.setText(confirm_text)
    ok.setAccessibleName(confirm_text.replace("&", ""))
    ok.setToolTip(confirm_tip)
    cancel = buttons.button(Role.Cancel)
    cancel.setAccessibleName(WidgetsText.tr("Cancel"))
    cancel.setToolTip(cancel_tip)
    return buttons, ok
