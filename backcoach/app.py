"""The composition root: parse the command line, then run a command or build the window."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from backcoach.cli import paper_commands
from backcoach.cli.argparse_words import speak_the_language
from backcoach.cli.arguments import (
    build_parser,
    data_dir_problem,
    default_data_dir,
    read_routine_argument,
)
from backcoach.cli.commands import run_command
from backcoach.cli.exit_status import FAILED, REFUSED
from backcoach.core.clock import Clock, SystemClock
from backcoach.core.i18n import Context, chosen_language, use_language

CliText = Context("CliText")


def main(argv: Sequence[str] | None = None, clock: Clock | None = None) -> int:
    """Run the command line or the app. clock: the one clock everything gets (the system's,
    unless a caller passes another). Exit statuses: cli/exit_status.py."""
    try:
        status = _run(argv, clock)
        sys.stdout.flush()  # here, where a closed pipe can still be caught, not at exit
        return status
    except BrokenPipeError:
        # The reader stopped reading (`backcoach --stats | head -1`): nothing to say, and
        # nowhere to say it; stdout goes nowhere so that closing it cannot fail again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return FAILED


def _run(argv: Sequence[str] | None, clock: Clock | None) -> int:
    # The command line speaks the locale's language (LANGUAGE, LC_ALL, LANG); the window then
    # takes the Language setting (ui/shell/application.py).
    use_language(chosen_language("system"))
    speak_the_language()
    parser = build_parser()
    args = parser.parse_args(argv)
    clock = clock or SystemClock()
    data_dir = (args.data_dir or default_data_dir()).expanduser()
    problem = data_dir_problem(data_dir)
    if problem:
        print(CliText.tr("backcoach: {problem}").format(problem=problem), file=sys.stderr)
        return REFUSED
    if paper_commands.wanted(args):
        return _paper(args, data_dir, clock)
    status = run_command(parser, args, data_dir, clock)
    if status is not None:
        return status

    routine_file = None
    if args.routine is not None:
        from backcoach.core.routine_file import RoutineFileError

        try:
            routine_file = read_routine_argument(args.routine)
        except RoutineFileError as error:
            print(CliText.tr("backcoach: {error}").format(error=error), file=sys.stderr)
            return REFUSED

    if args.smoke_test:
        from backcoach.ui.shell.smoke_test import run_smoke_test

        return run_smoke_test(data_dir, sys.argv[:1], clock)

    from backcoach.ui.shell.application import run_gui

    return run_gui(
        data_dir,
        sys.argv[:1],
        clock,
        routine_file=routine_file,
        routine_path=args.routine.expanduser().absolute() if args.routine else None,
        background=args.background,
        data_dir_given=args.data_dir is not None,
    )


def _paper(args, data_dir, clock: Clock) -> int:
    """--handout and --report: checked by the command line, drawn by Qt without a display."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from backcoach.ui.paper.pdf_files import write_handout, write_report
    from backcoach.ui.widgets.translation import install_translators

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    # The page's own words (headings, tables) are Qt's to translate, in the command line's
    # language.
    installed = install_translators(app, chosen_language("system"))
    try:
        if args.handout:
            return paper_commands.make_handout(args, data_dir, clock, write_handout)
        return paper_commands.make_report(args, data_dir, clock, write_report)
    finally:
        for translator in installed:
            app.removeTranslator(translator)


if __name__ == "__main__":
    sys.exit(main())
