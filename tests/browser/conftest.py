"""Headless Chromium (Debian's, driven by Playwright) for tests that read pages as a reader does."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from playwright.sync_api import Browser, sync_playwright

from tests.browser.record import Recorder
from tests.sites import example_at

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


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example site, built once for every browser test, as read on 20 January 2020 (sign-ups open); no test
    changes it."""
    return example_at(tmp_path_factory, datetime(2020, 1, 20, 9, tzinfo=UTC))


def pytest_configure(config: pytest.Config) -> None:
    """With SCHEMEBOOK_RECORD_CHECKS=1 (`make checks`), record the results for the accessibility statement."""
    if os.environ.get("SCHEMEBOOK_RECORD_CHECKS") == "1":
        config.pluginmanager.register(Recorder(), "schemebook-checks")
