"""Skips for what a plain `make test` may not have, but `make check` (so CI) always provides.

On a developer's machine a test may lack a Debian tool (dbus-daemon, desktop-file-validate) or
the built bundle: it is skipped and says what provides it. Under CI (CI=true), where
packaging/ci-check.sh has installed the tools and built the bundle first, such a test is never
skipped: it runs, and fails if the thing is missing, so a broken install step cannot hide.
"""

from __future__ import annotations

import os
import shutil

import pytest

IN_CI = os.environ.get("CI", "").lower() == "true"


def skip_if_missing(missing: bool, reason: str) -> pytest.MarkDecorator:
    """Skip when `missing`, with `reason`, except under CI."""
    return pytest.mark.skipif(missing and not IN_CI, reason=f"{reason}; make check provides it")


def needs_program(name: str, package: str) -> pytest.MarkDecorator:
    """Skip without the program `name` (from the Debian package `package`), except under CI."""
    return skip_if_missing(shutil.which(name) is None, f"{name} ({package}) is not installed")
