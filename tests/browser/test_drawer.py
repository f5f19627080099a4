"""The navigation drawer opened by keyboard at phone and tablet widths, on one page of each kind: every Tab and
Shift+Tab stop is seen and inside the drawer until it closes, every panel is opened and left by a button, and
Escape closes the drawer, back to the Menu button."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from tests.browser.focus import walk
from tests.browser.test_tab_walk import one_of_each_kind
from tests.sites import served

pytestmark = pytest.mark.browser
WIDTHS = (390, 1024)
STOPS = """() => document.querySelectorAll(
  '.md-sidebar--primary a[href], .md-sidebar--primary button, .md-sidebar--primary input').length"""
"""How many stops the drawer could have: a walk ends when focus comes round to a stop again, so within that many
(a site lists as many schemes as it has, so no fixed number is enough)."""
INSIDE = "() => !!document.activeElement.closest('.md-sidebar--primary')"
OPEN = "() => document.getElementById('__drawer').checked"
BUTTONS = """() => [...document.querySelectorAll('.md-sidebar--primary button[data-sb-panel]:not(.md-nav__title)')]
  .filter(b => !b.closest('[inert]') && b.getClientRects().length).map(b => b.getAttribute('aria-label'))"""


def open_drawer(page: Page) -> None:
    """Menu pressed from the keyboard, as a reader does."""
    page.focus('[data-sb-toggle="__drawer"]')
    page.keyboard.press("Enter")
    assert page.evaluate(OPEN) and page.evaluate(INSIDE), "Menu must open the drawer and move focus into it"


def walk_panel(page: Page, where: str) -> list[str]:
    """Tab and Shift+Tab round the panel on show: each stop's problems, and any stop outside the drawer."""
    problems = []
    limit = page.evaluate(STOPS) + 2
    for key in ("Tab", "Shift+Tab"):
        stops = walk(page, key, limit)
        assert len(stops) < limit, f"{where}: {key} never came round"
        problems += [
            f"{where} {key} {s['tag']} {s['name']!r}: {', '.join(s['problems'])}" for s in stops if s["problems"]
        ]
        if not page.evaluate(INSIDE):
            problems.append(f"{where}: {key} left the open drawer")
    return problems


@pytest.mark.parametrize("width", WIDTHS)
def test_the_open_drawer_keeps_every_tab_stop_visible_and_inside_it(browser: Browser, site: Path, width: int) -> None:
    context = browser.new_context(viewport={"width": width, "height": 800}, reduced_motion="reduce")
    page = context.new_page()
    problems: list[str] = []
    entered: set[str] = set()  # a panel on every page (Schemes, Reports) is walked on the first
    with served(site) as base:
        for path in one_of_each_kind(site):
            page.goto(base + path.removesuffix("index.html"))
            open_drawer(page)
            where = f"{path} at {width}px"
            problems += walk_panel(page, where)
            # Back to the top panel, then into each of its panels and back out, by keyboard only.
            while page.evaluate(
                "() => !!document.querySelector('.md-sidebar--primary button.md-nav__title:not([inert])"
                ":not([data-sb-covered] *)')"
            ):
                page.focus(".md-sidebar--primary button.md-nav__title:not([data-sb-covered] *)")
                page.keyboard.press("Enter")
            for name in page.evaluate(BUTTONS):
                if name in entered:
                    continue
                entered.add(name)
                page.focus(f'.md-sidebar--primary button[aria-label="{name}"]')
                page.keyboard.press("Enter")
                back = page.evaluate("document.activeElement.getAttribute('aria-label') || ''")
                if not back.startswith("Back from "):
                    problems.append(f"{where}: {name!r} did not move focus to its panel's Back button")
                    continue
                problems += walk_panel(page, f"{where}, panel {name!r}")
                page.focus(f'.md-sidebar--primary button[aria-label="{back}"]')
                page.keyboard.press("Enter")
                if page.evaluate("document.activeElement.getAttribute('aria-label')") != name:
                    problems.append(f"{where}: {back!r} did not return focus to {name!r}")
            page.keyboard.press("Escape")
            if page.evaluate(OPEN) or page.evaluate("document.activeElement.getAttribute('aria-label')") != "Menu":
                problems.append(f"{where}: Escape did not close the drawer back to Menu")
    context.close()
    assert problems == [], "\n".join(problems)


def test_the_reports_section_lists_every_year_and_opens_none_of_them(browser: Browser, site: Path) -> None:
    years = sorted(p.parent.name for p in (site / "reports").glob("*/index.html"))
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    with served(site) as base:
        page.goto(base + f"reports/{years[-1]}/")
        listed = page.evaluate(
            """() => { const section = [...document.querySelectorAll('.md-nav--primary .md-nav__item--nested')]
              .find(item => item.querySelector('.md-ellipsis').textContent.trim() === 'Reports');
              return [[...section.querySelectorAll(':scope > .md-nav a')].map(a => a.pathname),
                      [...section.querySelectorAll(':scope > a, :scope > .md-nav__container > a')].length]; }"""
        )
    page.close()
    assert listed == [[f"/reports/{year}/" for year in years], 0], listed
