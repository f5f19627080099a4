"""Who can take part: groups welcome without being a condition, and a cohort's change shown beside the role's rule."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from schemebook.model.settings import SiteSettings
from schemebook.project.site import load_site
from schemebook.render import render_scheme
from schemebook.render.templates import environment
from tests.page_text import page_text
from tests.render_checks import page_html

SCHEME = """\
title: Test scheme
summary: A small scheme for tests.
organisation:
  name: Test University
roles:
  - id: mentor
    name: Reverse mentor
    eligibility:
      requirements: [A student at any level]
      welcome: [Disabled students, Carers]
  - id: mentee
    name: Reverse mentee
cohorts:
  - id: pilot
    title: Pilot
    roles:
      - id: mentor
        eligibility:
          requirements: [A second-year student]
"""


def overview(tmp_path: Path, scheme: str) -> str:
    path = tmp_path / "test-scheme.yml"
    path.write_text(scheme, encoding="utf-8")
    site, problems = load_site([path], tmp_path, datetime(2030, 1, 1, tzinfo=UTC), SiteSettings())
    assert site is not None, problems
    page = next(o for o in render_scheme(site.schemes[0], site, environment(None)) if o.uri.endswith("/index.md"))
    assert isinstance(page.content, str)
    return page_text(f"<article>{page_html(page.content)}</article>")


def test_welcome_groups_are_no_condition(tmp_path: Path) -> None:
    text = overview(tmp_path, SCHEME)
    assert "Particularly welcome (not a condition):\n- Disabled students\n- Carers" in text
    assert "Open to anyone" not in text


def test_a_cohorts_eligibility_is_shown_as_its_own_beside_the_roles(tmp_path: Path) -> None:
    text = overview(tmp_path, SCHEME)
    who = text[text.index("## Who it is for") :]
    assert who.index("Pilot:") < who.index("- A second-year student")
    assert who.index("Reverse mentors, as the scheme gives it in general:") < who.index("- A student at any level")


def test_a_cohorts_way_of_joining_is_an_exception_to_the_roles(tmp_path: Path) -> None:
    scheme = SCHEME.replace(
        "    name: Reverse mentee\n",
        "    name: Reverse mentee\n    join: {method: nomination, by: their head of school}\n",
    ).replace(
        "  - id: pilot\n    title: Pilot\n    roles:\n",
        "  - id: pilot\n    title: Pilot\n    roles:\n"
        "      - id: mentee\n        join: {method: expression-of-interest}\n",
    )
    text = overview(tmp_path, scheme)
    assert (
        "Pilot: Reverse mentees express their interest. Otherwise, Reverse mentees are nominated by their"
        " head of school." in " ".join(text.split())
    )
