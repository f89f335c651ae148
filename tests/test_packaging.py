"""Every package folder is installed: pyproject.toml lists packages by hand (see its comment)."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_package_folder_is_listed_in_pyproject():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    listed = set(config["packages"])
    found = {
        ".".join(path.parent.relative_to(ROOT).parts)
        for path in (ROOT / "backcoach").rglob("__init__.py")
    }
    assert found - listed == set()
    assert "backcoach.assets" in listed and config["package-dir"]["backcoach.assets"] == "assets"


def test_every_asset_kind_is_in_the_package_data():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    patterns = config["package-data"]["backcoach.assets"]
    suffixes = {path.suffix for path in (ROOT / "assets").rglob("*") if path.is_file()} - {".py"}
    for suffix in suffixes:
        assert any(pattern.endswith(suffix) for pattern in patterns), suffix
