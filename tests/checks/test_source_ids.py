"""Source ids: each used once, and every `source` on a fact, an answer or a quote names one, with its line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import MINIMAL
from tests.model.test_sources import SOURCES, problems_of


def test_an_unknown_source_id_is_located(write_scheme: Callable[..., Path]) -> None:
    text = MINIMAL + SOURCES + "faq:\n  - {question: Q?, answer: A., source: faq-2017}\n"
    found = problems_of(write_scheme(text))
    assert any(p.startswith("schemes/x.yml:25:40: error: no source has the id `faq-2017`") for p in found), found


@pytest.mark.parametrize("place", ["history:\n  - {said: It began., ", "quotes:\n  - {text: Good, by: Mentor 1, "])
def test_history_and_quotes_name_a_declared_source(write_scheme: Callable[..., Path], place: str) -> None:
    found = problems_of(write_scheme(MINIMAL + SOURCES + place + "source: faq-2020}\n"))
    assert any("error: no source has the id `faq-2020`" in p and ":25:" in p for p in found), found


def test_a_source_id_used_twice_is_located(write_scheme: Callable[..., Path]) -> None:
    found = problems_of(write_scheme(MINIMAL + SOURCES.replace("id: faq-2019", "id: faq-2016")))
    assert found == ["schemes/x.yml:22:10: error: the source id `faq-2016` is used twice\n    give each a different id"]


def test_an_unknown_source_on_how_a_role_joins_is_located(write_scheme: Callable[..., Path]) -> None:
    role = "    name: Reverse mentor\n"
    text = MINIMAL.replace(role, role + "    join: {details: Apply online., source: faq-2017}\n") + SOURCES
    found = problems_of(write_scheme(text))
    hint = "    did you mean `faq-2019`?"
    assert f"schemes/x.yml:8:44: error: no source has the id `faq-2017`\n{hint}" in found, found


ROLE_PARTS = [
    "    source: faq-2017\n",
    "    eligibility: {requirements: [works here], source: faq-2017}\n",
    "    pay: {volunteer: true, source: faq-2017}\n",
    "    cost: {free: true, source: faq-2017}\n",
    "    training:\n      - {id: briefing, title: Briefing, source: faq-2017}\n",
]
SCHEME_PARTS = [
    "meetings: {frequency: monthly, source: faq-2017}\n",
    "matching: {by: the team, source: faq-2017}\n",
    "support: {confidentiality: It stays between you., source: faq-2017}\n",
    "cost: {free: true, source: faq-2017}\n",
]


@pytest.mark.parametrize("part", ROLE_PARTS + SCHEME_PARTS)
def test_every_part_that_names_a_source_names_a_declared_one(write_scheme: Callable[..., Path], part: str) -> None:
    role = "    name: Reverse mentor\n"
    text = MINIMAL.replace(role, role + part) if part.startswith(" ") else MINIMAL + part
    text += SOURCES
    line = next(i for i, row in enumerate(text.splitlines(), 1) if "faq-2017" in row)
    found = problems_of(write_scheme(text))
    assert any(p.startswith(f"schemes/x.yml:{line}:") and "no source has the id `faq-2017`" in p for p in found), found


def test_a_cohorts_own_parts_name_a_declared_source(write_scheme: Callable[..., Path]) -> None:
    cohort = '  - id: "2030"\n'
    parts = "    meetings: {frequency: weekly, source: faq-2017}\n"
    parts += "    roles:\n      - {id: mentee, join: {source: faq-2018}}\n"
    found = problems_of(write_scheme(MINIMAL.replace(cohort, cohort + parts) + SOURCES))
    assert [p.split(": error")[0] for p in found if "no source" in p] == ["schemes/x.yml:12:43", "schemes/x.yml:14:37"]
