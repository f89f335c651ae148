"""Reading a PDF the way a person would, with poppler's tools: its pages, its text, and where
each word sits on its page."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

from tests.ci_provides import needs_program

needs_poppler = needs_program("pdftotext", "poppler-utils")
HAS_POPPLER = shutil.which("pdftotext") is not None


def page_count(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    return int(re.search(r"^Pages:\s+(\d+)", info.stdout, re.M).group(1))


def page_size(pdf: Path) -> str:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    return re.search(r"^Page size:\s+(.*)$", info.stdout, re.M).group(1)


def _pdftotext(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True)
    # The font's ligatures ("ﬂ" in "floor") read back as the letters they join.
    return unicodedata.normalize("NFKC", out.stdout).replace("\ufb02", "fl")


def text_of(pdf: Path) -> str:
    """The text, its lines joined, so a phrase wrapped across lines is found whole."""
    return " ".join(_pdftotext(pdf).split())


def pages_text(pdf: Path) -> list[str]:
    return [" ".join(page.split()) for page in _pdftotext(pdf).split("\f")[:-1]]


def word_boxes(pdf: Path) -> list[tuple[int, float, float, str]]:
    """Every word as (page, its bottom, the page's height, the word), in points."""
    out = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    found = []
    for number, page in enumerate(re.findall(r"<page [^>]*>.*?</page>", out, re.S), start=1):
        height = float(re.search(r'height="([\d.]+)"', page).group(1))
        for y_max, word in re.findall(r'<word [^>]*yMax="([\d.]+)">([^<]*)</word>', page):
            found.append((number, float(y_max), height, word))
    return found


def render_png(pdf: Path, out_dir: Path) -> list[Path]:
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(pdf), str(out_dir / "page")], check=True)
    return sorted(out_dir.glob("page-*.png"))
