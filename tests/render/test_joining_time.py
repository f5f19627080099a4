"""What pages say of joining and of a cohort's time: a cohort's notes never say it ran, a sign-up a source gave
without a date is said as that source said it, and no cohort is named as current that no date places."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from tests.render.test_cohort_time import HEAD, YEARLESS, pages

NOW = datetime(2026, 12, 7, tzinfo=UTC)

NOTED = (
    HEAD
    + """\
cohorts:
  - id: 2017-18
    title: 2017-2018
    start: 2017-09
    end: 2018-05
    notes: The facilitators were named on the earliest page.
"""
)


def test_notes_do_not_say_a_cohort_ran(write_scheme: Callable[..., Path]) -> None:
    found = pages(write_scheme, NOTED, NOW)
    for uri, page in found.items():
        assert "ended; it ran" not in page and "Ended; it ran" not in page, uri
    assert "Was planned to run from September 2017 to May 2018" in found["index.md"]
    matched = NOTED + "    outcomes: {pairs_matched: 12}\n"  # pairs were matched: it began, not that it ended
    began = "Began; it was planned to run from September 2017 to May 2018"
    assert began in pages(write_scheme, matched, NOW)["index.md"]
    ran = NOTED + "    outcomes: {pairs_matched: 12, completed: true}\n"
    assert "Ended; it ran from September 2017 to May 2018" in pages(write_scheme, ran, NOW)["index.md"]


RECRUITING = (
    HEAD
    + """\
cohorts:
  - id: "2020"
    title: 2020 programme
    start: 2020
    sign_up:
      history:
        - {state: open, roles: [mentor]}
  - id: "2021"
    title: 2021 programme
    start: 2021
"""
)


def test_a_sign_up_the_file_does_not_date_is_what_a_source_said(write_scheme: Callable[..., Path]) -> None:
    found = pages(write_scheme, RECRUITING, NOW)
    assert "An undated source said applications were open (roles: Mentors)" in found["index.md"]
    for uri, page in found.items():
        assert "- Open" not in page, uri
    dated = RECRUITING.replace("{state: open, roles", "{state: open, as_of: 2019-11-04, roles")
    assert "Open (as of Monday 4 November 2019) (roles: Mentors)" in pages(write_scheme, dated, NOW)["index.md"]


def test_a_cohort_no_year_places_is_not_named_as_the_one_to_join(write_scheme: Callable[..., Path]) -> None:
    found = pages(write_scheme, YEARLESS, NOW)
    for uri in ("sign-up/index.md", "mentee/index.md", "mentor/index.md"):
        assert "February intake" not in found[uri], uri
    assert "**Cohort:** none is current by the dates given." in found["sign-up/index.md"]
    placed = YEARLESS.replace("when: February}", "when: February 2027}")
    assert "February intake" in pages(write_scheme, placed, NOW)["sign-up/index.md"]


WAYS_IN = """\
title: Test scheme
summary: A small scheme for tests.
organisation:
  name: Test University
roles:
  - id: postdoc
    name: Postdoc
    join:
      through: a mentor from the list of mentors
      details: Find a mentor on the list and contact them.
      selection: [a conversation with the mentor]
  - id: trainee
    name: Trainee
    join: {method: membership, of: the program's new trainees}
  - id: officer
    name: Officer
"""


def test_the_how_to_join_page_holds_each_roles_way_in(write_scheme: Callable[..., Path]) -> None:
    found = pages(write_scheme, WAYS_IN, NOW)
    page = found["sign-up/index.md"]
    for fact in (
        "Postdocs join through a mentor from the list of mentors.",
        "Find a mentor on the list",
        "**Selection:** a conversation with the mentor.",
        "Trainees take part as members",
    ):
        assert fact in page, fact
    assert "application dates are given for Trainees" not in page
    assert "how each role joins, as far as the scheme says" in found["index.md"]
    bare = WAYS_IN.split("    join:")[0].replace("  - id: postdoc", "  - id: officer2").rstrip() + "\n"
    assert "no dates or way of joining are given" in pages(write_scheme, bare, NOW)["index.md"]
