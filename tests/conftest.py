"""Test set-up: headless Qt, and never the user's real data folder."""

from __future__ import annotations

import gc
import os
import tempfile

# Before anything imports Qt: no display needed, and no real folder of the user's is touched even
# by code that falls back to the default data folder.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
_sandbox = tempfile.mkdtemp(prefix="backcoach-tests-")
os.environ["BACKCOACH_DATA_DIR"] = os.path.join(_sandbox, "data")
os.environ["XDG_DATA_HOME"] = os.path.join(_sandbox, "xdg-data")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_sandbox, "xdg-config")
os.environ["XDG_STATE_HOME"] = os.path.join(_sandbox, "xdg-state")
os.environ["BACKCOACH_DEVICE"] = "test-device"
# The per-user runtime folder, where the window listens for a second start: private, as the
# system makes it.
os.environ["XDG_RUNTIME_DIR"] = os.path.join(_sandbox, "run")
os.mkdir(os.environ["XDG_RUNTIME_DIR"], 0o700)

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from backcoach.core.catalogue import Catalogue, load_catalogue  # noqa: E402
from backcoach.core.clock import FakeClock  # noqa: E402
from backcoach.core.storage.store import Store  # noqa: E402
from tests.dangling_timers import dangling_qt_timers  # noqa: E402, F401


def pytest_configure(config: pytest.Config) -> None:
    # Python's collector runs only where tests/dangling_timers.py calls it, between tests: started
    # by chance inside Qt's event processing, it freed a parent QObject while Qt was deleting one
    # of its children (a segmentation fault in about one run in three, in a different test each
    # time).
    gc.disable()


@pytest.fixture
def collector_on() -> Iterator[None]:
    """Python's automatic collector on, as in the app, for a test of how the app handles it."""
    gc.enable()
    yield
    gc.disable()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(scope="session")
def catalogue() -> Catalogue:
    return load_catalogue()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data_dir: Path, clock: FakeClock) -> Store:
    """The store, with the clock the test's app state gets too, as in the app."""
    return Store.open(data_dir, device="test-device", clock=clock)
