"""A host page at an address schemebook publishes is a located error; `pages:` moves or switches off its pages."""

from __future__ import annotations

from pathlib import Path

from schemebook.checks.clashes import clashes
from schemebook.model.settings import Pages
from tests.engine import run_build
from tests.sites import sign_up_project


def _with_options_after(config: Path, options: str) -> None:
    """The options added at the top of the example site's own `- schemebook:` options."""
    text = config.read_text(encoding="utf-8").replace("  - schemebook:\n", f"  - schemebook:\n{options}")
    config.write_text(text, encoding="utf-8")


def _with_options(config: Path, options: str) -> None:
    text = config.read_text(encoding="utf-8").replace("  - schemebook\n", f"  - schemebook:\n{options}")
    config.write_text(text, encoding="utf-8")


def test_only_shared_addresses_clash() -> None:
    ours = {"privacy/": "privacy/index.md", "calendar.ics": "calendar.ics"}
    theirs = [
        ("content/privacy.md", "privacy/"),
        ("content/guide.md", "guide/"),
        ("content/calendar.ics", "calendar.ics"),
    ]
    found = clashes(ours, theirs, Pages(), "mkdocs.yml")
    assert [(p.path, p.message) for p in found] == [
        ("content/privacy.md", "the address /privacy/ is also where schemebook publishes the privacy notice"),
        ("content/calendar.ics", "the address /calendar.ics is also where schemebook publishes `calendar.ics`"),
    ]
    assert "`pages: privacy: <another address>/`" in found[0].hint


def test_a_host_page_at_a_generated_address_stops_the_build(small_site: Path) -> None:
    (small_site.parent / "content" / "privacy.md").write_text("# Our own privacy notice\n", encoding="utf-8")
    result = run_build(small_site)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "content/privacy.md:1:1: error: the address /privacy/ is also where schemebook publishes the privacy" in (
        result.stderr
    )
    assert not (small_site.parent / "site").exists()


def test_statement_pages_move_and_links_follow(small_site: Path) -> None:
    (small_site.parent / "content" / "privacy.md").write_text("# Our own privacy notice\n", encoding="utf-8")
    _with_options(small_site, "      pages:\n        privacy: about/privacy/\n        reference: false\n")
    result = run_build(small_site, "--strict")
    assert result.returncode == 0, result.stderr
    site = small_site.parent / "site"
    assert "Our own privacy notice" in (site / "privacy" / "index.html").read_text(encoding="utf-8")
    assert "Privacy notice" in (site / "about" / "privacy" / "index.html").read_text(encoding="utf-8")
    assert not (site / "reference").exists()
    sign_up = (site / "schemes" / "test-scheme" / "sign-up" / "index.html").read_text(encoding="utf-8")
    assert '<a href="../../../about/privacy/">privacy notice</a>' in sign_up
    assert '<a href="../../../privacy/">privacy notice</a>' not in sign_up


def test_a_switched_off_notice_is_not_linked(small_site: Path) -> None:
    _with_options(small_site, "      pages:\n        privacy: false\n        accessibility: false\n")
    result = run_build(small_site, "--strict")
    assert result.returncode == 0, result.stderr
    site = small_site.parent / "site"
    assert not (site / "privacy").exists() and not (site / "accessibility").exists()
    for page in (site / "schemes").rglob("*.html"):
        assert "privacy notice" not in page.read_text(encoding="utf-8"), page


def test_the_footer_links_only_the_statements_that_are_made(tmp_path: Path) -> None:
    config = sign_up_project(tmp_path)
    _with_options_after(config, "      pages:\n        privacy: about/privacy/\n        accessibility: false\n")
    result = run_build(config)
    assert result.returncode == 0, result.stderr
    home = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert '<a href="about/privacy/">Privacy notice</a>' in home
    assert "Accessibility statement" not in home
