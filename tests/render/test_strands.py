"""Parts of a scheme with their own rules (strands, editions, a campus's own version): each said under its own title
on the overview, labelled "in this part", with a pointer from every role's handbook and the sign-up page; nothing
said of parts when the file gives none."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.conftest import scheme_project
from tests.page_text import page_text
from tests.sites import build_at

SCHEME = """\
title: Stranded scheme
summary: A scheme with strands.
organisation: {name: Strand University}
pairing: group
roles:
  - {id: mentor, name: Mentor, join: {method: application}, eligibility: {requirements: [A student in year 2 or 3]}}
  - {id: mentee, name: Mentee}
sources:
  - {id: campus, title: Campus page, url: "https://tecnico.ulisboa.pt/en/campus/"}
strands:
  - id: mobility
    title: Mobility Mentoring
    summary: For international mobility students.
    recurs: every six months
    applications: in June / July, for the following school year
    pairing: [peer, group]
    group_size: about four mentees to a mentor
    roles:
      - id: mentor
        eligibility: {requirements: [A student who has been on an exchange]}
        join: {details: Applications are individual only.}
  - id: taguspark
    title: Taguspark campus
    source: campus
    locations: [Taguspark (Oeiras)]
    matching: {rules: [Mentors are from the mentee's own course]}
    cost: {free: true}
    notes: The campus has run its own model since 2010.
"""
PAGES = (
    "index.html", "mentor/index.html", "mentee/index.html", "sign-up/index.html", "faq/index.html",
    "mentor/print/index.html",
)  # fmt: skip


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Every page named in PAGES, built with real MkDocs, as text."""
    root = tmp_path_factory.mktemp("strands")
    site = build_at(scheme_project(root, SCHEME, "stranded"), root / "site", datetime(2026, 12, 1, 12, tzinfo=UTC))
    folder = site / "schemes" / "stranded"
    return {page: page_text((folder / page).read_text(encoding="utf-8")) for page in PAGES}


@pytest.mark.parametrize(
    "sentence",
    [
        "Parts of the scheme\n",
        "Mobility Mentoring\nFor international mobility students.",
        "Runs: every six months",
        "Applications, as the source words it: in June / July, for the following school year",
        "Pairing in this part: peer mentoring and group mentoring.",
        "Group size in this part: about four mentees to a mentor.",
        "Mentors in this part\nApplications are individual only.",
        "This condition must be met:\n- A student who has been on an exchange",
        "Taguspark campus\nSource: Campus page",
        "Where: Taguspark (Oeiras)",
        "Matching in this part:",
        "- Mentors are from the mentee's own course",
        "The campus has run its own model since 2010.",
    ],
)
def test_each_part_gives_what_differs_under_its_title(pages: dict[str, str], sentence: str) -> None:
    overview = pages["index.html"]
    assert sentence in overview
    # the scheme's own rules stay the scheme's
    assert "Pairing: group mentoring" in overview and "- A student in year 2 or 3" in overview


@pytest.mark.parametrize("page", PAGES[1:])
def test_every_role_and_the_sign_up_page_point_to_the_parts(pages: dict[str, str], page: str) -> None:
    assert "Parts of the scheme with their own rules: Mobility Mentoring and Taguspark campus" in pages[page]


def test_nothing_of_parts_without_strands(tmp_path: Path) -> None:
    scheme = SCHEME.split("strands:")[0]
    site = build_at(scheme_project(tmp_path, scheme, "plain"), tmp_path / "site", datetime(2026, 12, 1, tzinfo=UTC))
    for page in PAGES:
        text = page_text((site / "schemes" / "plain" / page).read_text(encoding="utf-8"))
        assert "Parts of the scheme" not in text and "in this part" not in text


@pytest.mark.parametrize("page", ["mentor/index.html", "sign-up/index.html"])
def test_no_dates_for_the_scheme_points_to_a_part_s_window_in_words(pages: dict[str, str], page: str) -> None:
    text = " ".join(pages[page].split())
    assert "No application dates are given. A part of the scheme that says in words when it takes applications:" in text
    assert "Mobility Mentoring (under “Parts of the scheme” on the overview)." in text
