"""The routine editor's resets: one routine, everything, the built-in routines back; each asks
first and can be undone."""

from __future__ import annotations

from typing import TYPE_CHECKING

from backcoach.ui.widgets.translation import Context

if TYPE_CHECKING:
    from backcoach.ui.routines.routines_view import RoutinesView

RoutinesText = Context("RoutinesText")


def reset_routine(view: RoutinesView) -> None:
    routine = view.routine
    back = (
        RoutinesText.tr("goes back to how it was shipped")
        if view.library.is_builtin(routine.id)
        else RoutinesText.tr("goes back to its exercise's defaults")
    )
    if not view.confirm(
        RoutinesText.tr("Reset the routine?"),
        RoutinesText.tr(
            "Every exercise of “{name}” {back}: hold, repetitions, rest, sides and sets. Undo "
            "(Ctrl+Z) brings your numbers back."
        ).format(name=routine.name, back=back),
        RoutinesText.tr("Reset routine"),
    ):
        return
    view.apply(
        lambda lib: lib.reset_routine(view.current_id),
        what=RoutinesText.tr("the routine's reset"),
    )


def reset_everything(view: RoutinesView) -> None:
    if not view.confirm(
        RoutinesText.tr("Reset all to defaults?"),
        RoutinesText.tr(
            "Built-in routines go back to how they were shipped (deleted ones come back), and "
            "every exercise of your own routines goes back to its default hold, repetitions "
            "and rest. Your own routines and exercises stay."
        ),
        RoutinesText.tr("Reset all"),
    ):
        return
    view.apply(
        lambda lib: lib.reset_everything(), what=RoutinesText.tr("the reset of all routines")
    )


def restore_builtins(view: RoutinesView) -> None:
    library = view.library
    changed = [r.name for r in library.builtins if library.is_edited_builtin(r.id)]
    deleted = [r.name for r in library.builtins if r.id in library.hidden_builtins]
    if not changed and not deleted:
        view.problem.show_message(
            RoutinesText.tr("The built-in routines are all here, as shipped.")
        )
        return
    parts = []
    if deleted:
        parts.append(RoutinesText.tr("These come back: {names}.").format(names=", ".join(deleted)))
    if changed:
        parts.append(
            RoutinesText.tr("These lose your changes: {names}.").format(names=", ".join(changed))
        )
    if not view.confirm(
        RoutinesText.tr("Restore the built-in routines?"),
        " ".join(parts),
        RoutinesText.tr("Restore"),
    ):
        return
    view.apply(
        lambda lib: lib.restore_builtins(), what=RoutinesText.tr("the restore of the built-ins")
    )
