"""What the pages say of joining is what the file says: "How to join: not given" only for a role whose file says
nothing of joining; a cohort's `join` keeps the role's fields it leaves out and is never said twice; a cohort's
label is never left with nothing after it; a stop the file ends a text with is never doubled."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.conftest import scheme_project
from tests.page_text import page_text
from tests.sites import build_at

SCHEME = """\
title: Joining words
summary: A scheme whose roles join in ways the file only partly says.
organisation: {name: An office}
roles:
  - id: mentee
    name: Mentee
    summary: A newly hired researcher.
    join:
      details: A mentor is assigned on request when a researcher is hired.
      selection: [an interview with the office., are you ready?]
  - id: mentor
    name: Mentor
    summary: A member of staff.
    join: {method: application, through: the application form}
  - id: coach
    name: Coach
    summary: A senior member of staff.
    join: {method: application, through: the application form}
  - id: buddy
    name: Buddy
    summary: Anyone who helps.
  - id: guest
    name: Guest
    summary: A visitor.
cohorts:
  - id: first
    title: First round
    start: 2031-01
    roles:
      - id: mentor
        join:
          details: Not everyone who signs up can be accepted as a mentor.
      - id: coach
        join: {method: application, through: the application form}
      - id: buddy
        join: {method: application}
"""


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    root = tmp_path_factory.mktemp("words")
    site = build_at(scheme_project(root, SCHEME, "words"), root / "site", datetime(2030, 1, 20, tzinfo=UTC))
    return {
        name: page_text((site / "schemes/words" / name / "index.html").read_text(encoding="utf-8"), width=10_000)
        for name in ("", "sign-up", "faq", "mentee", "mentor", "coach", "buddy", "guest")
    }


def test_not_given_only_when_the_file_says_nothing_of_joining(pages: dict[str, str]) -> None:
    assert "How to join: not given" not in pages["mentee"]
    assert "A mentor is assigned on request when a researcher is hired." in pages["mentee"]
    assert "How to join: not given." in pages["guest"]


def test_a_cohort_join_keeps_the_fields_it_leaves_out(pages: dict[str, str]) -> None:
    assert "Mentors apply through the application form." in pages["mentor"]
    assert "How to join: through the application form" not in pages["mentor"]
    assert "Not everyone who signs up can be accepted as a mentor." in pages["mentor"]


def test_the_same_way_is_never_said_twice(pages: dict[str, str]) -> None:
    for name, text in pages.items():
        assert "Otherwise," not in text, name
    assert pages[""].count("Coaches apply through the application form.") == 2  # who it is for; the cohort's own


def test_a_cohort_label_always_has_its_content(pages: dict[str, str]) -> None:
    overview = pages[""]
    assert "Mentors in this cohort\nNot everyone who signs up can be accepted as a mentor." in overview
    assert "Buddies in this cohort" not in overview  # its `join` prints nothing here


def test_a_stop_the_file_wrote_is_not_doubled(pages: dict[str, str]) -> None:
    for name, text in pages.items():
        assert "office.." not in text and "?." not in text, name
    assert "Selection: an interview with the office. and are you ready?" in pages["mentee"]
