"""Only the contact the file marks `primary` is offered as whom to ask ("For more information, contact ...", the
answer to "Who do I contact with questions?", a handbook's Contact, "Ask ..."); any other contact (the office
mentors report to, a past season's coordinator) is listed under "Contacts" with what it does, and no more."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.conftest import scheme_project
from tests.page_text import page_text
from tests.sites import build_at

SCHEME = """\
title: Contact words
summary: A scheme that ran once.
organisation: {name: A health board}
roles:
  - id: mentor
    name: Mentor
    summary: A member of staff.
cohorts:
  - id: first
    start: 2020-01
    end: 2020-06
contacts:
  - id: coordinator
    name: The coordinator
    responsibility: Receives reports from mentors
    email: coordinator@example.org
  - id: past
    name: Sam Lee
    responsibility: Contact for the 2019 season
    email: sam@example.org
"""


def _pages(root_factory: pytest.TempPathFactory, scheme: str) -> dict[str, str]:
    root = root_factory.mktemp("contacts")
    site = build_at(scheme_project(root, scheme, "words"), root / "site", datetime(2030, 1, 20, tzinfo=UTC))
    return {
        name: page_text((site / "schemes/words" / name / "index.html").read_text(encoding="utf-8"), width=10_000)
        for name in ("", "faq", "mentor")
    }


@pytest.fixture(scope="module")
def unmarked(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return _pages(tmp_path_factory, SCHEME)


@pytest.fixture(scope="module")
def marked(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    primary = SCHEME.replace(
        "    email: coordinator@example.org\n", "    email: coordinator@example.org\n    primary: true\n"
    )
    return _pages(tmp_path_factory, primary)


def test_a_contact_not_marked_primary_is_never_offered_as_whom_to_ask(unmarked: dict[str, str]) -> None:
    for name, text in unmarked.items():
        assert "For more information" not in text and "Who do I contact" not in text, name
        assert "Ask The coordinator" not in text and "Ask Sam Lee" not in text, name
        assert "## Contact\n" not in text, name


def test_every_contact_is_still_listed_with_what_it_does(unmarked: dict[str, str]) -> None:
    assert "- The coordinator: coordinator@example.org. Receives reports from mentors" in unmarked[""]
    assert "- Sam Lee: sam@example.org. Contact for the 2019 season" in unmarked[""]


def test_the_primary_contact_is_whom_to_ask(marked: dict[str, str]) -> None:
    assert "For more information, contact The coordinator: coordinator@example.org." in marked[""]
    assert "Who do I contact with questions?\nContact The coordinator: coordinator@example.org." in marked["faq"]
    assert "Sam Lee" not in marked["faq"].split("Who do I contact")[-1].split("[Every contact")[0]
    assert "## Contact\nThe coordinator" in marked["mentor"]
