"""Colours as Chromium renders them, measured against the real background behind them: text, links, focus rings
and the impact chart, in the light palette and under forced colours (a Windows high-contrast theme)."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from schemebook.contrast import ratio
from tests.conftest import MKDOCS_YML, scheme_project
from tests.sites import REPO, build_at, served

pytestmark = pytest.mark.browser
PAGES = ("", "schemes/leeds-institutional/evaluation/", "schemes/nottingham-stemm-change/sign-up/")

# Each sample: its colour and the first opaque background behind it, both as computed rgb() strings.
SAMPLES = """() => {
  const clear = c => c === "transparent" || /rgba\\(.*, 0\\)$/.test(c);
  const back = el => {
    for (; el; el = el.parentElement) {
      const c = getComputedStyle(el).backgroundColor;
      if (!clear(c)) return c;
    }
    return getComputedStyle(document.documentElement).backgroundColor;
  };
  const take = (kind, el, colour, of) =>
    ({kind, name: (el.textContent || "").trim().slice(0, 40), colour, back: back(of || el)});
  const out = [];
  for (const el of document.querySelectorAll(".md-typeset p, .md-typeset li"))
    out.push(take("text", el, getComputedStyle(el).color));
  for (const el of document.querySelectorAll(".md-header__topic .md-ellipsis"))
    out.push(take("header", el, getComputedStyle(el).color));
  for (const el of document.querySelectorAll(".md-typeset a, .md-copyright a"))
    out.push(take("link", el, getComputedStyle(el).color));
  for (const el of document.querySelectorAll(".sb-chart text, .sb-chart rect"))
    out.push(take("chart", el, getComputedStyle(el).fill, el.closest("svg")));
  return out;
}"""


def hex_of(rgb: str) -> str:
    """#rrggbb from a computed `rgb(r, g, b)`; alpha is ignored (none of the sampled colours is translucent)."""
    r, g, b = (int(float(v)) for v in re.findall(r"[\d.]+", rgb)[:3])
    return f"#{r:02x}{g:02x}{b:02x}"


def low_contrast(page: Page, where: str) -> list[str]:
    """Every sampled colour under 4.5:1 (text, links) or 3:1 (chart marks) against its background."""
    problems = []
    for s in page.evaluate(SAMPLES):
        found = ratio(hex_of(s["colour"]), hex_of(s["back"]))
        if found < (3 if s["kind"] == "chart" else 4.5):
            problems.append(f"{where}: {s['kind']} {s['name']!r} {s['colour']} on {s['back']}: {found:.2f}:1")
    return problems


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_at(REPO / "mkdocs.yml", tmp_path_factory.mktemp("site"), datetime(2020, 1, 20, 9, tzinfo=UTC))


@pytest.mark.parametrize("mode", ["light", "forced"])
def test_text_links_and_chart_are_legible(browser: Browser, site: Path, mode: str) -> None:
    context = browser.new_context(forced_colors="active" if mode == "forced" else "none", color_scheme="dark")
    page = context.new_page()
    problems: list[str] = []
    with served(site) as base:
        for path in PAGES:
            page.goto(base + path)
            problems += low_contrast(page, f"{path or 'home'} ({mode})")
    context.close()
    assert problems == [], "\n".join(problems)


def test_the_chart_is_sampled(browser: Browser, site: Path) -> None:
    with served(site) as base:
        page = browser.new_page()
        page.goto(base + PAGES[1])
        kinds = {s["kind"] for s in page.evaluate(SAMPLES)}
        page.close()
    assert kinds == {"text", "link", "chart", "header"}


def test_brand_colours_are_the_colours_shown(browser: Browser, tmp_path: Path) -> None:
    config = scheme_project(tmp_path)
    brand = "  - schemebook:\n      brand: {primary: '#1d3f6e', link: '#7a1f3d'}\n"
    config.write_text(MKDOCS_YML.replace("  - schemebook\n", brand), encoding="utf-8")
    built = build_at(config, tmp_path / "site", datetime(2030, 1, 20, 9, tzinfo=UTC))
    with served(built) as base:
        page = browser.new_page()
        page.goto(base + "schemes/test-scheme/")
        header = page.evaluate("getComputedStyle(document.querySelector('.md-header')).backgroundColor")
        link = page.evaluate("getComputedStyle(document.querySelector('.md-typeset a[href]')).color")
        problems = low_contrast(page, "branded")
        page.close()
    assert (hex_of(header), hex_of(link)) == ("#1d3f6e", "#7a1f3d")
    assert problems == [], "\n".join(problems)


def test_the_focus_ring_stands_out(browser: Browser, site: Path) -> None:
    with served(site) as base:
        page = browser.new_page()
        page.goto(base + PAGES[2])
        page.locator(".md-typeset a").first.focus()
        page.keyboard.press("Shift+Tab")
        page.keyboard.press("Tab")
        ring = page.evaluate(
            "() => { const s = getComputedStyle(document.activeElement); return [s.outlineColor, s.outlineStyle]; }"
        )
        back = page.evaluate(
            "() => getComputedStyle(document.querySelector('.md-main') || document.body).backgroundColor"
        )
        page.close()
    assert ring[1] == "solid"
    # The ring is a light outline around a dark halo: the halo is what must stand out from the page.
    assert (
        ratio(hex_of(ring[0]), "#0b0c0c") >= 3
        and ratio("#0b0c0c", hex_of(back) if "0)" not in back else "#ffffff") >= 3
    )
