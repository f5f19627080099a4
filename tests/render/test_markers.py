"""Markers in hand-written pages filled with scheme facts, in a real build and through the core function."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from schemebook.project.site import Site
from schemebook.render.markers import expand
from schemebook.render.templates import environment
from tests.render.conftest import Article, build_site, page


def test_markers_fill_a_hand_written_page(full_site: Path) -> None:
    guide = full_site.parent / "content" / "guide" / "dates.md"
    guide.parent.mkdir()
    guide.write_text(
        "# Dates\n\nKey dates for mentors: <!-- schemebook:key-dates test-scheme mentor -->\n\n"
        "<!-- schemebook:eligibility test-scheme mentee -->\n\nAsk <!-- schemebook:contact test-scheme lead -->.\n\n"
        "<!-- schemebook:schemes -->\n",
        encoding="utf-8",
    )
    html = page(build_site(full_site), "guide/dates")
    text = Article(html).text
    assert "Application deadline: Sunday 3 February 2030, 5pm GMT" in text
    assert "Thursday 21 February 2030, 10am to 2pm GMT, B7, Hemsley, University Park" in text
    assert "Reverse mentee preparation" not in text, "the mentee's session is not among the mentor's dates"
    assert "Reverse mentees join by invitation from the Director with Deans." in text
    assert "Ask Stacy Johnson, Programme lead, School of Health Sciences: lead@example.ac.uk." in text
    assert 'href="../../schemes/test-scheme/"' in html, "links are made relative to the page's own folder"
    assert "schemebook:" not in html


def test_markers_that_name_nothing_are_reported_where_they_are(load_full: Callable[..., Site]) -> None:
    site = load_full()
    text = "# Page\n\n<!-- schemebook:key-dates nowhere -->\n<!-- schemebook:eligibility test-scheme coach -->\n"
    text += "<!-- schemebook:colour test-scheme -->\n<!-- schemebook:contact test-scheme a b -->\n"
    result, problems = expand(site, environment(None), "page.md", "content/page.md", text)
    assert result == text
    assert [str(p).splitlines()[0] for p in problems] == [
        "content/page.md:3:1: warning: no scheme is called `nowhere`: <!-- schemebook:key-dates nowhere -->",
        "content/page.md:4:1: warning: `test-scheme` has no role `coach`: "
        "<!-- schemebook:eligibility test-scheme coach -->",
        "content/page.md:5:1: warning: unknown marker `schemebook:colour`: <!-- schemebook:colour test-scheme -->",
        "content/page.md:6:1: warning: the marker `schemebook:contact` is written wrongly: "
        "<!-- schemebook:contact test-scheme a b -->",
    ]


def test_markers_in_code_are_left_as_written(load_full: Callable[..., Site]) -> None:
    text = "Write `<!-- schemebook:status test-scheme -->`:\n\n```\n<!-- schemebook:status test-scheme -->\n```\n"
    result, problems = expand(load_full(), environment(None), "page.md", "content/page.md", text)
    assert (result, problems) == (text, [])


def test_status_marker_states_the_scheme_state(load_full: Callable[..., Site]) -> None:
    text = "<!-- schemebook:status test-scheme -->"
    result, _ = expand(load_full(), environment(None), "news/page.md", "content/news/page.md", text)
    assert 'data-scheme-state="open"' in result
    assert "[Test Reverse Mentoring Programme](../schemes/test-scheme/index.md)" in result
