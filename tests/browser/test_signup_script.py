"""A page built before the deadline closes itself in the reader's browser."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

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


def test_a_deadline_passing_is_announced_and_focus_moves_to_the_new_text(
    browser: Browser, built_before_deadline: Path
) -> None:
    with served(built_before_deadline) as base:
        page, errors = open_at(browser, base, datetime(2020, 2, 3, 16, 59, 30, tzinfo=UTC))
        page.locator('[data-role="mentor"] a.sb-apply').first.focus()
        page.clock.run_for("01:05")  # past 17:00 and the page's once-a-minute check
        focused = page.evaluate("document.activeElement.textContent.trim()")
        said = page.locator('.sb-announce[role="status"][aria-live="polite"]').inner_text()
        assert focused.startswith("Applications closed on Monday 3 February 2020"), focused
        assert said == shown(page), said
        assert said.startswith("Reverse mentor: Applications closed on Monday 3 February 2020"), said
        assert page.locator("a.sb-apply").count() == 0 and errors == []


# Every message the live region is given, and the words the sign-up blocks show, each named by its role.
LISTEN = """() => { window.said = []; new MutationObserver(() => { const t = document.querySelector('.sb-announce')
  .textContent; if (t) window.said.push(t); }).observe(document.querySelector('.sb-announce'),
  {childList: true, characterData: true, subtree: true}); }"""
SHOWN = """() => [...document.querySelectorAll('[data-signup-state]')].map(b => b.dataset.roleName + ': ' +
  [...b.querySelectorAll(':scope > div:not([hidden]) p, :scope > p')].map(p => p.innerText.replace(/\\s+/g, ' ')
  .trim()).join(' ')).join(' ')"""


def shown(page: Page) -> str:
    return page.evaluate(SHOWN)


def test_two_roles_opening_together_are_announced_once_with_the_time_left_now(
    browser: Browser, built_before_deadline: Path
) -> None:
    with served(built_before_deadline) as base:
        # Built on 20 January with 14 days left; read from 10 January, the page opens on 13 January with 21 left.
        page, errors = open_at(browser, base, datetime(2020, 1, 12, 23, 59, 30, tzinfo=UTC))
        page.evaluate(LISTEN)
        page.clock.run_for("01:05")
        page.wait_for_function("() => window.said.length > 0")
        page.clock.run_for(200)  # no second message follows
        said = page.evaluate("window.said")
        assert len(said) == 1 and said[0] == shown(page), said
        assert said[0].startswith("Reverse mentor: Applications are open until") and "Reverse mentee: " in said[0]
        assert said[0].count("(21 days left)") == 2 and "14 days" not in said[0], said
        assert errors == []


def test_read_before_opening_a_page_built_as_open_says_when_it_opens(
    browser: Browser, built_before_deadline: Path
) -> None:
    with served(built_before_deadline) as base:
        page, errors = open_at(browser, base, datetime(2020, 1, 10, 9, tzinfo=UTC))
        block = page.locator('[data-role="mentor"]')
        assert block.get_attribute("data-signup-state") == "upcoming"
        assert block.inner_text().startswith("Applications open on Monday 13 January 2020")
        assert page.locator("a.sb-apply").count() == 0
        page.clock.run_for(4 * 24 * 3600 * 1000)  # into the window: the form links come back
        assert page.locator('[data-role="mentor"] a.sb-apply').count() == 1 and errors == []


def test_home_page_shows_no_past_date_as_next(browser: Browser, built_before_deadline: Path) -> None:
    with served(built_before_deadline) as base:
        page = browser.new_page()
        page.clock.install(time=datetime(2020, 2, 3, 16, 59, tzinfo=UTC))
        page.goto(base)
        status = page.locator("[data-scheme-state]").first
        next_date = page.locator(".sb-next").first
        assert status.get_attribute("data-scheme-state") == "open" and next_date.is_visible()
        page.clock.run_for("02:00")
        assert status.get_attribute("data-scheme-state") == "closed"
        assert status.inner_text().startswith("Applications closed on Monday 3 February 2020")
        assert not next_date.is_visible()
