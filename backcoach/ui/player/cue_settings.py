"""The player's cue settings, one click away: sound, voice and volume.

One menu, with one set of actions, is built by the player and shared by its two "Sound & voice"
buttons (on the start page and on the session page): the checked states live in one place, and a
change made from either button shows in both. Each change is saved through
AppState.update_settings at once, so it holds next time too.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QSlider,
    QStyle,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from backcoach.ui.app_state import AppState
from backcoach.ui.widgets.translation import Context

PlayerText = Context("PlayerText")


class CueSettingsMenu(QMenu):
    """Sounds, voice, volume and "try the cues", in step with the settings."""

    tryRequested = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setToolTipsVisible(True)
        self.sound_action = self._toggle(PlayerText.tr("&Sounds (tick and chime)"), "sound")
        self.voice_action = self._toggle(PlayerText.tr("&Voice"), "voice")

        volume_row = QWidget(self)
        row = QHBoxLayout(volume_row)
        row.setContentsMargins(12, 4, 12, 4)
        label = QLabel(PlayerText.tr("Vol&ume"))
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setPageStep(10)
        self.volume.setMinimumWidth(140)
        self.volume.setAccessibleName(PlayerText.tr("Volume"))
        self.volume.setToolTip(PlayerText.tr("How loud the sounds and the voice are"))
        label.setBuddy(self.volume)
        row.addWidget(label)
        row.addWidget(self.volume, 1)
        volume_action = QWidgetAction(self)
        volume_action.setDefaultWidget(volume_row)
        self.addAction(volume_action)
        self.volume.valueChanged.connect(self._volume_changed)
        self.volume.sliderReleased.connect(self._save_volume)

        self.try_action = QAction(PlayerText.tr("&Try the cues"), self)
        self.try_action.setToolTip(PlayerText.tr("Play the chime and say a phrase at this volume"))
        self.try_action.triggered.connect(self.tryRequested)
        self.addAction(self.try_action)
        # Shown once a cue was found not to play (see cue_problems.py).
        self.problem_action = QAction(PlayerText.tr("&No sound or voice? What to install…"), self)
        self.problem_action.setToolTip(
            PlayerText.tr("Why the sounds or the voice do not play, and the fix")
        )
        self.problem_action.setVisible(False)
        self.addAction(self.problem_action)
        state.settingsChanged.connect(self.refresh)
        self.refresh()

    def _toggle(self, text: str, setting: str) -> QAction:
        action = QAction(text, self)
        action.setCheckable(True)
        action.toggled.connect(lambda on: self._set(setting, on))
        self.addAction(action)
        return action

    def _set(self, setting: str, value: object) -> None:
        if self.state.settings.value(setting) != value:
            self.state.update_settings(**{setting: value})

    def _volume_changed(self, value: int) -> None:
        # Dragging writes once, on release; the keyboard and clicks write each step.
        if not self.volume.isSliderDown():
            self._set("volume", value)

    def _save_volume(self) -> None:
        self._set("volume", self.volume.value())

    def refresh(self) -> None:
        settings = self.state.settings
        for action, setting in (
            (self.sound_action, "sound"),
            (self.voice_action, "voice"),
        ):
            action.blockSignals(True)
            action.setChecked(bool(settings.value(setting)))
            action.blockSignals(False)
        self.volume.blockSignals(True)
        self.volume.setValue(int(settings.volume))
        self.volume.blockSignals(False)


class CueSettingsButton(QToolButton):
    """A "Sound & voice" button that opens the shared menu; it says "Muted" when both are off."""

    def __init__(
        self, state: AppState, menu: CueSettingsMenu, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.setAccessibleName(PlayerText.tr("Sound and voice settings"))
        self.setToolTip(PlayerText.tr("Turn the sounds and the voice on or off, set the volume"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setMenu(menu)  # not owned: the player owns the one menu
        state.settingsChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        settings = self.state.settings
        silent = not settings.sound and not settings.voice
        self.setText(PlayerText.tr("Muted") if silent else PlayerText.tr("Sound && voice"))
        # The tool button's own size hint falls a little short of some words (accented
        # letters): room for the words as shown, the style's margins and the menu's arrow.
        shown = self.text().replace("&&", "&")
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, self)
        arrow = self.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, self)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance(shown) + 2 * margin + arrow)
