"""The player tells the engine when its timer was armed for, so a process stopped for half an hour
(SIGSTOP, a paused virtual machine, a sleep the monotonic clock counts) pauses the session where
it was instead of logging it as completed (issue 16, item 15)."""

from __future__ import annotations

from backcoach.core.storage.store import Store
from backcoach.core.timeline import Phase
from tests.ui.player.player_driver import choose_routine, run, screen


def test_a_stopped_process_pauses_the_session_where_it_was(window, app_state, clock):
    player = window.player
    choose_routine(player, "quick_break")
    player.begin()
    while player.engine.step.phase != Phase.HOLD:  # into the first hold
        run(player, clock, 0.5)
    run(player, clock, 1.0)
    ran = player.engine.record().duration_seconds
    clock.stop_process(30 * 60)
    player.tick()  # the timer fires half an hour late
    assert screen(player).phase == "Paused: the computer slept"
    player.stop()
    (record,) = Store.open(app_state.store.folder).load_sessions()
    assert not record.completed
    assert record.duration_seconds < ran + 5, "the half hour stopped counts for nothing"
