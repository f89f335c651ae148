"""The app's shared state, observed by every view: the store's data, behind Qt signals.

Views never write files themselves: they call these methods, which save through the store and
then announce the change, so every view that shows the data refreshes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from backcoach.core.catalogue import Catalogue, load_catalogue
from backcoach.core.clock import Clock, SystemClock
from backcoach.core.library import Library
from backcoach.core.routine import Routine, load_builtin_routines
from backcoach.core.routine_file import RoutineFile
from backcoach.core.session import SessionRecord
from backcoach.core.settings import Settings, SettingsError
from backcoach.core.store import Store, StoreError


class AppState(QObject):
    sessionsChanged = Signal()
    settingsChanged = Signal()
    routinesChanged = Signal()
    # A message for the user about their data (a file set aside, a save that failed).
    problemReported = Signal(str)

    def __init__(self, store: Store, clock: Clock | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.clock: Clock = clock or SystemClock()
        guide = load_catalogue()
        # The routines: built-ins plus the user's own, from routines.json (see core.library).
        self.library, self._library_problems = Library.from_store_data(
            guide, load_builtin_routines(guide), store.load_user_data()
        )
        self.settings: Settings = store.load_settings()
        self.sessions: list[SessionRecord] = store.load_sessions()
        # Sessions that could not be saved yet (disk full, read-only folder): kept, retried.
        self.unsaved: list[SessionRecord] = []

    def take_problems(self) -> list[str]:
        """The store's messages about unreadable files, each given out once."""
        problems, self.store.problems = self.store.problems, []
        problems, self._library_problems = self._library_problems + problems, []
        return problems

    # --- routines ------------------------------------------------------------------------

    @property
    def catalogue(self) -> Catalogue:
        """The guide's exercises and the user's own."""
        return self.library.catalogue

    @property
    def routines(self) -> tuple[Routine, ...]:
        return self.library.routines

    def update_library(self, library: Library) -> bool:
        """Use and save a changed library; False (with a message) when it could not be saved.

        A session in progress is not affected: its engine holds the timeline it started with.
        """
        self.library = library
        self.routinesChanged.emit()
        try:
            self.store.save_user_data(library.to_store_data())
        except StoreError as error:
            self.problemReported.emit(f"{error} The change applies until BackCoach closes.")
            return False
        return True

    def import_routine(self, routine_file: RoutineFile, select: bool = False) -> str:
        """Add a routine read from a file (see core.routine_file); returns its id."""
        library, routine_id = self.library.with_imported(
            routine_file.routine, routine_file.exercises
        )
        if library != self.library:
            self.update_library(library)
        if select:
            self.update_settings(routine=routine_id)
        return routine_id

    def routine(self, routine_id: str) -> Routine:
        for routine in self.routines:
            if routine.id == routine_id:
                return routine
        return self.routines[0]

    @property
    def selected_routine(self) -> Routine:
        return self.routine(self.settings["routine"])

    # --- settings ------------------------------------------------------------------------

    def update_settings(self, **changes: Any) -> bool:
        """Change and save settings; False (with a message) when they could not be saved."""
        try:
            settings = self.settings.changed(**changes)
        except SettingsError as error:
            self.problemReported.emit(str(error))
            return False
        self.settings = settings
        self.settingsChanged.emit()
        try:
            self.store.save_settings(settings)
        except StoreError as error:
            self.problemReported.emit(f"{error} The change applies until BackCoach closes.")
            return False
        return True

    # --- sessions ------------------------------------------------------------------------

    def log_session(self, record: SessionRecord) -> bool:
        """Log a session; if it cannot be saved it is kept in memory and retried later."""
        self.sessions.append(record)
        self.sessions.sort(key=lambda r: r.started)
        self.unsaved.append(record)
        saved = self.retry_unsaved()
        self.sessionsChanged.emit()
        return saved

    def retry_unsaved(self) -> bool:
        while self.unsaved:
            record = self.unsaved[0]
            try:
                self.store.log_session(record)
            except StoreError as error:
                self.problemReported.emit(
                    f"{error} Your session is kept in memory and will be saved as soon as "
                    "possible; don't close BackCoach until then."
                )
                return False
            self.unsaved.pop(0)
        return True
