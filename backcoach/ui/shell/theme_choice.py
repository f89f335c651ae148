"""View › Theme: the desktop's colours, or light or dark whatever the desktop uses.

The choice is a setting (core/settings.py `theme`), applied to the whole application at once and
again at the next start, before the window is built. Every choice goes through
`readable_palette` (ui/widgets/theme.py), so the app's texts and marks keep their contrast even
on a desktop palette that does not. Light and Dark need a style that draws with the palette: on
one that ignores it (Windows' and macOS's native styles) they switch to Fusion, and System goes
back to the style the app started with.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from backcoach.core.i18n import QT_TRANSLATE_NOOP
from backcoach.core.settings import ThemeName
from backcoach.ui.app_state import AppState
from backcoach.ui.widgets.control_outlines import OutlinedStyle, style_name
from backcoach.ui.widgets.theme import dark_palette, light_palette, readable_palette
from backcoach.ui.widgets.translation import Context

ShellText = Context("ShellText")

# Native styles that draw with the platform's own colours, not the palette.
PALETTE_BLIND_STYLES = frozenset({"windowsvista", "windows11", "macos"})

THEME_ACTIONS: tuple[tuple[ThemeName, str, str], ...] = (
    (
        "system",
        QT_TRANSLATE_NOOP("ShellText", "&System"),
        QT_TRANSLATE_NOOP("ShellText", "The desktop's colours"),
    ),
    (
        "light",
        QT_TRANSLATE_NOOP("ShellText", "&Light"),
        QT_TRANSLATE_NOOP("ShellText", "Dark text on light backgrounds"),
    ),
    (
        "dark",
        QT_TRANSLATE_NOOP("ShellText", "&Dark"),
        QT_TRANSLATE_NOOP("ShellText", "Light text on dark backgrounds"),
    ),
)


class ThemeChoice(QObject):
    def __init__(self, state: AppState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.app = app
        self.system_style = style_name(app.style())
        self.style_applied = ""  # the style this choice set, by name
        self.applied: ThemeName | None = None
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.actions: dict[ThemeName, QAction] = {}
        for name, text, tip_source in THEME_ACTIONS:
            tip = ShellText.tr(tip_source)
            action = QAction(ShellText.tr(text), self)
            action.setCheckable(True)
            action.setToolTip(tip)
            action.setStatusTip(tip)
            action.setData(name)
            self.group.addAction(action)
            self.actions[name] = action
        self.group.triggered.connect(self._chosen)
        state.settingsChanged.connect(self.apply)
        # The desktop switched between light and dark: System follows it.
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._desktop_changed)

    @Slot(QAction)
    def _chosen(self, action: QAction) -> None:
        self.choose(action.data())

    def choose(self, name: ThemeName) -> None:
        """The user's choice: saved, and applied at once (through settingsChanged)."""
        if name != self.state.settings.theme:
            self.state.update_settings(theme=name)
        self.apply()

    @Slot()
    def apply(self) -> None:
        """Apply the theme in the settings, if it is not the one applied already."""
        name = self.state.settings.theme
        self.actions[name].setChecked(True)
        if name != self.applied:
            self._apply(name)

    def _desktop_changed(self) -> None:
        if self.applied == "system":
            self._apply("system")

    def _apply(self, name: ThemeName) -> None:
        self.applied = name
        style = self.system_style.lower()
        if name != "system" and style in PALETTE_BLIND_STYLES:
            style = "fusion"
        if style != self.style_applied or style != style_name(self.app.style()):
            self.style_applied = style
            if style == "fusion":
                # Fusion, with outlines that show on a dark window (control_outlines.py).
                self.app.setStyle(OutlinedStyle("Fusion"))
            else:
                self.app.setStyle(style)
        if name == "light":
            palette = light_palette()
        elif name == "dark":
            palette = readable_palette(dark_palette())
        else:
            self.app.setPalette(QPalette())  # back to the desktop's own, to read it
            palette = readable_palette(self.app.palette())
        self.app.setPalette(palette)
