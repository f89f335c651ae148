"""The app's shared state, observed by every view: core.app_data's AppData behind Qt signals.

Views never write files themselves: they call these methods, which run an AppData operation
(where the rules are: saving, retrying, merging) and announce what it changed, so every view that
shows the data refreshes. This side owns only the Qt parts: the signals and the two timers.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from backcoach.core.app_data import AppData, Changes
from backcoach.core.catalogue import Catalogue
from backcoach.core.clock import Clock
from backcoach.core.day_totals import DayTotals
from backcoach.core.library import Library
from backcoach.core.routine import Routine
from backcoach.core.session import SessionRecord
from backcoach.core.settings import Settings
from backcoach.core.storage.backups import Backup
from backcoach.core.storage.store import Store

if TYPE_CHECKING:  # read only for --routine or an import, so not loaded at start
    from backcoach.core.routine_file import RoutineFile

# While loading sessions in steps, the longest the event loop waits for the next step. Measured
# with perf_counter: it is the event loop's budget, not a time of day.
LOAD_SLICE_SECONDS = 0.02


class AppState(QObject):
    sessionsChanged = Signal()
    settingsChanged = Signal()
    routinesChanged = Signal()
    # A message for the user about their data (a file set aside, a save that failed).
    problemReported = Signal(str)

    def __init__(
        self,
        store: Store,
        clock: Clock,
        parent: QObject | None = None,
        load_in_steps: bool = False,
    ):
        """With load_in_steps, the sessions are read a file at a time from the event loop, so the
        window paints at once and stays responsive however long the history is; sessionsChanged
        says when they are all there. Otherwise they are read before this returns."""
        super().__init__(parent)
        self.data = AppData(store, clock, load_in_steps)
        self._load_timer = QTimer(self)
        self._load_timer.timeout.connect(self._load_some_sessions)
        if self.data.sessions_loading:
            self._load_timer.start(0)
        self.retry_timer = QTimer(self)
        self.retry_timer.setSingleShot(True)
        self.retry_timer.timeout.connect(self.retry_unsaved)

    def _announce(self, changes: Changes) -> bool:
        """Arm or stop the timers, emit what changed and the messages; whether all was saved."""
        if not self.data.sessions_loading:
            self._load_timer.stop()
        if changes.retry_after is not None:
            self.retry_timer.start(round(changes.retry_after * 1000))
        elif not self.data.has_unsaved:
            self.retry_timer.stop()
        if changes.settings:
            self.settingsChanged.emit()
        if changes.routines:
            self.routinesChanged.emit()
        if changes.sessions:
            self.sessionsChanged.emit()
        for problem in changes.problems:
            self.problemReported.emit(problem)
        return changes.saved

    def _load_some_sessions(self) -> None:
        # Read files for at most one slice, then let the event loop paint and handle input.
        until = time.perf_counter() + LOAD_SLICE_SECONDS
        self._announce(self.data.load_some(lambda: time.perf_counter() < until))

    # --- what the views show ------------------------------------------------------------------

    @property
    def store(self) -> Store:
        return self.data.store

    @property
    def clock(self) -> Clock:
        return self.data.clock

    @property
    def settings(self) -> Settings:
        return self.data.settings

    @property
    def sessions(self) -> list[SessionRecord]:
        return self.data.sessions

    @property
    def days(self) -> DayTotals:
        """The sessions by day, with each day's minutes, kept up to date (core/day_totals.py)."""
        return self.data.days

    @property
    def sessions_loading(self) -> bool:
        return self.data.sessions_loading

    @property
    def library(self) -> Library:
        return self.data.library

    @property
    def catalogue(self) -> Catalogue:
        """The guide's exercises and the user's own."""
        return self.data.catalogue

    @property
    def routines(self) -> tuple[Routine, ...]:
        return self.data.library.routines

    @property
    def selected_routine(self) -> Routine:
        return self.data.selected_routine

    @property
    def reminder_routine(self) -> Routine:
        return self.data.reminder_routine

    @property
    def unsaved(self) -> list[SessionRecord]:
        return self.data.unsaved

    @property
    def has_unsaved(self) -> bool:
        return self.data.has_unsaved

    @property
    def last_failure(self) -> str:
        return self.data.last_failure

    def take_problems(self) -> list[str]:
        """The store's messages about unreadable files, each given out once."""
        return self.data.take_problems()

    # --- changes: each an AppData operation, announced ------------------------------------------

    def update_library(self, library: Library) -> bool:
        """Use and save a changed library; False (with a message) when it could not be saved."""
        return self._announce(self.data.update_library(library))

    def import_routine(self, routine_file: RoutineFile, select: bool = False) -> str:
        """Add a routine read from a file (see core.routine_file); returns its id."""
        routine_id, changes = self.data.import_routine(routine_file, select)
        self._announce(changes)
        return routine_id

    def update_settings(self, **changes: object) -> bool:
        """Change and save settings; False (with a message) when they could not be saved."""
        return self._announce(self.data.update_settings(**changes))

    def log_session(self, record: SessionRecord) -> bool:
        """Log a session; if it cannot be saved it is kept in memory and retried later."""
        return self._announce(self.data.log_session(record))

    def retry_unsaved(self) -> bool:
        """Try to save what could not be saved; True when nothing is left unsaved."""
        self.retry_timer.stop()
        return self._announce(self.data.retry_unsaved())

    def reload(self) -> None:
        """Read everything again (after a restore or an import) and tell every view."""
        self._announce(self.data.reload())

    def restore_backup(self, backup: Backup) -> bool:
        return self._announce(self.data.restore_backup(backup))

    def update_session(self, record: SessionRecord) -> bool:
        """Save a changed session (same id); False, with a message, when it could not be saved."""
        return self._announce(self.data.update_session(record))

    def delete_session(self, session_id: str) -> SessionRecord | None:
        """Delete a session; returns it (for undo), or None when it could not be deleted."""
        record, changes = self.data.delete_session(session_id)
        self._announce(changes)
        return record
