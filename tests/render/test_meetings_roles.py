"""Meetings the source gives to some roles only: shown to those roles, and labelled with them elsewhere."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from tests.checks.test_rules import errors
from tests.conftest import MINIMAL
from tests.render.conftest import markdown_pages

ROLES = MINIMAL.replace(
    "cohorts:",
    """  - id: ambassador
    name: Ambassador
    summary: Runs the training sessions.
meetings:
  count: 6
  notes: Meet somewhere quiet.
  rules: [attend every session]
  roles: [mentor, mentee]
cohorts:""",
    1,
)
NOW = datetime(2030, 1, 20, 9, tzinfo=UTC)


def test_only_the_named_roles_are_given_the_meetings(write_scheme: Callable[..., Path]) -> None:
    pages = markdown_pages(write_scheme(ROLES), NOW)
    for role in ("mentor", "mentee"):
        assert "**Meetings:** six meetings." in pages[role], role
        assert "Meet somewhere quiet." in pages[role] and "attend every session" in pages[role]
    ambassador = pages["ambassador"]
    assert (
        "6 meetings" not in ambassador
        and "six meetings" not in ambassador
        and "quiet" not in ambassador
        and "attend every" not in ambassador
    )
    assert "- **Meetings (Reverse mentors and Reverse mentees):** six meetings" in pages[""]


def test_without_roles_every_role_meets(write_scheme: Callable[..., Path]) -> None:
    pages = markdown_pages(write_scheme(ROLES.replace("  roles: [mentor, mentee]\n", "")), NOW)
    assert "**Meetings:** six meetings." in pages["ambassador"]
    assert "- **Meetings:** six meetings" in pages[""]


def test_an_unknown_role_is_a_located_error(write_scheme: Callable[..., Path]) -> None:
    found = errors(write_scheme(ROLES.replace("roles: [mentor, mentee]", "roles: [mentor, mentte]")))
    assert found == ["schemes/x.yml:17:19: error: no role has the id `mentte`\n    did you mean `mentee`?"]
