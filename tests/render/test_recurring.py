"""Applications taken again and again at times the source words ("twice a year"), and what a reported window asked."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from schemebook.project.site import load_scheme
from tests.conftest import MINIMAL, scheme_project
from tests.page_text import page_text
from tests.sites import build_at

RECURRING = MINIMAL.split("cohorts:\n")[0] + (
    "sign_up:\n"
    "  history:\n"
    "    - {state: recurring, when: twice a year}\n"
    "  roles:\n"
    "    mentor: {email: mentoring@university.test, instructions: Send us your CV, asks: [{label: Your CV}]}\n"
    "    mentee: {email: mentoring@university.test}\n"
)


@pytest.fixture(scope="module")
def signup(tmp_path_factory: pytest.TempPathFactory) -> str:
    root = tmp_path_factory.mktemp("recurring")
    site = build_at(scheme_project(root, RECURRING), root / "site", datetime(2030, 1, 20, 9, tzinfo=UTC))
    return page_text((site / "schemes/test-scheme/sign-up/index.html").read_text(encoding="utf-8"))


def test_how_often_is_said_as_the_source_said_it(signup: str) -> None:
    assert "An undated source said applications were taken twice a year" in signup
    assert "until twice a year" not in signup  # the words are no deadline


def test_a_reported_window_keeps_its_way_in_what_it_asked_and_its_instructions(signup: str) -> None:
    assert "Applications were made by email to mentoring@university.test." in signup
    assert "The application asked for:" in signup and "Your CV" in signup
    assert "How to apply, as the source said it:\nSend us your CV" in signup


@pytest.mark.parametrize("change", ["{state: recurring}", "{state: recurring, when: yearly, on: 2030-01-01}"])
def test_recurring_needs_words_and_no_date(tmp_path: Path, change: str) -> None:
    path = tmp_path / "s.yml"
    path.write_text(RECURRING.replace("{state: recurring, when: twice a year}", change), encoding="utf-8")
    scheme, problems = load_scheme(path, "s.yml")
    assert scheme is None
    assert any("a dated window is `open`" in p.message for p in problems), problems


def test_a_way_in_given_with_no_dates_keeps_its_instructions_and_questions(tmp_path: Path) -> None:
    undated = RECURRING.replace("  history:\n    - {state: recurring, when: twice a year}\n", "")
    site = build_at(scheme_project(tmp_path, undated), tmp_path / "site", datetime(2030, 1, 20, 9, tzinfo=UTC))
    signup = page_text((site / "schemes/test-scheme/sign-up/index.html").read_text(encoding="utf-8"))
    assert "No application dates are given." in signup
    assert "The application asked for:\n- Your CV" in signup
    assert "How to apply, as the source said it:\nSend us your CV" in signup
