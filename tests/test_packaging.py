"""Packaging: the package list, the sdist and the wheel, the icons, the desktop files, the
bundle spec and its licences, the smoke test."""

from __future__ import annotations

import ast
import importlib.util
import os
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ElementTree
from fnmatch import fnmatch
from pathlib import Path

import pytest

import backcoach
from tests.ci_provides import needs_program, skip_if_missing

REPOSITORY = Path(__file__).resolve().parent.parent
PACKAGING = REPOSITORY / "packaging"
DESKTOP_FILE = REPOSITORY / "assets" / "desktop" / f"{backcoach.APP_ID}.desktop"
METAINFO = REPOSITORY / "assets" / "desktop" / f"{backcoach.APP_ID}.metainfo.xml"
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


def asset_package(folder: Path) -> str:
    return ".".join(("backcoach", *folder.relative_to(REPOSITORY).parts))


def test_every_asset_folder_is_a_listed_package():
    # setuptools warns on every install about a data folder that is not listed as a package.
    listed = set(pyproject()["tool"]["setuptools"]["packages"])
    folders = [REPOSITORY / "assets"]
    folders += [p for p in folders[0].rglob("*") if p.is_dir() and p.name != "__pycache__"]
    assert {asset_package(folder) for folder in folders} - listed == set()


def test_every_asset_file_is_package_data():
    package_data = pyproject()["tool"]["setuptools"]["package-data"]
    for path in (REPOSITORY / "assets").rglob("*"):
        if path.is_file() and path.suffix not in {".py", ".pyc"}:
            patterns = package_data.get(asset_package(path.parent), [])
            assert any(fnmatch(path.name, p) for p in patterns), f"{path} is not installed"


