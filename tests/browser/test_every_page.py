"""Every page of the example site in Chromium: no accessibility violations, no outside requests, no script errors."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from tests.sites import REPO, build_at, served

pytestmark = pytest.mark.browser
AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_at(REPO / "mkdocs.yml", tmp_path_factory.mktemp("site"), datetime(2020, 1, 20, 9, tzinfo=UTC))


def pages(site: Path) -> list[str]:
    """Every HTML page of the site, as paths relative to its root."""
    return sorted(str(p.relative_to(site)) for p in site.rglob("*.html"))


def test_every_page_is_accessible_private_and_error_free(browser: Browser, site: Path) -> None:
    if not AXE.is_file():
        pytest.fail("axe-core is missing: `make test` installs it from npm")
    problems: list[str] = []
    found = pages(site)
    with served(site) as base:
        context = browser.new_context()
        page = context.new_page()
        page.on("request", lambda r: None if r.url.startswith(base) else problems.append(f"outside request: {r.url}"))
        page.on("pageerror", lambda e: problems.append(f"script error on {page.url}: {e}"))
        page.on("console", lambda m: problems.append(f"console on {page.url}: {m.text}") if m.type == "error" else None)
        for path in found:
            page.goto(base + path)
            broken = page.evaluate("[...document.images].filter(i => !i.complete || !i.naturalWidth).map(i => i.src)")
            problems += [f"{path}: image does not load: {src}" for src in broken]
            page.add_script_tag(path=str(AXE))
            result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", TAGS)
            for violation in result["violations"]:
                for node in violation["nodes"]:
                    problems.append(f"{path}: {violation['id']}: {node['target']} {node['failureSummary'][:200]}")
        context.close()
    assert len(found) >= 40 and "index.html" in found and "404.html" in found
    assert problems == [], "\n".join(problems)
