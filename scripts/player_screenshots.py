"""Screenshots of the player at the moments the issue names: get ready, hold, rest with up next,
hurt and the summary; light or dark, at any size.

It builds the real main window on whatever platform Qt runs on (xcb on a virtual screen, for
example: `xvfb-run python scripts/player_screenshots.py`) and moves a fake clock, so every shot
shows exactly the moment it names.

    python scripts/player_screenshots.py --size 1280x800 --dark --out docs/screenshots
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from backcoach.core.clock import FakeClock
from backcoach.core.storage.store import Store
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
    parser.add_argument("--font-scale", type=float, default=1.0)
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))

    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    if args.dark:
        app.setPalette(dark_palette())
    if args.font_scale != 1.0:
        font = app.font()
        font.setPointSizeF(font.pointSizeF() * args.font_scale)
        app.setFont(font)
    clock = FakeClock()
    store = Store.open(Path(tempfile.mkdtemp(prefix="backcoach-shots-")) / "data", clock=clock)
    state = AppState(store, clock)
    state.update_settings(safety_acknowledged=True, routine="full_floor")
    window = MainWindow(state, Cues(lambda: state.settings, _Silent(), _Silent()))
    window.resize(width, height)
    window.show()
    player = window.player
    args.out.mkdir(parents=True, exist_ok=True)
    tag = f"{'dark' if args.dark else 'light'}-{width}x{height}"
    if args.font_scale != 1.0:
        tag += f"-font{args.font_scale:g}"

    def settle() -> None:
        for _ in range(5):
            app.processEvents()
        for view in (player.session_page.pose, player.session_page.up_next.pose):
            view.finish_animation()
        app.processEvents()

    def shot(name: str) -> None:
        settle()
        path = args.out / f"player-{name}-{tag}.png"
        window.grab().save(str(path))
        print(f"wrote {path}")

    def run_for(seconds: float) -> None:
        steps = int(seconds / 0.25)
        for _ in range(steps):
            clock.advance(0.25)
            player.tick()

    player.start_page.pain.set_value(3)
    shot("start")
    player.begin()
    run_for(2.0)
    shot("get-ready")
    run_for(3.0 + 3.0 + 2.2)  # the rest of get ready, the move, into the hold
    shot("hold")
    run_for(2.8 + 2.0 + 1.5)  # the hold's end, the release, into the rest
    shot("rest")
    player.hurts()
    player.hurt_page.pain.set_value(4)
    shot("hurt")
    player.hurt_page.skip_button.click()
    run_for(40)
    player.stop()
    player.summary_page.pain.set_value(2)
    player.summary_page.note.setPlainText("Hips felt tight; the bridge was fine.")
    shot("summary")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
