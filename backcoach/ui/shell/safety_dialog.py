"""The guide's safety advice: acknowledged once before the first session, and from the Help menu.

`SafetyGate` holds the rule, in one place: no session starts before the advice was acknowledged.
Every way to start one (the player's Start and Space, a reminder, the tray menu, the history's
start button) asks the gate, which opens the advice when it has not been acknowledged yet and,
once it is, goes on with the session that was asked for. Closing it without ticking "I have read
this advice" starts nothing and leaves the user where they were; it opens again at the next
start.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from backcoach.core.catalogue import Catalogue
from backcoach.core.i18n import QT_TRANSLATE_NOOP
from backcoach.ui.app_state import AppState
from backcoach.ui.widgets.translation import Context

ShellText = Context("ShellText")

# Not a bullet of the guide, but what "never force a stretch" means while exercising.
STOP_IF_IT_HURTS = QT_TRANSLATE_NOOP(
    "ShellText", "Pain is a signal to stop the exercise, not to push through it."
)


def safety_html(catalogue: Catalogue) -> str:
    items = "".join(
        ShellText.tr("<li><b>{escape}.</b> {escape2}</li>").format(
            escape=escape(note.title), escape2=escape(note.text)
        )
        for note in catalogue.safety
    )
    return ShellText.tr("<ul>{items}<li><b>Stop if it hurts.</b> {escape}</li></ul>").format(
        items=items, escape=escape(ShellText.tr(STOP_IF_IT_HURTS))
    )


class SafetyDialog(QDialog):
    def __init__(self, catalogue: Catalogue, first_start: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(ShellText.tr("Before you start"))
        self.setAccessibleName(ShellText.tr("Safety advice"))
        layout = QVBoxLayout(self)
        heading = QLabel(ShellText.tr("<h2>Before you start</h2>"))
        layout.addWidget(heading)
        intro = QLabel(
            ShellText.tr(
                "These exercises are meant to strengthen and stretch your "
                "back. Please read this advice from the guide first."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        advice = QLabel(safety_html(catalogue))
        advice.setWordWrap(True)
        advice.setTextFormat(Qt.TextFormat.RichText)
        advice.setAccessibleName(ShellText.tr("Safety advice from the guide"))
        layout.addWidget(advice)
        buttons = QDialogButtonBox(self)
        self.understood: QCheckBox | None = None
        if first_start:
            self.understood = QCheckBox(ShellText.tr("&I have read this advice"))
            self.understood.setToolTip(
                ShellText.tr("Tick to confirm you have read the safety advice")
            )
            self.understood.setAccessibleName(ShellText.tr("I have read this advice"))
            layout.addWidget(self.understood)
            ok = buttons.addButton(
                ShellText.tr("&Start using BackCoach"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            ok.setEnabled(False)
            ok.setToolTip(ShellText.tr("Tick “I have read this advice” first"))
            ok.setAccessibleName(ShellText.tr("Start using BackCoach"))
            self.understood.toggled.connect(ok.setEnabled)
            later = buttons.addButton(
                ShellText.tr("&Not now"), QDialogButtonBox.ButtonRole.RejectRole
            )
            later.setToolTip(
                ShellText.tr("Close the advice; it opens again when you start a session")
            )
            later.setAccessibleName(ShellText.tr("Not now"))
            buttons.rejected.connect(self.reject)
        else:
            ok = buttons.addButton(QDialogButtonBox.StandardButton.Close)
            ok.setToolTip(ShellText.tr("Close the safety advice"))
            ok.setAccessibleName(ShellText.tr("Close"))
            buttons.rejected.connect(self.accept)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        # Wrapped rich text only reports its height for a given width: fix the width first,
        # wider for a longer advice (a translation), so that it still fits a small screen's
        # height: 60 to 110 characters a line.
        length = len(QTextDocumentFragment.fromHtml(advice.text()).toPlainText())
        columns = max(60, min(110, length // 9))
        for label in (intro, advice):
            label.setMinimumWidth(label.fontMetrics().averageCharWidth() * columns)
        self.adjustSize()


class SafetyGate(QObject):
    """Before any session: the advice, once. See the module's words."""

    def __init__(self, state: AppState, parent: QWidget) -> None:
        super().__init__(parent)
        self.state = state
        self.window = parent
        self.dialog: SafetyDialog | None = None
        self._then: Callable[[], None] | None = None

    @property
    def acknowledged(self) -> bool:
        return bool(self.state.settings.safety_acknowledged)

    def before_session(self, start: Callable[[], None]) -> None:
        """Run `start` now if the advice was acknowledged; otherwise open the advice, and run it
        once the user acknowledges (the latest request wins; declining runs nothing)."""
        if self.acknowledged:
            start()
            return
        self._then = start
        self.show_notice()

    def show_notice(self) -> None:
        """Open the advice to acknowledge (at the first start, and before a first session)."""
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        dialog = SafetyDialog(self.state.catalogue, first_start=True, parent=self.window)
        dialog.finished.connect(self._answered)
        self.dialog = dialog
        dialog.open()

    def _answered(self, result: int) -> None:
        assert self.dialog is not None
        self.dialog.deleteLater()
        self.dialog = None
        then, self._then = self._then, None
        if result != QDialog.DialogCode.Accepted:
            return
        self.state.update_settings(safety_acknowledged=True)
        if then is not None:
            then()
