"""Fields written in the source's words: lengths and counts that are approximate, ranged or bounded are shown as
written and give no end time; documents with an http:// address or none; roles that take part automatically or
by contacting someone never hear of applying; a source read only in part says so; a worded date with no
year says so."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.conftest import MINIMAL, scheme_project
from tests.page_text import page_text
from tests.render.conftest import markdown_pages, readable
from tests.sites import build_at

SCHEME = """\
title: Test scheme
summary: A small scheme for tests.
organisation:
  name: Test University
matching:
  offers: up to 3
  chosen_by: mentee
meetings:
  count: 3-4
  duration: about 90 minutes
roles:
  - id: mentor
    name: Reverse mentor
    training:
      - id: briefing
        title: Briefing
        duration: 45 to 60 minutes
  - id: mentee
    name: Reverse mentee
  - id: student
    name: New student
    join: {method: automatic, of: all new first-year students}
  - id: visitor
    name: Visitor
    join: {method: contact, through: the scheme coordinator}
documents:
  - id: pack
    title: Welcome pack
    url: http://www.example.org/pack.pdf
  - id: agreement
    title: Mentoring agreement
  - id: handout
    title: Handout
    published: false
sources:
  - title: Old page
    url: http://www.example.org/old
    partial: true
  - title: New page
    url: https://www.example.org/new
cohorts:
  - id: "2030"
    start: 2030-03
    length: about 6 months
    places: {count: about 25}
    events:
      - id: workshop
        title: Workshop
        kind: meeting
        start: 2030-03-02 10:00
        duration: about 90 minutes
    sign_up:
      opens: 2030-01-13
      deadline: 2030-02-03 17:00
      roles:
        mentor: {form: "https://forms.office.com/r/TEST"}
        mentee: {email: mentoring@university.test}
"""
BASE = "schemes/test-scheme"
PAGES = ("", "mentor", "mentee", "student", "visitor", "timeline", "sign-up", "faq")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The scheme built with real MkDocs, before its deadline."""
    root = tmp_path_factory.mktemp("worded")
    scheme_project(root, SCHEME)
    return build_at(root / "mkdocs.yml", root / "site", datetime(2030, 1, 20, tzinfo=UTC))


@pytest.fixture(scope="module")
def pages(site: Path) -> dict[str, str]:
    """Each page's text."""
    return {
        page: page_text(readable((site / BASE / page / "index.html").read_text(encoding="utf-8")), width=10_000)
        for page in PAGES
    }


def test_worded_lengths_and_counts_are_shown_as_written(pages: dict[str, str]) -> None:
    assert "Meetings: 3-4 meetings, about 90 minutes each" in pages[""]
    assert "Mentoring: from March 2030, for about 6 months" in pages[""]
    assert "Places: about 25 places." in pages["sign-up"]
    assert "Up to 3 possible matches are proposed" in pages["mentor"]
    assert "Briefing (45 to 60 minutes)." in pages["mentor"]
    assert "90 minutes each" not in pages[""].replace("about 90 minutes each", "")


def test_an_inexact_length_gives_no_end(site: Path, pages: dict[str, str]) -> None:
    assert "Saturday 2 March 2030, 10am: Workshop (about 90 minutes)" in pages["timeline"]
    assert "11:30" not in pages["timeline"] and "11.30" not in pages["timeline"]
    entry = (site / BASE / "timeline" / "2030.workshop.ics").read_text(encoding="utf-8")
    assert "DTSTART" in entry and "DTEND" not in entry
    assert "Mentoring ends" not in pages[""] and "September" not in " ".join(pages.values())


def test_documents_say_whether_an_address_is_given(site: Path, pages: dict[str, str]) -> None:
    assert "- Mentoring agreement (no address given)" in pages["mentor"]
    assert "- Handout (not published)" in pages["mentor"]
    html = (site / BASE / "mentor" / "index.html").read_text(encoding="utf-8")
    assert 'href="http://www.example.org/pack.pdf"' in html


def test_a_source_read_in_part_says_so(pages: dict[str, str]) -> None:
    assert (
        "- Old page, at www.example.org: only part of it was read" in pages[""]
        and "copy was incomplete" not in pages[""]
    )
    assert "- New page, at www.example.org\n" in pages[""] + "\n"


@pytest.mark.parametrize(
    ("role", "said"),
    [
        ("student", "New students take part automatically. Everyone in: all new first-year students."),
        ("visitor", "Visitors get in touch directly with the scheme coordinator."),
    ],
)
def test_a_role_that_does_not_apply_never_reads_of_applying(pages: dict[str, str], role: str, said: str) -> None:
    assert said in pages[role]
    assert not re.search(r"appl(y|ic)", pages[role], re.I), pages[role]
    section = pages["sign-up"].split(f"## {'New student' if role == 'student' else 'Visitor'}\n")[1].split("## ")[0]
    assert section.strip() == said


def test_worded_dates_in_history_costs_and_sources_say_they_have_no_year(tmp_path: Path) -> None:
    path = tmp_path / "test-scheme.yml"
    path.write_text(
        MINIMAL
        + """\
cost: {amount: £40, due: by 1 March}
history:
  - {when: in October, said: The first pairs met}
sources:
  - {title: News, url: "https://university.test/news", date: 22 December}
""",
        encoding="utf-8",
    )
    found = markdown_pages(path, datetime(2031, 1, 1, tzinfo=UTC))
    overview = found[""]
    assert "**in October (no year given):** The first pairs met" in overview
    assert "(22 December (no year given))" in overview
    assert "payment is due by 1 March (no year given)" in "\n".join(found.values())