def load_setup_py():
    spec = importlib.util.spec_from_file_location("setup_py", REPOSITORY / "setup.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # setup() runs only as __main__
    return module


def test_the_long_description_has_only_absolute_links():
    setup_py = load_setup_py()
    readme = (REPOSITORY / "README.md").read_text(encoding="utf-8")
    described = setup_py.long_description(readme)
    targets = [target for _, _, target in setup_py._LINK.findall(described)]
    assert len(targets) == len(setup_py._LINK.findall(readme)) > 5
    assert all(t.startswith("https://") for t in targets), targets
    # Images from the raw files (so PyPI shows them), links to the pages that show the files.
    assert "](https://raw.githubusercontent.com/backcoach/backcoach/main/docs/screenshots/" in (
        described
    )
    assert "](https://github.com/backcoach/backcoach/blob/main/docs/architecture.md)" in described
    assert (
        setup_py.long_description("[a](https://x.org/b) [c](#d)") == "[a](https://x.org/b) [c](#d)"
    )


def test_the_metadata_says_what_pypi_needs():
    project = pyproject()["project"]
    assert project["license"] == "MIT" and project["license-files"] == ["LICENSE"]
    assert (REPOSITORY / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
    assert set(project["urls"]) >= {"Homepage", "Source", "Issues"}
    classifiers = project["classifiers"]
    for minor in (11, 12, 13):
        assert f"Programming Language :: Python :: 3.{minor}" in classifiers
    assert "Operating System :: POSIX :: Linux" in classifiers
    assert project["keywords"]
    assert project["requires-python"] == ">=3.11"


def tracked_files() -> set[str] | None:
    """The files git tracks, or None outside a git checkout (an unpacked sdist)."""
    try:
        result = subprocess.run(
            ["git", "ls-files", "-z"], cwd=REPOSITORY, capture_output=True, timeout=60
        )
    except OSError:
        return None
    if result.returncode != 0:
        return None
    names = {name for name in result.stdout.decode().split("\0") if name}
    return {name for name in names if (REPOSITORY / name).exists()}


def built(pattern: str) -> Path | None:
    found = sorted((REPOSITORY / "dist").glob(pattern.format(version=backcoach.__version__)))
    return found[-1] if found else None


def older_than_the_checkout(path: Path | None) -> bool:
    """Whether a built file is older than a file git tracks (so built before a change)."""
    tracked = tracked_files() if path is not None else None
    if path is None or tracked is None:
        return False
    built_at = path.stat().st_mtime
    return any((REPOSITORY / name).stat().st_mtime > built_at for name in tracked)


SDIST = built("backcoach-{version}.tar.gz")
WHEEL = built("backcoach-{version}-py3-none-any.whl")
STALE_DIST = older_than_the_checkout(SDIST) or older_than_the_checkout(WHEEL)


@pytest.mark.built
@skip_if_missing(SDIST is None or STALE_DIST, "no sdist, or an old one (make dist)")
def test_the_sdist_holds_every_tracked_file_and_nothing_untracked():
    import tarfile

    assert SDIST is not None
    with tarfile.open(SDIST) as archive:
        prefix = f"backcoach-{backcoach.__version__}/"
        names = {m.name.removeprefix(prefix) for m in archive.getmembers() if m.isfile()}
    generated = {"PKG-INFO", "setup.cfg"}
    # Enough to run the suite from it: the licence, the whole suite, what the tests read.
    assert {"LICENSE", "tests/conftest.py", "tests/core/__init__.py", "Makefile"} <= names
    assert any(name.startswith("docs/schema/") for name in names)
    assert any(name.startswith("packaging/") for name in names)
    tracked = tracked_files()
    if tracked is not None:  # in an unpacked sdist there is no git to compare with
        ours = {n for n in names if n not in generated and not n.startswith("backcoach.egg-info/")}
        assert tracked - ours == set(), "MANIFEST.in leaves these out (or: make dist again)"
        assert ours - tracked == set(), "MANIFEST.in takes in files git does not track"


@pytest.mark.built
@skip_if_missing(WHEEL is None or STALE_DIST, "no wheel, or an old one (make dist)")
def test_the_wheel_carries_the_licence_and_every_asset():
    import zipfile

    assert WHEEL is not None
    with zipfile.ZipFile(WHEEL) as archive:
        names = set(archive.namelist())
        metadata = archive.read(f"backcoach-{backcoach.__version__}.dist-info/METADATA").decode()
    assert f"backcoach-{backcoach.__version__}.dist-info/licenses/LICENSE" in names
    assets = REPOSITORY / "assets"
    for path in assets.rglob("*"):
        if path.is_file() and "__pycache__" not in path.parts:
            assert f"backcoach/assets/{path.relative_to(assets).as_posix()}" in names
    assert "License-Expression: MIT" in metadata
    assert "](docs/" not in metadata, "a relative link in the long description"


# --- the Debian packages ----------------------------------------------------------------------


def readme_apt_groups() -> dict[str, list[str]]:
    """The README's `sudo apt-get install PACKAGES  # GROUP: what for` lines, by group."""
    text = (REPOSITORY / "README.md").read_text(encoding="utf-8").replace("\\\n", " ")
    groups = {}
    for line in text.splitlines():
        if line.startswith("sudo apt-get install "):
            packages, _, comment = line.removeprefix("sudo apt-get install ").partition("#")
            groups[comment.split(":")[0].strip()] = packages.split()
    return groups


def test_the_readme_lists_the_debian_packages_the_script_installs():
    groups = readme_apt_groups()
    assert set(groups) == {"venv", "qt", "window", "sound", "voice", "tests"}
    for group, packages in groups.items():
        result = subprocess.run(
            ["bash", str(PACKAGING / "debian-packages.sh"), "list", group],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.returncode == 0, result.stderr
        assert packages == result.stdout.split(), group


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


def test_the_desktop_file_icon_and_metainfo_are_named_after_the_app_id():
    root = ElementTree.parse(METAINFO).getroot()
    entry = desktop_entry()
    assert root.findtext("id") == backcoach.APP_ID == "io.github.backcoach.BackCoach"
    assert root.findtext("launchable") == DESKTOP_FILE.name == f"{backcoach.APP_ID}.desktop"
    assert root.findtext("icon") == entry["Icon"] == backcoach.APP_ID
    assert root.findtext("name") == entry["Name"] == backcoach.APP_NAME
    assert root.find("releases/release").get("version") == backcoach.__version__
    assert root.find("content_rating").get("type").startswith("oars-")
    assert root.findtext("project_license") == pyproject()["project"]["license"]
    assert root.findtext("provides/binary") == entry["Exec"] == "backcoach"
    assert "backcoach" in pyproject()["project"]["gui-scripts"]
    # Each screenshot is one that make_screenshots.sh makes.
    images = [image.text for image in root.iter("image")]
    assert [Path(url).name for url in images] == ["player.png", "history.png"]
    for url in images:
        assert (REPOSITORY / "docs" / "screenshots" / Path(url).name).is_file()


# --- the Debian package's texts -------------------------------------------------------------


def load_make_deb():
    spec = importlib.util.spec_from_file_location("make_deb", PACKAGING / "make_deb.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_debian_copyright_file_carries_the_licence_once():
    text = load_make_deb().copyright_text()
    assert text.startswith("Format: https://www.debian.org/doc/packaging-manuals/copyright-format/")
    assert "\nFiles: *\nCopyright: 2026 The BackCoach developers\nLicense: MIT\n" in text
    assert text.count("Permission is hereby granted") == 1
    assert "Copyright (c)" not in text  # the holder is said once, in the Copyright field
    assert "/opt/backcoach/licenses" in text
    assert all(line.startswith(" ") for line in text.split("License: MIT\n")[1].splitlines())


def test_the_debian_changelog_and_manual_page_come_from_the_metainfo_and_help():
    make_deb = load_make_deb()
    changelog = make_deb.changelog(METAINFO)
    assert changelog.startswith(f"backcoach ({backcoach.__version__}) stable; urgency=medium\n")
    assert "\n -- The BackCoach developers <" in changelog
    manual = make_deb.manual_page()
    assert manual.startswith(".TH BACKCOACH 1 ")
    for option in ("--data-dir", "--stats", "--install-desktop", "--routine", "--background"):
        assert option in manual
    assert "--smoke-test" not in manual


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


@pytest.mark.built
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


def bundle_libraries_notices() -> dict[str, list[str]]:
    """licenses/libraries.txt: each shared library of the bundle -> its notice files."""
    listed = {}
    text = (BUNDLE.parent / "licenses" / "libraries.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            path, _, notices = line.split("\t")
            listed[path] = [n for n in notices.split(", ") if n]
    return listed


def is_elf(path: Path) -> bool:
    with path.open("rb") as file:
        return file.read(4) == b"\x7fELF"


@pytest.mark.built
@skip_if_missing(not BUNDLE.is_dir(), "no bundle (make bundle)")
def test_every_shared_library_in_the_bundle_has_its_licence_notice():
    root = BUNDLE.parent
    listed = bundle_libraries_notices()
    binaries = [p for p in root.rglob("*") if p.is_file() and not p.is_symlink() and is_elf(p)]
    assert len(binaries) > 100  # the program, Qt, Python's modules, numpy, the system's
    for path in binaries:
        name = str(path.relative_to(root))
        assert listed.get(name), f"{name} has no licence notice in licenses/libraries.txt"
        for notice in listed[name]:
            assert (root / "licenses" / notice).stat().st_size > 100, notice
    readme = (root / "licenses" / "README.txt").read_text(encoding="utf-8")
    assert "MISSING" not in readme, readme[readme.index("MISSING") :]


@pytest.mark.built
@skip_if_missing(not BUNDLE.is_dir(), "no bundle (make bundle)")
def test_the_bundle_carries_the_licences_the_issue_names():
    listed = bundle_libraries_notices()
    licenses = BUNDLE.parent / "licenses"

    def notices_of(library: str) -> str:
        (path,) = [p for p in listed if Path(p).name.startswith(library)]
        return "\n".join((licenses / n).read_text(encoding="utf-8") for n in listed[path])

    assert (licenses / "BackCoach" / "LICENSE").read_bytes() == (
        REPOSITORY / "LICENSE"
    ).read_bytes()
    qt = notices_of("libQt6Core.so")
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in qt and "Version 3" in qt
    assert "Unicode" in notices_of("libicuuc.so")  # ICU, from Debian's package of it
    assert "OpenBLAS" in notices_of("libscipy_openblas")  # numpy's notices of numpy.libs
    assert "GLib" in notices_of("libglib-2.0.so") or "glib" in notices_of("libglib-2.0.so")
    assert "Python Software Foundation" in notices_of("libpython3")
    assert "PyInstaller" in notices_of("BackCoach")  # the bootloader


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
    assert f"desktop file {backcoach.APP_ID}," in line


@pytest.mark.built
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
