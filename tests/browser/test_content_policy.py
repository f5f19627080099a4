"""Every page carries a Content-Security-Policy: the site still works under it, and script planted in a page cannot
run (the policy is the defence that holds if escaping ever slips)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from tests.sites import SIGN_UP_PAGE, build_at, served, sign_up_project

pytestmark = pytest.mark.browser
PLANTED = (
    '<img src="x.png" alt="" onerror="document.title=\'handler ran\'">'
    "<script>document.title='inline script ran'</script>"
    '<a id="planted" href="#" onclick="document.title=\'click ran\'">planted</a>'
)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    config = sign_up_project(tmp_path_factory.mktemp("project"))
    return build_at(config, config.parent / "site", datetime(2020, 1, 20, 9, tzinfo=UTC))


def opened(browser: Browser, url: str, width: int = 1280) -> tuple[Page, list[str]]:
    """A page with every policy violation and script error it reports collected."""
    page = browser.new_context(viewport={"width": width, "height": 900}).new_page()
    seen: list[str] = []
    page.on("console", lambda m: seen.append(m.text) if "Content Security Policy" in m.text else None)
    page.on("pageerror", lambda error: seen.append(str(error)))
    page.clock.install(time=datetime(2020, 2, 3, 16, 59, tzinfo=UTC))
    page.goto(url)
    page.wait_for_load_state("networkidle")
    return page, seen


def test_every_page_has_the_policy(site: Path) -> None:
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 10
    missing = [str(p) for p in pages if 'http-equiv="Content-Security-Policy"' not in p.read_text(encoding="utf-8")]
    assert missing == []


def test_the_site_works_under_the_policy(browser: Browser, site: Path) -> None:
    with served(site) as base:
        page, seen = opened(browser, base + SIGN_UP_PAGE)
        assert page.locator('[data-role="mentor"] .sb-left').inner_text() == "less than an hour left"  # sign-up script
        page.keyboard.press("/")
        page.keyboard.type("mentor")
        page.locator(".md-search-result__item").first.wait_for(timeout=10_000)  # search and its worker
        page.context.close()
        phone, phone_seen = opened(browser, base + "schemes/sign-up-test/", width=390)
        phone.locator(".sb-menu-button").click()
        assert phone.evaluate("document.getElementById('__drawer').checked")  # the navigation drawer
        phone.context.close()
    assert seen == [] and phone_seen == []


def test_planted_script_is_blocked(browser: Browser, site: Path) -> None:
    home = site / "index.html"
    html = home.read_text(encoding="utf-8")
    (site / "planted.html").write_text(html.replace("<article", PLANTED + "<article", 1), encoding="utf-8")
    with served(site) as base:
        page, seen = opened(browser, base + "planted.html")
        page.locator("#planted").click()
        title = page.title()
        page.context.close()
    assert "ran" not in title
    assert sum("Content Security Policy" in s for s in seen) >= 3, seen
