"""The source a file names for a role, its eligibility, joining, pay, cost and training, and for the scheme's
meetings, matching and support: shown after that part on each page that shows it, and nothing when none is named."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.conftest import MINIMAL
from tests.render.conftest import markdown_pages

NOW = datetime(2030, 1, 20, 9, tzinfo=UTC)
ROLE = "    name: Reverse mentor\n"
PARTS = """\
    eligibility: {requirements: [works here], source: elig}
    join: {details: Apply online., source: join}
"""
SCHEME = """\
meetings: {count: 6, frequency: monthly, source: meet}
support: {confidentiality: It stays between you., source: sup}
sources:
  - {id: elig, title: Who can apply}
  - {id: join, title: Joining}
  - {id: meet, title: Meeting plan}
  - {id: sup, title: Confidentiality}
"""


def _pages(write_scheme: Callable[..., Path], named: bool = True) -> dict[str, str]:
    text = MINIMAL.replace(ROLE, ROLE + PARTS) + SCHEME
    if not named:
        text = text.split("sources:\n", 1)[0]
        for source in ("elig", "join", "meet", "sup"):
            text = text.replace(f", source: {source}", "")
    return markdown_pages(write_scheme(text), NOW)


def _source(title: str, anchor: str, root: str) -> str:
    return f"[{title}]({root}index.md#source-{anchor})"


@pytest.mark.parametrize(("page", "root"), [("mentor", "../"), ("mentor/print", "../../"), ("faq", "../")])
def test_each_page_shows_the_source_after_the_part(write_scheme: Callable[..., Path], page: str, root: str) -> None:
    text = _pages(write_scheme)[page]
    elig = f"- works here\n\n**Source:** {_source('Who can apply', 'elig', root)}\n"
    meet = f"**Meetings:** six meetings, monthly (source: {_source('Meeting plan', 'meet', root)}).\n"
    sup = f"It stays between you.\n\n**Source:** {_source('Confidentiality', 'sup', root)}\n"
    assert elig in text and meet in text and sup in text, text
    if page != "faq":  # the questions say how to apply on the how to join page, not the way in
        assert f"Apply online.\n\n**Source:** {_source('Joining', 'join', root)}\n" in text, text
    for fact, shown in (
        ("- works here\n", elig),
        ("six meetings, monthly", meet.removeprefix("**Meetings:** ").removesuffix(".\n")),
        ("It stays between you.\n", sup),
    ):
        assert text.count(fact) == text.count(shown), shown  # each time the part is shown (its answer too), once


def test_the_overview_and_the_sign_up_page_show_their_parts_sources(write_scheme: Callable[..., Path]) -> None:
    pages = _pages(write_scheme)
    assert f"- **Meetings:** six meetings, monthly (source: {_source('Meeting plan', 'meet', '')})\n" in pages[""]
    assert f"- works here\n\n**Source:** {_source('Who can apply', 'elig', '')}\n" in pages[""]
    assert f"Apply online.\n\n**Source:** {_source('Joining', 'join', '../')}\n" in pages["sign-up"]
    assert f"It stays between you.\n\n**Source:** {_source('Confidentiality', 'sup', '../')}\n" in pages["support"]


def test_nothing_is_said_of_a_source_the_file_does_not_name(write_scheme: Callable[..., Path]) -> None:
    pages = _pages(write_scheme, named=False)
    assert "It stays between you." in pages["support"] and "- works here" in pages["mentor"]
    for page, text in pages.items():
        assert "source:" not in text.lower() and "#source-" not in text, page
