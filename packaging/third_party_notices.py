"""The bundle's licence notices, generated from what PyInstaller put in it.

packaging/backcoach.spec calls write_notices() once the bundle is collected. Every file in the
bundle is traced to where it came from, and that origin's own licence texts are copied into
dist/BackCoach/licenses/, one folder per component:

- BackCoach itself: LICENSE.
- A Python distribution (numpy, pyqtgraph, platformdirs, PySide6-Essentials, ...): the licence
  files its metadata names (License-File, in its dist-info). numpy's also cover the libraries in
  numpy.libs (OpenBLAS, the GCC runtime). The PySide6 and shiboken6 wheels ship no licence file:
  for them, the texts of the licences their License field names (LGPL-3.0, GPL-2.0, GPL-3.0),
  from /usr/share/common-licenses.
- A library inside a wheel that comes from another project (ICU in PySide6-Essentials) and the
  third-party code compiled into Qt: the copyright file of Debian's package of the same upstream
  (another version of it), fetched with `apt-get download` unless installed.
- A system library that PyInstaller copied (glib, libxcb, zlib, ...): the copyright file of the
  Debian package it came from (`dpkg -S`).
- Python and its standard library: Python's LICENSE.txt, or the copyright file of the Debian
  package of a Debian Python.
- PyInstaller, whose bootloader is the BackCoach program: its licence files.

licenses/README.txt says what each component is, its version and licence, and where its source
is; licenses/libraries.txt names, for each shared library in the bundle, its component and
notice files (tests/test_packaging.py checks that every shared library is there).
"""

from __future__ import annotations

import importlib.metadata
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

# SPDX licence ids -> Debian's copies of their texts (base-files, on every Debian system).
COMMON_LICENSES = Path("/usr/share/common-licenses")
SPDX_TEXTS = {
    "LGPL-3.0": ["LGPL-3", "GPL-3"],  # the LGPL-3.0 is the GPL-3.0 plus permissions: both
    "GPL-2.0": ["GPL-2"],
    "GPL-3.0": ["GPL-3"],
    "LGPL-2.1": ["LGPL-2.1"],
    "Apache-2.0": ["Apache-2.0"],
    "MPL-2.0": ["MPL-2.0"],
}
# Shared libraries inside a wheel whose upstream is another project, by file name prefix: the
# component, and the Debian binary package (a regular expression over package names) whose
# copyright file documents that upstream.
UPSTREAMS_IN_WHEELS = {
    "libicu": ("ICU (in the PySide6 wheel)", r"libicu\d+(t64)?"),
    "libQt6": ("Qt's third-party code (compiled into the Qt libraries)", r"libqt6core6(t64)?"),
}
LGPL_NOTE = (
    "Qt and PySide6 are used under the GNU LGPL version 3. They are the unmodified shared\n"
    "libraries of the PySide6 wheels from PyPI, in _internal/PySide6; you may replace them with\n"
    "your own build of the same version. Their source: https://download.qt.io/official_releases/\n"
    "(Qt) and https://download.qt.io/official_releases/QtForPython/ (PySide6, shiboken6).\n"
)


class NoticeError(Exception):
    """A file in the bundle whose origin or licence could not be found."""


@dataclass
class Component:
    title: str
    version: str
    licence: str
    source: str = ""
    notices: dict[str, Path] = field(default_factory=dict)  # name in its folder -> the text
    note: str = ""


def write_notices(
    bundle: Path,
    toc: Iterable[tuple[str, str, str]],
    repository: Path,
    cache: Path,
) -> list[str]:
    """Write bundle/licenses/ for the files of PyInstaller's table of contents (destination,
    source, kind: binaries, datas and pure modules). Returns the problems (empty when every
    shared library and every origin has its notice)."""
    entries = [entry for entry in toc if entry[1] and os.path.isfile(entry[1])]
    origins = Origins(repository, cache)
    origins.look_up_debian_packages(os.path.realpath(source) for _, source, _ in entries)
    libraries: dict[str, list[str]] = {}
    for destination, source, kind in entries:
        components = origins.components_of(destination, source)
        if kind in ("BINARY", "EXTENSION"):  # shared libraries and Python's extension modules
            libraries[destination] = components
    pyinstaller = origins.add_pyinstaller()

    folder = bundle / "licenses"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    for key, component in origins.components.items():
        for name, text in component.notices.items():
            target = folder / key / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(text, target)
    (folder / "README.txt").write_text(readme(origins.components), encoding="utf-8")

    contents = bundle / "_internal" if (bundle / "_internal").is_dir() else bundle
    lines = []
    for destination, keys in sorted(libraries.items()):
        path = (contents / destination).relative_to(bundle)
        files = [f"{key}/{name}" for key in keys for name in origins.components[key].notices]
        lines.append(f"{path}\t{', '.join(keys)}\t{', '.join(files)}")
    executable = next(p.name for p in bundle.iterdir() if p.is_file() and os.access(p, os.X_OK))
    notices = [f"{pyinstaller}/{name}" for name in origins.components[pyinstaller].notices]
    lines.append(f"{executable}\t{pyinstaller}\t{', '.join(notices)}")
    (folder / "libraries.txt").write_text(
        "# Each shared library of the bundle: its component(s) and notice files (in licenses/).\n"
        + "\n".join(lines)
        + "\n",
        encoding="utf-8",
    )
    problems = origins.problems + [
        f"no notice for {key}" for key, c in origins.components.items() if not c.notices
    ]
    if problems:  # said where a reader of the notices looks, not only in the build's log
        with (folder / "README.txt").open("a", encoding="utf-8") as text:
            text.write("\nMISSING (the build could not find these):\n")
            text.writelines(f"    {problem}\n" for problem in problems)
    return problems


