"""Restore from backup: every backup of every data file, by file and date, one click to restore."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from backcoach.core.storage.backups import Backup
from backcoach.core.words import moment_text, month_text, plural
from backcoach.ui.app_state import AppState
from backcoach.ui.widgets.translation import Context

DataText = Context("DataText")

_BACKUP_ROLE = Qt.ItemDataRole.UserRole


def describe_file(state: AppState, original: Path) -> str:
    """A person's name for a data file: "Settings", "Sessions of March 2026 (this computer)"."""
    folder = state.store.folder
    if original == folder / "settings.json":
        return DataText.tr("Settings")
    if original == folder / "routines.json":
        return DataText.tr("Your routines and exercises")
    if original.parent.parent == folder / "devices":
        what = {
            "settings.json": DataText.tr("Settings"),
            "routines.json": DataText.tr("Your routines and exercises"),
        }
        mine = original.parent.name == state.store.device
        whose = DataText.tr("this computer") if mine else original.parent.name
        return f"{what.get(original.name, 'Window and start settings')} ({whose})"
    try:
        device = original.parent.name
        year, month = original.stem.split("-")
        when = month_text(date(int(year), int(month), 1))
    except ValueError:
        return str(original.relative_to(folder))
    whose = DataText.tr("this computer") if device == state.store.device else device
    return DataText.tr("Sessions of {when} ({whose})").format(when=when, whose=whose)


def describe_backup(backup: Backup) -> str:
    """What a backup holds, read from it (only when asked: there may be thousands)."""
    try:
        data = json.loads(backup.path.read_text(encoding="utf-8-sig"))
    except (OSError, ValueError):
        return DataText.tr("This backup cannot be read.")
    if isinstance(data, dict) and isinstance(data.get("sessions"), list):
        return plural(len(data["sessions"]), "session")
    if isinstance(data, dict) and isinstance(data.get("routines"), list):
        return plural(len(data["routines"]), "routine")
    if isinstance(data, dict) and isinstance(data.get("settings"), dict):
        return DataText.tr("{plural} set").format(plural=plural(len(data["settings"]), "setting"))
    return plural(backup.size, "byte")


class RestoreDialog(QDialog):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setWindowTitle(DataText.tr("Restore from backup"))
        self.resize(560, 440)
        intro = QLabel(
            DataText.tr(
                "BackCoach backs up each file before it changes (at most once an hour) and keeps "
                "daily, weekly and monthly backups. Choose a backup to put back. What the file "
                "holds now is backed up first, so a restore can be undone the same way."
            )
        )
        intro.setWordWrap(True)
        self.tree = QTreeWidget()
        # In a person's words: the file by what it holds, each backup by when it was taken.
        self.tree.setHeaderLabels([DataText.tr("Your data and its backups, newest first")])
        self.tree.setAccessibleName(DataText.tr("Backups"))
        self.tree.setToolTip(DataText.tr("Backups by file, newest first"))
        self.tree.setRootIsDecorated(True)
        self.details = QLabel()
        self.details.setAccessibleName(DataText.tr("Backup details"))
        self.details.setWordWrap(True)
        self.restore_button = QPushButton(DataText.tr("&Restore"))
        self.restore_button.setToolTip(
            DataText.tr("Put the selected backup back in place of its file")
        )
        self.restore_button.setAccessibleName(DataText.tr("Restore the selected backup"))
        self.restore_button.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setToolTip(DataText.tr("Close without restoring"))
        close.setAccessibleName(DataText.tr("Close"))
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        self.tree.currentItemChanged.connect(self._on_selection)
        self.tree.itemActivated.connect(lambda item, _column: self._expand_or_restore(item))

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.details)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.tree.clear()
        by_file: dict[Path, list[Backup]] = {}
        for backup in self.state.store.backups.all():
            by_file.setdefault(backup.original, []).append(backup)
        if not by_file:
            self.details.setText(
                DataText.tr("There are no backups yet: they are made when a file changes.")
            )
        for original in sorted(by_file, key=lambda p: describe_file(self.state, p)):
            backups = by_file[original]
            name = describe_file(self.state, original)
            parent = QTreeWidgetItem([f"{name}: {plural(len(backups), 'backup')}"])
            parent.setToolTip(0, str(original))
            for backup in backups:
                child = QTreeWidgetItem([moment_text(backup.taken, weekday=True)])
                child.setData(0, _BACKUP_ROLE, backup)
                child.setToolTip(
                    0,
                    DataText.tr("{name} as it was then; the copy is {path}").format(
                        name=name, path=backup.path
                    ),
                )
                parent.addChild(child)
            self.tree.addTopLevelItem(parent)
        self.tree.resizeColumnToContents(0)
        self.restore_button.setEnabled(False)

    def selected_backup(self) -> Backup | None:
        item = self.tree.currentItem()
        return item.data(0, _BACKUP_ROLE) if item is not None else None

    def _on_selection(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        backup = item.data(0, _BACKUP_ROLE) if item is not None else None
        self.restore_button.setEnabled(backup is not None)
        if backup is not None:
            self.details.setText(
                DataText.tr("{describe_file} as of {moment_text}: {describe_backup}.").format(
                    describe_file=describe_file(self.state, backup.original),
                    moment_text=moment_text(backup.taken),
                    describe_backup=describe_backup(backup),
                )
            )
        else:
            self.details.clear()

    def _expand_or_restore(self, item: QTreeWidgetItem) -> None:
        if item.data(0, _BACKUP_ROLE) is None:
            item.setExpanded(not item.isExpanded())
        else:
            self.restore_selected()

    def restore_selected(self) -> bool:
        backup = self.selected_backup()
        if backup is None:
            return False
        restored = self.state.restore_backup(backup)
        if restored:
            self.accept()
        else:
            self.refresh()
        return restored
