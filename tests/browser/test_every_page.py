"""Every page of the example site in Chromium, and two of each kind at phone width, in the dark palette and with the
navigation drawer open (light and dark): no accessibility violations, no navigation landmark without a name, no
outside requests, no script errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from tests.browser.test_tab_walk import kind
from tests.browser.test_tab_walk import one_of_each_kind as one_of_each_template
from tests.sites import REPO, served

pytestmark = pytest.mark.browser
AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
VIEWPORTS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}


def pages(site: Path) -> list[str]:
    """Every HTML page of the site, as paths relative to its root."""
    return sorted(str(p.relative_to(site)) for p in site.rglob("*.html"))


def two_of_each_kind(site: Path, paths: list[str]) -> list[str]:
    """The first and the largest page of each template (a role's pages are one kind, whichever role): the largest
    holds the most kinds of content the template gives, where colours could differ."""
    kinds: dict[str, list[str]] = {}
    for path in paths:
        kinds.setdefault(kind(path), []).append(path)
    size = {path: (site / path).stat().st_size for path in paths}
    return sorted({chosen for group in kinds.values() for chosen in (group[0], max(group, key=size.__getitem__))})


# Navigation landmarks and what names them: aria-label, or the text of what aria-labelledby points to.
UNNAMED_NAVIGATION = """() => [...document.querySelectorAll('nav, [role=navigation]')].filter(nav => {
  const by = (nav.getAttribute('aria-labelledby') || '').split(/\\s+/).filter(Boolean);
  const text = by.map(id => document.getElementById(id)?.textContent || '').join(' ');
  const name = nav.getAttribute('aria-label') || text;
  return !name.trim(); }).map(nav => nav.className)"""


def check_pages(
    browser: Browser,
    base: str,
    paths: list[str],
    viewport: str,
    colours: str = "light",
    drawer: bool = False,
    index: dict | None = None,
    skip: tuple[str, ...] = (),
) -> list[str]:
    """Open every page at one viewport and palette, with the navigation drawer open if asked, with `index` as the
    search index if given and the axe-core rules in `skip` left out; returns each violation, unnamed navigation
    landmark, outside request and script error."""
    problems: list[str] = []
    # The pages' content policy would stop axe-core, which the test adds as an inline script.
    context = browser.new_context(viewport=VIEWPORTS[viewport], color_scheme=colours, bypass_csp=True)
    # Given once for every page the context opens, rather than sent with each page: a fifth less time a page.
    context.add_init_script(path=str(AXE))
    if index is not None:
        context.route("**/search/search_index.json", lambda route: route.fulfill(json=index))
    page = context.new_page()
    page.on("request", lambda r: None if r.url.startswith(base) else problems.append(f"outside request: {r.url}"))
    page.on("pageerror", lambda e: problems.append(f"script error on {page.url}: {e}"))
    page.on("console", lambda m: problems.append(f"console on {page.url}: {m.text}") if m.type == "error" else None)
    for path in paths:
        page.goto(base + path)
        where = f"{path} ({viewport}, {colours}{', drawer open' if drawer else ''})"
        if drawer:
            page.click('[data-sb-toggle="__drawer"]')
            page.wait_for_function("() => document.activeElement.closest('.md-sidebar--primary')")
        problems += [f"{where}: navigation landmark without a name: {c}" for c in page.evaluate(UNNAMED_NAVIGATION)]
        if (lang := page.evaluate("document.documentElement.lang")) != "en-GB":
            problems.append(f"{where}: lang is {lang!r}, not en-GB")
        broken = page.evaluate("[...document.images].filter(i => !i.complete || !i.naturalWidth).map(i => i.src)")
        problems += [f"{where}: image does not load: {src}" for src in broken]
        # Only violations are read, and asking for only them makes axe skip the work of listing passes.
        result = page.evaluate(
            """([tags, skip]) => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations'],
                rules: Object.fromEntries(skip.map(id => [id, {enabled: false}]))})""",
            [TAGS, list(skip)],
        )
        for violation in result["violations"]:
            for node in violation["nodes"]:
                problems.append(f"{where}: {violation['id']}: {node['target']} {node['failureSummary'][:200]}")
    context.close()
    return problems


def first_entries(site: Path) -> dict:
    """The site's search index with only its first entry: what every page's search loads, at a fraction of the work."""
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    return {**index, "docs": index["docs"][:1]}


SHARDS = 2
"""The every-page check in parts, one a worker (`--dist loadgroup`), as it is the longest test of the suite."""


@pytest.mark.parametrize(
    "shard", [pytest.param(n, marks=pytest.mark.xdist_group(f"every-page-{n}")) for n in range(SHARDS)]
)
def test_every_page_is_accessible_private_and_error_free(browser: Browser, site: Path, shard: int) -> None:
    if not AXE.is_file():
        pytest.fail("axe-core is missing: `make test` installs it from npm")
    found = pages(site)
    assert len(found) >= 40 and "index.html" in found and "404.html" in found
    with served(site) as base:
        # Every page at desktop width. The search index is the same file on every page and its building in the
        # browser, the same work each time, grows with the site: the pages of this pass get a one-entry index;
        # those of the phone and dark passes, two of each kind, the real one.
        # Colour contrast, the costliest rule, depends on the theme's styles and the palette, which scheme text
        # cannot change (it is sanitised to an allow-list without styles): it is checked on two pages of each kind
        # in both palettes and at both widths below, every other rule on every page.
        problems = check_pages(
            browser, base, found[shard::SHARDS], "desktop", index=first_entries(site), skip=("color-contrast",)
        )
        # Two of each kind (split between the parts) with every rule: at desktop width, at phone width, where the
        # layout but not the content changes, and in the dark palette, where only the colours change.
        kinds = two_of_each_kind(site, found)[shard::SHARDS]
        problems += check_pages(browser, base, kinds, "desktop")
        problems += check_pages(browser, base, kinds, "phone")
        problems += check_pages(browser, base, kinds, "desktop", colours="dark")
    assert problems == [], "\n".join(problems)


def test_with_the_drawer_open_pages_are_accessible_light_and_dark(browser: Browser, site: Path) -> None:
    # On a phone, where the drawer's panel titles and buttons show: one page of each template, as the drawer
    # differs by template, not by scheme.
    problems: list[str] = []
    with served(site) as base:
        for colours in ("light", "dark"):
            problems += check_pages(browser, base, one_of_each_template(site), "phone", colours, drawer=True)
    assert problems == [], "\n".join(problems)
