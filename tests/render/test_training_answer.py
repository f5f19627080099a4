"""The answer to "What training is there?" counts only training on the timeline: a kick-off is no training."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.conftest import scheme_project
from tests.page_text import page_text
from tests.sites import build_at

SCHEME = """\
title: Kick-off scheme
summary: A scheme with a kick-off.
organisation: {name: A hospital}
roles:
  - id: mentor
    name: Mentor
    training: [{id: course, title: Mentor course}]
  - id: mentee
    name: Mentee
cohorts:
  - id: now
    start: 2031-01
    events:
      - {id: kick-off, title: Kick-off, kind: launch, start: 2031-01-10}
"""


def _faq(root: Path, scheme: str) -> str:
    site = build_at(scheme_project(root, scheme, "kick"), root / "site", datetime(2030, 1, 20, tzinfo=UTC))
    return "\n".join(
        page_text((site / "schemes/kick" / name / "index.html").read_text(encoding="utf-8"), width=10_000)
        for name in ("faq", "mentor")
    )


def test_a_kick_off_is_not_counted_as_training(tmp_path: Path) -> None:
    text = _faq(tmp_path, SCHEME)
    assert "What training is there?" in text and "Mentor course." in text
    assert "training date" not in text


@pytest.mark.parametrize("kind", ["kind: training", "kind: meeting, training: course"])
def test_training_on_the_timeline_is_counted_as_training(tmp_path: Path, kind: str) -> None:
    scheme = SCHEME + f"      - {{id: day-one, title: Course day, {kind}, start: 2031-01-12}}\n"
    assert "The timeline lists one training date." in _faq(tmp_path, scheme)


@pytest.mark.parametrize(
    ("title", "shown", "not_shown"),
    [
        ("Training for mentors", "Mentors: Training for mentors.", "Mentors — training: Training"),
        ("Mentor course", "Mentors — training: Mentor course.", "Mentors: Mentor course"),
    ],
)
def test_a_title_that_says_training_is_not_labelled_training_again(
    tmp_path: Path, title: str, shown: str, not_shown: str
) -> None:
    text = _faq(tmp_path, SCHEME.replace("title: Mentor course", f"title: {title}"))
    assert shown in text and not_shown not in text


def test_the_days_of_a_course_are_its_sessions_not_alternatives(tmp_path: Path) -> None:
    # two events naming one training are two days of it; only one event's `options` are sessions to attend one of
    days = "".join(
        f"      - {{id: day-{n}, title: 'Course, day {n}', kind: training, training: course, start: 2031-01-1{n}}}\n"
        for n in (1, 2)
    )
    text = _faq(tmp_path, SCHEME + days)
    assert "attend one of" not in text.lower() and "one to attend" not in text
    assert "Its sessions:\n- Course, day 1, Saturday 11 January 2031\n- Course, day 2, Sunday 12 January 2031" in text
