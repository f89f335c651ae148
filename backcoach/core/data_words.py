"""The sentences about the user's data, in one place beside core/words.py: a damaged file
recovered, a file left alone, a save that cannot happen, and what a second start of the app hears.

The same rules as words.py: a sentence is built whole from its values by one function, so that a
translation can replace it in one place. (words.py holds the app's other words; these are apart
only so that neither module grows past the project's length for a module.)
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from backcoach.core.i18n import Context
from backcoach.core.words import moment_text

CoreText = Context("CoreText")

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
    parts = [
        CoreText.tr("Your {what} file {name} could not be read: {why}").format(
            what=what, name=name, why=why
        )
    ]
    if aside is not None:
        parts.append(CoreText.tr("The damaged file is kept as {aside}.").format(aside=aside))
    parts.append(what_came_back(salvaged, backup_taken, settings=settings))
    return " ".join(parts)


def what_came_back(salvaged: int, backup_taken: datetime | None, *, settings: bool) -> str:
    """What a recovery found: records rescued from the damaged file, and the backup loaded."""
    recovered_from = []
    if salvaged:
        recovered_from.append(CoreText.tr("%n readable record(s) rescued from it", "", salvaged))
    if backup_taken is not None:
        recovered_from.append(
            CoreText.tr("the backup of {moment_text} was loaded").format(
                moment_text=moment_text(backup_taken)
            )
        )
    if recovered_from:
        sentence = CoreText.tr(", and ").join(recovered_from)
        return sentence[0].upper() + sentence[1:] + "."
    if settings:
        return CoreText.tr("No good backup was found, so the default settings are used.")
    return CoreText.tr("No good backup was found.")


def interrupted_recovery_found(name: str, aside: Path) -> str:
    """A damaged copy with no file in its place: a recovery was interrupted (by an older
    version, which moved the file aside before rebuilding it)."""
    return CoreText.tr(
        "Your file {name} was missing, but the damaged copy {aside} was still there (its recovery "
        "was interrupted), so it was recovered again."
    ).format(name=name, aside=aside)


def file_left_in_place(path: Path, reason: str) -> str:
    """A damaged file could not be kept aside (a full disk): nothing replaces it yet."""
    return CoreText.tr(
        "It could not be copied aside ({reason}), so it is left as it was at {path} and is not "
        "changed until it can be; what could be recovered is shown meanwhile."
    ).format(reason=reason, path=path)


def recovered_not_saved(reason: str) -> str:
    return CoreText.tr(
        "The recovered data could not be saved yet ({reason}); the damaged file stays in place "
        "until it can be."
    ).format(reason=reason)


def repaired_at_next_start() -> str:
    """A command that reads only (--stats, the exports) met a damaged file: nothing changed."""
    return CoreText.tr(
        "Nothing was changed: BackCoach repairs the file the next time its window opens."
    )


def repaired_by_its_computer() -> str:
    """Another computer's damaged file, in a folder a sync tool shares: that computer repairs it."""
    return CoreText.tr(
        "It is another computer's file: nothing was changed here, and that computer repairs it."
    )


def file_left_alone(problem: object) -> str:
    """The system refused to read a file (permission denied): it is not damage."""
    return CoreText.tr(
        "{problem} It is left as it is and never written over; fix its permissions to use it."
    ).format(problem=problem)


def folder_left_alone(folder: Path, error: OSError) -> str:
    """A device's folder of sessions that cannot be listed: the others still load."""
    return CoreText.tr(
        "The sessions in {folder} cannot be read: {value}. They are not shown, and the folder is "
        "left as it is."
    ).format(folder=folder, value=error.strerror or error)


def unreadable_sessions(count: int, path: Path) -> str:
    return CoreText.tr(
        "%n session(s) in {path} could not be read; kept in the file but not shown.", "", count
    ).format(path=path)


def newer_version_file(path: Path) -> str:
    return CoreText.tr(
        "{path} was written by a newer version of BackCoach. It is shown but not changed; update "
        "BackCoach to change it."
    ).format(path=path)


def file_not_changed(name: str, why: str) -> str:
    """A write refused because the file must not be written over."""
    return CoreText.tr("{name} is not changed: {why}").format(name=name, why=why)


def sessions_kept_elsewhere(count: int, why: str, path: Path) -> str:
    """Sessions that cannot be saved in their month file (a newer version's) went to a file of
    their own, which an updated BackCoach imports."""
    return CoreText.tr(
        "%n session(s) could not be saved in the history: {why} Saved to {path} instead: after "
        "updating BackCoach, import that file with File › Import data to add them to your history.",
        "",
        count,
    ).format(why=why, path=path)


def sessions_cannot_be_saved(why: str) -> str:
    """Sessions that can neither go in their month file nor in a file of their own."""
    return CoreText.tr(
        "Your session cannot be saved: {why} It stays in memory until BackCoach closes; use File "
        "› Export all data to keep it."
    ).format(why=why)


# --- a second start of the app (core/hand_over.py) ------------------------------------------


def window_brought_forward(data_dir: Path) -> str:
    return CoreText.tr(
        "BackCoach is already running with {data_dir}; its window was brought forward."
    ).format(data_dir=data_dir)


def routine_handed_over(name: str, *, chosen: bool) -> str:
    """A routine file handed to the running window was imported."""
    if chosen:
        return CoreText.tr(
            "The routine “{name}” was imported and is ready to start in the player."
        ).format(name=name)
    return CoreText.tr(
        "The routine “{name}” was imported; choose it in the player once this session is over."
    ).format(name=name)


def running_instance_silent(data_dir: Path, holder: int | None) -> str:
    """The lock is held, but nobody answered the hand-over."""
    who = CoreText.tr(" (process {holder})").format(holder=holder) if holder else ""
    return CoreText.tr(
        "BackCoach is already running with {data_dir}{who}, but it "
        "did not answer. Wait until it has finished what it is doing "
        "(an import), or quit it, and try again."
    ).format(data_dir=data_dir, who=who)


def conflict_copies_merged(names: list[str]) -> str:
    """Sync tools' conflict copies read and merged, said once (core/storage/sync_names.py)."""
    listed = ", ".join(names[:5]) + (
        CoreText.tr(" and {value} more").format(value=len(names) - 5) if len(names) > 5 else ""
    )
    copies = (
        CoreText.tr("a conflict copy")
        if len(names) == 1
        else CoreText.tr("{len} conflict copies").format(len=len(names))
    )
    return CoreText.tr(
        "Merged {copies} a sync tool made ({listed}): every session, "
        "setting and routine in them is shown, the newest version of "
        "each. The copies are left as they are."
    ).format(copies=copies, listed=listed)


def folder_held_elsewhere(holder: str) -> str:
    """The window opened read-only: another BackCoach writes the data folder."""
    return CoreText.tr(
        "Another BackCoach ({holder}) is using this data folder, so "
        "this window only reads it: nothing you change here is "
        "saved. Close the other one and start BackCoach again to "
        "make changes."
    ).format(holder=holder)
