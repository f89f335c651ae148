"""Reading the app's bundled data files (assets/) through importlib.resources."""

from __future__ import annotations

import json
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

ASSETS_PACKAGE = "backcoach.assets"


def asset(*parts: str) -> Traversable:
    """The asset at assets/<parts...>, wherever the package is installed."""
    node = resources.files(ASSETS_PACKAGE)
    for part in parts:
        node = node / part
    return node


def load_asset_json(*parts: str) -> Any:
    return json.loads(asset(*parts).read_text(encoding="utf-8"))
