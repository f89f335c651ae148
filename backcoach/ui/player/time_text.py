"""Times as people read them on the player: "0:45", "12 min 5 s"."""

from __future__ import annotations

import math


def clock_text(seconds: float) -> str:
    """Minutes and seconds, rounded up: a countdown shows 0:01 until the very end."""
    whole = max(0, int(math.ceil(seconds - 1e-9)))
    return f"{whole // 60}:{whole % 60:02d}"


def countdown_text(seconds: float) -> str:
    """The big digits: plain seconds up to 99, minutes and seconds beyond."""
    whole = max(0, int(math.ceil(seconds - 1e-9)))
    return str(whole) if whole < 100 else clock_text(whole)


def duration_text(seconds: float) -> str:
    whole = max(0, int(round(seconds)))
    minutes, secs = divmod(whole, 60)
    if not minutes:
        return f"{secs} s"
    return f"{minutes} min {secs} s" if secs else f"{minutes} min"
