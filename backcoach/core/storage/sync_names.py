"""The names sync tools give the files they make in a synced data folder.

Conflict copies: when a tool finds a file changed on two computers, it keeps one as the file and
the other beside it under a new name. BackCoach reads such a copy of any of its files as one
more version of the things in it (versions.py decides which wins); it never writes, moves or
deletes one.

    Syncthing             2026-11.sync-conflict-20261124-101010-ABCDEFG.json
    Dropbox               2026-11 (desk's conflicted copy 2026-11-24).json
                          2026-11 (desk's conflicted copy 2026-11-24 (1)).json
    Nextcloud, ownCloud   2026-11 (conflicted copy 2026-11-24 101010).json

Temporary files: a tool writes a file it receives under another name and renames it when it is
whole. BackCoach reads only exact names of its own and of conflict copies, so these are never read
half-written; they are never deleted either (layout.remove_own_temporaries touches only the
app's own). `is_sync_temporary` names them, for the tests and the docs.
"""

from __future__ import annotations

import re

_SYNCTHING = re.compile(r"^(?P<stem>.+?)\.sync-conflict-\d{8}-\d{6}-[A-Z0-9]{7}(?P<ext>\.json)$")
_DROPBOX = re.compile(
    r"^(?P<stem>.+?) \([^()]*'s conflicted copy \d{4}-\d{2}-\d{2}(?: \(\d+\))?\)(?P<ext>\.json)$"
)
_NEXTCLOUD = re.compile(
    r"^(?P<stem>.+?) \(conflicted copy \d{4}-\d{2}-\d{2} \d{6}(?: \(\d+\))?\)(?P<ext>\.json)$"
)
_CONFLICT_COPY = (_SYNCTHING, _DROPBOX, _NEXTCLOUD)

_TEMPORARY = re.compile(
    r"^(?:\.syncthing\..*\.tmp|~syncthing~.*\.tmp|\.~.*|.*\.partial|\.dropbox.*|.*\.part"
    r"|\.~lock\..*#|\.owncloudsync\.log.*|\.sync_[0-9a-f]+\.db.*|.*\.~tmp)$"
)


def conflict_original(name: str) -> str | None:
    """The name of the file a conflict copy is a copy of, or None if `name` is not one."""
    for pattern in _CONFLICT_COPY:
        match = pattern.match(name)
        if match:
            return match["stem"] + match["ext"]
    return None


def is_sync_temporary(name: str) -> bool:
    """Whether a sync tool is writing (or left) this file: never read, never deleted."""
    return bool(_TEMPORARY.match(name))
