"""A bar at the top of the window that tells the user about their data, until dismissed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from backcoach.ui.widgets.translation import Context

DataText = Context("DataText")


class NoticeBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(self.palette().ColorRole.ToolTipBase)
        self.setForegroundRole(self.palette().ColorRole.ToolTipText)
        layout = QHBoxLayout(self)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setAccessibleName(DataText.tr("Notice"))
        # Messages quote file names, routine names and what a file held: shown as written.
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setForegroundRole(self.palette().ColorRole.ToolTipText)
        layout.addWidget(self.label, 1)
        close = QToolButton()
        close.setText(DataText.tr("Dismiss"))
        close.setToolTip(DataText.tr("Hide this notice"))
        close.setAccessibleName(DataText.tr("Dismiss notice"))
        close.clicked.connect(self.dismiss)
        layout.addWidget(close)
        self.messages: list[str] = []
        self.hide()

    def add(self, message: str) -> None:
        if message in self.messages:
            return
        self.messages.append(message)
        self.label.setText("\n".join(self.messages))
        self.show()

    def dismiss(self) -> None:
        self.messages.clear()
        self.hide()
