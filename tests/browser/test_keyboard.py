"""Keyboard and motion: the skip link comes first, focus is always visible, wide tables scroll by keyboard, the
light and dark switch is a button that keeps the focus."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from tests.sites import SIGN_UP_PAGE, build_at, served, sign_up_project

pytestmark = pytest.mark.browser
EVALUATION = "schemes/leeds-institutional/evaluation/"
PHONE = {"width": 390, "height": 844}

FOCUS = """() => {
  const el = document.activeElement, style = getComputedStyle(el), box = el.getBoundingClientRect();
  return {text: el.textContent.trim(), href: el.getAttribute("href"), outline: style.outlineStyle,
          width: parseFloat(style.outlineWidth), visible: box.width > 0 && box.height > 0 && box.top >= 0};
}"""


@pytest.fixture(scope="module")
def sign_up_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Built before the test scheme's deadline, so its sign-up page has form links to reach."""
    config = sign_up_project(tmp_path_factory.mktemp("project"))
    return build_at(config, config.parent / "site", datetime(2020, 1, 20, 9, tzinfo=UTC))


def focused(page: Page) -> dict:
    return page.evaluate(FOCUS)


def test_first_tab_reaches_a_visible_skip_link_that_moves_to_the_content(browser: Browser, sign_up_site: Path) -> None:
    with served(sign_up_site) as base:
        page = browser.new_page()
        page.goto(base + SIGN_UP_PAGE)
        page.keyboard.press("Tab")
        skip = focused(page)
        assert skip["text"] == "Skip to content" and skip["visible"], skip
        assert skip["outline"] == "solid" and skip["width"] >= 2, "focus must be visible (WCAG 2.4.7)"
        page.keyboard.press("Enter")
        assert page.evaluate("location.hash") == skip["href"]
        assert page.evaluate("h => !!document.querySelector('.md-content ' + h)", skip["href"])
        page.close()


def test_the_form_link_is_reached_by_tab_with_a_visible_focus_ring(browser: Browser, sign_up_site: Path) -> None:
    with served(sign_up_site) as base:
        page = browser.new_page()
        page.clock.install(time=datetime(2020, 1, 20, 10, tzinfo=UTC))  # read before the deadline: the link is there
        page.goto(base + SIGN_UP_PAGE)
        for _ in range(80):
            page.keyboard.press("Tab")
            current = focused(page)
            if current["text"].startswith("Reverse mentor: apply"):
                break
        else:
            pytest.fail("80 presses of Tab never reached the mentors' application link")
        assert current["outline"] == "solid" and current["width"] >= 2 and current["visible"], current
        page.close()


def test_a_table_too_wide_for_a_phone_scrolls_by_keyboard(browser: Browser, site: Path) -> None:
    with served(site) as base:
        page = browser.new_page(viewport=PHONE)
        page.goto(base + EVALUATION)
        wraps = page.locator(".md-typeset__scrollwrap[tabindex='0']")
        assert wraps.count() >= 1, "a table wider than the screen must take focus"
        assert wraps.first.get_attribute("role") == "region"
        assert (wraps.first.get_attribute("aria-label") or "").startswith("Table: ")
        wraps.first.focus()
        page.keyboard.press("ArrowRight")
        page.wait_for_function("el => el.scrollLeft > 0", arg=wraps.first.element_handle())
        page.set_viewport_size({"width": 1280, "height": 900})
        page.wait_for_function("() => !document.querySelector('.md-typeset__scrollwrap[tabindex]')")
        page.close()


def test_reduced_motion_turns_off_transitions_and_smooth_scrolling(browser: Browser, site: Path) -> None:
    with served(site) as base:
        context = browser.new_context(reduced_motion="reduce")
        page = context.new_page()
        page.goto(base + "schemes/nottingham-stemm-change/sign-up/")
        assert page.evaluate("getComputedStyle(document.documentElement).scrollBehavior") == "auto"
        durations = page.evaluate(
            "[...document.querySelectorAll('a')].map(a => getComputedStyle(a).transitionDuration)"
        )
        assert durations and all(float(d.split(",")[0].rstrip("s")) < 0.001 for d in durations), set(durations)
        context.close()


@pytest.mark.parametrize("key", ["Enter", " "])
def test_the_palette_switch_is_a_button_that_keeps_the_focus(browser: Browser, site: Path, key: str) -> None:
    with served(site) as base:
        context = browser.new_context(color_scheme="light")
        page = context.new_page()
        page.goto(base)
        for _ in range(10):
            page.keyboard.press("Tab")
            if page.evaluate("document.activeElement.title") == "Switch to dark mode":
                break
        else:
            pytest.fail("Tab never reached the switch to dark mode")
        assert page.evaluate("document.activeElement.tagName") == "BUTTON" and focused(page)["visible"]
        page.keyboard.press(key)
        assert page.evaluate("document.body.dataset.mdColorScheme") == "slate"
        assert page.evaluate("document.activeElement.title") == "Switch to light mode" and focused(page)["visible"]
        page.keyboard.press(key)
        assert page.evaluate("document.body.dataset.mdColorScheme") == "default"
        assert page.evaluate("document.activeElement.title") == "Switch to dark mode"
        page.keyboard.press(key)
        page.reload()  # the reader's choice outlasts the page, kept by Material in the browser's storage
        assert page.evaluate("document.body.dataset.mdColorScheme") == "slate"
        context.close()
