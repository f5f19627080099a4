"""A page built before the deadline closes itself in the reader's browser."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from tests.sites import SIGN_UP_PAGE, build_at, served, sign_up_project

pytestmark = pytest.mark.browser
PAGE = SIGN_UP_PAGE


@pytest.fixture(scope="module")
def built_before_deadline(tmp_path_factory: pytest.TempPathFactory) -> Path:
    config = sign_up_project(tmp_path_factory.mktemp("project"))
    return build_at(config, config.parent / "site", datetime(2020, 1, 20, 9, tzinfo=UTC))


def open_at(browser: Browser, base: str, when: datetime) -> tuple:
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.clock.install(time=when)
    page.goto(base + PAGE)
    return page, errors


def test_open_page_read_before_the_deadline_stays_open(browser: Browser, built_before_deadline: Path) -> None:
    with served(built_before_deadline) as base:
        page, errors = open_at(browser, base, datetime(2020, 2, 3, 16, 59, tzinfo=UTC))
        block = page.locator('[data-role="mentor"]')
        assert block.get_attribute("data-signup-state") == "open"
        assert page.locator('[data-role="mentor"] a.sb-apply').is_visible()
        assert page.locator('[data-role="mentor"] .sb-left').inner_text() == "less than an hour left"
        assert errors == []


def test_read_after_the_deadline_it_shows_closed(browser: Browser, built_before_deadline: Path) -> None:
    with served(built_before_deadline) as base:
        page, errors = open_at(browser, base, datetime(2020, 2, 4, 9, tzinfo=UTC))
        for role in ("mentor", "mentee"):
            block = page.locator(f'[data-role="{role}"]')
            assert block.get_attribute("data-signup-state") == "closed"
            assert page.locator(f'[data-role="{role}"] .sb-closed').is_visible()
        assert page.locator("a.sb-apply").count() == 0
        assert "forms.office.com" not in page.content()
        assert errors == []


def test_home_page_status_closes_too(browser: Browser, built_before_deadline: Path) -> None:
    with served(built_before_deadline) as base:
        page = browser.new_page()
        page.clock.install(time=datetime(2020, 2, 4, 9, tzinfo=UTC))
        page.goto(base)
        assert page.locator('[data-scheme-state="open"]').count() == 0
