"""Generated answers consider every field that answers them, read as labelled facts, and are never left empty."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from tests.render.conftest import markdown_pages

SCHEME = """\
title: Answers scheme
summary: A scheme whose questions the file answers in words.
organisation: {name: A university}
meetings:
  notes: Group discussions.
roles:
  - id: mentor
    name: Mentor
    training: [{id: course, title: Mentor course}]
  - id: mentee
    name: Mentee
contacts:
  - {id: lee, name: Lee, email: lee@university.test}
cohorts:
  - id: first
    title: First cycle
    when: the first half of 2031
    events:
      - {id: kick-off, title: Kick-off, kind: launch, start: 2031-01-19}
"""


def _pages(tmp_path: Path, scheme: str = SCHEME) -> dict[str, str]:
    path = tmp_path / "answers.yml"
    path.write_text(scheme, encoding="utf-8")
    return markdown_pages(path, datetime(2030, 12, 1, tzinfo=UTC))


def test_when_it_runs_is_answered_from_the_cohort_in_words_and_its_events(tmp_path: Path) -> None:
    faq = _pages(tmp_path)["faq"]
    answer = faq.split("When does it run?", 1)[1].split("</details>", 1)[0]
    assert "Mentoring: the first half of 2031." in answer
    assert "The [timeline](../timeline/index.md) lists one date." in answer
    assert "do not say" not in answer


def test_training_is_a_labelled_fact(tmp_path: Path) -> None:
    pages = _pages(tmp_path)
    assert "**Mentors — training:** Mentor course." in pages["faq"]
    assert "**Training:** Mentor course." in pages["mentor"]
    assert "**Mentors.**" not in pages["faq"]


def test_no_questions_heading_without_a_question_under_it(tmp_path: Path) -> None:
    pages = _pages(tmp_path, SCHEME.split("contacts:", 1)[0])  # meetings in notes only: no time to answer with
    for name in ("mentee", "mentee/print"):
        assert "Questions and answers" not in pages[name], name
    assert "## Questions and answers" in pages["mentor"]  # the mentor's training is a question answered
