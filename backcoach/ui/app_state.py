"""The app's shared state, observed by every view: the store's data, behind Qt signals.

Views never write files themselves: they call these methods, which save through the store and
then announce the change, so every view that shows the data refreshes.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from backcoach.core.catalogue import Catalogue, load_catalogue
from backcoach.core.clock import Clock, SystemClock
from backcoach.core.library import Library
from backcoach.core.routine import Routine, load_builtin_routines
from backcoach.core.session import SessionRecord
from backcoach.core.settings import Settings, SettingsError
from backcoach.core.storage.backups import Backup
from backcoach.core.storage.store import Store, StoreError

if TYPE_CHECKING:  # read only for --routine or an import, so not loaded at start
    from backcoach.core.routine_file import RoutineFile

# While loading sessions in steps, the longest the event loop waits for the next step.
LOAD_SLICE_SECONDS = 0.02
# A failed save is tried again after 5 s, then 10 s, 20 s... at most every 5 minutes.
RETRY_FIRST_MS = 5_000
RETRY_MAX_MS = 300_000


def _first(pair: tuple[float, SessionRecord]) -> float:
    return pair[0]


class AppState(QObject):
    sessionsChanged = Signal()
    settingsChanged = Signal()
    routinesChanged = Signal()
    # A message for the user about their data (a file set aside, a save that failed).
    problemReported = Signal(str)

    def __init__(
        self,
        store: Store,
        clock: Clock | None = None,
        parent: QObject | None = None,
        load_in_steps: bool = False,
    ):
        """With load_in_steps, the sessions are read a file at a time from the event loop, so the
        window paints at once and stays responsive however long the history is; sessionsChanged
        says when they are all there. Otherwise they are read before this returns."""
        super().__init__(parent)
        self.store = store
        self.clock: Clock = clock or SystemClock()
        guide = load_catalogue()
        # The routines: built-ins plus the user's own, from routines.json (see core.library).
        self.library, self._library_problems = Library.from_store_data(
            guide, load_builtin_routines(guide), store.load_user_data()
        )
        self.settings: Settings = store.load_settings()
        self.sessions: list[SessionRecord] = []
        self.sessions_loading = load_in_steps
        self._load_timer = QTimer(self)
        self._load_timer.timeout.connect(self._load_some_sessions)
        self._loading: Iterator[list[SessionRecord]] = iter(())
        # Sessions read so far, by id, each with its start as a number: sorting on it at the end
        # is several times quicker than comparing aware datetimes.
        self._loaded: dict[str, tuple[float, SessionRecord]] = {}
        if load_in_steps:
            self._loading = store.read_session_files()
            # Years of sessions are many small objects: a full garbage collection while they
            # pile up scans them all and would stall the window for a tenth of a second, and
            # none of them is garbage. Collect once they are in, then leave them out of later
            # collections.
            gc.disable()
            self._load_timer.start(0)
        else:
            self.sessions = store.load_sessions()
        # Sessions that could not be saved yet (disk full, read-only folder): kept, retried.
        self.unsaved: list[SessionRecord] = []
        # Settings changed but not saved for a reason that may pass: retried with the sessions.
        self.settings_unsaved = False
        self.retry_timer = QTimer(self)
        self.retry_timer.setSingleShot(True)
        self.retry_timer.timeout.connect(self.retry_unsaved)
        self._retry_interval = RETRY_FIRST_MS
        self.last_failure = ""

    def _load_some_sessions(self) -> None:
        # Read files for at most one slice, then let the event loop paint and handle input.
        until = time.perf_counter() + LOAD_SLICE_SECONDS
        try:
            while time.perf_counter() < until:
                # Merged by id as they come, so the last step has only the sorting left to do.
                self._loaded.update(
                    (record.id, (record.started.timestamp(), record))
                    for record in next(self._loading)
                )
        except StopIteration:
            self._load_timer.stop()
            # Sessions logged while loading come last, so their in-memory version wins.
            self._loaded.update((r.id, (r.started.timestamp(), r)) for r in self.sessions)
            self.sessions = [record for _, record in sorted(self._loaded.values(), key=_first)]
            self._loaded = {}
            gc.enable()
            gc.freeze()
            self.sessions_loading = False
            self.sessionsChanged.emit()
            self._report_store_problems()

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
        return self.routine(self.settings.routine)

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
            if error.retryable:
                self.settings_unsaved = True
                self._save_failed(error, "Your settings are kept and saved as soon as possible.")
            else:
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
        """Try to save what could not be saved; True when nothing is left unsaved."""
        self.retry_timer.stop()
        while self.unsaved:
            record = self.unsaved[0]
            try:
                self.store.log_session(record)
            except StoreError as error:
                self._save_failed(
                    error,
                    "Your session is kept in memory and will be saved as soon as possible; "
                    "don't close BackCoach until then.",
                )
                return False
            self.unsaved.pop(0)
        if self.settings_unsaved:
            try:
                self.store.save_settings(self.settings)
            except StoreError as error:
                self._save_failed(error, "Your settings are kept and saved as soon as possible.")
                return False
            self.settings_unsaved = False
        if self.last_failure:
            self.last_failure = ""
            self.problemReported.emit("Everything that could not be saved before is saved now.")
        self._retry_interval = RETRY_FIRST_MS
        self._report_store_problems()
        return True

    @property
    def has_unsaved(self) -> bool:
        return bool(self.unsaved) or self.settings_unsaved

    def _save_failed(self, error: StoreError, consequence: str) -> None:
        message = f"{error} {consequence}"
        if message != self.last_failure:  # say it once, not at every retry
            self.last_failure = message
            self.problemReported.emit(message)
        self._report_store_problems()
        self.retry_timer.start(self._retry_interval)
        self._retry_interval = min(self._retry_interval * 2, RETRY_MAX_MS)

    def _report_store_problems(self) -> None:
        for problem in self.take_problems():
            self.problemReported.emit(problem)

    # --- backups, import ------------------------------------------------------------------

    def reload(self) -> None:
        """Read everything again (after a restore or an import) and tell every view."""
        if self.sessions_loading:  # the reading in steps stops here: this reads it all
            self._load_timer.stop()
            self._loaded = {}
            self.sessions_loading = False
            gc.enable()
        self.settings = self.store.load_settings()
        saved = self.store.load_sessions()
        saved_ids = {record.id for record in saved}
        pending = [record for record in self.unsaved if record.id not in saved_ids]
        self.sessions = sorted(saved + pending, key=lambda r: r.started)
        self.settingsChanged.emit()
        self.routinesChanged.emit()
        self.sessionsChanged.emit()
        self._report_store_problems()

    def restore_backup(self, backup: Backup) -> bool:
        try:
            self.store.restore_backup(backup)
        except StoreError as error:
            self.problemReported.emit(str(error))
            return False
        self.reload()
        self.problemReported.emit(
            f"Restored {backup.original.name} from the backup of {backup.taken:%d %b %Y, %H:%M}. "
            "What it held before is kept as a backup too."
        )
        return True

    # --- editing the history (the history view's table and its undo) ---------------------

    def update_session(self, record: SessionRecord) -> bool:
        """Save a changed session (same id); False, with a message, when it could not be saved."""
        pending = [r for r in self.unsaved if r.id == record.id]
        if pending:  # not on disk yet: the retry will write the changed record
            self.unsaved = [record if r.id == record.id else r for r in self.unsaved]
        else:
            try:
                self.store.update_session(record)
            except StoreError as error:
                self.problemReported.emit(f"{error} The change was not saved.")
                return False
        self.sessions = [record if r.id == record.id else r for r in self.sessions]
        self.sessionsChanged.emit()
        return True

    def delete_session(self, session_id: str) -> SessionRecord | None:
        """Delete a session; returns it (for undo), or None when it could not be deleted."""
        record = next((r for r in self.sessions if r.id == session_id), None)
        if record is None:
            return None
        if any(r.id == session_id for r in self.unsaved):
            self.unsaved = [r for r in self.unsaved if r.id != session_id]
        else:
            try:
                self.store.delete_session(session_id)
            except StoreError as error:
                self.problemReported.emit(f"{error} The session was not deleted.")
                return None
        self.sessions = [r for r in self.sessions if r.id != session_id]
        self.sessionsChanged.emit()
        return record
