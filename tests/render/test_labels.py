"""Facts shown under labels that say no more than the fields behind them: the people named, themes, a group whose
members take part, meeting facts as given, eligibility's promise of conditions, cohort titles, role names, roles
with nothing to say, benefits, sources' dates, documents and matching."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.conftest import scheme_project
from tests.page_text import page_text
from tests.render.conftest import readable
from tests.sites import build_at

SCHEME = """\
title: Test scheme
summary: A small scheme for tests.
organisation:
  name: Test University
pairing: one-to-one
partners:
  - name: Test Students' Union
people:
  - name: The Postdoc Association
    role: founder
meetings:
  period: until the end the pair agree
  modes: [online]
  also:
    - mode: in-person
      when: if the pair meet face to face
themes:
  - id: one
    title: Careers
  - id: two
    title: Networks
matching:
  rules:
    - The mentor is from outside the protégé's organisation
roles:
  - id: mentor
    name: Mentor
    benefits:
      - Their own development as leaders
  - id: protege
    name: Protégé
    eligibility:
      groups: [Early-career staff]
      notes: Staff on fixed-term contracts are welcome.
    join: {method: membership, of: the University's new students}
documents:
  - id: guide
    title: Guide
    url: https://www.example.org/guide.pdf
    description: For local unions (August 2018)
sources:
  - title: Old page
    url: https://www.example.org/old
    date: 2018-08
  - title: New page
    url: https://www.example.org/new
cohorts:
  - id: "2020"
    title: 2020 application round
    start: 2020-03
  - id: "2030"
    title: 2030 application round
    start: 2030-03
    matching:
      notes: Pairs are listed in the welcome email.
    roles:
      - id: protege
        join: {method: automatic, of: the Civil Service Leadership Group}
"""
BASE = "schemes/test-scheme"
PAGES = ("", "mentor", "protege", "sign-up", "faq", "themes", "mentor/print")


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Each page's text, the scheme built with real MkDocs."""
    root = tmp_path_factory.mktemp("labels")
    scheme_project(root, SCHEME)
    site = build_at(root / "mkdocs.yml", root / "site", datetime(2030, 1, 20, tzinfo=UTC))
    return {
        page: page_text(readable((site / BASE / page / "index.html").read_text(encoding="utf-8")), width=10_000)
        for page in PAGES
    }


def test_people_are_named_not_said_to_run_the_scheme(pages: dict[str, str]) -> None:
    assert "## People named" in pages[""]
    assert "The Postdoc Association, founder" in pages[""]
    assert "Who runs" not in pages[""]


def test_themes_are_listed_under_a_label(pages: dict[str, str]) -> None:
    for page in ("mentor", "themes"):
        assert "Themes:\n- Careers\n- Networks" in pages[page]
        assert "meetings follow" not in pages[page].lower()


def test_a_group_whose_members_take_part_is_a_labelled_fact(pages: dict[str, str]) -> None:
    assert "Everyone in: the Civil Service Leadership Group." in pages["protege"]
    assert "Protégés take part as members. Members of: the University's new students." in (pages["protege"])
    assert not re.search(r"members of the University|automatically as the Civil", " ".join(pages.values()))


def test_meeting_period_and_modes_are_labelled_as_given(pages: dict[str, str]) -> None:
    for said in ("Meeting period: until the end the pair agree", "Ways to meet: online", "Also in person: if the pair"):
        assert f"- {said}" in pages[""], said
    assert "Meetings: period:" not in " ".join(pages.values())  # a label is never inside another's sentence
    assert "over until" not in " ".join(pages.values())


def test_a_group_with_no_conditions_is_said_alone(pages: dict[str, str]) -> None:
    assert "Open to people in this group:\n- Early-career staff" in pages["protege"]
    assert "also hold" not in pages["protege"]


def test_cohort_titles_stand_as_labels(pages: dict[str, str]) -> None:
    text = " ".join(pages.values())
    assert "2030 application round: Protégés take part automatically" in pages["protege"]
    assert not re.search(r"\b(?:[Ff]or|[Ii]n|[Tt]o) (?:the )?20[23]0 application round", text)


def test_roles_are_called_by_their_names(pages: dict[str, str]) -> None:
    assert "mentee" not in " ".join(pages.values()).lower()


def test_no_role_label_stands_with_nothing_after_it(pages: dict[str, str]) -> None:
    assert not re.search(r"^- Mentors$|^Mentors\.$|^Protégés\.$", " \n".join(pages.values()), re.M)
    assert "Protégés:\nProtégés take part" in pages["faq"] or "Protégés:\n2030" in pages["faq"]


def test_benefits_have_a_heading_that_fits_any_wording(pages: dict[str, str]) -> None:
    assert "## Benefits\n- Their own development as leaders" in pages["mentor"]
    assert "gives you" not in pages["mentor"]


def test_sources_dated_says_how_many_are_undated(pages: dict[str, str]) -> None:
    assert "Sources dated: August 2018; one source not dated" in pages[""]


def test_documents_never_nest_brackets(pages: dict[str, str]) -> None:
    assert "- Guide: For local unions (August 2018)" in pages[""]
    assert not re.search(r"\([^()]*\(", pages[""])


def test_matching_heading_and_the_schemes_own_matching(pages: dict[str, str]) -> None:
    for page in ("", "mentor"):
        assert "## Matching\n2030 application round:\nPairs are listed in the welcome email." in pages[page]
        assert "As the scheme gives it in general:" in pages[page]
        assert "The mentor is from outside the protégé's organisation" in pages[page]
        assert "How matches are made" not in pages[page]


def test_rules_alone_are_not_said_to_be_how_matches_are_made(tmp_path: Path) -> None:
    ruled = SCHEME.split("cohorts:")[0]
    scheme_project(tmp_path, ruled)
    site = build_at(tmp_path / "mkdocs.yml", tmp_path / "site", datetime(2030, 1, 20, tzinfo=UTC))
    text = page_text((site / BASE / "index.html").read_text(encoding="utf-8"), width=10_000)
    assert "## Matching\nMatching rules:\n- The mentor is from outside" in text
    assert "How matches are made" not in text


def test_a_heading_names_only_what_is_under_it(pages: dict[str, str]) -> None:
    assert "## Partners\n" in pages[""] and "unders" not in pages[""]
