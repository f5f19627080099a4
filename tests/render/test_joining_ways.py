"""A way in that is not an application ("through your branch") is a labelled fact, never "Applications are made
through ..."; a role that does not apply (no join method, or one that is not an application) gets no sentence about
application dates."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.conftest import scheme_project
from tests.page_text import page_text
from tests.sites import build_at

SCHEME = """\
title: Branch scheme
summary: Ask your branch.
organisation: {name: A union}
roles:
  - id: mentor
    name: Mentor
    join: {method: application}
  - id: buddy
    name: Buddy
    join: {through: your branch}
  - id: mentee
    name: Mentee
    summary: Students who drop in at lunch.
cohorts:
  - id: now
    start: 2031-01
    sign_up:
      roles:
        mentor: {through: the staff office}
        buddy: {through: your branch}
"""


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    root = tmp_path_factory.mktemp("ways")
    site = build_at(scheme_project(root, SCHEME, "ways"), root / "site", datetime(2030, 1, 20, tzinfo=UTC))
    return {
        name: page_text((site / "schemes/ways" / name / "index.html").read_text(encoding="utf-8"), width=10_000)
        for name in ("sign-up", "mentor", "buddy", "mentee")
    }


def test_a_way_in_that_is_no_application_is_a_labelled_fact(pages: dict[str, str]) -> None:
    for name in ("sign-up", "buddy"):
        assert "How to join: through your branch." in pages[name]
        assert "made through your branch" not in pages[name] and "apply" not in pages[name].lower().split("## ")[-1]


def test_an_application_keeps_its_way(pages: dict[str, str]) -> None:
    assert "Applications are made through the staff office." in pages["sign-up"]
    assert "Cohort now: no application dates are given." in pages["sign-up"]


def test_a_role_that_does_not_apply_gets_no_application_dates(pages: dict[str, str]) -> None:
    for text in pages.values():
        assert "Mentees: no application dates" not in text and "Buddies: no application dates" not in text
    assert "How to join: not given." in pages["mentee"]
