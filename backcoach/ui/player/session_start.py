"""Before a session: the routine chosen on the start page, whether to ask about pain, and the
gate every start passes.

A session starts from the start page (Start or Space, with the page's pain rating) or from
elsewhere (a reminder, the tray menu, the history's button), which skips the page and so asks the
pain question in a small dialog when the user wants it asked. Both go through `gate` first: the
window sets it to the safety advice's gate (ui/shell/safety_dialog.py), and the player knows
nothing of what it asks; the gate runs the start it is given once it lets it through.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from backcoach.core.engine import EngineError
from backcoach.core.timeline import build_timeline
from backcoach.ui.app_state import AppState
from backcoach.ui.player.pain_before_dialog import PainBeforeDialog
from backcoach.ui.player.start_page import StartPage
from backcoach.ui.widgets.translation import Context

PlayerText = Context("PlayerText")

# Takes the start to run, and runs it now, later, or never.
Gate = Callable[[Callable[[], None]], None]


def no_gate(start: Callable[[], None]) -> None:
    start()


class SessionStart(QObject):
    def __init__(
        self,
        state: AppState,
        page: StartPage,
        begin: Callable[[int | None], None],
        parent: QWidget,
    ) -> None:
        """begin: starts the chosen routine now, with the pain rating before it (or None)."""
        super().__init__(parent)
        self.state = state
        self.page = page
        self._begin = begin
        self._parent = parent
        self.gate: Gate = no_gate
        self.pain_dialog: PainBeforeDialog | None = None
        page.routine_box.currentIndexChanged.connect(self._routine_chosen)
        page.ask_pain_box.toggled.connect(self._ask_pain_toggled)
        state.routinesChanged.connect(self.fill_routines)
        state.settingsChanged.connect(self._settings_changed)
        self.fill_routines()
        self._settings_changed()

    @property
    def ask_pain(self) -> bool:
        return bool(self.state.settings.ask_pain)

    # --- starting --------------------------------------------------------------------------

    def from_page(self) -> None:
        """Start or Space on the start page: the page's rating goes with the session."""
        self.gate(lambda: self._begin(self.page.pain.value() if self.ask_pain else None))

    def routine(self, routine_id: str) -> None:
        """Start `routine_id` from elsewhere: chosen on the page, then the gate, then the pain
        question if it is asked, then the session."""
        box = self.page.routine_box  # choosing it there also makes it the routine to use
        box.setCurrentIndex(max(0, box.findData(self.state.library.routine(routine_id).id)))
        self.gate(self._ask_then_begin)

    def _ask_then_begin(self) -> None:
        if not self.ask_pain:
            self._begin(None)
            return
        if self.pain_dialog is not None:  # asked already: one question at a time
            self.pain_dialog.raise_()
            return
        dialog = PainBeforeDialog(
            self.state.selected_routine.name, self.page.pain.value(), self._parent
        )
        self.pain_dialog = dialog

        def answered(result: int) -> None:
            self.pain_dialog = None
            dialog.deleteLater()
            if result == PainBeforeDialog.DialogCode.Accepted:
                self.page.pain.set_value(dialog.pain.value())
                self._begin(dialog.pain.value())

        dialog.finished.connect(answered)
        dialog.open()

    # --- the start page ----------------------------------------------------------------------

    def fill_routines(self) -> None:
        box = self.page.routine_box
        box.blockSignals(True)
        box.clear()
        for routine in self.state.routines:
            box.addItem(routine.name, routine.id)
        box.setCurrentIndex(max(box.findData(self.state.selected_routine.id), 0))
        box.blockSignals(False)
        self.show_routine()

    def _routine_chosen(self, index: int) -> None:
        routine_id = self.page.routine_box.itemData(index)
        if routine_id and routine_id != self.state.settings.routine:
            self.state.update_settings(routine=routine_id)
        self.show_routine()

    def show_routine(self) -> None:
        routine = self.state.selected_routine
        try:
            timeline = build_timeline(routine, self.state.catalogue)
        except (EngineError, ValueError) as error:
            self.page.show_problem(
                routine.name,
                PlayerText.tr("This routine cannot start: {error}").format(error=error),
            )
            return
        self.page.show_routine(timeline)

    def _ask_pain_toggled(self, on: bool) -> None:
        if on != self.ask_pain:
            self.state.update_settings(ask_pain=on)

    def _settings_changed(self) -> None:
        box = self.page.ask_pain_box
        box.blockSignals(True)
        box.setChecked(self.ask_pain)
        box.blockSignals(False)
        self.page.pain.setVisible(self.ask_pain)
