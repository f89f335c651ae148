"""What a second start of BackCoach asks of the running window, and how the window answers.

The second start (see single_instance.py and core/hand_over.py) asks to bring the window forward,
to import a routine file (`--routine FILE`) or to merge an archive (`--import-all FILE`). The
window does it through its public methods, as if the user had asked in the window, so every rule
of the window applies (a session in progress is not interrupted; the safety advice comes first),
says what happened in its notice bar, and answers: the second start prints the answer and exits
with its status.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from backcoach.core.data_words import (
    routine_handed_over,
    running_instance_silent,
    window_brought_forward,
)
from backcoach.core.hand_over import Reply, Request
from backcoach.ui.shell.single_instance import SingleInstance
from backcoach.ui.widgets.translation import Context

ShellText = Context("ShellText")

if TYPE_CHECKING:
    from backcoach.ui.reminders.tray import Tray
    from backcoach.ui.shell.main_window import MainWindow


class SecondStartAnswers:
    """Answers the requests of later starts for one window."""

    def __init__(self, window: MainWindow, tray: Tray) -> None:
        self.window = window
        self.tray = tray

    def __call__(self, request: Request) -> Reply:
        if request.command == "routine":
            return self.import_routine(Path(request.path))
        if request.command == "import-all":
            self.tray.show_window()
            status, message = self.window.data_actions.import_from(Path(request.path))
            return Reply(status, message)
        self.tray.show_window()
        return Reply("done", window_brought_forward(self.window.state.store.folder))

    def import_routine(self, path: Path) -> Reply:
        from backcoach.core.routine_file import RoutineFileError, read_routine_file

        state = self.window.state
        self.tray.show_window()
        try:
            routine_file = read_routine_file(path, state.library.guide)
        except RoutineFileError as error:
            state.problemReported.emit(str(error))
            return Reply("refused", str(error))
        # A session in progress keeps its routine: the new one is added, and chosen afterwards.
        busy = self.window.player.session_in_progress
        state.import_routine(routine_file, select=not busy)
        if not busy:
            self.window.show_player()
        message = routine_handed_over(routine_file.routine.name, chosen=not busy)
        state.problemReported.emit(message)
        return Reply("done", message)


def hand_over_to_running_instance(
    instance: SingleInstance, data_dir: Path, routine_path: Path | None
) -> int:
    """The second start's side: hand the request over, print the answer, and return the exit
    status (cli/exit_status.py): the window's, or 1 when it did not answer."""
    request = Request("routine", str(routine_path)) if routine_path else Request("show")
    reply = instance.hand_over(request)
    if reply is None:
        print(
            ShellText.tr("backcoach: {running_instance_silent}").format(
                running_instance_silent=running_instance_silent(data_dir, instance.holder)
            ),
            file=sys.stderr,
        )
        return 1
    print(reply.message, file=sys.stdout if reply.status == "done" else sys.stderr)
    return reply.exit_status
