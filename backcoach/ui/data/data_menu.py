"""The File menu's data actions (export, import, restore from backup), and the last chance to save
before quitting. Kept out of main_window.py, whose menu builder places them."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from backcoach.core.hand_over import Status
from backcoach.core.i18n import QT_TRANSLATE_NOOP
from backcoach.core.storage.files import FileProblem
from backcoach.core.storage.store import StoreError
from backcoach.core.words import export_failed, import_failed, import_refused, plural
from backcoach.ui.app_state import AppState
from backcoach.ui.widgets.translation import Context

DataText = Context("DataText")

if TYPE_CHECKING:
    from backcoach.ui.data.restore_dialog import RestoreDialog

FILE_FILTER = QT_TRANSLATE_NOOP("DataText", "BackCoach export (*.json);;All files (*)")


class DataActions:
    def __init__(self, window: QMainWindow, state: AppState) -> None:
        self.window, self.state = window, state
        self.export_action = self._action(
            DataText.tr("&Export all data…"),
            self.export_all,
            DataText.tr("Save all settings, routines and sessions to one file"),
        )
        self.import_action = self._action(
            DataText.tr("&Import data…"),
            self.import_all,
            DataText.tr("Merge a file exported on this or another computer"),
        )
        self.restore_action = self._action(
            DataText.tr("&Restore from backup…"),
            self.show_restore,
            DataText.tr("Put back an earlier version of a data file"),
        )
        self.actions = (self.export_action, self.import_action, self.restore_action)

    def _action(self, text: str, slot, tip: str) -> QAction:
        action = QAction(text, self.window)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _documents(self) -> str:
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    def export_all(self, path: Path | None = None) -> bool:
        if path is None:
            suggested = Path(self._documents()) / "backcoach-export.json"
            chosen, _ = QFileDialog.getSaveFileName(
                self.window,
                DataText.tr("Export all data"),
                str(suggested),
                DataText.tr(FILE_FILTER),
            )
            if not chosen:
                return False
            path = Path(chosen)
        try:
            from backcoach.core.storage.archive import (
                export_all,  # on first use: not needed at start
            )

            summary = export_all(self.state.store, path, extra_sessions=self.state.unsaved)
        except FileProblem as error:
            self.state.problemReported.emit(export_failed(error))
            return False
        self.state.problemReported.emit(str(summary))
        return True

    def import_all(self, path: Path | None = None) -> bool:
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self.window, DataText.tr("Import data"), self._documents(), DataText.tr(FILE_FILTER)
            )
            if not chosen:
                return False
            path = Path(chosen)
        status, _message = self.import_from(path)
        return status == "done"

    def import_from(self, path: Path) -> tuple[Status, str]:
        """Merge an archive, say what happened in the window, and return it: "done", "refused"
        (the file is not one to import: nothing changed) or "failed" (could not be saved)."""
        from backcoach.core.storage.archive import import_all

        status: Status
        try:
            summary = import_all(self.state.store, path)
        except FileProblem as error:
            status, message = "refused", import_refused(error)
        except StoreError as error:
            status, message = "failed", import_failed(error)
        else:
            status, message = "done", str(summary)
        self.state.reload()
        self.state.problemReported.emit(message)
        return status, message

    def show_restore(self) -> RestoreDialog:
        from backcoach.ui.data.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self.state, self.window)
        dialog.open()
        return dialog


def confirm_quit_with_unsaved(window: QMainWindow, state: AppState) -> bool:
    """Try once more to save; if something is still unsaved, warn. True when it is fine to quit."""
    if not state.has_unsaved:
        return True
    try:
        if state.retry_unsaved():
            return True
    except Exception:  # a fault in saving must never close the window on unsaved data unasked
        pass
    count = len(state.unsaved)
    what = plural(count, "session") if count else DataText.tr("Your latest settings")
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        DataText.tr("Not saved"),
        DataText.tr("{what} could not be saved. {last_failure}").format(
            what=what, last_failure=state.last_failure
        ),
        parent=window,
    )
    box.setInformativeText(
        DataText.tr(
            "If you quit now, they are lost. Free some disk space or fix the folder's "
            "permissions, then quit again; or export everything to another place."
        )
    )
    keep = box.addButton(DataText.tr("Keep BackCoach open"), QMessageBox.ButtonRole.RejectRole)
    export = box.addButton(DataText.tr("Export to a file…"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(DataText.tr("Quit without saving"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    clicked = box.clickedButton()
    if clicked is keep:
        return False
    if clicked is export:
        actions: DataActions | None = getattr(window, "data_actions", None)
        return bool(actions and actions.export_all())
    return True
