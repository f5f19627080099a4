"""The impact chart's labels are legible on a 320 px screen."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from tests.sites import REPO, build_at, served

pytestmark = pytest.mark.browser
MINIMUM_PX = 9
"""Smaller than this, chart text is not legible without zoom, and the chart scales down as the page zooms."""


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_at(REPO / "mkdocs.yml", tmp_path_factory.mktemp("site"), datetime(2020, 1, 20, 9, tzinfo=UTC))


@pytest.mark.xfail(
    strict=True,
    reason="At 320 px the impact chart's labels are about 6 px tall and do not grow when the page is zoomed; the "
    "same figures are in the table below each chart. (WCAG 1.4.4)",
)
def test_chart_labels_are_legible_at_320_px(browser: Browser, site: Path) -> None:
    with served(site) as base:
        page = browser.new_page(viewport={"width": 320, "height": 800})
        page.goto(base + "schemes/leeds-institutional/evaluation/")
        heights = page.evaluate(
            "[...document.querySelectorAll('.sb-chart text')].map(t => t.getBBox().height * "
            "t.closest('svg').getBoundingClientRect().width / t.closest('svg').viewBox.baseVal.width)"
        )
        page.close()
    assert heights and min(heights) >= MINIMUM_PX, f"smallest chart label {min(heights):.1f} px"
