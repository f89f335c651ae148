"""The paper's menu entries, for the window's menu builder: File › Print handout… and
History › Report for my physiotherapist…"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from backcoach.ui.app_state import AppState
from backcoach.ui.widgets.translation import Context

PaperText = Context("PaperText")


def handout_action(window: QWidget, state: AppState) -> QAction:
    action = QAction(PaperText.tr("&Print handout…"), window)
    action.setToolTip(
        PaperText.tr("Put a routine on paper: pictures, numbers, safety notes and a tick table")
    )
    action.triggered.connect(lambda: show_handout_dialog(window, state))
    return action


def report_action(window: QWidget, state: AppState) -> QAction:
    action = QAction(PaperText.tr("&Report for my physiotherapist…"), window)
    action.setToolTip(
        PaperText.tr("A PDF of what you did and how your pain went, for your next appointment")
    )
    action.triggered.connect(lambda: show_report_dialog(window, state))
    return action


def show_handout_dialog(window: QWidget, state: AppState) -> None:
    from backcoach.ui.paper.handout_dialog import HandoutDialog

    dialog = HandoutDialog(state, window)
    dialog.exec()
    dialog.deleteLater()


def show_report_dialog(window: QWidget, state: AppState) -> None:
    from backcoach.ui.paper.report_dialog import ReportDialog

    dialog = ReportDialog(state, window)
    dialog.exec()
    dialog.deleteLater()
