"""The player's cue settings, one click away: sound, voice, volume and the pain questions.

Each change is saved through AppState.update_settings at once, so it holds next time too.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QSlider,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from backcoach.ui.app_state import AppState


class CueSettingsButton(QToolButton):
    tryRequested = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setText("Sound && voice")
        self.setAccessibleName("Sound and voice settings")
        self.setToolTip("Turn the sounds and the voice on or off, set the volume")
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        menu = QMenu(self)
        menu.setToolTipsVisible(True)
        self.sound_action = self._toggle(menu, "&Sounds (tick and chime)", "sound")
        self.voice_action = self._toggle(menu, "&Voice", "voice")

        volume_row = QWidget(menu)
        row = QHBoxLayout(volume_row)
        row.setContentsMargins(12, 4, 12, 4)
        label = QLabel("Vol&ume")
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setPageStep(10)
        self.volume.setMinimumWidth(140)
        self.volume.setAccessibleName("Volume")
        self.volume.setToolTip("How loud the sounds and the voice are")
        label.setBuddy(self.volume)
        row.addWidget(label)
        row.addWidget(self.volume, 1)
        volume_action = QWidgetAction(menu)
        volume_action.setDefaultWidget(volume_row)
        menu.addAction(volume_action)
        self.volume.valueChanged.connect(self._volume_changed)
        self.volume.sliderReleased.connect(self._save_volume)

        self.try_action = QAction("&Try the cues", self)
        self.try_action.setToolTip("Play the chime and say a phrase at this volume")
        self.try_action.triggered.connect(self.tryRequested)
        menu.addAction(self.try_action)
        menu.addSeparator()
        self.pain_action = self._toggle(menu, "&Ask how my back feels before and after", "ask_pain")
        self.setMenu(menu)
        state.settingsChanged.connect(self.refresh)
        self.refresh()

    def _toggle(self, menu: QMenu, text: str, setting: str) -> QAction:
        action = QAction(text, self)
        action.setCheckable(True)
        action.toggled.connect(lambda on: self._set(setting, on))
        menu.addAction(action)
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
            (self.pain_action, "ask_pain"),
        ):
            action.blockSignals(True)
            action.setChecked(bool(settings.value(setting)))
            action.blockSignals(False)
        self.volume.blockSignals(True)
        self.volume.setValue(int(settings.volume))
        self.volume.blockSignals(False)
        silent = not settings.sound and not settings.voice
        self.setText("Muted" if silent else "Sound && voice")
