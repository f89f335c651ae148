"""The check that fails a test leaving a Qt timer or animation running (tests/dangling_timers.py)
finds what runs on, and lets go of what stopped or died with its owner."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, QTimer, QVariantAnimation

from tests.dangling_timers import TimerWatch


@pytest.fixture
def watch(qtbot, monkeypatch) -> TimerWatch:
    watch = TimerWatch()
    watch.install(monkeypatch)
    return watch


def test_a_timer_left_running_is_reported_with_where_it_started_and_stopped(watch):
    timer = QTimer()
    timer.start(60_000)
    (report,) = watch.stop_what_runs()
    assert "a QTimer of no parent" in report and "test_dangling_timers.py" in report
    assert not timer.isActive()


def test_a_timer_stopped_or_deleted_with_its_owner_is_not_reported(watch):
    stopped = QTimer()
    stopped.start(60_000)
    stopped.stop()
    owner = QObject()
    QTimer(owner).start(60_000)
    owner.deleteLater()
    assert watch.stop_what_runs() == []


def test_a_running_animation_is_reported(watch):
    animation = QVariantAnimation()
    animation.setStartValue(0.0)
    animation.setEndValue(1.0)
    animation.setDuration(60_000)
    animation.start()
    (report,) = watch.stop_what_runs()
    assert "a QVariantAnimation" in report
    assert animation.state() == QVariantAnimation.State.Stopped


def test_a_pending_single_shot_is_reported_unless_it_fired_or_its_context_died(qtbot, watch):
    fired = []
    QTimer.singleShot(0, lambda: fired.append("soon"))
    qtbot.waitUntil(lambda: fired == ["soon"])
    context = QObject()
    QTimer.singleShot(60_000, context, lambda: fired.append("never: its context is gone"))
    context.deleteLater()
    assert watch.stop_what_runs() == []

    QTimer.singleShot(60_000, lambda: fired.append("never: stopped at the end"))
    (report,) = watch.stop_what_runs()
    assert "QTimer.singleShot" in report
    assert fired == ["soon"]