def readme(components: dict[str, Component]) -> str:
    parts = [
        "BackCoach is made of the components below. Each folder here holds the licence texts\n"
        "and notices of one of them, as they came with it (generated when the bundle was built;\n"
        "libraries.txt says which component each shared library belongs to).\n"
    ]
    for key, component in components.items():
        parts.append(
            f"\n{key}/\n    {component.title} {component.version}\n"
            f"    licence: {component.licence}\n"
            + (f"    source: {component.source}\n" if component.source else "")
            + "".join(f"    {name}\n" for name in component.notices)
            + "".join(f"    {line}\n" for line in component.note.splitlines())
        )
    return "".join(parts)


class Origins:
    """Where each bundled file came from, as components with their notices."""

    def __init__(self, repository: Path, cache: Path) -> None:
        self.repository = repository.resolve()
        self.cache = cache
        self.components: dict[str, Component] = {}
        self.problems: list[str] = []
        self._distributions = _files_of_distributions()
        self._prefix = Path(os.path.realpath(sys.base_prefix))
        self._debian: dict[str, str] = {}

    def components_of(self, destination: str, source: str) -> list[str]:
        real = os.path.realpath(source)
        if Path(real).is_relative_to(self.repository) and "site-packages" not in real:
            return [self._backcoach()]
        distribution = self._distributions.get(real)
        if distribution is not None:
            keys = [self._distribution(distribution)]
            name = Path(destination).name
            for prefix, (title, package) in UPSTREAMS_IN_WHEELS.items():
                if name.startswith(prefix):
                    keys.append(self._upstream(title, package))
            return keys
        package = self._debian.get(real)
        if package is not None:
            return [self._debian_component(package)]
        if Path(real).is_relative_to(self._prefix):
            return [self._python()]
        self.problems.append(f"{destination}: no origin found for {source}")
        return []

    def add_pyinstaller(self) -> str:
        """PyInstaller's component: its bootloader is the bundle's program."""
        return self._distribution(importlib.metadata.distribution("pyinstaller"))

    def _backcoach(self) -> str:
        if "BackCoach" not in self.components:
            version = importlib.metadata.version("backcoach")
            self.components["BackCoach"] = Component(
                "BackCoach",
                version,
                "MIT",
                "https://github.com/backcoach/backcoach",
                {"LICENSE": self.repository / "LICENSE"},
            )
        return "BackCoach"

    def _distribution(self, distribution: importlib.metadata.Distribution) -> str:
        metadata = distribution.metadata
        key = metadata["Name"]
        if key in self.components:
            return key
        licence = metadata.get("License-Expression") or metadata.get("License") or ""
        component = Component(
            f"{metadata['Name']} (Python package)",
            distribution.version,
            licence.splitlines()[0] if licence else "not stated",
            _source_url(distribution),
        )
        # In the dist-info folder: licenses/<name> (metadata 2.4) or <name> (older).
        in_info = {
            "/".join(file.parts[1:]): file
            for file in distribution.files or []
            if file.parts[0].endswith(".dist-info")
        }
        for name in metadata.get_all("License-File") or []:
            file = in_info.get(f"licenses/{name}") or in_info.get(name)
            if file is not None:
                component.notices[name] = Path(str(distribution.locate_file(file)))
        if not component.notices:  # the PySide6 and shiboken6 wheels: the texts by SPDX id
            for spdx, texts in SPDX_TEXTS.items():
                if re.search(rf"\b{re.escape(spdx)}\b", licence):
                    for text in texts:
                        component.notices[text] = COMMON_LICENSES / text
        if "LGPL" in licence and re.match(r"(PySide6|shiboken6)", metadata["Name"], re.I):
            component.note = LGPL_NOTE
        missing = [name for name, path in component.notices.items() if not path.is_file()]
        for name in missing:
            self.problems.append(f"{key}: {component.notices.pop(name)} is missing")
        self.components[key] = component
        return key

    def _python(self) -> str:
        if "Python" not in self.components:
            version = ".".join(map(str, sys.version_info[:3]))
            licence = Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt"
            self.components["Python"] = Component(
                "Python",
                version,
                "PSF-2.0",
                "https://www.python.org/downloads/source/",
                {"LICENSE.txt": licence} if licence.is_file() else {},
            )
        return "Python"

    def look_up_debian_packages(self, paths: Iterable[str]) -> None:
        """Ask dpkg once which Debian package installed each file that is neither BackCoach's
        nor a Python distribution's (under either name that merged /usr gives it)."""
        candidates: dict[str, str] = {}
        for real in paths:
            if real in self._distributions or Path(real).is_relative_to(self.repository):
                continue
            other = real.removeprefix("/usr") if real.startswith("/usr/") else "/usr" + real
            candidates[real] = real
            candidates[other] = real
        for line in _run(["dpkg", "-S", *candidates]).splitlines() if candidates else []:
            package, _, path = line.partition(": ")
            if path in candidates and "," not in package:  # not a diverted or shared path
                self._debian[candidates[path]] = package.split(":")[0]

    def _debian_component(
        self, package: str, title: str | None = None, copyright_file: Path | None = None
    ) -> str:
        key = f"debian-{package}"
        if key not in self.components:
            version, source = _debian_details(package)
            copyright_file = copyright_file or Path("/usr/share/doc") / package / "copyright"
            component = Component(
                title or f"{package} (Debian package)",
                version,
                "see copyright",
                f"https://sources.debian.org/src/{source}/{version}/",
            )
            if copyright_file.is_file():
                component.notices["copyright"] = copyright_file
            self.components[key] = component
        return key

    def _upstream(self, title: str, package_pattern: str) -> str:
        """The component of an upstream inside a wheel: the copyright file of Debian's package
        of it (installed, or downloaded once into the cache)."""
        names = _run(["apt-cache", "pkgnames"]).split()
        matching = sorted(n for n in names if re.fullmatch(package_pattern, n))
        if not matching:
            self.problems.append(f"{title}: no Debian package matches {package_pattern}")
            return self._debian_component(package_pattern, title)
        package = matching[-1]
        copyright_file = Path("/usr/share/doc") / package / "copyright"
        if not copyright_file.is_file():
            copyright_file = self.cache / package / "copyright"
            if not copyright_file.is_file():
                try:
                    _fetch_debian_copyright(package, copyright_file)
                except (OSError, subprocess.CalledProcessError, StopIteration) as error:
                    self.problems.append(f"{title}: cannot download {package} ({error})")
        key = f"debian-{package}"
        if key not in self.components:
            self._debian_component(package, title, copyright_file)
            self.components[key].version += " (Debian's package, for its copyright file)"
        return key


