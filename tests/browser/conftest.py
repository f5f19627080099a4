"""Headless Chromium (Debian's, driven by Playwright) for tests that read pages as a reader does."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, sync_playwright

from tests.browser.record import Recorder

# Flags that keep Chromium from calling home, so any outside request a test sees comes from the page.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """One Chromium for the whole session."""
    executable = shutil.which("chromium")
    if executable is None:
        pytest.fail("Chromium is not installed: `make test` installs Debian's chromium package")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def pytest_configure(config: pytest.Config) -> None:
    """With SCHEMEBOOK_RECORD_CHECKS=1 (`make checks`), record the results for the accessibility statement."""
    if os.environ.get("SCHEMEBOOK_RECORD_CHECKS") == "1":
        config.pluginmanager.register(Recorder(), "schemebook-checks")
