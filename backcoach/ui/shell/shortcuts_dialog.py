"""Help › Keyboard shortcuts: every shortcut of the app, read from the table the views make
their shortcuts from (ui/widgets/shortcuts.py), grouped by where it works."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from backcoach.ui.widgets.shortcuts import SHORTCUTS
from backcoach.ui.widgets.translation import Context

ShellText = Context("ShellText")


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(ShellText.tr("Keyboard shortcuts"))
        self.setAccessibleName(ShellText.tr("Keyboard shortcuts"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            ShellText.tr(
                "Everything in BackCoach works from the keyboard: Tab moves between controls, and "
                "Alt with the underlined letter of a label or button goes straight to it."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([ShellText.tr("Keys"), ShellText.tr("What they do")])
        self.tree.setAccessibleName(ShellText.tr("Keyboard shortcuts"))
        self.tree.setToolTip(ShellText.tr("Every keyboard shortcut, by where it works"))
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        groups: dict[str, QTreeWidgetItem] = {}
        for shortcut in SHORTCUTS.values():
            if not shortcut.text():
                continue  # a standard key this platform has none for (Quit on Windows)
            group = groups.get(shortcut.where)
            if group is None:
                group = QTreeWidgetItem([shortcut.where_text()])
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setFirstColumnSpanned(False)
                self.tree.addTopLevelItem(group)
                group.setFirstColumnSpanned(True)
                groups[shortcut.where] = group
            group.addChild(QTreeWidgetItem([shortcut.text(), shortcut.what_text()]))
        self.tree.expandAll()
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        layout.addWidget(self.tree, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setToolTip(ShellText.tr("Close the list"))
        close.setAccessibleName(ShellText.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        width = self.fontMetrics().averageCharWidth() * 80
        rows = sum(1 + g.childCount() for g in groups.values())
        height = self.tree.sizeHintForRow(0) * (rows + 2) + 120
        self.resize(width, height)
