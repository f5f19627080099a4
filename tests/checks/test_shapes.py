"""Joining, matching, documents and dates as worded: each misuse is a located error with what to do."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from schemebook.project.site import load_scheme
from tests.conftest import MINIMAL

BASE = """\
title: T
summary: S.
organisation: {name: O}
roles:
  - id: mentor
    name: Mentor
"""


def problems(path: Path) -> list[str]:
    _, found = load_scheme(path, "schemes/x.yml")
    return [str(p) for p in sorted(found) if p.code != "recommended"]


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        # a role's joining, shape and eligibility
        ("    join: {by: the dean}\n", "7:11: error: say how people join before who or what"),
        ("    join: {method: membership}\n", "7:11: error: say whose members take part"),
        ("    join: {method: application, of: staff}\n", "7:37: error: `of` names the group for `method: membership`"),
        ("    join: {method: registration, by: HR}\n", "7:38: error: `by` says who invites, nominates"),
        (
            "    join: {method: invitation, then: aplication}\n",
            "7:38: error: `aplication` is not allowed for `roles[0].join.then`",
        ),
        ("    sides: [one side]\n", "7:12: error: a role with sides has two"),
        ("    represented_by: its board\n", "7:21: error: `represented_by` is for an organisation"),
        ("    eligibility: {levels: {scale: band}}\n", "7:27: error: a range of levels needs `lowest`, `highest`"),
        # the scheme's own sections
        ("matching: {chosen_by: mentee, offers: 2}\n", "7:23: error: no role has the id `mentee`"),
        ("matching: {requested_by: [mentor, mentee]}\n", "7:35: error: no role has the id `mentee`"),
        ("matching: {accepted_by: [mentees]}\n", "7:26: error: no role has the id `mentees`"),
        ("matching: {ranked_by: [mentor, mentee]}\n", "7:32: error: no role has the id `mentee`"),
        ("cohorts: [{id: one, matching: {accepted_by: [mentee]}}]\n", "7:46: error: no role has the id `mentee`"),
        ("documents: [{id: a, title: A, file: ../../etc/passwd}]\n", "error: the file is outside the schemes folder"),
        ("documents: [{id: a, title: A, file: files/none.pdf}]\n", "error: there is no file `files/none.pdf`"),
        ("documents: [{id: a, title: A, url: 'https://x.org/a', file: a.pdf}]\n", "give either `url` or `file`"),
        ("cohorts: [{id: one, when: spring, start: 2030-03}]\n", "error: give either `when` (as the source words it)"),
        ("cohorts: [{id: one, roles: [{id: mentee}]}]\n", "error: no role has the id `mentee`"),
        # a strand's own parts, as a cohort's
        ("strands: [{id: a, title: A, roles: [{id: mentee}]}]\n", "7:42: error: no role has the id `mentee`"),
        ("strands: [{id: a, title: A, matching: {chosen_by: mentee}}]\n", "7:51: error: no role has the id `mentee`"),
        ("strands: [{id: a, title: A, meetings: {roles: [mentee]}}]\n", "error: no role has the id `mentee`"),
        ("strands: [{id: a, title: A}, {id: a, title: B}]\n", "error: the strand id `a` is used twice"),
        ("strands: [{id: a, title: A, source: web}]\n", "error: no source has the id `web`"),
        ("strands: [{id: a, title: A, cost: {}}]\n", "error: `cost` says nothing about the cost"),
        ("strands: [{id: a, title: A, places: {}}]\n", "error: `places` says nothing"),
        ("places: {roles: {mentees: 4}}\n", "error: no role has the id `mentees`"),
        ("    join: {method: contact, by: teachers}\n", "7:33: error: `by` says who invites, nominates, recruits"),
        ("cohorts: [{id: one, strand: b}]\n", "error: no strand has the id `b`"),
        ("meetings: {format: online, modes: [online]}\n", "error: give either `format` or `modes`, not both"),
        ("meetings: {format: online}\n", "warning: `format` is the old name of `modes`"),
    ],
)
def test_each_misuse_is_located(write_scheme: Callable[..., Path], extra: str, expected: str) -> None:
    found = problems(write_scheme(BASE + extra))
    assert any(expected in p for p in found), found


def test_a_choice_without_offers_is_allowed(write_scheme: Callable[..., Path]) -> None:
    text = BASE + "matching: {chosen_by: mentor, requested_by: [mentor], accepted_by: [mentor], ranked_by: [mentor]}\n"
    assert problems(write_scheme(text)) == []


def test_a_worded_date_and_a_real_one_clash(write_scheme: Callable[..., Path]) -> None:
    text = MINIMAL + "      history:\n        - {state: open, when: Friday 18th August, until: 2030-02-10}\n"
    assert any("give either `when` or `on`/`until`" in p for p in problems(write_scheme(text)))


def test_an_application_names_documents_that_exist(write_scheme: Callable[..., Path]) -> None:
    text = MINIMAL.replace("mentee: {email: mentoring@university.test}", "mentee: {email: m@u.test, documents: [pro]}")
    assert any("no document has the id `pro`" in p for p in problems(write_scheme(text)))


def test_a_role_named_in_sign_up_applies(write_scheme: Callable[..., Path]) -> None:
    loaded, _ = load_scheme(write_scheme(), "schemes/x.yml")
    assert loaded is not None
    assert [r.join.method for r in loaded.model.roles] == ["application", "application"]


def test_a_role_with_no_method_is_a_recommended_part(write_scheme: Callable[..., Path]) -> None:
    _, found = load_scheme(write_scheme(BASE), "schemes/x.yml")
    assert any("how every role joins" in str(p) for p in found)


@pytest.mark.parametrize(("join", "asked"), [("", True), ("    join: {method: invitation}\n", False)])
def test_dates_are_recommended_only_where_some_role_applies(
    write_scheme: Callable[..., Path], join: str, asked: bool
) -> None:
    _, found = load_scheme(write_scheme(BASE + join), "schemes/x.yml")
    assert any("a cohort with dates, or a standing sign-up" in str(p) for p in found) is asked
