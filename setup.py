"""setuptools reads the project from pyproject.toml; this file gives it the one field that
cannot be written there statically: the long description PyPI shows.

It is README.md with its relative links and images made absolute (to the repository on GitHub),
because PyPI shows the README out of the repository, where a relative link leads nowhere and a
relative image is not shown. tests/test_packaging.py checks the result; `make dist` checks it
with `twine check --strict`.
"""

from __future__ import annotations

import re
from pathlib import Path

REPOSITORY_URL = "https://github.com/backcoach/backcoach"
RAW_URL = "https://raw.githubusercontent.com/backcoach/backcoach"
BRANCH = "main"
_LINK = re.compile(r"(!?)\[([^\]]*)\]\(([^)\s]+)\)")


def long_description(readme: str) -> str:
    """The README with every relative link and image made absolute."""

    def absolute(match: re.Match[str]) -> str:
        image, text, target = match.groups()
        if re.match(r"[a-z][a-z0-9+.-]*:", target) or target.startswith("#"):
            return match[0]  # a web address or an anchor in the page: already absolute
        base = f"{RAW_URL}/{BRANCH}" if image else f"{REPOSITORY_URL}/blob/{BRANCH}"
        return f"{image}[{text}]({base}/{target.removeprefix('./')})"

    return _LINK.sub(absolute, readme)


if __name__ == "__main__":  # setuptools runs this file as __main__; tests import it
    from setuptools import setup

    readme = (Path(__file__).parent / "README.md").read_text(encoding="utf-8")
    setup(
        long_description=long_description(readme),
        long_description_content_type="text/markdown",
    )
