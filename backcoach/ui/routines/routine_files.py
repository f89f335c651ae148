"""The editor's routine files: import one (found by what it does if it is already here) and
export the chosen routine, each saying what it did. Files are looked for and saved in the user's
documents folder first, not wherever the app was started from."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog

from backcoach.core.i18n import QT_TRANSLATE_NOOP
from backcoach.core.routine_file import (
    FILE_SUFFIX,
    RoutineFileError,
    read_routine_file,
    write_routine_file,
)
from backcoach.ui.widgets.translation import Context

RoutinesText = Context("RoutinesText")

if TYPE_CHECKING:
    from backcoach.ui.routines.routines_view import RoutinesView

FILE_FILTER = QT_TRANSLATE_NOOP("RoutinesText", "BackCoach routines ({patterns});;All files (*)")


def documents() -> str:
    """The user's documents folder."""
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


def import_routine(view: RoutinesView, path: Path | None = None) -> None:
    if path is None:
        chosen, _ = QFileDialog.getOpenFileName(
            view, RoutinesText.tr("Import a routine"), documents(), file_filter()
        )
        if not chosen:
            return
        path = Path(chosen)
    try:
        routine_file = read_routine_file(path, view.library.guide)
    except RoutineFileError as error:
        view.problem.show_message(str(error))
        return
    count = len(view.library.routines)
    routine_id = view.state.import_routine(routine_file)
    view.select_routine(routine_id)
    name = view.routine.name
    view.problem.show_message(
        RoutinesText.tr("Imported “{name}” from {name2}.").format(name=name, name2=path.name)
        if len(view.library.routines) > count
        else RoutinesText.tr("“{name}” is already here, the same: nothing was added.").format(
            name=name
        ),
        warning=False,
    )


def export_routine(view: RoutinesView, path: Path | None = None) -> None:
    routine = view.routine
    if path is None:
        safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in routine.name).strip()
        suggested = Path(documents()) / f"{safe}{FILE_SUFFIX}"
        chosen, _ = QFileDialog.getSaveFileName(
            view, RoutinesText.tr("Export the routine"), str(suggested), file_filter()
        )
        if not chosen:
            return
        path = Path(chosen)
    try:
        write_routine_file(path, routine, view.library.catalogue)
    except RoutineFileError as error:
        view.problem.show_message(str(error))
        return
    view.problem.show_message(
        RoutinesText.tr("Exported “{name}” to {path}.").format(name=routine.name, path=path),
        warning=False,
    )


def file_filter() -> str:
    """The file dialogs' filter, in the language in use."""
    return RoutinesText.tr(FILE_FILTER).format(patterns=f"*{FILE_SUFFIX} *.json")
