"""What is logged of a session: at its end, the record with the pain rating before it (nothing if
no exercise began, or if the user discarded it); then the summary's rating and note; and a
discarded session logged after all, which is the discard's undo.

The summary page shows it, with the streak and the week's goal a completed session adds to.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from backcoach.core.history import day_of, summarise
from backcoach.core.session import SessionRecord
from backcoach.core.words import session_progress
from backcoach.ui.app_state import AppState

if TYPE_CHECKING:
    from backcoach.ui.player.summary_page import SummaryPage


class SessionLog(QObject):
    logged_now = Signal()  # a session was just logged

    def __init__(
        self, state: AppState, summary: Callable[[], SummaryPage], parent: QObject | None = None
    ) -> None:
        """summary: the summary page (built when first asked for)."""
        super().__init__(parent)
        self.state = state
        self._summary = summary
        self.record: SessionRecord | None = None  # the session as it ended
        self.logged = False
        self.pain_before: int | None = None
        self.discarding = False  # the session being stopped is not to be logged

    def begin(self, pain_before: int | None) -> None:
        """A new session, with the pain rating given before it (or None)."""
        self.record, self.logged = None, False
        self.pain_before, self.discarding = pain_before, False

    def ended(self, record: SessionRecord) -> None:
        """The session ended (completed or stopped): log it, unless there is nothing to log."""
        self.record = record.updated(pain_before=self.pain_before)
        # Stopped during the first get-ready, there is nothing to log; discarded, nothing is.
        self.logged = self.record.has_begun and not self.discarding
        if self.logged:
            self._log(self.record)
        self.show()

    def log_discarded(self) -> None:
        """Log the discarded session after all (the summary's undo)."""
        if self.record is None or self.logged or not self.record.has_begun:
            return
        self.discarding = False
        self.logged = True
        self._log(self.record)
        self.show()

    def _log(self, record: SessionRecord) -> None:
        self.state.log_session(record)
        self.logged_now.emit()

    def show(self) -> None:
        assert self.record is not None
        settings = self.state.settings
        progress = ""
        if self.logged and self.record.completed:
            today = day_of(self.state.clock.now(), settings.day_start_hour)
            summary = summarise(
                self.state.sessions,
                today,
                day_start_hour=settings.day_start_hour,
                rest_days=settings.rest_dates,
                weekly_goal_days=settings.weekly_goal_days,
            )
            progress = session_progress(
                summary.current.days, summary.weekly.this_week_days, summary.weekly.goal
            )
        self._summary().show_record(
            self.record,
            self.logged,
            bool(settings.ask_pain),
            discarded=self.discarding and self.record.has_begun,
            progress=progress,
        )

    def save_summary(self) -> None:
        """Add the summary's pain rating and note to the logged session, if they changed."""
        if not self.logged or self.record is None:
            return
        changed = self.record.updated(**self._summary().answers())
        if changed != self.record:
            self.state.update_session(changed)
            self.record = changed

    def finish(self) -> None:
        """The summary is done with: save it, and forget the session."""
        self.save_summary()
        self.record, self.logged, self.discarding = None, False, False
