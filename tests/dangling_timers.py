"""A test fails when it leaves a Qt timer or animation running (after napari's dangling_qtimers).

A timer left running fires in a later test, against objects that test never made: the kind of
failure that shows up far from its cause, or only on a slow machine. While a test runs, every
`QTimer.start`, `QTimer.singleShot` and `QAbstractAnimation.start` called from Python is noted
with where it was called. When the test ends, the widgets pytest-qt closed and the objects
deleted later are deleted for good, so a timer owned by them stops with them; whatever still
runs then is stopped and reported, and the test fails.
"""

from __future__ import annotations

import gc
import sys
import weakref
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Any

import pytest

HERE = str(Path(__file__))
TRACEBACK_DEPTH = 4


Where = tuple[tuple[str, int, str], ...]


def _caller() -> Where:
    """Where a timer was started: the innermost frames of the project's own code."""
    frames: list[tuple[str, int, str]] = []
    frame: FrameType | None = sys._getframe(2)
    while frame is not None and len(frames) < TRACEBACK_DEPTH:
        name = frame.f_code.co_filename
        if "site-packages" not in name and name != HERE and "/_pytest/" not in name:
            frames.append((name, frame.f_lineno, frame.f_code.co_name))
        frame = frame.f_back
    return tuple(frames)


def _describe(what: str, where: Where) -> str:
    lines = [f"  {what}, started"]
    lines += [f"    at {name}:{line} in {function}" for name, line, function in where]
    return "\n".join(lines)


@dataclass(eq=False)
class _SingleShot:
    timer: Any  # a QTimer of our own, so one left pending can be stopped
    where: Where
    done: bool = False


@dataclass
class TimerWatch:
    started: weakref.WeakKeyDictionary = field(default_factory=weakref.WeakKeyDictionary)
    single_shots: list[_SingleShot] = field(default_factory=list)

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        from PySide6.QtCore import QAbstractAnimation, QObject, Qt, QTimer

        base_start, base_single_shot = QTimer.start, QTimer.singleShot
        base_animation_start = QAbstractAnimation.start

        def start(timer: QTimer, *args: Any) -> None:
            self.started[timer] = _caller()
            base_start(timer, *args)

        def animation_start(animation: QAbstractAnimation, *args: Any) -> None:
            self.started[animation] = _caller()
            base_animation_start(animation, *args)

        def single_shot(*args: Any, **kwargs: Any) -> None:
            """The same as Qt's, on a timer of our own: deleting the context cancels it."""
            msec, *middle, call = args
            if kwargs or not callable(call):
                base_single_shot(*args, **kwargs)  # a receiver and a slot's name: not followed
                return
            context = next((a for a in middle if isinstance(a, QObject)), None)
            timer = QTimer(context)
            timer.setSingleShot(True)
            for kind in middle:
                if isinstance(kind, Qt.TimerType):
                    timer.setTimerType(kind)
            shot = _SingleShot(timer, _caller())
            self.single_shots.append(shot)  # keeps a timer without a context alive

            def fire(call: Callable[[], Any] = call) -> None:
                shot.done = True
                call()

            timer.timeout.connect(fire)
            base_start(timer, msec)

        monkeypatch.setattr(QTimer, "start", start)
        monkeypatch.setattr(QTimer, "singleShot", staticmethod(single_shot))
        monkeypatch.setattr(QAbstractAnimation, "start", animation_start)

    def stop_what_runs(self, made_widgets: bool = True) -> list[str]:
        """Delete what was deleted later, then stop and describe what still runs.
        made_widgets: the test had widgets (qtbot), whose wrappers are collected now."""
        import shiboken6
        from PySide6.QtCore import QAbstractAnimation, QCoreApplication, QEvent, QTimer

        if QCoreApplication.instance() is not None:
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            # The wrappers of what was just deleted often sit in reference cycles (a widget and
            # its children's slots). Freed later, by a collection in the middle of another test,
            # shiboken drops the address map entry of whatever new object now has that address,
            # and a virtual call on it then finds a wrapper without its attributes (a crash in a
            # paint event). Freed now, they free nothing but themselves.
            # Collected here and only here (conftest turns the automatic collector off): a
            # collection that starts inside Qt's own work (the events pytest-qt processes after
            # each test) can free a parent while Qt is deleting its child, a double deletion.
            gc.collect() if made_widgets else gc.collect(1)
        running = []
        for thing, where in list(self.started.items()):
            if not shiboken6.isValid(thing):
                continue
            if isinstance(thing, QTimer) and thing.isActive():
                thing.stop()
                running.append(_describe(f"a QTimer of {_owner(thing)}", where))
            elif (
                isinstance(thing, QAbstractAnimation)
                and thing.state() == QAbstractAnimation.State.Running
            ):
                thing.stop()
                running.append(_describe(f"a {type(thing).__name__} of {_owner(thing)}", where))
        for shot in self.single_shots:
            if not shot.done and shiboken6.isValid(shot.timer) and shot.timer.isActive():
                shot.timer.stop()
                running.append(_describe("a QTimer.singleShot", shot.where))
        self.single_shots.clear()
        return running


def _owner(thing: Any) -> str:
    parent = thing.parent()
    return type(parent).__name__ if parent is not None else "no parent"


@pytest.fixture(autouse=True)
def dangling_qt_timers(
    monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> Iterator[None]:
    """Fails the test that leaves a Qt timer or animation running when it ends."""
    watch = TimerWatch()
    watch.install(monkeypatch)
    yield
    running = watch.stop_what_runs(made_widgets="qtbot" in request.fixturenames)
    if running:
        pytest.fail(
            "The test left Qt timers running; stop them (or what owns them) before it ends:\n"
            + "\n".join(running),
            pytrace=False,
        )
