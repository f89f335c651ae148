"""The user's data as the app holds it (settings, routines, sessions) and the rules for saving it.

Every change goes through an operation here, which saves through the store and returns what
changed, in the spirit of Anki's operations: which of the sessions, settings and routines
changed, the messages for the user, and when to try again a save that failed. No Qt: the ui's
AppState re-emits a `Changes` as signals and owns the timers, and tests drive the rules directly.

A session that cannot be saved (a full disk, a folder made read-only) is kept in memory, shown,
and saved again with a growing wait; it survives a reload and can still be edited or deleted.
"""

from __future__ import annotations

import gc
from bisect import bisect_left, insort
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from operator import itemgetter
from typing import TYPE_CHECKING

from backcoach.core.catalogue import Catalogue, load_catalogue
from backcoach.core.clock import Clock
from backcoach.core.data_words import sessions_cannot_be_saved, sessions_kept_elsewhere
from backcoach.core.day_totals import DayTotals
from backcoach.core.i18n import QT_TRANSLATE_NOOP, Context
from backcoach.core.library import Library, LibraryError
from backcoach.core.library_document import library_from_store_data, library_to_store_data
from backcoach.core.routine import Routine, load_builtin_routines
from backcoach.core.session import SessionRecord
from backcoach.core.settings import Settings, SettingsError
from backcoach.core.storage.backups import Backup
from backcoach.core.storage.store import Store, StoreError
from backcoach.core.words import moment_text

CoreText = Context("CoreText")

if TYPE_CHECKING:  # read only for --routine or an import, so not loaded at start
    from backcoach.core.routine_file import RoutineFile

# A failed save is tried again after 5 s, then 10 s, 20 s... at most every 5 minutes.
RETRY_FIRST_SECONDS = 5.0
RETRY_MAX_SECONDS = 300.0
# Sessions taken in by one loading step at most: a few milliseconds' work.
LOAD_SLICE = 5_000

_KEPT_SESSION = QT_TRANSLATE_NOOP(
    "CoreText",
    "Your session is kept in memory and will be saved as soon as possible; "
    "don't close BackCoach until then.",
)
_KEPT_SETTINGS = QT_TRANSLATE_NOOP(
    "CoreText", "Your settings are kept and saved as soon as possible."
)
_UNTIL_CLOSED = QT_TRANSLATE_NOOP("CoreText", "The change applies until BackCoach closes.")


@dataclass(frozen=True)
class Changes:
    """What an operation changed, for the ui to announce."""

    sessions: bool = False
    settings: bool = False
    routines: bool = False
    problems: tuple[str, ...] = ()  # messages for the user, in order
    # Everything the operation was asked to change is on disk (if not, a problem says why).
    saved: bool = True
    # A save failed for a reason that may pass: call retry_unsaved after this many seconds.
    retry_after: float | None = None

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            sessions=self.sessions or other.sessions,
            settings=self.settings or other.settings,
            routines=self.routines or other.routines,
            problems=self.problems + other.problems,
            saved=self.saved and other.saved,
            retry_after=self.retry_after if other.retry_after is None else other.retry_after,
        )


def _started(record: SessionRecord) -> float:
    return record.started.timestamp()


