"""One page of each kind, walked with Tab and Shift+Tab at phone, tablet and desktop widths, as a keyboard user
does: every stop has a size, is on screen, is not covered (by the sticky header or anything else) and shows its
focus ring, on screen; so does the field reference, with its tall wide tables, on a 320 by 256 screen (1280 by 1024
at 400%)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from tests.browser.focus import walk
from tests.sites import served

pytestmark = pytest.mark.browser
# Material's layouts change at 45, 60 and 76.25em: 320 is the narrowest phone layout (390 shares it, and the
# drawer test walks it), 1024 the tablet one with its own sidebar, 1280 the full desktop.
WIDTHS = (320, 1024, 1280)
PAGE_KINDS = ("faq", "sign-up", "support", "themes", "evaluation", "timeline", "print")
LIMIT = 1500
"""More stops than any page has: the walk forward ends when focus leaves the page."""
BACK = 40
"""Shift+Tab from the end: the stops that scroll up under the sticky header."""


def kind(path: str) -> str:
    """Pages of one kind share a template: a scheme's role pages are one kind, whichever scheme or role."""
    if not path.startswith("schemes/"):
        return re.sub(r"^reports/[^/]+/", "reports/*/", path)
    rest = path.split("/")[2:-1]
    return "schemes/*/" + "/".join(part if part in PAGE_KINDS else "role" for part in rest)


def one_of_each_kind(site: Path) -> list[str]:
    """The first page, in path order, of each kind."""
    chosen: dict[str, str] = {}
    for page in sorted(str(p.relative_to(site)) for p in site.rglob("*.html")):
        chosen.setdefault(kind(page), page)
    return sorted(chosen.values())


@pytest.mark.parametrize("width", WIDTHS)
def test_every_tab_stop_is_seen(browser: Browser, site: Path, width: int) -> None:
    paths = one_of_each_kind(site)
    assert len(paths) >= 14 and "404.html" in paths and "schemes/*/role" in {kind(p) for p in paths}
    problems: list[str] = []
    # Reduced motion: Material's search overlay fades out over 250 ms after the search field loses focus, and a
    # walk at machine speed would see it over the next stops where no reader does.
    context = browser.new_context(viewport={"width": width, "height": 800}, reduced_motion="reduce")
    page = context.new_page()
    with served(site) as base:
        for path in paths:
            page.goto(base + path.removesuffix("index.html"))
            forward = walk(page, "Tab", LIMIT)
            page.goto(base + path.removesuffix("index.html"))  # from the top again: Shift+Tab goes round to the end
            backward = walk(page, "Shift+Tab", BACK)
            assert forward and backward, f"{path}: no Tab stop at all"
            problems += [
                f"{path} at {width}px, {key} stop {n} {stop['tag']} {stop['name']!r}: {', '.join(stop['problems'])}"
                for key, stops in (("Tab", forward), ("Shift+Tab", backward))
                for n, stop in enumerate(stops, 1)
                if stop["problems"]
            ]
    context.close()
    assert problems == [], "\n".join(problems)


def test_every_stop_on_the_field_reference_shows_focus_at_320_by_256(browser: Browser, site: Path) -> None:
    # Its tables are wider and taller than the screen: a ring drawn outside their edges would never be seen.
    context = browser.new_context(viewport={"width": 320, "height": 256}, reduced_motion="reduce")
    page = context.new_page()
    with served(site) as base:
        page.goto(base + "reference/")
        stops = walk(page, "Tab", LIMIT)
    context.close()
    regions = [stop for stop in stops if stop["name"].startswith("Table")]
    assert len(stops) > 50 and regions, f"{len(stops)} stops, {len(regions)} table regions"
    problems = [f"stop {n} {s['tag']} {s['name']!r}: {', '.join(s['problems'])}" for n, s in enumerate(stops, 1)]
    assert [p for p, s in zip(problems, stops, strict=True) if s["problems"]] == []
