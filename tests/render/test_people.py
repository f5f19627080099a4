"""People the file names are labelled facts: a participant is shown with the role, cohort and source date the file
gives, never in a sentence about what they are today."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

from tests.conftest import MINIMAL
from tests.render.conftest import markdown_pages

PEOPLE = (
    MINIMAL.replace('  - id: "2030"\n', '  - id: "2030"\n    title: 2030 programme\n')
    + """\
people:
  - {name: Frans Vereijken, role: founder, takes_part_as: mentor, job_title: Employee Journey Specialist}
  - name: Erik Jansen
    takes_part_as: mentee
    cohort: "2030"
    job_title: Chair of the Management Team
    as_of: 2029-03-14
"""
)


def test_people_named_as_participants_are_labelled_not_narrated(tmp_path: Path) -> None:
    path = tmp_path / "test-scheme.yml"
    path.write_text(PEOPLE, encoding="utf-8")
    overview = markdown_pages(path, datetime(2031, 1, 1, tzinfo=UTC))[""]
    assert "- **Frans Vereijken**, founder, Reverse mentor (Employee Journey Specialist)" in overview
    erik = "- **Erik Jansen**, Reverse mentee, 2030 programme (Chair of the Management Team, as of Wednesday 14 March"
    assert erik + " 2029)" in overview
    named = overview.split("## People named", 1)[1].split("\n## ", 1)[0]
    assert not re.search(r"\b(?:is|are)\b", named)
