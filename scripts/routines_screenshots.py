"""Render the routine editor offscreen at 1280x800 and 800x600, light and dark.

    python scripts/routines_screenshots.py OUTDIR [editor|error|dialog]

The pictures in docs/screenshots/routines/ are made by it.
"""

import os
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication, QStyleFactory

from backcoach.core.clock import SystemClock
from backcoach.core.storage.store import Store
from backcoach.ui.app_state import AppState
from backcoach.ui.player.cues import Cues
from backcoach.ui.player.sound_effects import SoundEffects
from backcoach.ui.player.voice import Voice
from backcoach.ui.shell.main_window import MainWindow
from backcoach.ui.widgets.theme import dark_palette

# Qt reads the platform when the application is made: no display is needed.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
app = QApplication(sys.argv)
app.setStyle(QStyleFactory.create("Fusion"))
light = app.palette()

out = Path(sys.argv[1])
scenario = sys.argv[2] if len(sys.argv) > 2 else "editor"
for dark in (False, True):
    app.setPalette(dark_palette() if dark else light)
    for size in ((1280, 800), (800, 600)):
        folder = Path(tempfile.mkdtemp())
        (folder / "settings.json").write_text(
            '{"schema":1,"settings":{"safety_acknowledged":true}}'
        )
        clock = SystemClock()
        state = AppState(Store.open(folder, clock=clock), clock)
        # The player stays silent here: its cues are never played.
        cues = Cues(lambda s=state: s.settings, SoundEffects(), Voice())
        window = MainWindow(state, cues)
        window.resize(*size)
        window.show()
        window.show_routines()
        view = window.routines
        view.select_routine("quick_break")
        view.exercise_list.setCurrentRow(1)
        if scenario == "error":
            f = view.item_editor.fields["hold_seconds"]
            f.edit.setText("500")
            f._edited()
            r = view.item_editor.fields["reps"]
            r.edit.setText("five")
            r._edited()
        app.processEvents()
        name = f"{scenario}-{size[0]}x{size[1]}-{'dark' if dark else 'light'}.png"
        if scenario == "dialog":
            d = view.new_exercise()
            d.resize(560, 640) if size[0] > 800 else None
            app.processEvents()
            d.grab().save(str(out / name))
            d.close()
        else:
            window.grab().save(str(out / name))
        window.close()
        shutil.rmtree(folder)
print("ok")
