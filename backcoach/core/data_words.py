"""The sentences about the user's data, in one place beside core/words.py: a damaged file
recovered, a file left alone, a save that cannot happen, and what a second start of the app hears.

The same rules as words.py: a sentence is built whole from its values by one function, so that a
translation can replace it in one place. (words.py holds the app's other words; these are apart
only so that neither module grows past the project's length for a module.)
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from backcoach.core.words import moment_text, plural

# --- damaged, unreadable and unwritable files (core/storage) ---------------------------------


def damaged_file_recovered(
    what: str,
    name: str,
    why: str,
    *,
    aside: Path | None,
    salvaged: int,
    backup_taken: datetime | None,
    settings: bool,
) -> str:
    """A damaged file was rebuilt: what was wrong, where the damaged bytes are kept, and what
    came back. aside None: it could not be kept aside (see file_left_in_place)."""
    parts = [f"Your {what} file {name} could not be read: {why}"]
    if aside is not None:
        parts.append(f"The damaged file is kept as {aside}.")
    parts.append(what_came_back(salvaged, backup_taken, settings=settings))
    return " ".join(parts)


def what_came_back(salvaged: int, backup_taken: datetime | None, *, settings: bool) -> str:
    """What a recovery found: records rescued from the damaged file, and the backup loaded."""
    recovered_from = []
    if salvaged:
        rescued = plural(salvaged, "readable record")
        recovered_from.append(f"{rescued} {'was' if salvaged == 1 else 'were'} rescued from it")
    if backup_taken is not None:
        recovered_from.append(f"the backup of {moment_text(backup_taken)} was loaded")
    if recovered_from:
        sentence = ", and ".join(recovered_from)
        return sentence[0].upper() + sentence[1:] + "."
    if settings:
        return "No good backup was found, so the default settings are used."
    return "No good backup was found."


def interrupted_recovery_found(name: str, aside: Path) -> str:
    """A damaged copy with no file in its place: a recovery was interrupted (by an older
    version, which moved the file aside before rebuilding it)."""
    return (
        f"Your file {name} was missing, but the damaged copy {aside} was still there (its "
        "recovery was interrupted), so it was recovered again."
    )


def file_left_in_place(path: Path, reason: str) -> str:
    """A damaged file could not be kept aside (a full disk): nothing replaces it yet."""
    return (
        f"It could not be copied aside ({reason}), so it is left as it was at {path} and is not "
        "changed until it can be; what could be recovered is shown meanwhile."
    )


def recovered_not_saved(reason: str) -> str:
    return (
        f"The recovered data could not be saved yet ({reason}); the damaged file stays in place "
        "until it can be."
    )


def repaired_at_next_start() -> str:
    """A command that reads only (--stats, the exports) met a damaged file: nothing changed."""
    return "Nothing was changed: BackCoach repairs the file the next time its window opens."


def repaired_by_its_computer() -> str:
    """Another computer's damaged file, in a folder a sync tool shares: that computer repairs it."""
    return "It is another computer's file: nothing was changed here, and that computer repairs it."


def file_left_alone(problem: object) -> str:
    """The system refused to read a file (permission denied): it is not damage."""
    return f"{problem} It is left as it is and never written over; fix its permissions to use it."


def folder_left_alone(folder: Path, error: OSError) -> str:
    """A device's folder of sessions that cannot be listed: the others still load."""
    return (
        f"The sessions in {folder} cannot be read: {error.strerror or error}. They are not shown, "
        "and the folder is left as it is."
    )


def unreadable_sessions(count: int, path: Path) -> str:
    return (
        f"{plural(count, 'session')} in {path} could not be read; "
        f"{'it is' if count == 1 else 'they are'} kept in the file but not shown."
    )


def newer_version_file(path: Path) -> str:
    return (
        f"{path} was written by a newer version of BackCoach. It is shown but not changed; "
        "update BackCoach to change it."
    )


def file_not_changed(name: str, why: str) -> str:
    """A write refused because the file must not be written over."""
    return f"{name} is not changed: {why}"


def sessions_kept_elsewhere(count: int, why: str, path: Path) -> str:
    """Sessions that cannot be saved in their month file (a newer version's) went to a file of
    their own, which an updated BackCoach imports."""
    return (
        f"{plural(count, 'session')} could not be saved in the history: {why} "
        f"{'It was' if count == 1 else 'They were'} saved to {path} instead: after updating "
        "BackCoach, import that file with File › Import data to add "
        f"{'it' if count == 1 else 'them'} to your history."
    )


def sessions_cannot_be_saved(why: str) -> str:
    """Sessions that can neither go in their month file nor in a file of their own."""
    return (
        f"Your session cannot be saved: {why} It stays in memory until BackCoach closes; use "
        "File › Export all data to keep it."
    )


# --- a second start of the app (core/hand_over.py) ------------------------------------------


def window_brought_forward(data_dir: Path) -> str:
    return f"BackCoach is already running with {data_dir}; its window was brought forward."


def routine_handed_over(name: str, *, chosen: bool) -> str:
    """A routine file handed to the running window was imported."""
    if chosen:
        return f"The routine “{name}” was imported and is ready to start in the player."
    return f"The routine “{name}” was imported; choose it in the player once this session is over."


def running_instance_silent(data_dir: Path, holder: int | None) -> str:
    """The lock is held, but nobody answered the hand-over."""
    who = f" (process {holder})" if holder else ""
    return (
        f"BackCoach is already running with {data_dir}{who}, but it did not answer. Wait until "
        "it has finished what it is doing (an import), or quit it, and try again."
    )


def conflict_copies_merged(names: list[str]) -> str:
    """Sync tools' conflict copies read and merged, said once (core/storage/sync_names.py)."""
    listed = ", ".join(names[:5]) + (f" and {len(names) - 5} more" if len(names) > 5 else "")
    copies = "a conflict copy" if len(names) == 1 else f"{len(names)} conflict copies"
    return (
        f"Merged {copies} a sync tool made ({listed}): every session, setting and routine in "
        "them is shown, the newest version of each. The copies are left as they are."
    )


def folder_held_elsewhere(holder: str) -> str:
    """The window opened read-only: another BackCoach writes the data folder."""
    return (
        f"Another BackCoach ({holder}) is using this data folder, so this window only reads it: "
        "nothing you change here is saved. Close the other one and start BackCoach again to "
        "make changes."
    )
