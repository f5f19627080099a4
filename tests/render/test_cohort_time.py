"""What pages say of a cohort's time: a window with no close is over with its cohort, a yearless cohort is never
current, the status's promises about the timeline hold, a standing sign-up is what an undated source said, and
interest is taken for the cohort the file puts it in."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from schemebook.project.site import Site, load_scheme
from schemebook.render import render_scheme
from schemebook.render.templates import environment

HEAD = """\
title: Test scheme
summary: A small scheme for tests.
organisation:
  name: Test University
roles:
  - id: mentor
    name: Mentor
  - id: mentee
    name: Mentee
"""


def pages(write_scheme: Callable[..., Path], text: str, now: datetime) -> dict[str, str]:
    """Every page of one scheme rendered at `now`, by path under the scheme's folder, as plain text."""
    loaded, problems = load_scheme(write_scheme(text), "test-scheme.yml")
    assert loaded is not None, problems
    site = Site((loaded,), now)
    prefix = "schemes/test-scheme/"
    return {
        o.uri.removeprefix(prefix): html.unescape(str(o.content))
        for o in render_scheme(loaded, site, environment(None))
        if o.uri.startswith(prefix) and o.uri.endswith(".md")
    }


def status(page: str) -> str:
    """The status line of an overview."""
    found = re.search(r'class="sb-status"[^>]*>([^<]*)<', page)
    assert found, "no status line"
    return found.group(1)


ENDED = (
    HEAD
    + """\
cohorts:
  - id: "2026"
    title: 2026 programme
    start: 2026-04
    end: 2026-10
    sign_up:
      history:
        - {state: open, on: 2026-01, roles: [mentee]}
      roles:
        mentee: {email: mentoring@university.test}
"""
)


def test_a_window_with_no_close_is_over_once_its_cohort_has_ended(write_scheme: Callable[..., Path]) -> None:
    during = pages(write_scheme, ENDED, datetime(2026, 2, 1, tzinfo=UTC))
    assert "Before you apply" in during["mentee/index.md"]
    after = pages(write_scheme, ENDED, datetime(2026, 12, 7, tzinfo=UTC))
    for page in ("mentee/index.md", "sign-up/index.md"):
        assert "Before you apply" not in after[page] and "mailto:mentoring@" not in after[page], page
        assert 'data-signup-state="closed"' in after[page], page


SUPERSEDED = (
    HEAD
    + """\
cohorts:
  - id: 2019-2020
    title: 2019-2020 programme
    sign_up:
      opens: 2019-08
      roles:
        mentee: {email: mentoring@university.test}
  - id: 2024
    title: 2024 programme
    start: 2024-02-19
    end: 2024-06-18
"""
)


def test_a_later_cohort_supersedes_an_earlier_window_with_no_close(write_scheme: Callable[..., Path]) -> None:
    found = pages(write_scheme, SUPERSEDED, datetime(2026, 12, 7, tzinfo=UTC))
    for page in ("faq/index.md", "mentee/index.md", "sign-up/index.md"):
        assert "2019" not in found[page] and "Before you apply" not in found[page], page
    assert status(found["index.md"]).startswith("2024 programme: was planned to run from")
    # the earlier cohort's own history still says when its applications opened, and no more
    assert "Applications opened in August 2019; no closing date is given" in found["index.md"]
    before = pages(write_scheme, SUPERSEDED, datetime(2020, 1, 1, tzinfo=UTC))
    assert status(before["index.md"]).startswith("2019-2020 programme: applications opened in August 2019")


YEARLESS = (
    HEAD
    + """\
cohorts:
  - id: september
    title: September intake
    events:
      - {id: apply, title: Applications open, kind: sign-up, when: September}
  - id: february
    title: February intake
    events:
      - {id: apply, title: Applications open, kind: sign-up, when: February}
"""
)


def test_a_cohort_with_no_year_is_never_the_status_of_the_scheme(write_scheme: Callable[..., Path]) -> None:
    said = status(pages(write_scheme, YEARLESS, datetime(2026, 12, 7, tzinfo=UTC))["index.md"])
    assert "intake" not in said and said == "No cohort is current by the dates given"
    placed = YEARLESS.replace("when: February}", "when: February 2027}")
    assert status(pages(write_scheme, placed, datetime(2026, 12, 7, tzinfo=UTC))["index.md"]).startswith(
        "February intake:"
    )


WORDED = (
    HEAD
    + """\
cohorts:
  - id: launch
    title: Launch
    when: around June
    events:
      - {id: training, title: Training, kind: training, when: April and May}
"""
)


def test_the_status_says_the_dates_the_timeline_does_not_hold(write_scheme: Callable[..., Path]) -> None:
    found = pages(write_scheme, WORDED, datetime(2026, 12, 7, tzinfo=UTC))
    said = status(found["index.md"])
    assert said == "Around June (no year given), as the source words it; other dates are on the timeline"
    assert "around June" not in found["timeline/index.md"]  # so the status must say it itself
    alone = pages(write_scheme, WORDED.replace("    when: around June\n", ""), datetime(2026, 12, 7, tzinfo=UTC))
    assert status(alone["index.md"]) == "The dates given are on the timeline"
    later = WORDED.replace("    when: around June\n", "    start: 2027-06\n")
    assert status(pages(write_scheme, later, datetime(2026, 12, 7, tzinfo=UTC))["index.md"]) == (
        "Planned to start in June 2027; other dates are on the timeline"
    )


