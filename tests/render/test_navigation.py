"""The navigation: one section per scheme under "Schemes", other pages where the engine puts them."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from mkdocs.utils import nest_paths

from schemebook.render.navigation import site_nav
from schemebook.site import Site


def test_scheme_pages_are_grouped_and_ordered(load_full: Callable[..., Site]) -> None:
    site = load_full()
    uris = [
        "index.md", "about.md", "guide/one.md",
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
        {"Schemes": [{"Other": ["schemes/other/index.md"]}]},
    ]


def test_example_site_nav_has_a_section_per_scheme_and_no_printable_pages(example_site: Path) -> None:
    html = (example_site / "schemes" / "leeds-law-international" / "index.html").read_text(encoding="utf-8")
    nav = html[html.index('<nav class="md-nav md-nav--primary"') : html.index("md-sidebar--secondary")]
    for title in ["Imperial College London Reverse Mentoring scheme", "Institutional Reverse Mentoring Project"]:
        assert title in nav
    assert "Student mentor handbook" in nav and "Meeting themes" in nav
    assert "print/" not in nav
    # navigation.prune: the other schemes' pages are not written into this page at all.
    assert "schemes/imperial/mentor/" not in html
    assert re.findall(r'href="([a-z-]+/)"', nav) == ["mentor/", "mentee/", "sign-up/", "themes/", "support/", "faq/"]
