"""A sign-up window is said only of the roles it is for: the roles `sign_up.roles` names, else the roles that apply
by their stated way in; a role-limited date says its role wherever it shows, and a role with none gets none."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.conftest import scheme_project
from tests.page_text import page_text
from tests.sites import build_at

HEAD = """\
title: Test scheme
summary: A small scheme for tests.
organisation:
  name: Test University
timezone: Europe/London
"""

# Mentors and mentees apply; how ambassadors come in is not stated.
UNNAMED = (
    HEAD
    + """\
roles:
  - {id: mentor, name: Mentor, join: {method: application}}
  - {id: mentee, name: Mentee, join: {method: application}}
  - {id: ambassador, name: Ambassador}
cohorts:
  - id: "2030"
    title: Round 2030
    start: 2030-03
    sign_up:
      opens: 2030-01-13
      deadline: 2030-02-03 17:00
"""
)

# The window names mentees only (`{}`: no way to apply given); mentors' way in is not stated.
NAMED = (
    HEAD
    + """\
roles:
  - {id: mentor, name: Mentor}
  - {id: mentee, name: Mentee}
cohorts:
  - id: "2030"
    title: Round 2030
    start: 2030-03
    sign_up:
      opens: 2030-01-13
      deadline: 2030-02-03 17:00
      roles:
        mentee: {}
"""
)

# A deadline limited to mentees, in `history`; mentors apply too but no date is given for them.
LIMITED = (
    HEAD
    + """\
roles:
  - {id: mentor, name: Mentor, join: {method: application}}
  - {id: mentee, name: Mentee, join: {method: application}}
cohorts:
  - id: "2030"
    title: Round 2030
    start: 2030-08
    end: 2031-03
    sign_up:
      history:
        - {state: open, until: 2030-07-22, roles: [mentee]}
"""
)


def _pages(root: Path, scheme: str, now: datetime) -> dict[str, str]:
    site = build_at(scheme_project(root, scheme), root / "site", now)
    base = site / "schemes" / "test-scheme"
    return {str(p.parent.relative_to(base)): page_text(p.read_text(encoding="utf-8")) for p in base.rglob("index.html")}


@pytest.fixture(scope="module")
def unnamed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return _pages(tmp_path_factory.mktemp("unnamed"), UNNAMED, datetime(2030, 1, 20, 9, tzinfo=UTC))


@pytest.fixture(scope="module")
def named(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return _pages(tmp_path_factory.mktemp("named"), NAMED, datetime(2030, 1, 20, 9, tzinfo=UTC))


@pytest.fixture(scope="module")
def limited(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return _pages(tmp_path_factory.mktemp("limited"), LIMITED, datetime(2030, 7, 1, 9, tzinfo=UTC))


def test_a_role_with_no_stated_way_in_reads_the_window_as_the_cohorts(unnamed: dict[str, str]) -> None:
    handbook = unnamed["ambassador"]
    assert "Applications for Round 2030 are open until Sunday 3 February 2030" in handbook
    assert "Applications are open" not in handbook
    assert "Before you apply" not in handbook
    assert "The deadline for applications for Round 2030 is" in handbook
    assert "Applications are open until Sunday 3 February 2030" in unnamed["mentor"]


def test_a_window_naming_roles_is_for_those_roles_only(named: dict[str, str]) -> None:
    assert "Applications are open until Sunday 3 February 2030" in named["mentee"]
    mentor = " ".join(named["mentor"].split())
    assert mentor.count("3 February 2030") == mentor.count("3 February 2030, 5pm GMT (roles: Mentees)") == 1
    assert "Applications are open" not in mentor
    sign_up = named["sign-up"]
    assert sign_up.count("Applications are open until") == 1
    assert "Status: Applications open until Sunday 3 February 2030, 5pm GMT (roles: Mentees)" in named["."]


def test_a_role_limited_deadline_says_its_role_everywhere(limited: dict[str, str]) -> None:
    overview = limited["."]
    assert "Deadline for applications (Mentees): Monday 22 July 2030" in overview
    assert "Application deadline (roles: Mentees): Monday 22 July 2030" in overview
    assert "(roles: Mentees)" in overview.split("Status:")[1].splitlines()[0]
    faq = limited["faq"]
    assert "Mentees: The deadline for applications is Monday 22 July 2030." in faq
    assert "Mentors: No deadline is given." in faq
    for page in ("mentor", "mentor/print"):
        text = " ".join(limited[page].split())
        assert text.count("22 July") == text.count("22 July 2030 (roles: Mentees)"), page
        assert "Deadline for applications" not in text
    assert "Deadline for applications: Monday 22 July 2030" in limited["mentee/print"]


def test_a_role_with_no_date_is_given_no_state_from_the_cohort_having_run(tmp_path: Path) -> None:
    faq = _pages(tmp_path, LIMITED, datetime(2031, 6, 1, tzinfo=UTC))["faq"]
    assert "Mentees: Round 2030: applications closed on Monday 22 July 2030." in faq
    assert "Mentors: No deadline is given." in faq


def test_a_past_opening_is_said_in_the_past_on_the_timeline(unnamed: dict[str, str]) -> None:
    timeline = unnamed["timeline"]
    assert "Sunday 13 January 2030: Applications opened" in timeline
    assert "Applications open " not in timeline.replace("Applications open:", "")
