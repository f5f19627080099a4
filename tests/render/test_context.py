"""Where a scheme runs, what its partners do and the programmes beside it: each as the file gives it, on the
overview, and nothing of them when the file gives none."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from tests.checks.test_rules import errors
from tests.conftest import MINIMAL
from tests.render.conftest import markdown_pages

CONTEXT = """\
locations: [Stockholm, Göteborg]
related:
  - name: National Mentorship Programme
    relation: the national programme; the sources do not say how this scheme relates to it
    url: https://national.example.org/
partners:
  - {name: Friedrich-Ebert-Stiftung, contribution: supports the programme's delivery, source: interview}
sources:
  - {id: interview, title: An interview}
"""
NOW = datetime(2030, 1, 20, 9, tzinfo=UTC)


def test_the_overview_gives_where_partners_do_and_related_programmes(write_scheme: Callable[..., Path]) -> None:
    pages = markdown_pages(write_scheme(MINIMAL + CONTEXT), NOW)
    overview = pages[""]
    assert "- **Where:** Stockholm and Göteborg\n" in overview
    related = overview.split("\n## Related programmes\n", 1)[1].split("\n## ", 1)[0]
    assert (
        "- [National Mentorship Programme](https://national.example.org/): the national programme; the sources do"
        " not say how this scheme relates to it\n" in related
    )
    assert "- Friedrich-Ebert-Stiftung: supports the programme's delivery (source: [An interview](index.md#source-" in (
        overview
    )
    # a related programme's name is never said of this scheme elsewhere
    assert "National Mentorship" not in "".join(text for page, text in pages.items() if page)


def test_none_of_it_without_the_fields(write_scheme: Callable[..., Path]) -> None:
    overview = markdown_pages(write_scheme(MINIMAL), NOW)[""]
    assert "Where:" not in overview and "Related programmes" not in overview


def test_a_related_programme_needs_its_relation(write_scheme: Callable[..., Path]) -> None:
    found = errors(write_scheme(MINIMAL + "related:\n  - {name: Other}\n"))
    assert any("`relation` is required" in e for e in found), found
