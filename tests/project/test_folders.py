"""A `site_dir` that is, holds or lies inside a source folder is refused before a build deletes anything."""

from __future__ import annotations

from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort

from schemebook.commands.cli import main
from schemebook.project.folders import site_dir_problem, source_folders
from tests.conftest import scheme_project

CASES = {
    "the schemes folder": ("schemes", "is the schemes folder"),
    "the pages folder": ("content", "is the pages folder"),
    "the project": (".", "is the project"),
    "a parent of the project": ("..", "holds the project"),
    "inside the schemes folder": ("schemes/site", "is inside the schemes folder"),
    "the template overrides": ("overrides", "holds the template overrides"),
}


@pytest.mark.parametrize(("site_dir", "words"), CASES.values(), ids=CASES.keys())
def test_a_site_folder_over_the_sources_is_refused(tmp_path: Path, site_dir: str, words: str) -> None:
    sources = source_folders(tmp_path, "content", "schemes", "overrides/schemebook")
    assert words in (site_dir_problem(tmp_path / site_dir, sources) or "")


def test_a_site_folder_of_its_own_is_accepted(tmp_path: Path) -> None:
    assert (
        site_dir_problem(tmp_path / "site", source_folders(tmp_path, "content", "schemes", "overrides/schemebook"))
        is None
    )


def test_a_build_into_the_schemes_folder_stops_before_deleting_it(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    config_file = scheme_project(tmp_path)
    config_file.write_text(config_file.read_text() + "site_dir: schemes\n", encoding="utf-8")
    with pytest.raises(Abort):
        build(load_config(str(config_file)))
    assert "mkdocs.yml:1:1: error: `site_dir` (" in caplog.text and ") is the schemes folder" in caplog.text
    build_again = sorted(p.name for p in (tmp_path / "schemes").iterdir())
    assert build_again == ["test-scheme.yml"]


def test_check_refuses_the_setting_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config_file = scheme_project(tmp_path)
    config_file.write_text(config_file.read_text() + "site_dir: content\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["check"]) == 1
