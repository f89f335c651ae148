"""The main window: the player and the history as two views, the menus and the notices."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from backcoach import APP_NAME, __version__
from backcoach.ui.app_state import AppState
from backcoach.ui.data.data_menu import DataActions, confirm_quit_with_unsaved
from backcoach.ui.data.notice_bar import NoticeBar
from backcoach.ui.paper.paper_menu import handout_action, report_action
from backcoach.ui.player.cues import Cues
from backcoach.ui.player.player_view import PlayerView
from backcoach.ui.shell.language_choice import LanguageChoice
from backcoach.ui.shell.lazy_view import LazyView
from backcoach.ui.shell.safety_dialog import SafetyDialog, SafetyGate, safety_html
from backcoach.ui.shell.theme_choice import ThemeChoice
from backcoach.ui.widgets.shortcuts import SHORTCUTS
from backcoach.ui.widgets.translation import Context

ShellText = Context("ShellText")

if TYPE_CHECKING:
    from backcoach.ui.history.history_view import HistoryView
    from backcoach.ui.routines.routines_view import RoutinesView


class MainWindow(QMainWindow):
    # The window closed (its close was accepted): the tray decides whether the app goes on.
    closed = Signal()

    def __init__(self, state: AppState, cues: Cues, theme: ThemeChoice | None = None) -> None:
        """cues: the player's sound and voice, made once by the composition root; theme: View ›
        Theme, applied by the composition root before the window is built (made here if not)."""
        super().__init__()
        self.state = state
        if theme is None:
            theme = ThemeChoice(state, self)
            theme.apply()
        self.theme = theme
        # Every way to start a session goes through this gate (the safety advice, once).
        self.safety_gate = SafetyGate(state, self)
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(640, 480)
        self._place()

        self.notices = NoticeBar()
        state.problemReported.connect(self.notices.add)

        self.player = PlayerView(state, cues)
        self.player.start_gate = self.safety_gate.before_session
        self.history_tab = LazyView(self._build_history)
        self.views = QTabWidget()
        self.views.setDocumentMode(True)
        self.views.setAccessibleName(ShellText.tr("Views"))
        # No Alt letters on the tabs: Ctrl+1, 2 and 3 switch views, and the views' own
        # controls keep their letters (tests/ui/test_keyboard.py checks none is taken twice).
        self.views.addTab(self.player, ShellText.tr("Exercise"))
        self.views.addTab(self.history_tab, ShellText.tr("History"))
        self.views.setTabToolTip(0, ShellText.tr("Follow a routine (Ctrl+1)"))
        self.views.setTabToolTip(1, ShellText.tr("Your sessions and streaks (Ctrl+2)"))
        self.routines_tab = LazyView(self._build_routines)
        self._add_edit_routine_button()
        self.views.addTab(self.routines_tab, ShellText.tr("Routines"))
        self.views.setTabToolTip(
            2, ShellText.tr("Edit routines, hold times and repetitions (Ctrl+3)")
        )
        self.player.focusModeRequested.connect(self.set_focus_mode)
        self._maximized_before_focus = False

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.notices)
        layout.addWidget(self.views, 1)
        self.setCentralWidget(central)
        self._build_menus()

    def _build_menus(self) -> None:
        """Every menu of the window, built here only. Their actions come from their owners: the
        data actions (ui/data/data_menu.py), the CSV export (ui/data/export_action.py) and the
        tray's reminder actions, which fill the Reminders menu (ui/reminders/tray.py)."""
        from backcoach.ui.data.export_action import export_csv_action

        self.data_actions = DataActions(self, self.state)
        self.export_action = export_csv_action(self, self.state)
        file_menu = self.menuBar().addMenu(ShellText.tr("&File"))
        for action in self.data_actions.actions:
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        self.handout_action = handout_action(self, self.state)
        file_menu.addAction(self.handout_action)
        file_menu.addSeparator()
        for text, tip, slot in (
            (
                ShellText.tr("I&mport routine…"),
                ShellText.tr("Add a routine from a routine file"),
                self._import_routine,
            ),
            (
                ShellText.tr("E&xport routine…"),
                ShellText.tr("Save the routine chosen in the editor as a file"),
                self._export_routine,
            ),
        ):
            action = QAction(text, self)
            action.setToolTip(tip)
            action.triggered.connect(slot)
            file_menu.addAction(action)
        file_menu.addSeparator()
        quit_action = QAction(ShellText.tr("&Quit"), self)
        quit_action.setShortcut(SHORTCUTS["quit"].sequence())
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(ShellText.tr("&View"))
        views = (
            (ShellText.tr("&Exercise"), "show_player"),
            (ShellText.tr("&History"), "show_history"),
            (ShellText.tr("&Routines"), "show_routines"),
        )
        for index, (name, key) in enumerate(views):
            action = QAction(name, self)
            action.setShortcut(SHORTCUTS[key].sequence())
            action.triggered.connect(lambda _=False, i=index: self.views.setCurrentIndex(i))
            view_menu.addAction(action)
        view_menu.addSeparator()
        theme_menu = view_menu.addMenu(ShellText.tr("&Theme"))
        theme_menu.setToolTipsVisible(True)
        for action in self.theme.actions.values():
            theme_menu.addAction(action)
        self.theme_menu = theme_menu
        self.language = LanguageChoice(self.state, self)
        self.language_menu = view_menu.addMenu(ShellText.tr("&Language"))
        self.language_menu.setToolTipsVisible(True)
        for action in self.language.actions.values():
            self.language_menu.addAction(action)

        history_menu = self.menuBar().addMenu(ShellText.tr("Histor&y"))
        history_menu.setToolTipsVisible(True)
        self.report_action = report_action(self, self.state)
        history_menu.addAction(self.report_action)
        self.history_menu = history_menu

        # Shown once the tray fills it: without the tray there are no reminders to offer.
        self.reminders_menu = self.menuBar().addMenu(ShellText.tr("Re&minders"))
        self.reminders_menu.setToolTipsVisible(True)
        self.reminders_menu.menuAction().setVisible(False)

        help_menu = self.menuBar().addMenu(ShellText.tr("&Help"))
        keys = QAction(ShellText.tr("&Keyboard shortcuts"), self)
        keys.setShortcut(SHORTCUTS["shortcuts"].sequence())
        keys.triggered.connect(self.show_shortcuts)
        help_menu.addAction(keys)
        safety = QAction(ShellText.tr("&Safety advice"), self)
        safety.triggered.connect(self.show_safety)
        help_menu.addAction(safety)
        about = QAction(ShellText.tr("&About {APP_NAME}").format(APP_NAME=APP_NAME), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)
        self.file_menu, self.view_menu, self.help_menu = file_menu, view_menu, help_menu

    def _place(self) -> None:
        """Where the window was last time; the first time, a comfortable size on this screen."""
        saved = self.state.settings.window_geometry
        if saved and self.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii"))):
            return
        screen = self.screen().availableGeometry()
        self.resize(min(1100, int(screen.width() * 0.92)), min(760, int(screen.height() * 0.92)))
        self.move(screen.center() - self.rect().center())

    def after_show(self) -> None:
        """What happens once the window is on screen: notices, and the safety advice once."""
        # Take the keyboard focus, so Space works at once even where no window manager gives it.
        self.activateWindow()
        for problem in self.state.take_problems():
            self.notices.add(problem)
        if not self.safety_gate.acknowledged:
            self.safety_gate.show_notice()

    def bring_to_front(self) -> None:
        """Another start of the app asked for this window (see single_instance.py)."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        if QGuiApplication.platformName() not in ("offscreen", "minimal"):  # no stacking there
            self.raise_()
            self.activateWindow()

    # --- the views ----------------------------------------------------------------------

    def _build_history(self) -> HistoryView:
        from backcoach.ui.history.history_view import HistoryView

        view = HistoryView(self.state)
        view.startRequested.connect(lambda: self.start_routine(self.state.selected_routine.id))
        return view

    def _build_routines(self) -> RoutinesView:
        from backcoach.ui.routines.routines_view import RoutinesView

        return RoutinesView(self.state)

    @property
    def history(self) -> HistoryView:
        return self.history_tab.view

    @property
    def routines(self) -> RoutinesView:
        return self.routines_tab.view

    def current_view(self) -> QWidget:
        """The view on show: the player, the history or the routine editor."""
        page = self.views.currentWidget()
        return page.view if isinstance(page, LazyView) else page

    def show_history(self) -> None:
        self.views.setCurrentWidget(self.history_tab)

    def show_player(self) -> None:
        self.views.setCurrentWidget(self.player)

    def _add_edit_routine_button(self) -> None:
        # Beside the player's routine box: from "this routine" to changing its numbers.
        edit = QPushButton(ShellText.tr("&Edit…"))
        edit.setAccessibleName(ShellText.tr("Edit the routine"))
        edit.setToolTip(
            ShellText.tr("Change this routine's holds, repetitions and exercises (Ctrl+3)")
        )
        edit.clicked.connect(self.edit_selected_routine)
        self.player.add_start_button(edit)
        self.edit_routine_button = edit

    def edit_selected_routine(self) -> None:
        self.show_routines()
        self.routines.select_routine(self.state.selected_routine.id)

    def show_routines(self) -> None:
        self.views.setCurrentWidget(self.routines_tab)

    def _import_routine(self) -> None:
        self.show_routines()
        self.routines.import_routine()

    def _export_routine(self) -> None:
        self.show_routines()
        self.routines.export_routine()

    def set_focus_mode(self, on: bool) -> None:
        """The player's focus mode (F): full screen, with menus and tabs out of the way."""
        self.menuBar().setVisible(not on)
        self.views.tabBar().setVisible(not on)
        if on and not self.isFullScreen():
            self._maximized_before_focus = self.isMaximized()
            self.show_player()
            self.showFullScreen()
        elif not on and self.isFullScreen():
            if self._maximized_before_focus:
                self.showMaximized()
            else:
                self.showNormal()
        self.player.set_focus_mode(on)

    def show_shortcuts(self) -> None:
        from backcoach.ui.shell.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self).exec()

    def show_safety(self) -> None:
        SafetyDialog(self.state.catalogue, first_start=False, parent=self).exec()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            ShellText.tr("About {APP_NAME}").format(APP_NAME=APP_NAME),
            ShellText.tr(
                "<h3>{APP_NAME} {version}</h3><p>A desktop coach for back-pain relief "
                "exercises.</p><p>Released under the MIT "
                "licence.</p><p><b>Safety</b></p>{safety_html}<p>Your data: {folder}</p>"
            ).format(
                APP_NAME=APP_NAME,
                version=__version__,
                safety_html=safety_html(self.state.catalogue),
                folder=self.state.store.folder,
            ),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.player.confirm_close() or not confirm_quit_with_unsaved(self, self.state):
            event.ignore()
            return
        geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        if geometry != self.state.settings.window_geometry:
            self.state.update_settings(window_geometry=geometry)
        event.accept()
        self.closed.emit()

    # --- for the tray and its reminders (ui/reminders/tray.py) -------------------------------

    def add_bar(self, bar: QWidget) -> None:
        """Show a bar (the in-window reminder) under the notices, above the views."""
        central = self.centralWidget()
        layout = central.layout() if central is not None else None
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(self.notices) + 1, bar)

    def start_routine(self, routine_id: str) -> None:
        """Show the player and start the routine there (a reminder, the tray menu or the history
        asked): through the safety gate, then the pain question if the user wants it asked. The
        player never breaks into a session."""
        self.show_player()
        self.bring_to_front()
        self.player.start_routine(routine_id)
