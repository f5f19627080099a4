"""Schemes of other shapes read truthfully: joining without applying, matching, people, documents, dates as worded,
and a cohort that differed from the scheme."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.conftest import scheme_project
from tests.page_text import page_text
from tests.sites import build_at

SHAPED = """\
title: Shaped scheme
summary: A scheme of every shape.
organisation:
  name: Shaped University
cost: {covered_by: your network membership}
pairing: group
group_size: three or four mentees with one mentor
matching:
  by: the network team
  on: [career interests]
  rules: [the mentee is more senior than the mentor]
  offers: 3
  chosen_by: mentee
roles:
  - id: mentor
    name: Circle mentor
    join: {method: registration, through: the staff network's registration form}
    eligibility:
      groups: [Black staff, Asian staff]
      groups_complete: false
      self_identification: true
      levels: {scale: grade, lowest: "6"}
      staff_of: [Partner One, Partner Two]
      students_of: [College One]
      members_of: [Union One]
      not_eligible: We keep your details on record.
  - id: mentee
    name: Leader
    join: {method: membership, of: the Leadership Group}
  - id: trust
    name: Member trust
    participant: organisation
    represented_by: its executive team
    join: {method: nomination, by: the regional office, then: application}
    eligibility: {groups: [NHS trusts, private providers]}
  - id: partner
    name: Learning partner
    sides: [a neurodivergent colleague, a more senior colleague]
meetings:
  count: up to 6
  modes: [online, phone]
  also: [{mode: in-person, when: by agreement}]
  parts: [half on inclusion, half on career]
  rules: [reply within 48 hours]
people:
  - {name: Dr Ada Sponsor, role: sponsor, job_title: Pro-Vice-Chancellor}
  - {name: Network team, role: team}
documents:
  - {id: proforma, title: Mentee proforma, kind: form, fill_in: true, roles: [trust], file: files/proforma.txt}
  - {id: guide, title: Guidebook, kind: guide, description: given out at the first meeting}
cohorts:
  - id: pilot
    pilot: true
    when: November to April
    summary: A pilot for one directorate.
    roles:
      - id: mentee
        summary: Directors of one directorate
        join: {method: invitation, by: the chief executive}
    partners: [{name: Pilot Partner}]
    meetings: {count: 4}
  - id: second
    events:
      - {id: outcome, title: Outcome of applications, when: late August}
    sign_up:
      history:
        - {state: open, when: Friday 18th August, as_of: 2023-08-01}
      roles:
        trust: {through: the regional office, documents: [proforma]}
"""


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    root = tmp_path_factory.mktemp("shaped")
    config = scheme_project(root, SHAPED, "shaped")
    (root / "schemes" / "files").mkdir()
    (root / "schemes" / "files" / "proforma.txt").write_text("Name:\n", encoding="utf-8")
    site = build_at(config, root / "site", datetime(2026, 12, 1, 12, tzinfo=UTC))
    found = {
        str(p.relative_to(site / "schemes" / "shaped")): p for p in (site / "schemes" / "shaped").glob("**/index.html")
    }
    found["files/proforma.txt"] = site / "schemes" / "shaped" / "files" / "proforma.txt"
    return {name: path.read_text(encoding="utf-8") for name, path in found.items()}


def text(pages: dict[str, str], name: str) -> str:
    return page_text(pages[name])


@pytest.mark.parametrize(
    ("page", "sentence"),
    [
        ("index.html", "Circle mentors (by registration)"),
        ("index.html", "group mentoring (three or four mentees with one mentor)"),
        ("index.html", "Matched by: the network team, on career interests."),
        ("index.html", "Three possible matches are proposed. Who chooses among them: Leaders."),
        ("index.html", "the mentee is more senior than the mentor"),
        ("index.html", "Dr Ada Sponsor, sponsor (Pro-Vice-Chancellor)"),
        ("index.html", "Network team\n"),  # a name that says it is a team gets no label saying so again
        ("index.html", "Guidebook (no address given): given out at the first meeting"),
        ("index.html", "When, as the source words it: November to April (no year given)."),
        ("index.html", "Leaders in this cohort: Directors of one directorate"),
        ("index.html", "Leaders join by invitation from the chief executive."),
        ("index.html", "Partners in this cohort: Pilot Partner."),
        ("index.html", "Meetings in this cohort: four meetings."),
        ("mentor/index.html", "Open to people in groups including these (the list is not complete):"),
        ("mentor/index.html", "Self-identification is accepted."),
        ("trust/index.html", "Open to organisations in any one of these groups:\n- NHS trusts\n- private providers"),
        ("mentor/index.html", "grade 6 and above"),
        ("mentor/index.html", "- on the staff of one of these organisations: Partner One or Partner Two"),
        ("mentor/index.html", "- a student of College One"),
        ("mentor/index.html", "- a member of Union One"),
        ("mentor/index.html", "If you are not eligible:\nWe keep your details on record."),
        (
            "mentor/index.html",
            "Meetings: up to 6 meetings.\nWays to meet: online or by phone.\nAlso in person: by agreement.",
        ),
        ("mentor/index.html", "Each meeting has these parts:"),
        ("mentor/index.html", "reply within 48 hours"),
        ("mentee/index.html", "Leaders take part as members. Members of: the Leadership Group."),
        (
            "trust/index.html",
            "Member trust is a role for an organisation, not a person, represented by its executive team.",
        ),
        ("trust/index.html", "Member trusts are nominated by the regional office, then apply."),
        ("trust/index.html", "Mentee proforma, to fill in"),
        ("partner/index.html", "Every pair has two sides: a neurodivergent colleague and a more senior colleague."),
        (
            "sign-up/index.html",
            "As of Tuesday 1 August 2023, applications were open until Friday 18th August (as the source",
        ),
        ("sign-up/index.html", "Cohort second: applications were made through the regional office."),
        ("timeline/index.html", "late August (no year given): Outcome of applications"),
    ],
)
def test_each_shape_is_said(pages: dict[str, str], page: str, sentence: str) -> None:
    assert sentence in text(pages, page)


def test_a_document_file_is_published_and_linked(pages: dict[str, str]) -> None:
    assert pages["files/proforma.txt"] == "Name:\n"
    assert 'href="../files/proforma.txt"' in pages["trust/index.html"]
    assert "Fill in and send: Mentee proforma." in text(pages, "sign-up/index.html")


def test_a_role_that_does_not_apply_gets_no_apply_button(pages: dict[str, str]) -> None:
    assert ": apply" not in text(pages, "mentee/index.html")
