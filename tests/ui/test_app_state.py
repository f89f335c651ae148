"""The shared state: sessions loaded in steps so the window stays responsive."""

from __future__ import annotations

import gc

from backcoach.core.storage.store import Store
from backcoach.ui.app_state import AppState
from tests.factories import make_record, morning


def test_sessions_load_in_steps_and_a_session_logged_meanwhile_is_kept(qtbot, store, clock):
    months = [make_record(started=morning(2, m)) for m in range(1, 13)]
    store.add_sessions(months)
    state = AppState(Store.open(store.folder, device=store.device), clock, load_in_steps=True)
    assert state.sessions_loading and state.sessions == []
    logged = make_record(started=morning(20, 12))
    state.log_session(logged)
    with qtbot.waitSignal(state.sessionsChanged, timeout=5000):
        pass
    assert not state.sessions_loading
    assert [r.id for r in state.sessions] == [r.id for r in months[:11]] + [
        months[11].id,
        logged.id,
    ]
    assert not state._load_timer.isActive()
    assert {r.id for r in Store.open(store.folder).load_sessions()} == {
        r.id for r in state.sessions
    }


def test_the_collector_is_never_left_off_between_steps_or_after_a_reload(
    qtbot, store, clock, collector_on
):
    store.add_sessions([make_record(started=morning(2, m)) for m in range(1, 4)])
    state = AppState(Store.open(store.folder, device=store.device), clock, load_in_steps=True)
    assert state.sessions_loading and gc.isenabled()
    state.data.load_some(lambda: False)  # one file, then the event loop's turn
    assert state.sessions_loading and gc.isenabled()
    state.reload()
    assert not state.sessions_loading and gc.isenabled()
    assert len(state.sessions) == 3 and not state._load_timer.isActive()
