from __future__ import annotations

import pytest

from backcoach.core.clock import FakeClock
from backcoach.core.store import Store
from backcoach.ui.app_state import AppState


@pytest.fixture
def app_state(qtbot, store: Store, clock: FakeClock) -> AppState:
    state = AppState(store, clock)
    # Most tests are about what comes after the first start's safety advice.
    state.update_settings(safety_acknowledged=True)
    return state


@pytest.fixture
def window(qtbot, app_state: AppState):
    from backcoach.ui.main_window import MainWindow

    window = MainWindow(app_state)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()  # keyboard shortcuts only reach the active window
    qtbot.waitActive(window)
    return window
