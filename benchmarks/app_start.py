"""The app's start, measured as the bare baseline is (benchmarks/bare_window.py): the app's own
entry point on a data folder, reporting its first paint and its peak memory.

    python -m benchmarks.app_start DATA_DIR [--settle MS]
"""

import sys

from PySide6.QtWidgets import QApplication

from benchmarks.first_paint import watch

# The app uses the QApplication that exists (ui/shell/application.py): made here so that the
# first paint can be watched from the start; the app would make the same one.
app = QApplication(sys.argv[:1])
first_paint = watch(app)

from backcoach.app import main  # noqa: E402  (after the watch, as the app's own import cost)

sys.exit(main(["--data-dir", sys.argv[1]]))
