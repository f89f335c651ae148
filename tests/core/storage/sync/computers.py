"""Two computers sharing a data folder through the test sync tool (sync_tool.py)."""

from __future__ import annotations

from pathlib import Path

from backcoach.core.clock import FakeClock
from backcoach.core.storage.store import Store
from tests.core.storage.sync.sync_tool import SyncTool


class Computer:
    """One computer: its own copy of the data folder and a store opened on it, as at a start."""

    def __init__(self, folder: Path, device: str, clock: FakeClock) -> None:
        self.folder = folder
        self.device = device
        self.clock = clock
        self.restart()

    def restart(self) -> None:
        self.store = Store.open(self.folder, self.device, self.clock)
        self.settings = self.store.load_settings()
        self.user_data = self.store.load_user_data()
        self.sessions = {r.id: r for r in self.store.load_sessions()}

    def view(self) -> tuple[dict, dict, dict]:
        """What this computer shows after a start: sessions, shared settings, routines."""
        store = Store.reader(self.folder, self.device, self.clock)
        sessions = {r.id: r.to_json() for r in store.load_sessions()}
        for raw in sessions.values():
            raw.pop("changed", None)
            raw.pop("changed_on", None)
        settings = store.load_settings().to_json()
        settings.pop("window_geometry", None)
        return sessions, settings, store.load_user_data()


def two_computers(tmp_path: Path, style: str = "syncthing", same_clock: bool = True):
    clock = FakeClock()
    laptop = Computer(tmp_path / "laptop", "laptop", clock)
    desk = Computer(tmp_path / "desk", "desk", clock if same_clock else FakeClock())
    return laptop, desk, SyncTool(laptop.folder, desk.folder, style=style), clock
