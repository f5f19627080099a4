"""Fixtures that write small real scheme files and sites into tmp_path."""

from __future__ import annotations

import os
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import settings

if os.environ.get("SCHEMEBOOK_ENGINE") == "properdocs":
    # Before anything imports MkDocs: every `mkdocs.*` import, the plugin's included, then gets ProperDocs.
    import properdocs.replacement  # noqa: F401

REPO = Path(__file__).resolve().parent.parent

MINIMAL = """\
title: Test scheme
summary: A small scheme for tests.
organisation:
  name: Test University
roles:
  - id: mentor
    name: Reverse mentor
  - id: mentee
    name: Reverse mentee
cohorts:
  - id: "2030"
    start: 2030-03
    length: 6 months
    sign_up:
      opens: 2030-01-13
      deadline: 2030-02-03 17:00
      roles:
        mentor: {form: "https://forms.office.com/r/TEST"}
        mentee: {email: mentoring@university.test}
"""

MKDOCS_YML = """\
site_name: Test site
site_url: https://example.org/
docs_dir: content
theme:
  name: material
  font: false
plugins:
  - search
  - schemebook
markdown_extensions:
  - attr_list
  - md_in_html
  - tables
"""


@pytest.fixture
def write_scheme(tmp_path: Path) -> Callable[..., Path]:
    """Write a scheme file into tmp_path/schemes and return its path."""

    def write(text: str = MINIMAL, name: str = "test-scheme.yml") -> Path:
        folder = tmp_path / "schemes"
        folder.mkdir(exist_ok=True)
        path = folder / name
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        return path

    return write


def scheme_project(root: Path, scheme: str = MINIMAL, slug: str = "test-scheme") -> Path:
    """A real MkDocs project in `root` with one scheme and a home page listing it; returns its mkdocs.yml."""
    (root / "content").mkdir()
    (root / "content" / "index.md").write_text("# Home\n\n<!-- schemebook:schemes -->\n", encoding="utf-8")
    (root / "schemes").mkdir(exist_ok=True)
    (root / "schemes" / f"{slug}.yml").write_text(textwrap.dedent(scheme), encoding="utf-8")
    (root / "mkdocs.yml").write_text(MKDOCS_YML, encoding="utf-8")
    return root / "mkdocs.yml"


@pytest.fixture
def small_site(tmp_path: Path) -> Path:
    """A real MkDocs project with one scheme and a home page; returns its mkdocs.yml."""
    return scheme_project(tmp_path)


# `make test` tries the same examples every run, so that it passes or fails on the code alone, never on the draw;
# `make fuzz` (HYPOTHESIS_PROFILE=fuzz) runs the property tests long, on new examples each time.
settings.register_profile("default", max_examples=150, derandomize=True)
settings.register_profile("fuzz", max_examples=10_000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.hookimpl(tryfirst=True)  # before pytest-xdist reads the groups
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Under `--dist loadgroup` (`make test`), the tests of one file run on one worker, sharing its module's
    fixtures, as `--dist loadfile` would; a test that names its own group (the every-page parts) runs apart."""
    for item in items:
        if item.get_closest_marker("xdist_group") is None:
            item.add_marker(pytest.mark.xdist_group(item.nodeid.split("::")[0]))
