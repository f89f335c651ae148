"""The repository stays as its documents describe it: short modules, and every path and module
that README.md and docs/*.md name exists."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

REPOSITORY = Path(__file__).resolve().parent.parent
PACKAGE = REPOSITORY / "backcoach"
DOCUMENTS = [REPOSITORY / "README.md", *sorted((REPOSITORY / "docs").glob("*.md"))]
MAX_MODULE_LINES = 450

# A path in backticks is the repository's when it starts with one of these: a top-level folder
# or file, or a folder of the package (the documents write `core/clock.py` for
# backcoach/core/clock.py). Other backticked paths are the user's (`~/.local/share/...`) or in the
# data folder (`sessions/<device>/`), which the repository does not hold.
TOP_LEVEL = {
    ".ci",
    "Makefile",
    "README.md",
    "assets",
    "backcoach",
    "benchmarks",
    "docs",
    "packaging",
    "pyproject.toml",
    "scripts",
    "tests",
}
PACKAGE_FOLDERS = {"cli", "core", "tools", "ui"}

_BACKTICKED = re.compile(r"`([^`\n]+)`")
_LINK = re.compile(r"\]\(([^)\s]+)\)")
_MODULE = re.compile(r"python3? -m ([\w.]+)")
_MAKE = re.compile(r"\bmake ([a-z][\w-]*)")
_TARGET = re.compile(r"^([a-z][\w-]*):", re.M)


def _exists(path: Path) -> bool:
    """Whether the path exists; a <placeholder> in it stands for any name."""
    if "<" not in str(path):
        return path.exists()
    pattern = re.sub(r"<[^>]*>", "*", str(path.relative_to(REPOSITORY)))
    return any(REPOSITORY.glob(pattern))


def named_paths(document: Path) -> list[tuple[str, list[Path]]]:
    """The repository paths a document names, each with where it may be (any one will do)."""
    text = document.read_text(encoding="utf-8")
    found: list[tuple[str, list[Path]]] = []
    for name in _BACKTICKED.findall(text):
        if " " in name or "/" not in name and not (REPOSITORY / name).is_file():
            continue
        first = name.split("/", 1)[0]
        if first in TOP_LEVEL:
            found.append((name, [REPOSITORY / name]))
        elif first in PACKAGE_FOLDERS:
            found.append((name, [PACKAGE / name]))
    for target in _LINK.findall(text):
        if re.match(r"[a-z]+:", target) or target.startswith("#"):
            continue  # a web address or an anchor in the same page
        found.append((target, [document.parent / target.split("#", 1)[0]]))
    return found


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda d: d.name)
def test_every_path_a_document_names_exists(document):
    named = named_paths(document)
    missing = [name for name, places in named if not any(_exists(p) for p in places)]
    assert missing == [], f"{document.name} names paths that do not exist"


def test_the_documents_name_the_folders_of_the_code():
    # So the check above has something to check: the README's Development section and the
    # architecture document name the package's folders.
    named = {name for document in DOCUMENTS for name, _ in named_paths(document)}
    for folder in ("backcoach/core/", "backcoach/ui/", "backcoach/cli/", "backcoach/tools/"):
        assert any(name.startswith(folder) or f"{name}/" == folder for name in named), folder


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda d: d.name)
def test_every_module_a_document_runs_exists(document):
    modules = _MODULE.findall(document.read_text(encoding="utf-8"))
    missing = [m for m in modules if importlib.util.find_spec(m) is None]
    assert missing == []


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda d: d.name)
def test_every_make_command_a_document_gives_is_a_target(document):
    targets = set(_TARGET.findall((REPOSITORY / "Makefile").read_text(encoding="utf-8")))
    assert {"run", "test", "check", "lint"} <= targets
    text = document.read_text(encoding="utf-8")
    code = _BACKTICKED.findall(text) + re.findall(r"```[^\n]*\n(.*?)```", text, re.S)
    commands = {target for snippet in code for target in _MAKE.findall(snippet)}
    assert commands - targets == set()


def test_no_module_of_the_package_is_over_450_lines():
    lengths = {
        str(path.relative_to(REPOSITORY)): len(path.read_text(encoding="utf-8").splitlines())
        for path in PACKAGE.rglob("*.py")
    }
    assert len(lengths) > 50  # the package was found
    too_long = {name: lines for name, lines in lengths.items() if lines > MAX_MODULE_LINES}
    assert too_long == {}, "split these by what they do"
