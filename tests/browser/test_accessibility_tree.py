"""The accessibility tree Chromium gives assistive technology (roles, names, order) for one page of each kind, kept
under tests/snapshots/accessibility-tree/ so every change to what a screen reader meets is read."""

from __future__ import annotations

import os
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from tests.browser.test_tab_walk import kind, one_of_each_kind
from tests.sites import REPO, served

pytestmark = pytest.mark.browser
SNAPSHOTS = REPO / "tests" / "snapshots" / "accessibility-tree"
READ_AT = datetime(2020, 1, 20, 9, tzinfo=UTC)
"""The page's clock at the build's moment, so the time left on sign-up pages reads as built."""


def snapshot_name(path: str) -> str:
    """`schemes/*/faq` for a scheme's FAQ page, `home` for the home page: one file per kind."""
    return re.sub(r"[^a-z0-9]+", "-", kind(path).removesuffix("index.html").replace("*", "any")).strip("-") or "home"


def test_the_accessibility_tree_of_each_kind_of_page_is_as_reviewed(browser: Browser, site: Path) -> None:
    trees = {}
    context = browser.new_context(viewport={"width": 1280, "height": 900}, reduced_motion="reduce")
    page = context.new_page()
    page.clock.install(time=READ_AT)
    with served(site) as base:
        for path in one_of_each_kind(site):
            page.goto(base + path.removesuffix("index.html"))
            tree = page.locator("body").aria_snapshot()
            # Material's search says whether its index has loaded yet, at a moment of its own.
            trees[snapshot_name(path) + ".yml"] = (
                re.sub(r"\n *- text: (Initializing search|Type to start searching)", "", tree) + "\n"
            )
    context.close()
    if os.environ.get("UPDATE_SNAPSHOTS"):
        for old in SNAPSHOTS.glob("*.yml"):
            old.unlink()
        SNAPSHOTS.mkdir(parents=True, exist_ok=True)
        for name, tree in trees.items():
            (SNAPSHOTS / name).write_text(tree, encoding="utf-8")
    kept = {p.name: p.read_text(encoding="utf-8") for p in SNAPSHOTS.glob("*.yml")}
    assert sorted(kept) == sorted(trees), "kinds of page added or removed: run `make snapshots` and read the diff"
    changed = [name for name in trees if kept[name] != trees[name]]
    assert not changed, f"accessibility tree changed: {changed}; run `make snapshots` and read the diff"
