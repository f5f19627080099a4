"""The navigation: one section per scheme under "Schemes", other pages where the engine puts them."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from mkdocs.utils import nest_paths

from schemebook.project.site import Site
from schemebook.render.navigation import site_nav


def test_scheme_pages_are_grouped_and_ordered(load_full: Callable[..., Site]) -> None:
    site = load_full()
    uris = [
        "index.md", "about.md", "guide/one.md", "privacy/index.md",
        "schemes/test-scheme/faq/index.md", "schemes/test-scheme/index.md", "schemes/test-scheme/mentee/index.md",
        "schemes/test-scheme/sign-up/index.md", "schemes/test-scheme/mentor/index.md",
        "schemes/test-scheme/extra.md", "schemes/other/index.md",
    ]  # fmt: skip
    assert site_nav(uris, site, nest_paths) == [
        "index.md",
        {
            "Schemes": [
                {
                    "Test Reverse Mentoring Programme": [
                        "schemes/test-scheme/index.md",
                        {"Reverse mentor handbook": "schemes/test-scheme/mentor/index.md"},
                        {"Reverse mentee handbook": "schemes/test-scheme/mentee/index.md"},
                        {"How to join": "schemes/test-scheme/sign-up/index.md"},
                        {"Questions and answers": "schemes/test-scheme/faq/index.md"},
                        "schemes/test-scheme/extra.md",
                    ]
                }
            ]
        },
        "about.md",
        {"Guide": ["guide/one.md"]},
        "privacy/index.md",
        {"Schemes": ["schemes/other/index.md"]},
    ]


def primary_nav(html: str) -> str:
    return html[html.index('<nav class="md-nav md-nav--primary"') : html.index("md-sidebar--secondary")]


def test_the_plugin_options_page_is_in_the_example_sites_navigation(example_site: Path) -> None:
    home = primary_nav((example_site / "index.html").read_text(encoding="utf-8"))
    assert re.search(r'href="plugin-options/"[^>]*>\s*(<[^>]+>\s*)*Plugin options', home), home[-3000:]
    page = (example_site / "plugin-options" / "index.html").read_text(encoding="utf-8")
    assert "<code>institution.name</code>" in page


def test_home_nav_lists_every_scheme_and_a_scheme_page_only_its_own(example_site: Path) -> None:
    titles = ["Imperial College London Reverse Mentoring scheme", "Institutional Reverse Mentoring Project"]
    home = primary_nav((example_site / "index.html").read_text(encoding="utf-8"))
    assert all(title in home for title in titles)
    nav = primary_nav((example_site / "schemes" / "leeds-law-international" / "index.html").read_text(encoding="utf-8"))
    assert not any(title in nav for title in titles), "a scheme's pages carry its own section only"
    assert "School of Law Reverse Mentoring Pilot with International Students" in nav
    assert re.findall(r'href="([a-z-]+/)"', nav) == [
        "mentor/",
        "mentee/",
        "sign-up/",
        "themes/",
        "support/",
        "faq/",
        "evaluation/",
    ]
    assert "Student mentor handbook" in nav and "print/" not in nav
