"""File > Export history as CSV: asks where, writes the sessions and their exercises."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from backcoach.core.storage.export import ExportError, exercises_path_for, export_csv
from backcoach.core.words import csv_exported, export_failed
from backcoach.ui.app_state import AppState
from backcoach.ui.widgets.translation import Context

DataText = Context("DataText")


def export_csv_action(window: QWidget, state: AppState) -> QAction:
    """The action, for the window's File menu (placed by its menu builder)."""
    action = QAction(DataText.tr("Export history as &CSV…"), window)
    action.setToolTip(
        DataText.tr("Save your sessions, and the exercises of each, as two CSV files")
    )
    action.triggered.connect(lambda: ask_and_export(window, state))
    return action


def ask_and_export(parent: QWidget, state: AppState) -> tuple[Path, Path] | None:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    name, _ = QFileDialog.getSaveFileName(
        parent,
        DataText.tr("Export history as CSV"),
        str(Path(documents) / "backcoach-sessions.csv"),
        DataText.tr("CSV files (*.csv);;All files (*)"),
    )
    if not name:
        return None
    return export_to(parent, state, Path(name))


def export_to(parent: QWidget, state: AppState, path: Path) -> tuple[Path, Path] | None:
    try:
        written = export_csv(
            state.sessions, path, exercises_path_for(path), state.settings.day_start_hour
        )
    except ExportError as error:
        QMessageBox.warning(parent, DataText.tr("Export history as CSV"), export_failed(error))
        return None
    state.problemReported.emit(csv_exported(len(state.sessions), *written))
    return written
