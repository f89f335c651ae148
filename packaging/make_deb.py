"""Build a Debian package of the bundle: dist/backcoach_<version>_<arch>.deb (`make deb`).

    python packaging/make_deb.py [--bundle dist/BackCoach] [--out dist] [--compression gzip]

With dpkg-deb alone (no debhelper): the bundle goes to /opt/backcoach with a /usr/bin/backcoach
link, the desktop entry, metainfo and icons under /usr/share named after the app id, and
/usr/share/doc/backcoach (copyright, changelog). Everything else is generated here:

- Depends: every library that a program or library of the bundle links to directly (objdump's
  NEEDED) and that the bundle does not carry, found where the dynamic linker finds it (ldd), and
  mapped to the Debian package that installed it (dpkg -S); libc6 at least the newest GLIBC_
  symbol version the bundle uses. So the build machine must have them installed
  (packaging/debian-packages.sh install bundle window sound), as it must to build the bundle.
- the changelog, from the AppStream metainfo's releases; the manual page, from `--help`.
- the copyright file: BackCoach's licence, and where the bundle's third-party notices are
  (/opt/backcoach/licenses, which packaging/third_party_notices.py made). A bundle whose notices
  are incomplete is refused.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPOSITORY))

from backcoach import APP_ID, APP_NAME, __version__  # noqa: E402
from backcoach.cli.arguments import build_parser  # noqa: E402

PACKAGE = "backcoach"
MAINTAINER = "The BackCoach developers <backcoach@users.noreply.github.com>"
HOMEPAGE = "https://github.com/backcoach/backcoach"
INSTALL_DIR = Path("opt") / PACKAGE
RECOMMENDS = ["speech-dispatcher"]  # the spoken cues' server; the app runs without it
SUMMARY = "desktop coach for back-pain relief exercises"
DESCRIPTION = """\
BackCoach coaches you through the exercises of the guide "Back pain relief
exercises": it shows each position, counts every hold down in large digits,
and tells you when to hold, release, rest and switch sides, with sounds and a
voice, so that you can follow it by ear from the floor. Every session is
logged in a local file, with your streak and your history.
.
This package holds a self-contained build (Python, Qt and PySide6 included)
in /opt/backcoach."""
# Tags that follow from shipping a self-contained bundle under /opt, each with why.
LINTIAN_OVERRIDES = """\
# BackCoach is a self-contained application bundle (PyInstaller): its own Python, Qt and
# PySide6, installed as one folder under /opt, as the package's description says.
backcoach: dir-or-file-in-opt [opt/backcoach/*]
# The bundled copies of libraries (zlib in the interpreter's modules, ICU in Qt) come with the
# wheels and the interpreter the bundle was built from; their notices: /opt/backcoach/licenses.
backcoach: embedded-library *
# Qt's libraries and plugins find each other through $ORIGIN-relative RUNPATHs, inside the bundle.
backcoach: custom-library-search-path *
# The wheels' own files, unchanged: numpy's are rewritten by auditwheel (patchelf), and binutils'
# strip breaks such files (OpenBLAS then fails to load); ICU's come so from the PySide6 wheel.
backcoach: unstripped-binary-or-object [opt/backcoach/_internal/numpy*]
backcoach: unstripped-binary-or-object [opt/backcoach/_internal/PySide6/Qt/lib/libicu*]
# Two of Python's own extension modules call no C library function (_statistics, _uuid).
backcoach: library-not-linked-against-libc [opt/backcoach/_internal/python3.*/lib-dynload/*]
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=REPOSITORY / "dist" / APP_NAME)
    parser.add_argument("--out", type=Path, default=REPOSITORY / "dist")
    # xz, Debian's default, makes the smallest package (45 MB) but takes a minute or more; CI,
    # which throws the package away, uses gzip (64 MB, in seconds). Lintian refuses zstd.
    parser.add_argument("--compression", choices=["xz", "gzip"], default="xz")
    args = parser.parse_args(argv)
    bundle = args.bundle
    if not (bundle / APP_NAME).is_file():
        print(f"make_deb: no bundle in {bundle} (make bundle)", file=sys.stderr)
        return 1
    notices = bundle / "licenses" / "README.txt"
    if not notices.is_file() or "MISSING" in notices.read_text(encoding="utf-8"):
        print(f"make_deb: the bundle's licence notices are incomplete ({notices})", file=sys.stderr)
        return 1
    try:
        depends = dependencies(bundle)
    except LookupError as error:
        print(f"make_deb: {error}", file=sys.stderr)
        return 1

    architecture = output(["dpkg", "--print-architecture"]).strip()
    root = REPOSITORY / "build" / "deb" / "root"
    if root.parent.exists():
        shutil.rmtree(root.parent)
    stage(bundle, root)
    write_control(root, architecture, depends)
    args.out.mkdir(parents=True, exist_ok=True)
    deb = args.out / f"{PACKAGE}_{__version__}_{architecture}.deb"
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", f"-Z{args.compression}", "--build", str(root), str(deb)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    print(f"make_deb: built {deb} ({deb.stat().st_size / 1e6:.1f} MB)")
    print(f"make_deb: Depends: {', '.join(depends)}")
    return 0


def stage(bundle: Path, root: Path) -> None:
    """The package's files under root, with Debian's modes (0755 folders and programs, 0644
    the rest: shared libraries are not executables)."""
    target = root / INSTALL_DIR
    shutil.copytree(bundle, target, symlinks=True)
    share = root / "usr" / "share"
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / PACKAGE).symlink_to(Path("/") / INSTALL_DIR / APP_NAME)
    assets = REPOSITORY / "assets"
    copy(assets / "desktop" / f"{APP_ID}.desktop", share / "applications" / f"{APP_ID}.desktop")
    metainfo = f"{APP_ID}.metainfo.xml"
    copy(assets / "desktop" / metainfo, share / "metainfo" / metainfo)
    for icon in (assets / "icons").glob("backcoach-*.png"):
        size = icon.stem.split("-")[1]
        copy(icon, share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png")
    copy(
        assets / "icons" / "backcoach.svg", share / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg"
    )
    doc = share / "doc" / PACKAGE
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(copyright_text(), encoding="utf-8")
    (doc / "changelog.gz").write_bytes(gzipped(changelog(assets / "desktop" / metainfo)))
    man = share / "man" / "man1"
    man.mkdir(parents=True)
    (man / f"{PACKAGE}.1.gz").write_bytes(gzipped(manual_page()))
    overrides = share / "lintian" / "overrides"
    overrides.mkdir(parents=True)
    (overrides / PACKAGE).write_text(LINTIAN_OVERRIDES, encoding="utf-8")
    for path in root.rglob("*"):
        if path.is_symlink():
            continue
        program = path.is_file() and path == target / APP_NAME
        path.chmod(0o755 if path.is_dir() or program else 0o644)


def copy(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)


def gzipped(text: str) -> bytes:
    """Compressed as Debian wants: the most, and without a time stamp (reproducible)."""
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", compresslevel=9, mtime=0) as file:
        file.write(text.encode("utf-8"))
    return buffer.getvalue()


def elf_files(bundle: Path) -> list[Path]:
    found = []
    for path in sorted(bundle.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as file:
                if file.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def dependencies(bundle: Path) -> list[str]:
    """The Depends list: the Debian packages of the libraries the bundle links to but does not
    carry; libc6 versioned by the newest GLIBC_ symbol version used."""
    files = elf_files(bundle)
    carried = {path.name for path in bundle.rglob("*")}
    needed: set[str] = set()
    glibc = (2, 0)
    for path in files:
        dump = output(["objdump", "-p", "-T", str(path)])
        needed |= set(re.findall(r"^\s+NEEDED\s+(\S+)$", dump, re.M))
        for version in re.findall(r"\bGLIBC_(\d+)\.(\d+)", dump):
            glibc = max(glibc, (int(version[0]), int(version[1])))
    # The dynamic linker itself comes with libc6, which is versioned below.
    external = {name for name in needed - carried if not name.startswith("ld-linux")}
    # Where the dynamic linker finds them, with the bundle's own folders searched first.
    folders = sorted({str(path.parent) for path in files})
    environment = {**os.environ, "LD_LIBRARY_PATH": ":".join(folders)}
    found: dict[str, str] = {}
    for path in files:
        for name, where in re.findall(
            r"^\s+(\S+) => (\S+)", output(["ldd", str(path)], environment, check=False), re.M
        ):
            if name in external and where != "not":
                found.setdefault(name, where)
    missing = sorted(external - set(found))
    if missing:
        raise LookupError(
            f"the bundle links {', '.join(missing)}, not installed here: install them to build "
            "the package (packaging/debian-packages.sh install bundle window sound)"
        )
    packages = {debian_package(path) for path in found.values()}
    packages.discard("libc6")
    return [f"libc6 (>= {glibc[0]}.{glibc[1]})", *sorted(packages)]


def debian_package(path: str) -> str:
    real = os.path.realpath(path)
    for candidate in (path, real, real.removeprefix("/usr"), "/usr" + real):
        line = output(["dpkg", "-S", candidate], check=False).split("\n")[0]
        if ": " in line:
            return line.split(": ")[0].split(":")[0]
    raise LookupError(f"no Debian package installed {path}")


def write_control(root: Path, architecture: str, depends: list[str]) -> None:
    debian = root / "DEBIAN"
    debian.mkdir()
    size = sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink())
    description = "\n".join(f" {line}" for line in DESCRIPTION.splitlines())
    (debian / "control").write_text(
        f"Package: {PACKAGE}\n"
        f"Version: {__version__}\n"
        f"Architecture: {architecture}\n"
        f"Maintainer: {MAINTAINER}\n"
        f"Installed-Size: {(size + 1023) // 1024}\n"
        f"Depends: {', '.join(depends)}\n"
        f"Recommends: {', '.join(RECOMMENDS)}\n"
        "Section: misc\n"
        "Priority: optional\n"
        f"Homepage: {HOMEPAGE}\n"
        f"Description: {SUMMARY}\n{description}\n",
        encoding="utf-8",
    )
    sums = []
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink() and debian not in path.parents:
            digest = hashlib.md5(path.read_bytes(), usedforsecurity=False).hexdigest()
            sums.append(f"{digest}  {path.relative_to(root)}\n")
    (debian / "md5sums").write_text("".join(sums), encoding="utf-8")
    for path in debian.iterdir():
        path.chmod(0o644)


def copyright_text() -> str:
    licence = (REPOSITORY / "LICENSE").read_text(encoding="utf-8")
    # The licence's terms, from "Permission is hereby granted" on (its copyright line is above).
    terms = licence[licence.index("Permission") :].splitlines()
    body = "\n".join(f" {line}" if line.strip() else " ." for line in terms)
    return (
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        f"Upstream-Name: {APP_NAME}\n"
        f"Source: {HOMEPAGE}\n"
        "Comment: /opt/backcoach is a self-contained bundle: it carries Python, Qt, PySide6,\n"
        " numpy, pyqtgraph and some libraries of Debian's. Each of their licences and\n"
        " notices is in /opt/backcoach/licenses (README.txt says which is which, and\n"
        " libraries.txt which shared library is whose).\n"
        "\n"
        "Files: *\n"
        f"Copyright: {licence.splitlines()[2].removeprefix('Copyright (c) ')}\n"
        "License: MIT\n"
        f"{body.rstrip()}\n"
    )


def changelog(metainfo: Path) -> str:
    """A native package's changelog, from the metainfo's releases (newest first)."""
    entries = []
    for release in ElementTree.parse(metainfo).getroot().iter("release"):
        items = [li.text or "" for li in release.iter("li")] or [
            p.text or "" for p in release.iter("p")
        ]
        when = datetime.fromisoformat(release.get("date", "1970-01-01")).replace(
            hour=12, tzinfo=UTC
        )
        lines = "".join(f"  * {' '.join(item.split())}\n" for item in items)
        entries.append(
            f"{PACKAGE} ({release.get('version')}) stable; urgency=medium\n\n{lines}\n"
            f" -- {MAINTAINER}  {format_datetime(when)}\n"
        )
    return "\n".join(entries)


def manual_page() -> str:
    """backcoach(1): the description and the options, as `backcoach --help` gives them."""
    parser = build_parser()
    help_text = parser.format_help()
    usage, _, rest = help_text.partition("\n\n")
    options = rest.partition("\n\n")[2] if rest.startswith(parser.description or "") else rest

    def roff(text: str) -> str:
        escaped = text.replace("\\", "\\e")
        return "\n".join(
            ("\\&" + line if line.startswith((".", "'")) else line) for line in escaped.splitlines()
        )

    return (
        f'.TH BACKCOACH 1 "" "{APP_NAME} {__version__}" "User Commands"\n'
        ".SH NAME\n"
        f"backcoach \\- {SUMMARY}\n"
        ".SH SYNOPSIS\n"
        f".nf\n{roff(usage.removeprefix('usage: '))}\n.fi\n"
        ".SH DESCRIPTION\n"
        f"{roff(parser.description or '')}\n"
        "Without options it opens its window.\n"
        ".SH OPTIONS\n"
        f".nf\n{roff(options.rstrip())}\n.fi\n"
        ".SH FILES\n"
        "Settings and sessions are kept in ~/.local/share/BackCoach (or $XDG_DATA_HOME).\n"
    )


def output(
    command: list[str], environment: dict[str, str] | None = None, check: bool = True
) -> str:
    return subprocess.run(
        command, capture_output=True, text=True, check=check, env=environment
    ).stdout


if __name__ == "__main__":
    sys.exit(main())
