"""Undo in the routine editor: each change it makes can be taken back, the latest first.

The library is immutable, so a change's undo is the library as it was before. An undo applies
only while the library is still the one the editor's change made: a change made elsewhere since
(an import, a restore from backup) would be lost by going back, so then there is nothing to undo
and the editor says so.
"""

from __future__ import annotations

from dataclasses import dataclass

from backcoach.core.library import Library

# Enough to walk back a morning's edits; each entry is a small immutable library.
DEPTH = 50


@dataclass(frozen=True)
class Step:
    what: str  # "reset the routine", said in "Undo: reset the routine"
    before: Library
    after: Library
    routine_id: str
    row: int  # the exercise chosen before the change


class EditHistory:
    def __init__(self) -> None:
        self.steps: list[Step] = []

    def record(self, step: Step) -> None:
        self.steps = [*self.steps[-(DEPTH - 1) :], step]

    def latest(self, library: Library) -> Step | None:
        """The change to undo, if the library is still the one it made."""
        if self.steps and self.steps[-1].after is library:
            return self.steps[-1]
        self.steps.clear()  # changed elsewhere since: going back would lose that change
        return None

    def take(self, library: Library) -> Step | None:
        step = self.latest(library)
        if step is not None:
            self.steps.pop()
        return step
