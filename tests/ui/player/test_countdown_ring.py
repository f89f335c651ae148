"""The ring draws a frame when its end has moved about a pixel, at most 30 times a second."""

from __future__ import annotations

from backcoach.ui.player.countdown_ring import FRAME_MS, MAX_FRAME_MS, CountdownRing


def run_frames(qtbot, seconds_per_step: float, frames: int = 5) -> CountdownRing:
    ring = CountdownRing()
    qtbot.addWidget(ring)
    ring.resize(600, 600)
    ring.show()
    qtbot.waitExposed(ring)
    clock = {"t": 0.0}

    def progress() -> float:
        return min(1.0, clock["t"] / seconds_per_step)

    ring.animate(progress)
    for _ in range(frames):
        clock["t"] += ring.frame_timer.interval() / 1000
        ring._frame()
    return ring


def test_a_short_hold_sweeps_at_thirty_frames_a_second(qtbot):
    ring = run_frames(qtbot, 5.0)
    assert ring.frame_timer.interval() == FRAME_MS
    ring.animate(None)


def test_a_long_hold_draws_a_frame_per_pixel_only(qtbot):
    ring = run_frames(qtbot, 300.0)
    # About 1,800 px of circumference in 300 s: a pixel every 160 ms or so.
    assert 100 < ring.frame_timer.interval() <= MAX_FRAME_MS
    ring.animate(None)


def test_a_new_step_starts_again_at_full_pace(qtbot):
    ring = run_frames(qtbot, 300.0)
    ring.animate(lambda: 0.0)
    assert ring.frame_timer.interval() == FRAME_MS
    ring.animate(None)
    assert not ring.frame_timer.isActive()
