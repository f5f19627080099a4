"""No sentence without data: a scheme with only its required fields makes none of these claims."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.conftest import scheme_project
from tests.page_text import page_text
from tests.sites import build_at

BARE = """\
title: Bare scheme
summary: Only what a scheme must have.
organisation:
  name: Bare University
roles:
  - id: mentor
    name: Mentor
  - id: mentee
    name: Mentee
cohorts:
  - id: first
"""

CLAIMS = [
    # order, requirement, frequency
    "in this order", "Take these steps in order", "Required", "required", "optional", "Optional",
    "as each pair agrees", "reverse mentoring", "Pairing", "more junior", "Meetings:",
    # state the file does not give
    "not been announced", "Applications open", "Applications are open", "Apply to be", "closed", "ended",
    "to be confirmed", "to be announced", "Running now", "started",
    # other pages' contents and services the file does not name
    "services named above", "has the way to apply", "what happens next", "safeguarding", "wellbeing",
    "What participants said", "in figures", "subscribe", "Download the calendar", "confidential",
    "For future runs", "To ask about future runs", "The timeline lists",
    # joining, matching, shapes and people the file does not give
    "join by invitation", "there is no application", "No public sign-up", "Self-identification", "not complete",
    "If you are not eligible", "From one of these organisations",
    "All of these must", "For more information", "Matching rules", "proposed", "Matched by", "Matched on",
    "Rules for taking part", "Each meeting has these parts", "Who runs the scheme", "no link given",
    "Fill in and send", "Applications are made through", "in this cohort", "Every pair has two sides",
    "a role for an organisation", "as the source gives it", "peer mentoring", "manages itself", "by registration",
    # cost the file does not give
    "Cost", "cost", "free", "Free", "fee", "payment", "£",
]  # fmt: skip
"""Phrases that claim something; grow this list with every wording added to the templates."""


@pytest.fixture(scope="module")
def bare_pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    root = tmp_path_factory.mktemp("bare")
    site = build_at(scheme_project(root, BARE, "bare"), root / "site", datetime(2026, 12, 1, 12, tzinfo=UTC))
    pages = {str(p.relative_to(site)): p for p in (site / "schemes" / "bare").glob("**/index.html")}
    pages["index.html"] = site / "index.html"
    return {name: page_text(path.read_text(encoding="utf-8")) for name, path in pages.items()}


@pytest.mark.parametrize("claim", CLAIMS)
def test_a_bare_scheme_makes_no_claim(bare_pages: dict[str, str], claim: str) -> None:
    found = [name for name, text in bare_pages.items() if claim in text]
    assert not found, f"{claim!r} on {found}"


def test_a_bare_scheme_says_what_it_does_not_know(bare_pages: dict[str, str]) -> None:
    assert "No dates given" in bare_pages["index.html"]
    assert "How to join: not given." in bare_pages["schemes/bare/sign-up/index.html"]


def test_bare_pages_are_built(bare_pages: dict[str, str]) -> None:
    assert {"schemes/bare/index.html", "schemes/bare/mentor/index.html", "schemes/bare/sign-up/index.html"} <= set(
        bare_pages
    )
