"""Starting the app again, after View › Language: once the window has quit and the data folder's
lock is released, this process becomes a new start of the same program with the same arguments,
so the new one claims the folder instead of handing its request to this one."""

from __future__ import annotations

import os
import sys


class Restart:
    def __init__(self) -> None:
        self.requested = False

    def request(self) -> None:
        self.requested = True

    def command(self) -> list[str]:
        """The program and arguments that start this app again: the bundle's own executable,
        or this Python running the package."""
        if getattr(sys, "frozen", False):
            return [sys.executable, *sys.argv[1:]]
        return [sys.executable, "-m", "backcoach", *sys.argv[1:]]

    def now_if_requested(self) -> None:
        if self.requested:
            command = self.command()
            sys.stdout.flush()
            os.execv(command[0], command)
