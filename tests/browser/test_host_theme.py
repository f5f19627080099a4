"""A host site with no overrides of its own that sets `language: en-GB` (as the README's example does) gets the
package's theme: British English, the stylesheet, the footer, and no accessibility violation."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from tests.browser.test_every_page import AXE, TAGS
from tests.conftest import MKDOCS_YML, scheme_project
from tests.sites import build_at, served

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def host_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The smallest host: Material in British English, `search` first with no language, no `custom_dir` or extra_css."""
    config = scheme_project(tmp_path_factory.mktemp("host"))
    config.write_text(MKDOCS_YML.replace("  font: false\n", "  font: false\n  language: en-GB\n"), encoding="utf-8")
    assert "custom_dir" not in config.read_text(encoding="utf-8") and not (config.parent / "overrides").exists()
    return build_at(config, config.parent / "site", datetime(2030, 1, 20, 9, tzinfo=UTC))


def test_a_host_without_overrides_gets_the_theme(browser: Browser, host_site: Path) -> None:
    if not AXE.is_file():
        pytest.fail("axe-core is missing: `make test` installs it from npm")
    with served(host_site) as base:
        page = browser.new_page(bypass_csp=True)  # the pages' content policy would stop the inline axe-core
        for path in ("", "schemes/test-scheme/", "404.html"):
            page.goto(base + path)
            assert page.evaluate("document.documentElement.lang") == "en-GB", path
            rules = page.evaluate(
                "[...document.styleSheets].filter(s => (s.href || '').endsWith('/assets/schemebook/schemebook.css'))"
                ".map(s => s.cssRules.length)"
            )
            assert rules and rules[0] > 10, f"{path}: the package stylesheet is not loaded"
            assert page.locator(".md-copyright a", has_text="Accessibility statement").count() == 1, path
            page.add_script_tag(path=str(AXE))
            result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", TAGS)
            assert [v["id"] for v in result["violations"]] == [], path
        page.close()
