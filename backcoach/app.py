"""The composition root: parse the command line, open the store, build the window."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from backcoach import APP_NAME, __version__

DATA_DIR_VARIABLE = "BACKCOACH_DATA_DIR"


def default_data_dir() -> Path:
    override = os.environ.get(DATA_DIR_VARIABLE)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="backcoach",
        description="A desktop coach for back-pain relief exercises.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help=f"keep settings and history in DIR (default: ${DATA_DIR_VARIABLE} or the user data "
        "folder)",
    )
    parser.add_argument(
        "--background",
        action="store_true",
        help="start in the tray without showing the window (as at login); without a tray, "
        "the window shows",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    data_dir = (args.data_dir or default_data_dir()).expanduser()

    from backcoach.ui.application import run_gui

    return run_gui(
        data_dir, sys.argv[:1], background=args.background, data_dir_given=args.data_dir is not None
    )


if __name__ == "__main__":
    sys.exit(main())
