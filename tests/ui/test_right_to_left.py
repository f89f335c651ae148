"""A right-to-left run: the window and its views in the pseudo-language laid out right to left
are the mirror image of left to right, and nothing lies over anything else, in either direction,
at 800x600 and 1280x800."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from backcoach.core.storage.store import Store
from backcoach.ui.app_state import AppState
from tests.ui.languages import speaking
from tests.ui.overlap_checks import mirror_problems, overlaps, positions
from tests.ui.player.player_driver import choose_routine

SIZES = {"800x600": (800, 560), "1280x800": (1280, 760)}


@pytest.fixture
def app_state(qapp, qtbot, store: Store, clock):
    with speaking("pseudo"):
        state = AppState(store, clock)
        state.update_settings(safety_acknowledged=True)
        yield state
        state.deleteLater()


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _views(window):
    def player():
        window.show_player()
        choose_routine(window.player, "full_floor")

    def routines():
        window.show_routines()
        window.routines.select_routine("full_floor")

    return {"player": player, "history": window.show_history, "routines": routines}


@pytest.mark.parametrize("size", list(SIZES))
@pytest.mark.parametrize("view", ["player", "history", "routines"])
def test_each_view_mirrors_right_to_left_without_overlaps(window, size, view):
    window.resize(*SIZES[size])
    _views(window)[view]()
    settle()
    assert overlaps(window) == []
    before = positions(window)
    QApplication.instance().setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        settle()
        assert window.isRightToLeft()
        assert overlaps(window) == []
        assert mirror_problems(before) == []
    finally:
        QApplication.instance().setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        settle()
