"""No label inside a sentence, no plural over one item, no fact under a heading it does not belong to."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from tests.render.conftest import markdown_pages

SCHEME = """\
title: Slips scheme
summary: A scheme whose facts each sit under their own label.
organisation: {name: A university}
meetings:
  period: 12 months maximum
  arranged_by: the mentee, who sets the meeting schedule
roles:
  - id: mentor
    name: Mentor
  - id: actor
    name: Actor
    eligibility:
      groups: [faculty members (in principle)]
      requirements: [works at the university]
cohorts:
  - id: "2023"
    start: 2023-11
    end: 2024-05
    roles:
      - {id: mentor, summary: Alumni of the university.}
    outcomes:
      participants: {actor: 107}
"""


def _pages(tmp_path: Path) -> dict[str, str]:
    path = tmp_path / "slips.yml"
    path.write_text(SCHEME, encoding="utf-8")
    return markdown_pages(path, datetime(2026, 12, 7, tzinfo=UTC))


def test_who_arranges_the_meetings_is_a_labelled_fact(tmp_path: Path) -> None:
    mentor = _pages(tmp_path)["mentor"]
    assert "**Meetings arranged by:** the mentee, who sets the meeting schedule." in mentor
    assert "period: " not in mentor  # no label inside another fact's words


def test_one_group_reads_as_one(tmp_path: Path) -> None:
    actor = _pages(tmp_path)["actor"]
    assert "Open to people in this group:" in actor
    assert "any one of these groups" not in actor


def test_a_cohorts_outcomes_are_not_under_a_roles_part(tmp_path: Path) -> None:
    overview = _pages(tmp_path)[""]
    role_part, after = overview.split("**Mentors in this cohort**", 1)[1].split("- Actors taking part: 107", 1)
    assert "Outcomes of this cohort:" in role_part, role_part
    assert after is not None
