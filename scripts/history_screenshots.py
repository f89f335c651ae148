"""Screenshots of the history view with a year of demo history: the progress charts, the
calendar, the sessions table and the two history dialogs; light or dark, at any size.

It builds the real main window on whatever platform Qt runs on (xcb on a virtual screen, for
example: `xvfb-run python scripts/history_screenshots.py`) with a fake clock at the demo's last
day, so every run shows the same history.

    python scripts/history_screenshots.py --size 800x600 --dark --out docs/screenshots
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QDialog

from backcoach.core.clock import FakeClock
from backcoach.core.storage.store import Store
from backcoach.tools.demo import generate
from backcoach.ui.app_state import AppState
from backcoach.ui.player.cues import Cues
from backcoach.ui.shell.main_window import MainWindow
from backcoach.ui.widgets.theme import dark_palette


class _Silent:
    """No sound while taking pictures."""

    problem = ""
    on_problem = None

    def play(self, name: str, volume: float) -> bool:
        return True

    def say(self, text: str, volume: float) -> bool:
        return True

    def stop(self) -> None:
        pass


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="1280x800")
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--years", type=float, default=1.0)
    parser.add_argument(
        "--frames",
        action="store_true",
        help="grab the dialogs with their title bars (run a window manager, e.g. openbox)",
    )
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))

    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    if args.dark:
        app.setPalette(dark_palette())
    clock = FakeClock(datetime(2026, 3, 2, 19, 30, tzinfo=timezone(timedelta(hours=1))))
    store = Store.open(Path(tempfile.mkdtemp(prefix="backcoach-shots-")) / "data", clock=clock)
    _, rest_days = generate(store, args.years)
    state = AppState(store, clock)
    state.update_settings(
        safety_acknowledged=True,
        weekly_goal_days=4,
        day_start_hour=3,
        rest_days=[d.isoformat() for d in rest_days],
    )
    window = MainWindow(state, Cues(lambda: state.settings, _Silent(), _Silent()))
    window.resize(width, height)
    window.show()
    window.show_history()
    history = window.history
    args.out.mkdir(parents=True, exist_ok=True)
    tag = f"{'dark' if args.dark else 'light'}-{width}x{height}"

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    def shot(name: str, widget=None) -> None:
        settle()
        path = args.out / f"history-{name}-{tag}.png"
        if widget is not None and args.frames:
            # The whole screen, with the window manager's title bar over the dialog.
            time.sleep(0.5)
            settle()
            app.primaryScreen().grabWindow(0).save(str(path))
        else:
            (widget or window).grab().save(str(path))
        print(f"wrote {path}")

    settle()
    for key in ("4w", "3m", "12m"):
        history.charts.set_range(key)
        shot(f"progress-{key}")
    history.charts.set_range("3m")
    history.tabs.setCurrentIndex(1)
    shot("calendar")
    history.tabs.setCurrentIndex(2)
    shot("sessions")
    history.edit_streak_settings()
    settle()
    for dialog in window.findChildren(QDialog):
        if dialog.isVisible():
            shot("streak-settings", dialog)
            dialog.reject()
    history.table.add_session()
    settle()
    for dialog in window.findChildren(QDialog):
        if dialog.isVisible():
            dialog.move(window.mapToGlobal(QPoint(40, 40)))
            shot("add-session", dialog)
            dialog.reject()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
