"""Generated pages never replace the site's own: a page at an address schemebook publishes is a located error."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from schemebook.model.settings import Pages
from schemebook.read.errors import SchemeError

LABELS = {
    "accessibility": "the accessibility statement",
    "privacy": "the privacy notice",
    "reference": "the field reference",
}


def _page_name(uri: str, pages: Pages) -> str | None:
    """Which movable site-wide page a generated file is, if any."""
    return next((name for name in LABELS if uri == f"{pages.address(name) or '-'}index.md"), None)


def clashes(ours: Mapping[str, str], theirs: Iterable[tuple[str, str]], pages: Pages, where: str) -> list[SchemeError]:
    """A located error for each of the site's files (path, address) at an address a generated file (by address:
    its source name) also takes."""
    problems = []
    for path, url in theirs:
        if url not in ours:
            continue
        name = _page_name(ours[url], pages)
        if name:
            what = LABELS[name]
            hint = (
                f"move or rename your page, or set `pages: {name}: <another address>/` under `plugins: - schemebook:` "
                f"in {where} (or `{name}: false` to keep only your own)"
            )
        else:
            what, hint = f"`{ours[url]}`", "move or rename your file: schemebook publishes at this address"
        problems.append(SchemeError(path, 1, 1, f"the address /{url} is also where schemebook publishes {what}", hint))
    return problems
