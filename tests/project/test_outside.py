"""The privacy notice tells the truth about the host's settings: what the pages load from other websites."""

from __future__ import annotations

from pathlib import Path

from schemebook.project.outside import outside_requests, policy_problems, unchecked_plugins
from tests.engine import run_build

MATERIAL = {"name": "material", "font": {"text": "Roboto", "code": "Roboto Mono"}}


def test_material_fonts_load_from_google_unless_off_or_self_hosted() -> None:
    [fonts] = outside_requests({"theme": MATERIAL, "plugins": ["search"]})
    assert "Google Fonts" in fonts.what and fonts.setting == "theme.font" and fonts.removable
    assert outside_requests({"theme": {**MATERIAL, "font": False}}) == []
    assert outside_requests({"theme": MATERIAL, "plugins": ["privacy"]}) == []


def test_analytics_repository_and_outside_assets() -> None:
    found = outside_requests(
        {
            "theme": {"name": "material", "font": False},
            "extra": {"analytics": {"provider": "google", "property": "G-XXXX"}},
            "repo_url": "https://github.com/uni/mentoring",
            "extra_css": ["assets/own.css", "https://cdn.example.net/x.css"],
            "extra_javascript": ["https://unpkg.example.net/y.js"],
        }
    )
    assert [r.setting for r in found] == ["extra.analytics", "repo_url", "extra_css", "extra_javascript"]
    assert found[0].tracks and "Google Analytics" in found[0].what and "api.github.com" in found[1].what
    assert "cdn.example.net" in found[2].what and "unpkg.example.net" in found[3].what


def test_policies() -> None:
    found = outside_requests({"theme": MATERIAL, "extra": {"analytics": {"provider": "google"}}})
    assert [p.level.value for p in policy_problems(found, None, "mkdocs.yml")] == ["warning", "warning"]
    assert policy_problems(found, "list", "mkdocs.yml") == []
    [refused] = policy_problems(found, "remove", "mkdocs.yml")
    assert refused.level.value == "error" and "`extra.analytics`" in refused.message
    assert unchecked_plugins(["search", "schemebook", "minify"]) == ["minify"]


def _config(small_site: Path, theme: str = "", privacy: str = "", extra: str = "") -> Path:
    text = small_site.read_text(encoding="utf-8").replace("  font: false\n", theme)
    text = text.replace("  - schemebook\n", f"  - schemebook:\n      privacy:\n        email: dpo@uni.test\n{privacy}")
    small_site.write_text(text + extra, encoding="utf-8")
    return small_site


def _pages(site: Path) -> str:
    return "".join(p.read_text(encoding="utf-8") for p in site.rglob("*.html"))


def test_default_fonts_warn_and_the_notice_says_so(small_site: Path) -> None:
    result = run_build(_config(small_site))
    assert result.returncode == 0, result.stderr
    assert "warning: `theme.font` makes the pages load the fonts Roboto and Roboto Mono from Google Fonts" in (
        result.stderr
    )
    notice = (small_site.parent / "site" / "privacy" / "index.html").read_text(encoding="utf-8")
    assert "the fonts Roboto and Roboto Mono from Google Fonts" in notice and "It loads nothing" not in notice
    assert run_build(small_site, "--strict").returncode == 1


def test_remove_switches_the_fonts_off(small_site: Path) -> None:
    result = run_build(_config(small_site, privacy="        outside_requests: remove\n"), "--strict")
    assert result.returncode == 0, result.stderr
    site = small_site.parent / "site"
    assert "fonts.googleapis.com" not in _pages(site)
    assert "It loads nothing from other" in (site / "privacy" / "index.html").read_text(encoding="utf-8")


def test_remove_refuses_analytics(small_site: Path) -> None:
    analytics = "extra:\n  analytics:\n    provider: google\n    property: G-TEST\n"
    result = run_build(_config(small_site, "  font: false\n", "        outside_requests: remove\n", analytics))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "error: `extra.analytics` makes the pages load a script from Google Analytics" in result.stderr


def test_listed_analytics_are_in_the_notice_without_a_warning(small_site: Path) -> None:
    analytics = "extra:\n  analytics:\n    provider: google\n    property: G-TEST\n"
    result = run_build(
        _config(small_site, "  font: false\n", "        outside_requests: list\n", analytics), "--strict"
    )
    assert result.returncode == 0, result.stderr
    notice = (small_site.parent / "site" / "privacy" / "index.html").read_text(encoding="utf-8")
    assert "Google Analytics" in notice and "may set cookies" in notice and "sets no cookies" not in notice
