"""Colours as Chromium renders them, measured against the real background behind them: text, links, focus rings
and the impact chart, in the light and dark palettes and under forced colours (a Windows high-contrast theme)."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from schemebook.render.contrast import SLATE, passing_shade, ratio
from tests.conftest import MKDOCS_YML, scheme_project
from tests.sites import SIGN_UP_PAGE, build_at, served, sign_up_project

pytestmark = pytest.mark.browser
PAGES = ("", "schemes/leeds-institutional/evaluation/", "schemes/nottingham-stemm-change/sign-up/")

# Each sample: its colour and the backgrounds behind it, nearest first, down to the first opaque one (Material's
# dark palette draws text and footers translucent), all as computed rgb() or rgba() strings.
SAMPLES = """() => {
  const alpha = c => { const m = c.match(/rgba\\(.*, ([\\d.]+)\\)$/); return m ? +m[1] : 1; };
  const back = el => {
    const found = [];
    for (; el; el = el.parentElement) {
      const c = getComputedStyle(el).backgroundColor;
      if (c !== "transparent" && alpha(c) > 0) found.push(c);
      if (found.length && alpha(found[found.length - 1]) === 1) return found;
    }
    return [...found, "rgb(255, 255, 255)"];
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
  // The open drawer's panel title (Back from ...): only where it shows.
  for (const el of document.querySelectorAll(".md-nav--primary .md-nav__title:not([for=__drawer])"))
    if (el.checkVisibility() && !el.closest("[inert]")) out.push(take("drawer title", el, getComputedStyle(el).color));
  for (const el of document.querySelectorAll(".sb-chart text, .sb-chart rect"))
    out.push(take("chart", el, getComputedStyle(el).fill, el.closest("svg")));
  // A focused link or button takes Material's accent colour: read it with transitions off, so it is the final one.
  const still = document.head.appendChild(document.createElement("style"));
  still.textContent = "* { transition: none !important; }";
  const focused = (kind, el) => { el.focus(); out.push(take(kind, el, getComputedStyle(el).color)); el.blur(); };
  document.querySelectorAll(".md-typeset .md-button").forEach(el => focused("focused button", el));
  const link = document.querySelector(".md-typeset a:not(.md-button)");
  if (link) focused("focused link", link);
  still.remove();
  return out;
}"""


def hex_of(colour: str, behind: str = "#ffffff") -> str:
    """#rrggbb of a computed `rgb()` or `rgba()` colour as seen over the opaque #rrggbb `behind`."""
    r, g, b, *a = (float(v) for v in re.findall(r"[\d.]+", colour)[:4])
    alpha = a[0] if a else 1.0
    under = [int(behind[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(c * alpha + u * (1 - alpha)):02x}" for c, u in zip((r, g, b), under, strict=True))


def backdrop(backs: list[str]) -> str:
    """#rrggbb of a stack of computed backgrounds, nearest first, the last opaque."""
    behind = "#ffffff"
    for back in reversed(backs):
        behind = hex_of(back, behind)
    return behind


def low_contrast(samples: list[dict], where: str) -> list[str]:
    """Every sampled colour under 4.5:1 (text, links) or 3:1 (chart marks) against its background."""
    problems = []
    for s in samples:
        behind = backdrop(s["back"])
        found = ratio(hex_of(s["colour"], behind), behind)
        if found < (3 if s["kind"] == "chart" else 4.5):
            problems.append(f"{where}: {s['kind']} {s['name']!r} {s['colour']} on {s['back']}: {found:.2f}:1")
    return problems


BUILT = datetime(2020, 1, 20, 9, tzinfo=UTC)
READ = datetime(2020, 1, 20, 10, tzinfo=UTC)  # an hour after the build: what was open then is still open


@pytest.mark.parametrize(
    ("mode", "scheme"),
    [("light", "default"), ("dark", "slate"), ("forced", "slate")],
    ids=["light", "dark", "forced"],
)
def test_text_links_and_chart_are_legible(browser: Browser, site: Path, mode: str, scheme: str) -> None:
    # The dark palette follows the reader's setting; forced colours are tried as a dark high-contrast theme.
    context = browser.new_context(
        forced_colors="active" if mode == "forced" else "none", color_scheme="light" if mode == "light" else "dark"
    )
    page = context.new_page()
    page.clock.install(time=READ)
    problems: list[str] = []
    kinds: set[str] = set()
    with served(site) as base:
        for path in PAGES:
            page.goto(base + path)
            shown = page.evaluate("document.body.dataset.mdColorScheme")
            problems += [f"{path or 'home'} ({mode}): palette {shown}"] if shown != scheme else []
            samples = page.evaluate(SAMPLES)
            kinds |= {s["kind"] for s in samples}
            problems += low_contrast(samples, f"{path or 'home'} ({mode})")
    context.close()
    assert problems == [], "\n".join(problems)
    # Every kind was found on these pages (the example schemes give no form, so no Apply button: see below).
    assert kinds == {"text", "link", "chart", "header", "focused link"}


@pytest.mark.parametrize("colours", ["light", "dark"])
def test_the_open_drawer_panel_title_is_legible(browser: Browser, site: Path, colours: str) -> None:
    context = browser.new_context(color_scheme=colours, viewport={"width": 390, "height": 844})
    page = context.new_page()
    with served(site) as base:
        page.goto(base + "schemes/leeds-institutional/")
        page.click('[data-sb-toggle="__drawer"]')
        samples = [s for s in page.evaluate(SAMPLES) if s["kind"] == "drawer title"]
    context.close()
    assert len(samples) == 1, samples
    problems = low_contrast(samples, f"drawer ({colours})")
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("colours", ["light", "dark"])
def test_a_focused_apply_button_is_legible(browser: Browser, tmp_path: Path, colours: str) -> None:
    config = sign_up_project(tmp_path)
    built = build_at(config, config.parent / "site", BUILT)
    context = browser.new_context(color_scheme=colours)
    page = context.new_page()
    page.clock.install(time=READ)
    with served(built) as base:
        page.goto(base + SIGN_UP_PAGE)
        samples = page.evaluate(SAMPLES)
    context.close()
    assert [s["kind"] for s in samples].count("focused button") >= 1
    problems = low_contrast(samples, f"sign-up ({colours})")
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize(("scheme", "link"), [("default", "#7a1f3d"), ("slate", passing_shade("#7a1f3d", SLATE))])
def test_brand_colours_are_the_colours_shown(browser: Browser, tmp_path: Path, scheme: str, link: str) -> None:
    # A named palette (indigo by default), which the brand's colours must outrank, in the light or dark scheme.
    config = scheme_project(tmp_path)
    brand = "  - schemebook:\n      brand: {primary: '#1d3f6e', link: '#7a1f3d'}\n"
    text = MKDOCS_YML.replace("  - schemebook\n", brand).replace(
        "  font: false\n", f"  font: false\n  palette: {{scheme: {scheme}}}\n"
    )
    config.write_text(text, encoding="utf-8")
    built = build_at(config, tmp_path / "site", datetime(2030, 1, 20, 9, tzinfo=UTC))
    with served(built) as base:
        page = browser.new_page()
        page.goto(base + "schemes/test-scheme/")
        header = page.evaluate("getComputedStyle(document.querySelector('.md-header')).backgroundColor")
        shown = page.evaluate("getComputedStyle(document.querySelector('.md-typeset a[href]')).color")
        problems = low_contrast(page.evaluate(SAMPLES), "branded")
        page.close()
    assert (hex_of(header), hex_of(shown)) == ("#1d3f6e", link)
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("colours", ["light", "dark"])
def test_the_focus_ring_stands_out(browser: Browser, site: Path, colours: str) -> None:
    with served(site) as base:
        page = browser.new_page(color_scheme=colours)
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
    # The ring is a light outline around a dark halo, which stand out from each other and, one or the other, from
    # the page: the halo from a light page, the outline from a dark one.
    page_colour = backdrop([back])
    assert ratio(hex_of(ring[0]), "#0b0c0c") >= 3
    assert max(ratio("#0b0c0c", page_colour), ratio(hex_of(ring[0]), page_colour)) >= 3