PAST_WORDS = (
    HEAD
    + """\
cohorts:
  - id: 2016-2017
    title: Academic year 2016-2017
    when: the academic year 2016-2017
    sign_up:
      roles:
        mentee: {through: an email to the mentoring office}
"""
)


def test_a_cohort_dated_only_in_words_is_never_planned_current_or_to_come(write_scheme: Callable[..., Path]) -> None:
    found = pages(write_scheme, PAST_WORDS, datetime(2026, 12, 7, tzinfo=UTC))
    every = "\n".join(found.values())
    assert not re.search(r"(?i)\bplanned\b|\bupcoming\b|\bwill\b", every)
    assert status(found["index.md"]) == "No cohort is current by the dates given"  # 2016-2017 is past in 2026
    assert "**When, as the source words it:** the academic year 2016-2017." in found["index.md"]
    assert "**Now:**" not in found["index.md"]
    assert "**Cohort:** none is current by the dates given." in found["sign-up/index.md"]
    assert "Academic year 2016-2017:" not in found["mentee/index.md"]
    coming = pages(write_scheme, PAST_WORDS.replace("2016-2017", "2026-2027"), datetime(2026, 12, 7, tzinfo=UTC))
    assert status(coming["index.md"]) == "The academic year 2026-2027, as the source words it"
    assert not re.search(r"(?i)\bplanned\b", "\n".join(coming.values()))


STANDING = (
    HEAD
    + """\
sign_up:
  rolling: true
  roles:
    mentee: {email: mentoring@university.test}
sources:
  - {title: Mentoring, url: "https://university.test/mentoring"}
"""
)


def test_a_standing_sign_up_is_what_a_source_said(write_scheme: Callable[..., Path]) -> None:
    found = pages(write_scheme, STANDING, datetime(2026, 12, 7, tzinfo=UTC))
    said = "An undated source said applications were taken at any time"
    assert status(found["index.md"]) == said + " (roles: Mentees)"  # `sign_up.roles` names mentees only
    for page in ("mentee/index.md", "sign-up/index.md", "faq/index.md"):
        assert said + "." in found[page], page
        assert "are open" not in found[page].replace("whether applications are open", ""), page
        assert "Applications are taken" not in found[page], page
    dated = STANDING.replace('url: "https://university.test/mentoring"', 'url: "https://u.test/m", date: 2025-03-01')
    assert status(pages(write_scheme, dated, datetime(2026, 12, 7, tzinfo=UTC))["index.md"]) == (
        "A source dated 1 March 2025 said applications were taken at any time (roles: Mentees)"
    )


INTEREST = (
    HEAD
    + """\
cohorts:
  - id: 2024-25
    title: 2024-25
    start: 2024
    end: 2025
    sign_up:
      history:
        - state: interest
      roles:
        mentee: {through: the 2024-25 interest survey}
"""
)


def test_interest_is_for_the_cohort_the_file_puts_it_in(write_scheme: Callable[..., Path]) -> None:
    found = pages(write_scheme, INTEREST, datetime(2024, 6, 1, tzinfo=UTC))
    for page in ("mentee/index.md", "sign-up/index.md"):
        assert "An undated source said interest was being taken for 2024-25." in found[page], page
    for uri, page in found.items():
        assert "later" not in page, uri


def test_a_cohort_dated_in_words_that_has_run_keeps_its_words(write_scheme: Callable[..., Path]) -> None:
    """A cohort the file says has run, dated only in words, is never said to have "no dates"; the FAQ gives the
    words once, and that it has run."""
    text = PAST_WORDS.replace("    when: the academic year 2016-2017\n", "    when: October 2018 to autumn 2019\n")
    found = pages(write_scheme, text + "    outcomes: {completed: true}\n", datetime(2026, 12, 7, tzinfo=UTC))
    every = "\n".join(found.values())
    assert "no dates given" not in every
    assert "Has run (October 2018 to autumn 2019, as the source words it)" in found["index.md"]
    assert "Mentoring: October 2018 to autumn 2019. It has run." in found["faq/index.md"]


def test_a_cohort_with_no_end_whose_worded_dates_have_passed_says_so(write_scheme: Callable[..., Path]) -> None:
    """A length that gives no end, and a last event in words whose time is over: not "no end date given", which
    reads as still running."""
    text = HEAD + (
        "cohorts:\n  - id: one\n    start: 2025-03\n    length: approximately a year\n    events:\n"
        "      - {id: close, title: Closing meet-up, when: Fall/ Winter 2025-2026}\n"
    )
    now = datetime(2026, 12, 7, tzinfo=UTC)
    found = status(pages(write_scheme, text, now)["index.md"])
    assert found.endswith("and to run for approximately a year; the dates on the timeline have all passed"), found
    assert "no end date given" in status(pages(write_scheme, text, datetime(2025, 12, 7, tzinfo=UTC))["index.md"])


def test_past_mentoring_dates_the_file_does_not_say_were_kept_are_a_plan(write_scheme: Callable[..., Path]) -> None:
    text = HEAD + "cohorts:\n  - id: one\n    start: 2020-05-01\n    end: 2021-06-30\n"
    now = datetime(2026, 12, 7, tzinfo=UTC)
    overview = pages(write_scheme, text, now)["index.md"]
    assert "- **Mentoring, as planned:** <time" in overview
    assert "- **Mentoring ends (as planned):** <time" in overview
    kept = pages(write_scheme, text + "    outcomes: {completed: true}\n", now)["index.md"]
    assert "as planned" not in kept and "- **Mentoring ends:** <time" in kept
