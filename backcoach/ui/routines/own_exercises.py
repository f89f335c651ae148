"""The editor's commands for exercises of the user's own: make one (added to the routine on
show), change one, delete one that no routine uses. The dialog gathers the fields
(exercise_dialog.py); the library checks and keeps them (core/library.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from backcoach.core.custom_exercise import ExerciseFieldsError, exercise_fields, pose_choices
from backcoach.core.library import LibraryError
from backcoach.ui.routines.exercise_dialog import ExerciseDialog
from backcoach.ui.widgets.translation import Context

RoutinesText = Context("RoutinesText")

if TYPE_CHECKING:
    from backcoach.ui.routines.routines_view import RoutinesView


def new_exercise(view: RoutinesView) -> ExerciseDialog:
    poses = pose_choices()

    def save(fields: dict[str, Any]) -> dict[str, str]:
        try:
            library, exercise_id = view.library.add_exercise(fields, [p.id for p in poses])
            library = library.add_item(view.current_id, exercise_id)
        except ExerciseFieldsError as error:
            return error.errors
        except LibraryError as error:
            return {"library": str(error)}
        view.state.update_library(library)
        view.select_item(len(view.routine.items) - 1)
        return {}

    dialog = ExerciseDialog(poses, save, parent=view)
    dialog.open()
    return dialog


def edit_exercise(view: RoutinesView) -> ExerciseDialog | None:
    exercise_id = view.catalogue_box.currentData()
    try:
        exercise = view.library.custom_exercise(exercise_id)
    except LibraryError as error:
        view.problem.show_message(str(error))
        return None
    poses = pose_choices()

    def save(fields: dict[str, Any]) -> dict[str, str]:
        try:
            library = view.library.update_exercise(exercise_id, fields, [p.id for p in poses])
        except ExerciseFieldsError as error:
            return error.errors
        except LibraryError as error:
            return {"library": str(error)}
        view.state.update_library(library)
        return {}

    dialog = ExerciseDialog(poses, save, exercise_fields(exercise), parent=view)
    dialog.open()
    return dialog


def delete_exercise(view: RoutinesView) -> None:
    exercise_id = view.catalogue_box.currentData()
    name = view.catalogue_box.currentText()
    if exercise_id is None:
        return
    if view.library.routines_using(exercise_id):
        view.apply(lambda lib: lib.delete_exercise(exercise_id))  # says where it is used
        return
    if view.confirm(
        RoutinesText.tr("Delete the exercise?"),
        RoutinesText.tr("Delete your exercise “{name}”?").format(name=name),
        RoutinesText.tr("Delete"),
    ):
        view.apply(
            lambda lib: lib.delete_exercise(exercise_id),
            what=RoutinesText.tr("the exercise's deletion"),
        )
