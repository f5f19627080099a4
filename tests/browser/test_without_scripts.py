"""With scripts off, the pages still work where they can: the navigation drawer opens from Material's label."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser

from tests.sites import served

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(("scripts", "shown"), [(False, ".sb-menu-label"), (True, ".sb-menu-button")])
def test_one_menu_control_shows_on_a_phone(browser: Browser, site: Path, scripts: bool, shown: str) -> None:
    context = browser.new_context(java_script_enabled=scripts, viewport={"width": 390, "height": 844})
    page = context.new_page()
    with served(site) as base:
        page.goto(base + "schemes/leeds-institutional/")
        visible = [s for s in (".sb-menu-label", ".sb-menu-button") if page.locator(s).is_visible()]
        assert visible == [shown]
        page.locator(shown).click()
        assert page.evaluate("document.getElementById('__drawer').checked")
        assert page.locator(".md-sidebar--primary a[href]").first.is_visible()
    context.close()
