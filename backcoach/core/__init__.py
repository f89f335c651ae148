"""The Qt-free core: catalogue, routines, the session engine, history and the store.

Nothing in this package may import PySide6, shiboken6, pyqtgraph or backcoach.ui;
an import-linter contract in pyproject.toml enforces it.
"""
