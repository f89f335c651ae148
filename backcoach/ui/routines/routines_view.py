"""The routine editor: the routines, the exercises of the chosen one, and the numbers of each.

It is a view of the main window beside the player and the history, not a dialog: editing a
routine is work of some minutes that wants the window's room, every change is saved at once (so
there is no OK or Cancel to get wrong), and the player is one tab away to try the result. A
session running in the player is not disturbed: it keeps the routine it started with.

The view holds no data of its own: each action asks the library (core.library) for a changed
copy, which AppState saves and announces; the view then redraws from it. Its two panes are laid
out in routine_list_panel.py (the routines, and what acts on a whole one) and routine_panel.py
(the chosen routine); this module decides what they show and what their buttons do.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from backcoach.core.custom_exercise import ExerciseFieldsError
from backcoach.core.library import Library, LibraryError, item_defaults, item_values
from backcoach.core.routine import Routine
from backcoach.core.timeline import routine_seconds
from backcoach.core.words import duration_text, item_text, plural, sentence
from backcoach.ui.app_state import AppState
from backcoach.ui.routines import own_exercises, routine_files
from backcoach.ui.routines import routine_resets as resets
from backcoach.ui.routines.edit_history import EditHistory, Step
from backcoach.ui.routines.exercise_dialog import ExerciseDialog
from backcoach.ui.routines.new_routine_dialog import NewRoutineDialog
from backcoach.ui.routines.routine_list_panel import RoutineListPanel
from backcoach.ui.routines.routine_panel import RoutinePanel
from backcoach.ui.widgets.shortcuts import make_shortcut
from backcoach.ui.widgets.translation import Context

RoutinesText = Context("RoutinesText")


class RoutinesView(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.current_id: str = state.selected_routine.id
        self.history = EditHistory()
        self._shown: tuple[str, int] = ("", -1)  # the routine and the exercise on show
        self._build()
        state.routinesChanged.connect(self.refresh)
        self.refresh()

    # --- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.routines_pane = RoutineListPanel(self)
        self.routines_pane.routineChosen.connect(self.select_routine)
        self.routine_pane = pane = RoutinePanel(self)
        # The widgets of the chosen routine that this view fills from the library and enables.
        self.title, self.kind, self.total = pane.title, pane.kind, pane.total
        self.reset_routine_button, self.problem = pane.reset_routine_button, pane.problem
        self.exercise_list, self.item_editor = pane.exercise_list, pane.item_editor
        self.up_button, self.down_button = pane.up_button, pane.down_button
        self.remove_button, self.add_button = pane.remove_button, pane.add_button
        self.catalogue_box = pane.catalogue_box
        self.edit_exercise_button = pane.edit_exercise_button
        self.delete_exercise_button = pane.delete_exercise_button
        self.exercise_list.currentRowChanged.connect(self._row_chosen)
        self.exercise_list.reordered.connect(self._reordered)
        self.exercise_list.toggled.connect(self._toggled)
        self.catalogue_box.currentIndexChanged.connect(lambda _i: self._update_buttons())
        self.item_editor.changed.connect(self._item_changed)
        self.item_editor.previewed.connect(self._item_previewed)
        self.item_editor.resetRequested.connect(self.reset_item)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.routines_pane)
        splitter.addWidget(pane)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.splitter = splitter
        self.undo_button = pane.undo_button
        make_shortcut("undo_edit", self, self.undo, Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # --- what is shown ---------------------------------------------------------------------

    @property
    def library(self) -> Library:
        return self.state.library

    @property
    def routine(self) -> Routine:
        return self.library.routine(self.current_id)

    def current_index(self) -> int:
        return self.exercise_list.currentRow()

    def refresh(self) -> None:
        library = self.library
        if self.current_id not in {r.id for r in library.routines}:
            self.current_id = self.state.selected_routine.id
        self.routines_pane.show_routines(library.routines, self.current_id, self._kind_text)

        chosen = self.catalogue_box.currentData()
        self.catalogue_box.blockSignals(True)
        self.catalogue_box.clear()
        for exercise in library.catalogue:
            label = (
                RoutinesText.tr("{name} (yours)").format(name=exercise.name)
                if exercise.custom
                else exercise.name
            )
            self.catalogue_box.addItem(label, exercise.id)
        self.catalogue_box.setCurrentIndex(max(0, self.catalogue_box.findData(chosen)))
        self.catalogue_box.blockSignals(False)
        self._show_routine(self.current_index())

    def _kind_text(self, routine_id: str) -> str:
        if self.library.is_edited_builtin(routine_id):
            return RoutinesText.tr(
                "Built-in routine, changed by you: Reset routine brings back the original."
            )
        if self.library.is_builtin(routine_id):
            return RoutinesText.tr(
                "Built-in routine. Your changes are kept apart; it can always be reset."
            )
        return RoutinesText.tr("Your own routine.")

    def _show_routine(self, current: int = 0) -> None:
        routine = self.routine
        catalogue = self.library.catalogue
        self.title.setText(routine.name)
        self.kind.setText(self._kind_text(routine.id))
        rows = []
        for item in routine.items:
            exercise = catalogue.get(item.exercise_id)
            values = item_values(item, catalogue)
            text = f"{exercise.name}: " + item_text(
                values["reps"], values["hold_seconds"], values["sets"], values["both_sides"]
            )
            if not item.enabled:
                text += RoutinesText.tr(" (off)")
            rows.append((text, exercise.instructions, item.enabled))
        self.exercise_list.show_rows(rows, current)
        self._show_total(routine)
        self._show_item()

    def _show_total(self, routine: Routine, preview: bool = False) -> None:
        exercises = plural(sum(item.enabled for item in routine.items), "exercise")
        text = RoutinesText.tr("Total {duration_text}").format(
            duration_text=duration_text(routine_seconds(routine, self.library.catalogue))
        )
        self.total.setText(text + (RoutinesText.tr(" (as typed)") if preview else ""))
        self.total.setAccessibleDescription(
            RoutinesText.tr("{exercises} turned on").format(exercises=exercises)
        )
        self.total.setToolTip(
            RoutinesText.tr("{exercises} turned on; rests and getting ready included").format(
                exercises=exercises
            )
        )

    def _show_item(self) -> None:
        index = self.current_index()
        routine = self.routine
        has_item = 0 <= index < len(routine.items)
        self.item_editor.setEnabled(has_item)
        if has_item:
            item = routine.items[index]
            catalogue = self.library.catalogue
            exercise = catalogue.get(item.exercise_id)
            about = sentence(exercise.purpose) or (
                RoutinesText.tr("Your own exercise.") if exercise.custom else ""
            )
            if not item.enabled:
                about = (
                    RoutinesText.tr("{about} Turned off: the player leaves it out.")
                    .format(about=about)
                    .strip()
                )
            shown = (self.current_id, index)
            self.item_editor.show_item(
                exercise.name,
                about,
                item_values(item, catalogue),
                item_defaults(item, catalogue),
                same_item=shown == self._shown,
            )
            self._shown = shown
        self._update_buttons()

    def select_item(self, row: int) -> None:
        """Show the routine with its exercise number `row` (from 0) chosen."""
        self._show_routine(row)

    def _row_chosen(self, row: int) -> None:
        if row != self._shown[1] and self._keep_fixing():
            self.exercise_list.blockSignals(True)
            self.exercise_list.setCurrentRow(self._shown[1])
            self.exercise_list.blockSignals(False)
            return
        self._show_item()

    def _keep_fixing(self) -> bool:
        """A wrong number is being fixed: stay on it, and say so, rather than lose what was
        typed. True when the user is kept there."""
        field = self.item_editor.unfinished()
        if field is None:
            return False
        self.problem.show_message(
            RoutinesText.tr(
                "{value} Correct it, or press Esc in the field to put back the number in use, "
                "before choosing another exercise."
            ).format(
                value=field.message.message() or RoutinesText.tr("This number is not used yet.")
            )
        )
        field.edit.setFocus()
        return True

    def _update_buttons(self) -> None:
        index = self.current_index()
        count = len(self.routine.items)
        self.up_button.setEnabled(index > 0)
        self.down_button.setEnabled(0 <= index < count - 1)
        self.remove_button.setEnabled(0 <= index < count and count > 1)
        self.reset_routine_button.setEnabled(self.library.can_reset_routine(self.current_id))
        step = self.history.latest(self.library)
        self.undo_button.setEnabled(step is not None)
        self.undo_button.setToolTip(
            RoutinesText.tr("Undo: {what} (Ctrl+Z)").format(what=step.what)
            if step
            else RoutinesText.tr("Nothing to undo")
        )
        self.routines_pane.delete_button.setEnabled(len(self.library.routines) > 1)
        exercise_id = self.catalogue_box.currentData()
        own = any(e.id == exercise_id for e in self.library.custom_exercises)
        self.edit_exercise_button.setEnabled(own)
        self.delete_exercise_button.setEnabled(own)

    def select_routine(self, routine_id: str) -> None:
        if routine_id != self.current_id and self._keep_fixing():
            self.routines_pane.mark_current(self.current_id)
            return
        self.current_id = self.library.routine(routine_id).id
        self.problem.show_message(None)
        self.routines_pane.mark_current(routine_id)
        self._show_routine(0)

    # --- changing the library --------------------------------------------------------------

    def apply(
        self,
        change: Callable[[Library], Library],
        current: int | None = None,
        what: str = RoutinesText.tr("the last change"),
    ) -> bool:
        """Make a change through the library; a refused one shows its message, nothing else.
        what: the change, as "Undo: …" names it."""
        before = self.library
        try:
            library = change(before)
        except (LibraryError, ExerciseFieldsError) as error:
            self.problem.show_message(str(error))
            self._show_routine(self.current_index())  # undo what the widgets show (a tick)
            return False
        self.problem.show_message(None)
        keep = self.current_index() if current is None else current
        # Recorded first: the refresh that follows asks whether there is something to undo.
        self.history.record(Step(what, before, library, self.current_id, self.current_index()))
        self.state.update_library(library)  # refresh() follows through routinesChanged
        self._show_routine(keep)
        return True

    def undo(self) -> None:
        """Ctrl+Z or Undo: the editor's last change taken back."""
        step = self.history.take(self.library)
        if step is None:
            self.problem.show_message(RoutinesText.tr("Nothing to undo."))
            return
        self.state.update_library(step.before)
        if step.routine_id in {r.id for r in self.library.routines}:
            self.current_id = step.routine_id
        self.problem.show_message(None)
        self.routines_pane.mark_current(self.current_id)
        self._show_routine(step.row)

    def _item_changed(self, name: str, value: Any) -> None:
        index = self.current_index()
        what = RoutinesText.tr("the change of ") + name.replace("_seconds", "").replace("_", " ")
        self.apply(lambda lib: lib.set_item(self.current_id, index, **{name: value}), what=what)

    def _item_previewed(self, name: str, value: Any) -> None:
        if value is None:  # nothing usable typed: the total as it stands
            self._show_total(self.routine)
            return
        try:
            preview = self.library.set_item(self.current_id, self.current_index(), **{name: value})
        except LibraryError:
            return
        self._show_total(preview.routine(self.current_id), preview=True)

    def _toggled(self, index: int, enabled: bool) -> None:
        self.apply(lambda lib: lib.set_enabled(self.current_id, index, enabled), index)

    def _reordered(self, order: list[int]) -> None:
        moved_to = self.current_index()
        self.apply(lambda lib: lib.reorder(self.current_id, order), moved_to)

    def move_current(self, delta: int) -> None:
        index = self.current_index()
        target = index + delta
        if index < 0 or not 0 <= target < len(self.routine.items):
            return
        self.apply(lambda lib: lib.move_item(self.current_id, index, target), target)

    def remove_current(self) -> None:
        index = self.current_index()
        if index >= 0:
            self.apply(
                lambda lib: lib.remove_item(self.current_id, index),
                max(0, index - 1),
                what=RoutinesText.tr("the exercise's removal"),
            )

    def add_exercise(self, exercise_id: str | None = None) -> None:
        exercise_id = exercise_id or self.catalogue_box.currentData()
        count = len(self.routine.items)
        self.apply(lambda lib: lib.add_item(self.current_id, exercise_id), count)

    def reset_item(self) -> None:
        index = self.current_index()
        self.apply(
            lambda lib: lib.reset_item(self.current_id, index),
            what=RoutinesText.tr("the exercise's reset"),
        )

    def reset_routine(self) -> None:
        resets.reset_routine(self)

    def reset_everything(self) -> None:
        resets.reset_everything(self)

    def restore_builtins(self) -> None:
        resets.restore_builtins(self)

    # --- routines --------------------------------------------------------------------------

    def new_routine(self) -> None:
        def create(name: str, first: str) -> str | None:
            try:
                library, routine_id = self.library.create_routine(name, first)
            except LibraryError as error:
                return str(error)
            self.current_id = routine_id
            self.state.update_library(library)
            self.select_routine(routine_id)
            return None

        NewRoutineDialog(self.library.catalogue, create, self).exec()

    def rename_routine(self, name: str | None = None) -> None:
        if name is None:
            name, ok = QInputDialog.getText(
                self,
                RoutinesText.tr("Rename routine"),
                RoutinesText.tr("New name:"),
                QLineEdit.EchoMode.Normal,
                self.routine.name,
            )
            if not ok:
                return
        self.apply(lambda lib: lib.rename(self.current_id, name))

    def duplicate_routine(self) -> None:
        try:
            library, copy_id = self.library.duplicate(self.current_id)
        except LibraryError as error:
            self.problem.show_message(str(error))
            return
        self.current_id = copy_id
        self.state.update_library(library)
        self.select_routine(copy_id)

    def delete_routine(self) -> None:
        routine = self.routine
        note = (
            RoutinesText.tr(" It is a built-in routine: Restore built-in routines brings it back.")
            if self.library.is_builtin(routine.id)
            else RoutinesText.tr(" This cannot be undone; export it first to keep a copy.")
        )
        if not self.confirm(
            RoutinesText.tr("Delete the routine?"),
            RoutinesText.tr("Delete “{name}”?{note}").format(name=routine.name, note=note),
            RoutinesText.tr("Delete"),
        ):
            return
        if self.apply(
            lambda lib: lib.delete(routine.id), what=RoutinesText.tr("the routine's deletion")
        ):
            self.select_routine(self.state.selected_routine.id)

    def import_routine(self, path: Path | None = None) -> None:
        """Import a routine file (asked for when no path is given)."""
        routine_files.import_routine(self, path)

    def export_routine(self, path: Path | None = None) -> None:
        """Export the chosen routine (where to: asked for when no path is given)."""
        routine_files.export_routine(self, path)

    # --- the user's own exercises ------------------------------------------------------------

    def new_exercise(self) -> ExerciseDialog:
        return own_exercises.new_exercise(self)

    def edit_exercise(self) -> ExerciseDialog | None:
        return own_exercises.edit_exercise(self)

    def delete_exercise(self) -> None:
        own_exercises.delete_exercise(self)

    # --- asking ----------------------------------------------------------------------------

    def confirm(self, title: str, text: str, action: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)  # names a routine or an exercise, from data
        yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is yes
