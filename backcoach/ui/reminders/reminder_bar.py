"""The in-window reminder, for desktops without a tray: Start, Snooze or Dismiss."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QWidget,
)

from backcoach.core.i18n import QT_TRANSLATE_NOOP
from backcoach.ui.widgets.plain_text import plain_labels
from backcoach.ui.widgets.translation import Context

RemindersText = Context("RemindersText")

SNOOZE_CHOICES = (
    (15, QT_TRANSLATE_NOOP("RemindersText", "15 minutes")),
    (30, QT_TRANSLATE_NOOP("RemindersText", "30 minutes")),
    (60, QT_TRANSLATE_NOOP("RemindersText", "1 hour")),
)


class ReminderBar(QFrame):
    startRequested = Signal()
    snoozeRequested = Signal(int)  # minutes
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(RemindersText.tr("Reminder"))
        # The highlight colours of the palette: it stands out in light and dark themes alike.
        self.setAutoFillBackground(True)
        self.setBackgroundRole(self.palette().ColorRole.Highlight)
        self.setForegroundRole(self.palette().ColorRole.HighlightedText)
        layout = QHBoxLayout(self)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setAccessibleName(RemindersText.tr("Reminder message"))
        plain_labels(self.label)  # names the routine, from data (ui/widgets/plain_text.py)
        self.label.setForegroundRole(self.palette().ColorRole.HighlightedText)
        font = QFont(self.label.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.label.setFont(font)
        layout.addWidget(self.label, 1)

        self.start_button = QPushButton(RemindersText.tr("&Start now"))
        self.start_button.setAccessibleName(RemindersText.tr("Start the routine now"))
        self.start_button.setToolTip(
            RemindersText.tr("Open the player and start the reminder's routine")
        )
        self.start_button.clicked.connect(self._start)
        layout.addWidget(self.start_button)

        self.snooze_button = QToolButton()
        self.snooze_button.setText(RemindersText.tr("S&nooze 15 min"))
        self.snooze_button.setAccessibleName(RemindersText.tr("Snooze the reminder"))
        self.snooze_button.setToolTip(
            RemindersText.tr("Remind me again in 15 minutes (the arrow offers longer)")
        )
        self.snooze_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.snooze_button.clicked.connect(lambda: self._snooze(SNOOZE_CHOICES[0][0]))
        menu = QMenu(self.snooze_button)
        menu.setAccessibleName(RemindersText.tr("Snooze for"))
        for minutes, text in SNOOZE_CHOICES:
            action = QAction(
                RemindersText.tr("Snooze {text}").format(text=RemindersText.tr(text)), menu
            )
            action.triggered.connect(lambda _=False, m=minutes: self._snooze(m))
            menu.addAction(action)
        self.snooze_button.setMenu(menu)
        layout.addWidget(self.snooze_button)

        self.dismiss_button = QToolButton()
        self.dismiss_button.setText(RemindersText.tr("&Dismiss"))
        self.dismiss_button.setAccessibleName(RemindersText.tr("Dismiss the reminder"))
        self.dismiss_button.setToolTip(
            RemindersText.tr("Hide this reminder; the next one comes as scheduled")
        )
        self.dismiss_button.clicked.connect(self._dismiss)
        layout.addWidget(self.dismiss_button)
        self.hide()

    def show_reminder(self, text: str) -> None:
        self.label.setText(text)
        self.show()

    def _start(self) -> None:
        self.hide()
        self.startRequested.emit()

    def _snooze(self, minutes: int) -> None:
        self.hide()
        self.snoozeRequested.emit(minutes)

    def _dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()
