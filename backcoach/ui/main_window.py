"""The main window: the player and the history as two views, the menus and the notices."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QTabWidget, QVBoxLayout, QWidget

from backcoach import APP_NAME, __version__
from backcoach.core.engine import State
from backcoach.ui.app_state import AppState
from backcoach.ui.history.history_view import HistoryView
from backcoach.ui.notice_bar import NoticeBar
from backcoach.ui.player.player_view import PlayerView
from backcoach.ui.safety_dialog import SafetyDialog, safety_html


class MainWindow(QMainWindow):
    # The window closed (its close was accepted): the tray decides whether the app goes on.
    closed = Signal()

    def __init__(self, state: AppState) -> None:
        super().__init__()
        self.state = state
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(640, 480)
        self.resize(1100, 760)

        self.notices = NoticeBar()
        state.problemReported.connect(self.notices.add)

        self.player = PlayerView(state)
        self.history = HistoryView(state)
        self.views = QTabWidget()
        self.views.setDocumentMode(True)
        self.views.setAccessibleName("Views")
        self.views.addTab(self.player, "&Exercise")
        self.views.addTab(self.history, "&History")
        self.views.setTabToolTip(0, "Follow a routine (Ctrl+1)")
        self.views.setTabToolTip(1, "Your sessions and streaks (Ctrl+2)")
        self.history.startRequested.connect(self.show_player)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.notices)
        layout.addWidget(self.views, 1)
        self.setCentralWidget(central)
        self._build_menus()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu("&View")
        for index, (name, key) in enumerate((("&Exercise", "Ctrl+1"), ("&History", "Ctrl+2"))):
            action = QAction(name, self)
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(lambda _=False, i=index: self.views.setCurrentIndex(i))
            view_menu.addAction(action)

        help_menu = self.menuBar().addMenu("&Help")
        safety = QAction("&Safety advice", self)
        safety.triggered.connect(self.show_safety)
        help_menu.addAction(safety)
        about = QAction(f"&About {APP_NAME}", self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)
        self.file_menu, self.view_menu, self.help_menu = file_menu, view_menu, help_menu

    def after_show(self) -> None:
        """What happens once the window is on screen: notices, and the safety advice once."""
        for problem in self.state.take_problems():
            self.notices.add(problem)
        if not self.state.settings["safety_acknowledged"]:
            dialog = SafetyDialog(self.state.catalogue, first_start=True, parent=self)
            dialog.accepted.connect(lambda: self.state.update_settings(safety_acknowledged=True))
            dialog.open()

    def show_player(self) -> None:
        self.views.setCurrentWidget(self.player)

    def show_safety(self) -> None:
        SafetyDialog(self.state.catalogue, first_start=False, parent=self).exec()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            f"About {APP_NAME}",
            f"<h3>{APP_NAME} {__version__}</h3>"
            "<p>A desktop coach for back-pain relief exercises.</p>"
            "<p>Released under the MIT licence.</p>"
            f"<p><b>Safety</b></p>{safety_html(self.state.catalogue)}"
            f"<p>Your data: {self.state.store.folder}</p>",
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if not self.player.confirm_close():
            event.ignore()
            return
        event.accept()
        self.closed.emit()

    # --- for the tray and its reminders (backcoach/ui/tray.py) ---------------------------

    def add_bar(self, bar: QWidget) -> None:
        """Show a bar (the in-window reminder) under the notices, above the views."""
        central = self.centralWidget()
        layout = central.layout() if central is not None else None
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(self.notices) + 1, bar)

    def session_in_progress(self) -> bool:
        engine = getattr(self.player, "engine", None)
        return engine is not None and not engine.is_over and engine.state != State.IDLE

    def start_routine(self, routine_id: str) -> None:
        """Show the player and start the routine there (a reminder or the tray menu asked)."""
        self.show_player()
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()
        # Never break into a running session; the safety advice is read before any exercise.
        if self.session_in_progress() or not self.state.settings["safety_acknowledged"]:
            return
        routine = self.state.routine(routine_id)
        self.state.update_settings(routine=routine.id)
        box = getattr(self.player, "routine_box", None)
        if box is not None:  # so the player's list shows the routine that starts
            box.setCurrentIndex(max(0, box.findData(routine.id)))
        self.player.toggle()