class AppData:
    def __init__(self, store: Store, clock: Clock, load_in_steps: bool = False) -> None:
        """With load_in_steps, the sessions are read by load_some, a few files at a time, so a
        window can paint in between; otherwise they are read before this returns."""
        self.store = store
        self.clock = clock
        self._guide = load_catalogue()
        self._builtins = load_builtin_routines(self._guide)
        self.library, self._library_problems = self._read_library()
        self.settings: Settings = store.load_settings()
        # The sessions in the order they started, with the same by id and by day: each kept up
        # to date by a change, so that a change costs what it touches, not the whole history.
        self.sessions: list[SessionRecord] = []
        self.days = DayTotals((), self.settings.day_start_hour)
        # Sessions that could not be saved yet, oldest first: kept, shown and retried.
        self.unsaved: list[SessionRecord] = []
        # Settings changed but not saved for a reason that may pass: retried with the sessions.
        self.settings_unsaved = False
        self.last_failure = ""  # the last message about a failed save, said once
        self._aside_messages: list[str] = []  # sessions saved to a file of their own, to say
        self._retry_after = RETRY_FIRST_SECONDS
        self._loading: Iterator[list[SessionRecord]] | None = None
        # Every session by id, with its start as a number: sorting on it is several times
        # quicker than comparing aware datetimes. While loading: the sessions read so far.
        self._by_id: dict[str, tuple[float, SessionRecord]] = {}
        # Sessions logged or changed while loading: a file read later does not undo them.
        self._changed_while_loading: set[str] = set()
        # While loading: the sessions read, in the order read, and whether that is their order.
        self._ordered: list[SessionRecord] = []
        self._in_order = True
        self._waiting: list[SessionRecord] = []  # read, not yet taken in (see load_some)
        if load_in_steps:
            self._loading = store.read_session_files()
        else:
            self._use_sessions(store.load_sessions())

    def _use_sessions(self, records: list[SessionRecord]) -> None:
        self._changed_while_loading = set()
        self._by_id = {r.id: (_started(r), r) for r in records}
        self.sessions = [r for _, r in sorted(self._by_id.values(), key=_FIRST)]
        self.days = DayTotals(self.sessions, self.settings.day_start_hour)

    def _read_library(self) -> tuple[Library, list[str]]:
        # The routines: built-ins plus the user's own, from routines.json (core.library_document).
        return library_from_store_data(self._guide, self._builtins, self.store.load_user_data())

    def take_problems(self) -> list[str]:
        """The messages about unreadable files (the store's and the library's), each given once."""
        problems, self.store.problems = self.store.problems, []
        problems, self._library_problems = self._library_problems + problems, []
        return problems

    # --- loading the sessions in steps -----------------------------------------------------

    @property
    def sessions_loading(self) -> bool:
        return self._loading is not None

    def load_some(self, more: Callable[[], bool]) -> Changes:
        """Read session files, one at least, while more() says there is time; once the last is
        read, every session is in `sessions` and the result says the sessions changed."""
        if self._loading is None:
            return Changes()
        # Years of sessions are many small objects, none of them garbage: a full collection
        # while they pile up would scan them all and stall the window for half a second. No
        # collection runs while a step reads, and what it read is then frozen (left out of later
        # collections, see gc.freeze); the collector is on again between steps, whatever happens.
        collecting = gc.isenabled()
        gc.disable()
        try:
            while True:
                if not self._waiting:
                    records = next(self._loading, None)
                    if records is None:
                        return self._finish_loading()
                    self._waiting = records
                # The store gives every session at once after its last file (the newest version
                # of each wins only then, storage/session_files.py): taken in a slice at a time,
                # so no step grows with the history.
                records = self._waiting[:LOAD_SLICE]
                del self._waiting[:LOAD_SLICE]
                # Merged by id as they come, and kept in order while they follow each other in
                # time (one device's months do): then the last step has nothing to sort.
                pairs = sorted(((_started(r), r) for r in records), key=_FIRST)
                if pairs and self._ordered and pairs[0][0] < _started(self._ordered[-1]):
                    self._in_order = False
                for started, record in pairs:
                    before = self._by_id.get(record.id)
                    if before is not None:
                        self._in_order = False
                        if record.id in self._changed_while_loading:
                            continue  # the version in memory wins
                        self.days.remove(before[1])
                    self._by_id[record.id] = (started, record)
                    self._ordered.append(record)
                    self.days.add(record)
                if not more():
                    gc.freeze()
                    return Changes()
        finally:
            if collecting:
                gc.enable()

    def _finish_loading(self) -> Changes:
        self._loading = None
        if self._in_order and not self._changed_while_loading:
            self.sessions = self._ordered
        else:  # another device's months, or sessions logged while loading: sorted here
            self.sessions = [record for _, record in sorted(self._by_id.values(), key=_FIRST)]
        self._changed_while_loading = set()
        self._ordered, self._in_order, self._waiting = [], True, []
        gc.freeze()  # the sorted list, which lives as long as the app
        return Changes(sessions=True, problems=tuple(self.take_problems()))

    def reload(self) -> Changes:
        """Read everything again (after a restore or an import); unsaved sessions stay."""
        self._loading = None  # a reading in steps stops here: this reads it all
        self._ordered, self._in_order, self._waiting = [], True, []
        self.library, problems = self._read_library()
        self._library_problems += problems
        self.settings = self.store.load_settings()
        saved = self.store.load_sessions()
        saved_ids = {record.id for record in saved}
        pending = [record for record in self.unsaved if record.id not in saved_ids]
        self._use_sessions(saved + pending)
        return Changes(
            sessions=True, settings=True, routines=True, problems=tuple(self.take_problems())
        )

    def restore_backup(self, backup: Backup) -> Changes:
        try:
            self.store.restore_backup(backup)
        except StoreError as error:
            return Changes(problems=(str(error),), saved=False)
        return self.reload() | Changes(
            problems=(
                CoreText.tr(
                    "Restored {name} from the backup of {moment_text}. What it "
                    "held before is kept as a backup too."
                ).format(name=backup.original.name, moment_text=moment_text(backup.taken)),
            )
        )

    # --- routines ----------------------------------------------------------------------------

    @property
    def catalogue(self) -> Catalogue:
        """The guide's exercises and the user's own."""
        return self.library.catalogue

    @property
    def selected_routine(self) -> Routine:
        """The routine chosen in the player (see _named_by_setting)."""
        return self._named_by_setting(self.settings.routine)

    @property
    def reminder_routine(self) -> Routine:
        """The routine a reminder starts (see _named_by_setting)."""
        return self._named_by_setting(self.settings.reminder_routine)

    def _named_by_setting(self, routine_id: str) -> Routine:
        # A setting may name a routine that is gone (deleted here or on another computer, or a
        # hand edit): it then means the first routine, rather than no routine at all. Anything
        # else looks routines up with Library.routine, which refuses an unknown id, so an edit or
        # a start never lands on a routine other than the one asked for.
        try:
            return self.library.routine(routine_id)
        except LibraryError:
            return self.library.routines[0]

    def update_library(self, library: Library) -> Changes:
        """Use and save a changed library. A session in progress is not affected: its engine
        holds the timeline it started with."""
        self.library = library
        try:
            self.store.save_user_data(library_to_store_data(library))
        except StoreError as error:
            return Changes(
                routines=True, saved=False, problems=(f"{error} {CoreText.tr(_UNTIL_CLOSED)}",)
            )
        return Changes(routines=True)

    def import_routine(
        self, routine_file: RoutineFile, select: bool = False
    ) -> tuple[str, Changes]:
        """Add a routine read from a file (see core.routine_file); its id, and what changed."""
        library, routine_id = self.library.with_imported(
            routine_file.routine, routine_file.exercises
        )
        changes = Changes()
        if library != self.library:
            changes = self.update_library(library)
        if select:
            changes |= self.update_settings(routine=routine_id)
        return routine_id, changes

    # --- settings ----------------------------------------------------------------------------

    def update_settings(self, **changes: object) -> Changes:
        """Change and save settings; a wrong value changes nothing and says why."""
        try:
            settings = self.settings.changed(**changes)
        except SettingsError as error:
            return Changes(problems=(str(error),), saved=False)
        if settings.day_start_hour != self.days.day_start_hour:
            self.days = DayTotals(self.sessions, settings.day_start_hour)
        self.settings = settings
        try:
            self.store.save_settings(settings)
        except StoreError as error:
            if not error.retryable:
                return Changes(
                    settings=True, saved=False, problems=(f"{error} {CoreText.tr(_UNTIL_CLOSED)}",)
                )
            self.settings_unsaved = True
            return Changes(settings=True) | self._save_failed(error, _KEPT_SETTINGS)
        return Changes(settings=True)

    # --- sessions ----------------------------------------------------------------------------

    @property
    def has_unsaved(self) -> bool:
        return bool(self.unsaved) or self.settings_unsaved

    def log_session(self, record: SessionRecord) -> Changes:
        """Log a session; if it cannot be saved it is kept in memory and retried later."""
        if record.id in self._by_id:
            self._take_out(record.id)
        self._put_in(record)
        self.unsaved.append(record)
        return Changes(sessions=True) | self.retry_unsaved()

    def retry_unsaved(self) -> Changes:
        """Try to save what could not be saved; `saved` when nothing is left unsaved.

        A session this version can never save in the history (its month's file is a newer
        version's) is saved to a file of its own instead, said, and not retried; one that cannot
        be saved anywhere (a date no file takes) is said once and not retried either."""
        kept: list[SessionRecord] = []  # still unsaved, in their order
        waiting: StoreError | None = None  # a cause that may pass: try again later
        refused: StoreError | None = None  # a cause waiting cannot help
        for record in self.unsaved:
            if waiting is not None:
                kept.append(record)
                continue
            try:
                self.store.log_session(record)
            except StoreError as error:
                if error.newer_version and self._keep_elsewhere(record, error):
                    continue
                kept.append(record)  # and the ones after it are still tried
                if error.retryable:
                    waiting = error
                else:
                    refused = error
        self.unsaved = kept
        if waiting is not None:
            return self._save_failed(waiting, _KEPT_SESSION)
        if self.settings_unsaved:
            try:
                self.store.save_settings(self.settings)
            except StoreError as error:
                if error.retryable:
                    return self._save_failed(error, _KEPT_SETTINGS)
                self.settings_unsaved = False  # waiting will not help: said, not retried
                return Changes(saved=False, problems=(f"{error} {CoreText.tr(_UNTIL_CLOSED)}",))
            self.settings_unsaved = False
        if refused is not None:
            return self._cannot_save(refused)
        problems, self._aside_messages = self._aside_messages, []
        if self.last_failure:
            self.last_failure = ""
            problems.append(CoreText.tr("Everything that could not be saved before is saved now."))
        self._retry_after = RETRY_FIRST_SECONDS
        return Changes(problems=tuple(problems + self.take_problems()))

    def _keep_elsewhere(self, record: SessionRecord, error: StoreError) -> bool:
        """Save a session that cannot go in the history to a file of its own, which an updated
        BackCoach imports; whether it was written (the message is then said)."""
        from backcoach.core.storage.archive import keep_sessions_aside

        try:
            path = keep_sessions_aside(self.store, [record])
        except StoreError:
            return False
        self._aside_messages.append(sessions_kept_elsewhere(1, str(error), path))
        return True

    def _cannot_save(self, error: StoreError) -> Changes:
        # Nothing will change by waiting: no retry is planned, and closing asks first.
        message = sessions_cannot_be_saved(str(error))
        problems, self._aside_messages = self._aside_messages, []
        if message != self.last_failure:
            self.last_failure = message
            problems.append(message)
        return Changes(problems=tuple(problems + self.take_problems()), saved=False)

    def _save_failed(self, error: StoreError, consequence: str) -> Changes:
        message = f"{error} {CoreText.tr(consequence)}"
        problems, self._aside_messages = self._aside_messages, []
        if message != self.last_failure:  # said once, not at every retry
            self.last_failure = message
            problems.append(message)
        retry_after = self._retry_after
        self._retry_after = min(retry_after * 2, RETRY_MAX_SECONDS)
        return Changes(
            problems=tuple(problems + self.take_problems()), saved=False, retry_after=retry_after
        )

    def update_session(self, record: SessionRecord) -> Changes:
        """Save a changed session (same id); one still unsaved is changed where it waits."""
        if any(r.id == record.id for r in self.unsaved):
            self.unsaved = [record if r.id == record.id else r for r in self.unsaved]
        else:
            try:
                record = self.store.update_session(record)  # as written: with its stamp
            except StoreError as error:
                problem = CoreText.tr("{error} The change was not saved.").format(error=error)
                return Changes(saved=False, problems=(problem,))
        if record.id in self._by_id:
            self._take_out(record.id)
        self._put_in(record)
        return Changes(sessions=True)

    def delete_session(self, session_id: str) -> tuple[SessionRecord | None, Changes]:
        """Delete a session: the record (for undo) or None, and what changed."""
        if session_id not in self._by_id:
            return None, Changes(saved=False)
        record = self._by_id[session_id][1]
        if any(r.id == session_id for r in self.unsaved):
            self.unsaved = [r for r in self.unsaved if r.id != session_id]
        else:
            try:
                self.store.delete_session(session_id)
            except StoreError as error:
                problem = CoreText.tr("{error} The session was not deleted.").format(error=error)
                return None, Changes(saved=False, problems=(problem,))
        self._take_out(session_id)
        return record, Changes(sessions=True)

    def _put_in(self, record: SessionRecord) -> None:
        """Add a session where it belongs, in the order of starts and in its day."""
        self._by_id[record.id] = (_started(record), record)
        insort(self.sessions, record, key=_started)
        self.days.add(record)
        if self.sessions_loading:
            self._changed_while_loading.add(record.id)

    def _take_out(self, session_id: str) -> SessionRecord:
        started, record = self._by_id.pop(session_id)
        self.days.remove(record)
        # Found by its start, then by id among the sessions that started at the same moment
        # (while loading, a session read but not yet sorted in is not in the list).
        index = bisect_left(self.sessions, started, key=_started)
        while index < len(self.sessions) and _started(self.sessions[index]) == started:
            if self.sessions[index].id == session_id:
                del self.sessions[index]
                break
            index += 1
        return record


_FIRST = itemgetter(0)  # the start of a (start, record) pair, without a Python call per pair
