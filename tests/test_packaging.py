"""Packaging: the package list, the icons, the desktop files, the bundle spec, the smoke test."""

from __future__ import annotations

import ast
import importlib.util
import os
import shutil
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ElementTree
from fnmatch import fnmatch
from pathlib import Path

import backcoach
from tests.ci_provides import needs_program, skip_if_missing

REPOSITORY = Path(__file__).resolve().parent.parent
PACKAGING = REPOSITORY / "packaging"
DESKTOP_FILE = PACKAGING / "backcoach.desktop"
METAINFO = PACKAGING / "io.github.backcoach.BackCoach.metainfo.xml"
SPEC = PACKAGING / "backcoach.spec"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def load_make_icons():
    spec = importlib.util.spec_from_file_location("make_icons", PACKAGING / "make_icons.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == PNG_SIGNATURE, "not a PNG"
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def pyproject() -> dict:
    return tomllib.loads((REPOSITORY / "pyproject.toml").read_text(encoding="utf-8"))


# --- the Python package ----------------------------------------------------------------------


def test_every_package_folder_is_listed_in_pyproject():
    listed = set(pyproject()["tool"]["setuptools"]["packages"])
    on_disk = {
        ".".join(path.parent.relative_to(REPOSITORY).parts)
        for path in (REPOSITORY / "backcoach").rglob("__init__.py")
    }
    assert on_disk - listed == set(), "add these to [tool.setuptools] packages"


def test_every_asset_file_is_package_data():
    patterns = pyproject()["tool"]["setuptools"]["package-data"]["backcoach.assets"]
    assets = REPOSITORY / "assets"
    for path in assets.rglob("*"):
        if path.is_file() and path.suffix not in {".py", ".pyc"}:
            relative = path.relative_to(assets).as_posix()
            assert any(fnmatch(relative, p) for p in patterns), f"{relative} is not installed"


# --- the icon ------------------------------------------------------------------------------


def test_the_icon_pngs_exist_at_every_hicolor_size():
    make_icons = load_make_icons()
    assert make_icons.HICOLOR_SIZES == (16, 22, 24, 32, 48, 64, 128, 256, 512)
    for size in make_icons.HICOLOR_SIZES:
        data = (REPOSITORY / "assets" / "icons" / f"backcoach-{size}.png").read_bytes()
        assert png_size(data) == (size, size)


def test_the_window_icon_uses_every_rendered_size(qapp):
    from backcoach.ui.widgets.app_icon import ICON_SIZES, app_icon

    assert load_make_icons().HICOLOR_SIZES == ICON_SIZES
    sizes = {size.width() for size in app_icon().availableSizes()}
    assert sizes == set(ICON_SIZES)


def test_the_ico_holds_a_png_for_each_windows_size():
    data = (PACKAGING / "icons" / "backcoach.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = []
    for index in range(count):
        width, height, _, _, planes, bits, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index : 22 + 16 * index]
        )
        image = png_size(data[offset : offset + length])
        assert image[0] == (width or 256) and image[1] == (height or 256)
        assert (planes, bits) == (1, 32)
        sizes.append(image[0])
    assert sizes == sorted(load_make_icons().ICO_SIZES)


def test_the_icns_chunks_add_up_and_hold_pngs_of_their_sizes():
    data = (PACKAGING / "icons" / "backcoach.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    found = {}
    position = 8
    while position < len(data):
        kind, length = (
            data[position : position + 4],
            struct.unpack(">I", data[position + 4 : position + 8])[0],
        )
        found[kind] = png_size(data[position + 8 : position + length])[0]
        position += length
    assert position == len(data)
    assert found == dict(load_make_icons().ICNS_TYPES)


# --- the desktop entry and the AppStream metainfo --------------------------------------------


@needs_program("desktop-file-validate", "desktop-file-utils")
def test_the_desktop_file_validates():
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP_FILE)], capture_output=True, text=True
    )
    assert result.returncode == 0 and result.stdout.strip() == "", result.stdout


@needs_program("appstreamcli", "appstream")
def test_the_metainfo_validates():
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def desktop_entry() -> dict[str, str]:
    lines = DESKTOP_FILE.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if "=" in line)


def test_the_metainfo_matches_the_app_and_the_desktop_file():
    root = ElementTree.parse(METAINFO).getroot()
    entry = desktop_entry()
    assert root.findtext("launchable") == DESKTOP_FILE.name
    assert root.findtext("icon") == entry["Icon"] == "backcoach"
    assert root.findtext("name") == entry["Name"] == backcoach.APP_NAME
    assert root.find("releases/release").get("version") == backcoach.__version__
    assert root.find("content_rating").get("type").startswith("oars-")
    assert root.findtext("provides/binary") == entry["Exec"] == "backcoach"
    assert "backcoach" in pyproject()["project"]["gui-scripts"]
    # Each screenshot is one that make_screenshots.sh makes.
    images = [image.text for image in root.iter("image")]
    assert [Path(url).name for url in images] == ["player.png", "history.png"]
    for url in images:
        assert (REPOSITORY / "docs" / "screenshots" / Path(url).name).is_file()


def run_integration(*args: str, data_home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", str(PACKAGING / "desktop-integration.sh"), *args],
        capture_output=True,
        text=True,
        env={**os.environ, "XDG_DATA_HOME": str(data_home)},
        timeout=60,
    )