def _fetch_debian_copyright(package: str, target: Path) -> None:
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(
            ["apt-get", "download", "-qq", package],
            cwd=folder,
            check=True,
            stderr=subprocess.DEVNULL,
        )
        archive = next(Path(folder).glob("*.deb"))
        member = f"./usr/share/doc/{package}/copyright"
        tar = subprocess.run(
            ["dpkg-deb", "--fsys-tarfile", str(archive)], capture_output=True, check=True
        )
        text = subprocess.run(
            ["tar", "-xO", member], input=tar.stdout, capture_output=True, check=True
        ).stdout
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(text)


def _debian_details(package: str) -> tuple[str, str]:
    """A Debian package's version and source package: installed, else the archive's."""
    installed = _run(["dpkg-query", "-W", "-f", "${Version}\t${source:Package}", package])
    if installed.strip():
        version, _, source = installed.partition("\t")
        return version, source
    details = _run(["apt-cache", "show", "--no-all-versions", package])
    version = re.search(r"^Version: (\S+)", details, re.M)
    source = re.search(r"^Source: (\S+)", details, re.M)
    return (version[1] if version else "?"), (source[1] if source else package)


def _files_of_distributions() -> dict[str, importlib.metadata.Distribution]:
    """Every installed file (real path) -> the distribution that installed it."""
    owner = {}
    for distribution in importlib.metadata.distributions():
        for file in distribution.files or []:
            owner[os.path.realpath(str(distribution.locate_file(file)))] = distribution
    return owner


def _source_url(distribution: importlib.metadata.Distribution) -> str:
    urls = defaultdict(str)
    for entry in distribution.metadata.get_all("Project-URL") or []:
        label, _, url = entry.partition(",")
        urls[label.strip().lower()] = url.strip()
    return (
        urls["source"]
        or urls["source code"]
        or urls["homepage"]
        or distribution.metadata.get("Home-page")
        or ""
    )


def _run(command: list[str]) -> str:
    """A command's output; empty when it fails or is missing (not Debian)."""
    try:
        return subprocess.run(command, capture_output=True, text=True, check=False).stdout
    except OSError:
        return ""
