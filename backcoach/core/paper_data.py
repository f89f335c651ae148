"""What the handout and the report read from the data folder, read only: the settings, the
routines and the sessions, through the store's reader, so that printing never changes a file and
may run beside the window."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from backcoach.core.catalogue import load_catalogue
from backcoach.core.clock import Clock
from backcoach.core.library import Library
from backcoach.core.library_document import library_from_store_data
from backcoach.core.routine import Routine, load_builtin_routines
from backcoach.core.session import SessionRecord
from backcoach.core.settings import Settings
from backcoach.core.storage.store import Store


@dataclass(frozen=True)
class PaperData:
    settings: Settings
    library: Library
    sessions: list[SessionRecord]
    problems: list[str] = field(default_factory=list)  # files that could not be read

    def find_routine(self, wanted: str) -> Routine | None:
        """The routine named by its id or its name (any case), or None."""
        key = _loose(wanted)
        for routine in self.library.routines:
            if key in (_loose(routine.id), _loose(routine.name)):
                return routine
        return None

    def routine_names(self) -> list[str]:
        return [routine.id for routine in self.library.routines]


def read_paper_data(data_dir: Path, clock: Clock, sessions: bool = True) -> PaperData:
    """The data the paper needs; without `sessions`, the routines and settings only."""
    store = Store.reader(data_dir, clock=clock)
    guide = load_catalogue()
    library, problems = library_from_store_data(
        guide, load_builtin_routines(guide), store.load_user_data()
    )
    settings = store.load_settings()
    records = store.load_sessions() if sessions else []
    return PaperData(settings, library, records, problems + store.problems)


def _loose(name: str) -> str:
    """A routine's name as a person types it: any case, spaces or underscores, with or without
    the word "routine" ("full floor", "Full_Floor" and "Full floor routine" are one)."""
    words = name.replace("_", " ").replace("-", " ").casefold().split()
    if len(words) > 1 and words[-1] == "routine":
        words.pop()
    return " ".join(words)


def inside_folder(path: Path, folder: Path) -> bool:
    """Whether `path` would be written inside `folder` (the data folder): refused, so that
    printing never puts a file among the user's data."""
    try:
        target = path.expanduser().resolve()
        return target.is_relative_to(folder.expanduser().resolve())
    except (OSError, RuntimeError):
        return False
