"""What happens after applying: a role's own steps only with that role, the steps for every role for all, each
labelled once both are given."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from tests.conftest import MINIMAL
from tests.render.conftest import markdown_pages

MENTOR_FORM = '        mentor: {form: "https://forms.office.com/r/TEST"}\n'
OWN = '        mentor: {form: "https://forms.office.com/r/TEST", next_steps: "Mentors meet the panel."}\n'
SHARED = "      next_steps: We match pairs in March.\n"
IN_WINDOW = datetime(2030, 1, 20, 9, tzinfo=UTC)


def pages_of(write_scheme: Callable[..., Path], text: str) -> dict[str, str]:
    """The scheme's pages as Markdown, by page (`sign-up`, `mentor`, `faq`...), inside its window."""
    return markdown_pages(write_scheme(text), IN_WINDOW)


def section(page: str, heading: str) -> str:
    """The text under `## heading`, up to the next heading of that level."""
    return page.split(f"\n## {heading}\n", 1)[1].split("\n## ", 1)[0]


def test_a_roles_own_steps_are_with_that_role_only(write_scheme: Callable[..., Path]) -> None:
    pages = pages_of(write_scheme, MINIMAL.replace(MENTOR_FORM, OWN))
    label = "**Reverse mentors — what happens next:**\n\nMentors meet the panel."
    sign_up = pages["sign-up"]
    assert label in section(sign_up, "Reverse mentor")
    assert "Mentors meet the panel" not in section(sign_up, "Reverse mentee")
    assert "## What happens next" not in sign_up  # nothing is said for every role
    assert label in section(pages["mentor"], "How to join")
    assert "what happens next" in section(pages["mentor"], "How to join").split(label)[1]
    assert "Mentors meet the panel" not in pages["mentee"]
    assert "what happens next" not in pages["mentee"]
    assert "**Reverse mentors:**\n\nMentors meet the panel." in pages["faq"]


def test_both_are_given_each_labelled(write_scheme: Callable[..., Path]) -> None:
    text = MINIMAL.replace(MENTOR_FORM, OWN).replace("      roles:\n", SHARED + "      roles:\n", 1)
    pages = pages_of(write_scheme, text)
    assert "**Every role:**\n\nWe match pairs in March." in section(pages["sign-up"], "What happens next")
    assert "Mentors meet the panel" in section(pages["sign-up"], "Reverse mentor")
    assert "**Every role:**\n\nWe match pairs in March." in pages["faq"]
    assert "**Reverse mentors:**\n\nMentors meet the panel." in pages["faq"]
    mentee = pages["mentee"]
    assert "Mentors meet the panel" not in mentee and "Every role" not in mentee
    assert "We match pairs in March." in mentee  # its questions and answers, unlabelled: nothing else is said


def test_without_a_roles_own_steps_nothing_is_labelled(write_scheme: Callable[..., Path]) -> None:
    pages = pages_of(write_scheme, MINIMAL.replace("      roles:\n", SHARED + "      roles:\n", 1))
    everything = "".join(pages.values())
    assert "Every role" not in everything and "— what happens next" not in everything
    assert "We match pairs in March." in section(pages["sign-up"], "What happens next")
