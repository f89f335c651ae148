"""Bringing files written by older versions of the app up to the current schema.

Each step takes a document of schema N to N + 1 and must be idempotent on its own output, so that
migrating a file twice (say, after a crash between migrating and saving) changes nothing.
The store backs a file up before it writes the migrated version.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from enum import StrEnum
from typing import Any

from backcoach.core.i18n import Context

StorageText = Context("StorageText")

SCHEMA_VERSION = 1


class DocumentKind(StrEnum):
    """The kinds of document in the data folder."""

    SETTINGS = "settings"
    ROUTINES = "routines"
    SESSIONS = "sessions"


SETTINGS, ROUTINES, SESSIONS = DocumentKind.SETTINGS, DocumentKind.ROUTINES, DocumentKind.SESSIONS

Document = dict[str, Any]


def _v0_to_v1(kind: DocumentKind, data: Document) -> Document:
    # Schema 0 (the development builds before the first release) did not record where a session
    # came from: all of them were logged by the player, so they get "source": "app".
    if kind == SESSIONS and isinstance(data.get("sessions"), list):
        for record in data["sessions"]:
            if isinstance(record, dict) and "source" not in record:
                record["source"] = "app"
    return data


# MIGRATIONS[n] turns a schema-n document into a schema-(n + 1) one.
MIGRATIONS: dict[int, Callable[[DocumentKind, Document], Document]] = {0: _v0_to_v1}


def migrate(kind: DocumentKind, data: Document) -> Document:
    """A copy of the document at the current schema (the same content if it already is)."""
    schema = data.get("schema", 0)
    if not isinstance(schema, int) or schema > SCHEMA_VERSION:
        raise ValueError(
            StorageText.tr("cannot migrate a document of schema {schema!r}").format(schema=schema)
        )
    result = copy.deepcopy(data)
    while schema < SCHEMA_VERSION:
        result = MIGRATIONS[schema](kind, result)
        schema += 1
        result["schema"] = schema
    return result
