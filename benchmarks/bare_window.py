"""The start-up baseline: a plain script that shows a QMainWindow with a label and exits once it
has painted, measured exactly as the app is (benchmarks/app_start.py).

    python -m benchmarks.bare_window [--settle MS]
"""

import sys

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from benchmarks.first_paint import watch

app = QApplication(sys.argv[:1])
first_paint = watch(app)
window = QMainWindow()
window.setCentralWidget(QLabel("BackCoach"))
window.resize(1100, 760)
window.show()
sys.exit(app.exec())
