"""A tab's place that builds its view the first time it is shown or asked for.

The History and Routines views are not needed to paint the first window, so building them (and
importing their modules) waits until the user opens them: the app starts as fast as the player.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

View = TypeVar("View", bound=QWidget)


class LazyView(QWidget, Generic[View]):
    def __init__(self, build: Callable[[], View], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build = build
        self._view: View | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def is_built(self) -> bool:
        return self._view is not None

    @property
    def view(self) -> View:
        if self._view is None:
            self._view = self._build()
            self._layout.addWidget(self._view)
            # Shown now, not on the layout's queued show: keys and focus reach it at once.
            self._view.show()
            self.setFocusProxy(self._view)
        return self._view

    def showEvent(self, event: QShowEvent) -> None:
        self.view  # noqa: B018 (building it is the point)
        super().showEvent(event)