def test_install_desktop_puts_the_files_in_place_and_uninstall_removes_them(tmp_path):
    program = tmp_path / "my apps" / "BackCoach"
    program.parent.mkdir()
    program.write_text("#!/bin/sh\n")
    program.chmod(0o755)
    data_home = tmp_path / "share"

    result = run_integration("install", str(program), data_home=data_home)
    assert result.returncode == 0, result.stderr
    installed = data_home / "applications" / "backcoach.desktop"
    assert f'Exec="{program}"' in installed.read_text(encoding="utf-8").splitlines()
    for size in load_make_icons().HICOLOR_SIZES:
        icon = data_home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "backcoach.png"
        assert png_size(icon.read_bytes()) == (size, size)
    assert (data_home / "icons" / "hicolor" / "scalable" / "apps" / "backcoach.svg").is_file()
    assert (data_home / "metainfo" / METAINFO.name).read_bytes() == METAINFO.read_bytes()
    if shutil.which("desktop-file-validate"):
        assert subprocess.run(["desktop-file-validate", str(installed)]).returncode == 0

    result = run_integration("uninstall", data_home=data_home)
    assert result.returncode == 0, result.stderr
    left = [p for p in data_home.rglob("*") if p.is_file() and not p.name.endswith(".cache")]
    assert left == []


def test_install_desktop_refuses_a_command_that_is_not_a_program(tmp_path):
    result = run_integration("install", str(tmp_path / "nothing"), data_home=tmp_path / "share")
    assert result.returncode == 1
    assert "is not a program" in result.stderr
    assert not (tmp_path / "share" / "applications" / "backcoach.desktop").exists()


# --- the bundle ------------------------------------------------------------------------------


def spec_literal(name: str):
    """A top-level literal assignment in the spec, read without running PyInstaller."""
    for node in ast.parse(SPEC.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == name for target in node.targets
        ):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} is not a literal in {SPEC.name}")


INTENDED_QT_MODULES = {
    "QtCore",
    "QtGui",
    "QtWidgets",
    "QtNetwork",
    "QtSvg",
    "QtMultimedia",
    "QtTextToSpeech",
    # pyqtgraph imports both when it loads
    "QtOpenGL",
    "QtOpenGLWidgets",
}


def test_the_spec_bundles_only_the_intended_qt_modules():
    assert set(spec_literal("QT_MODULES")) == INTENDED_QT_MODULES


def test_the_spec_keeps_only_the_needed_plugins():
    plugins = spec_literal("QT_PLUGINS")
    assert plugins["imageformats"] == ["qsvg"]
    assert plugins["iconengines"] == ["qsvgicon"]
    assert {"qxcb", "qwayland", "qoffscreen", "qwindows", "qcocoa"} <= set(plugins["platforms"])
    assert plugins["texttospeech"] and "qtexttospeech_mock" not in plugins["texttospeech"]
    # These would bring QtQuick, QtPdf or an OpenGL stack for nothing.
    for unwanted in ("qmltooling", "egldeviceintegrations", "generic", "sqldrivers", "tls"):
        assert unwanted not in plugins
    assert "qtvirtualkeyboardplugin" not in plugins["platforminputcontexts"]


BUNDLE = REPOSITORY / "dist" / "BackCoach" / "_internal"


@skip_if_missing(not BUNDLE.is_dir(), "no bundle (make bundle)")
def test_the_built_bundle_holds_only_the_intended_qt():
    modules = {path.name.split(".")[0] for path in (BUNDLE / "PySide6").glob("Qt*.*")}
    assert modules == INTENDED_QT_MODULES
    assert not list(BUNDLE.rglob("*.qm")), "no translations: the app installs no translator"
    libraries = {path.name for path in (BUNDLE / "PySide6" / "Qt" / "lib").glob("*.so*")}
    for unwanted in ("libQt6Quick.so.6", "libQt6Qml.so.6", "libQt6Pdf.so.6", "libavcodec.so.61"):
        assert unwanted not in libraries
    assets = BUNDLE / "backcoach" / "assets"
    assert (assets / "exercises.json").is_file()
    assert (assets / "icons" / "backcoach-16.png").is_file()


def smoke_test(*command: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*command, "--smoke-test", "--data-dir", str(tmp_path / "data")],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )


def test_smoke_test_shows_the_window_and_exits_0_offscreen(tmp_path):
    result = smoke_test(sys.executable, "-m", "backcoach", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    line = result.stdout.strip()
    assert line.startswith("smoke test passed: BackCoach window shown at ")
    assert "on the offscreen platform" in line
    assert "icon sizes [16, 22, 24, 32, 48, 64, 128, 256, 512]" in line


@skip_if_missing(not BUNDLE.is_dir(), "no bundle (make bundle)")
def test_the_built_bundle_passes_the_smoke_test(tmp_path):
    result = smoke_test(str(BUNDLE.parent / "BackCoach"), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "smoke test passed:" in result.stdout


def test_the_smoke_test_option_is_hidden_from_help():
    result = subprocess.run(
        [sys.executable, "-m", "backcoach", "--help"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0
    assert "--smoke-test" not in result.stdout
