"""The impact chart's labels are legible on a 320 px screen, and when that screen is zoomed to 200%."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser

from tests.sites import served

pytestmark = pytest.mark.browser
MINIMUM_PX = 10
"""Smaller than this, chart text is hard to read without zoom."""


@pytest.mark.parametrize("width", [320, 160], ids=["320px", "320px-zoomed-200pc"])
def test_chart_labels_are_legible_at_320_px(browser: Browser, site: Path, width: int) -> None:
    # A 320 px screen zoomed to 200% lays the page out 160 CSS px wide: the labels must keep their CSS size there.
    with served(site) as base:
        page = browser.new_page(viewport={"width": width, "height": 800})
        page.goto(base + "schemes/leeds-institutional/evaluation/")
        heights = page.evaluate(
            "[...document.querySelectorAll('.sb-chart text')].map(t => t.getBBox().height * "
            "t.closest('svg').getBoundingClientRect().width / t.closest('svg').viewBox.baseVal.width)"
        )
        figure = page.locator(".sb-figure").first
        region = figure.evaluate("f => [f.getAttribute('role'), f.tabIndex, f.getAttribute('aria-label')]")
        page.close()
    assert heights and min(heights) >= MINIMUM_PX, f"smallest chart label {min(heights):.1f} px"
    # Wider than the screen, the chart scrolls in its figure, which a keyboard can reach.
    assert region[:2] == ["region", 0] and region[2].startswith("Chart: "), region
