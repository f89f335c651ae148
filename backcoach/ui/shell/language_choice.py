"""View › Language: the desktop's language, or one the app ships, kept as a setting
(core/settings.py `language`).

Qt installs its translators before the first widget, and the catalogue is read in the language
at start-up, so a new choice applies at the next start: the menu says so and offers to restart
now, which quits as Quit does (a running session asks first) and starts the app again.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMessageBox, QWidget

from backcoach.core.i18n import NATIVE_NAMES, SHIPPED_LANGUAGES, SOURCE_LANGUAGE, current_language
from backcoach.ui.app_state import AppState
from backcoach.ui.widgets.translation import Context

ShellText = Context("ShellText")

# The choices, in the menu's order: the desktop's, then each language by its own name.
LANGUAGE_CHOICES = ("system", SOURCE_LANGUAGE, *SHIPPED_LANGUAGES)


class LanguageChoice(QObject):
    restart_requested = Signal()  # "Restart now": the shell quits and starts again

    def __init__(self, state: AppState, parent: QWidget) -> None:
        super().__init__(parent)
        self.state, self.window = state, parent
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.actions: dict[str, QAction] = {}
        for code in LANGUAGE_CHOICES:
            if code == "system":
                action = QAction(ShellText.tr("&System language"), self)
                action.setToolTip(
                    ShellText.tr("The language your desktop uses, when BackCoach has it")
                )
            else:
                action = QAction(NATIVE_NAMES[code], self)
                action.setToolTip(NATIVE_NAMES[code])
            action.setCheckable(True)
            action.setData(code)
            self.group.addAction(action)
            self.actions[code] = action
        self._show_setting()
        self.group.triggered.connect(self._chosen)

    def _show_setting(self) -> None:
        chosen = self.state.settings.language
        self.actions.get(chosen, self.actions["system"]).setChecked(True)

    def _chosen(self, action: QAction) -> None:
        code = str(action.data())
        if code == self.state.settings.language:
            return
        self.state.update_settings(language=code)
        self.ask_to_restart(code)

    def ask_to_restart(self, code: str) -> None:
        """Say that the language changes at the next start, and offer to restart now."""
        name = ShellText.tr("the system language") if code == "system" else NATIVE_NAMES[code]
        box = QMessageBox(
            QMessageBox.Icon.Information,
            ShellText.tr("Language"),
            ShellText.tr(
                "BackCoach will be in {language} from its next start. Restart now? A running "
                "session asks first."
            ).format(language=name),
            parent=self.window,
        )
        restart = box.addButton(ShellText.tr("&Restart now"), QMessageBox.ButtonRole.AcceptRole)
        later = box.addButton(ShellText.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
        restart.setAccessibleName(ShellText.tr("Restart now"))
        restart.setToolTip(ShellText.tr("Quit and start BackCoach again in the new language"))
        later.setAccessibleName(ShellText.tr("Later"))
        later.setToolTip(ShellText.tr("Keep this language until BackCoach starts again"))
        box.setDefaultButton(later)
        box.exec()
        if box.clickedButton() is restart:
            self.restart_requested.emit()


def language_in_use() -> str:
    """The language the window shows now (the setting may name another, from the next start)."""
    return current_language()
