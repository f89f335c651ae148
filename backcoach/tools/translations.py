"""`make translations`: update the .ts sources from the code and build the .qm files.

    python -m backcoach.tools.translations          # update, build, and check
    python -m backcoach.tools.translations --check  # only check (what CI and the tests ask)

pyside6-lupdate reads every `XText.tr(...)` and `QT_TRANSLATE_NOOP(...)` of the package into
assets/translations/backcoach_<language>.ts (without line numbers, so that a change elsewhere in
a file does not touch the translations); English gets only the plural forms (`%n`), which its
source text cannot spell. The pseudo-language is written here, from the English, so that it
never needs translating. pyside6-lrelease then builds each .qm. docs/translating.md says more.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from backcoach.core.i18n import PSEUDO_LANGUAGE, SHIPPED_LANGUAGES, qm_name, ts_name

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "assets" / "translations"
SOURCES = ROOT / "backcoach"
# Accented look-alikes, so that a string that was never wrapped stands out in plain ASCII.
_ACCENTS = str.maketrans(
    "AaCcEeIiOoUuNnYySs",
    "ÅåÇçÉéÎîÖöÜüÑñÝýŠš",
)


def _tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6-Essentials (pip install -e .)")
    return found


def pseudo(text: str) -> str:
    """A string about 30% longer (the growth localisation guides plan for), accented, in
    brackets: "Start" -> "[Štårt ~]". Placeholders,
    %n, markup and & mnemonics stay as they are, so the app still works in it."""
    out: list[str] = []
    depth, entity = 0, False
    for char in text:
        if char in "{<":
            depth += 1
        entity = entity or char == "&" and re.match(r"&[a-z]+;", text[len(out) :]) is not None
        if depth or entity or char == "%":
            out.append(char)
        else:
            out.append(char.translate(_ACCENTS))
        if char in "}>":
            depth = max(0, depth - 1)
        entity = entity and char != ";"
    body = "".join(out).replace("%ñ", "%n")
    padding = "~" * max(1, len(text) * 3 // 10 - 2)
    return f"[{body} {padding}]"


def lupdate(languages: list[str], *, plural_only: bool = False) -> None:
    for language in languages:
        command = [_tool("pyside6-lupdate"), "-extensions", "py", "-locations", "none"]
        command += ["-no-obsolete", "-source-language", "en", "-target-language", language]
        if plural_only:
            command.append("-pluralonly")
        command += [str(SOURCES), "-ts", str(FOLDER / ts_name(language))]
        subprocess.run(command, check=True, capture_output=True)


def write_pseudo() -> None:
    """backcoach_pseudo.ts from the German one's sources, every entry finished."""
    tree = ElementTree.parse(FOLDER / ts_name(SHIPPED_LANGUAGES[0]))
    root = tree.getroot()
    root.set("language", "de_DE")  # two plural forms, like English
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        forms = translation.findall("numerusform")
        if forms:
            for form in forms:
                form.text = pseudo(source)
            while len(translation.findall("numerusform")) < 2:
                ElementTree.SubElement(translation, "numerusform").text = pseudo(source)
        else:
            translation.text = pseudo(source)
    tree.write(FOLDER / ts_name(PSEUDO_LANGUAGE), encoding="utf-8", xml_declaration=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )


def all_languages() -> list[str]:
    return ["en", *SHIPPED_LANGUAGES, PSEUDO_LANGUAGE]


def stale_qm() -> list[str]:
    """The .qm files that differ from what lrelease builds from their .ts now."""
    stale = []
    with tempfile.TemporaryDirectory() as scratch:
        for language in all_languages():
            fresh = Path(scratch) / qm_name(language)
            lrelease(FOLDER / ts_name(language), fresh)
            shipped = FOLDER / qm_name(language)
            if not shipped.exists() or shipped.read_bytes() != fresh.read_bytes():
                stale.append(shipped.name)
    return stale


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only say what is out of date")
    args = parser.parse_args(argv)
    if not args.check:
        lupdate(list(SHIPPED_LANGUAGES))
        lupdate(["en"], plural_only=True)
        write_pseudo()
        for language in all_languages():
            lrelease(FOLDER / ts_name(language), FOLDER / qm_name(language))
    stale = stale_qm()
    for name in stale:
        print(f"{name} is out of date: run make translations", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
