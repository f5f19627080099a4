"""`schemebook export`: the site as plain pages and settings that Zensical (which runs no MkDocs plugins) builds."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from mkdocs.utils import nest_paths

from schemebook.commands.cli import main
from schemebook.commands.export import MARK, nest
from schemebook.sanitise import OPEN
from tests.sites import REPO

EPOCH = "1796000000"  # 9 December 2026


def _address(page: Path) -> Path:
    """Where a page is published with directory URLs: `a/index.md` at `a/`, `a/b.md` at `a/b/`."""
    return page.parent if page.name == "index.md" else page.with_suffix("")


def _export(project: Path, folder: str, monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.chdir(project)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    return main(["export", folder])


def test_folders_nest_as_mkdocs_nests_them() -> None:
    uris = ["index.md", "guide.md", "about/index.md", "about/team.md", "about/more/x.md", "my-stuff/a.md", "z.md"]
    assert nest(uris) == nest_paths(uris)


def test_export_writes_every_page_with_markers_filled(
    small_site: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    project = small_site.parent
    assert _export(project, "zensical", monkeypatch) == 0
    out = project / "zensical"
    assert "Wrote" in capsys.readouterr().out
    home = (out / "docs" / "index.md").read_text(encoding="utf-8")
    assert "schemebook:schemes" not in home and "Test scheme" in home
    assert (out / "docs" / "schemes" / "test-scheme" / "sign-up" / "index.md").is_file()
    assert (out / "docs" / "assets" / "schemebook" / "signup.js").is_file()
    assert (out / "theme" / "partials" / "languages" / "en-GB.html").is_file()
    settings = yaml.safe_load((out / "mkdocs.yml").read_text(encoding="utf-8"))
    assert settings["INHERIT"] == "../mkdocs.yml" and settings["docs_dir"] == "docs"
    assert "assets/schemebook/signup.js" in settings["extra_javascript"]
    assert settings["nav"][0] == "index.md" and "Schemes" in settings["nav"][1]


def test_export_replaces_only_its_own_folder(small_site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = small_site.parent
    assert _export(project, "zensical", monkeypatch) == 0
    (project / "zensical" / "docs" / "stale.md").write_text("old", encoding="utf-8")
    assert _export(project, "zensical", monkeypatch) == 0
    assert not (project / "zensical" / "docs" / "stale.md").exists()
    (project / "mine").mkdir()
    (project / "mine" / "keep.txt").write_text("mine", encoding="utf-8")
    assert _export(project, "mine", monkeypatch) == 1
    assert (project / "mine" / "keep.txt").read_text(encoding="utf-8") == "mine"


@pytest.mark.parametrize("folder", [".", "content", "schemes/..", "content/inside"])
def test_export_never_writes_over_the_project(
    small_site: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], folder: str
) -> None:
    project = small_site.parent
    (project / "content" / MARK).write_text("", encoding="utf-8")  # even a planted mark does not make it ours
    before = sorted(p.relative_to(project) for p in project.rglob("*"))
    assert _export(project, folder, monkeypatch) == 1
    assert "error:" in capsys.readouterr().err
    assert sorted(p.relative_to(project) for p in project.rglob("*")) == before


def test_an_own_page_where_a_generated_one_goes_is_an_error(
    small_site: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    project = small_site.parent
    (project / "content" / "schemes" / "test-scheme").mkdir(parents=True)
    (project / "content" / "schemes" / "test-scheme" / "index.md").write_text("# Mine\n", encoding="utf-8")
    assert _export(project, "zensical", monkeypatch) == 1
    assert "where a generated page goes" in capsys.readouterr().err
    assert not (project / "zensical").exists()


@pytest.mark.skipif(importlib.util.find_spec("zensical") is None, reason="Zensical cannot be installed here")
def test_zensical_builds_every_page_of_the_example_site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = tmp_path / "site"
    for name in ("content", "overrides", "schemes"):
        shutil.copytree(REPO / name, project / name)
    shutil.copy(REPO / "mkdocs.yml", project / "mkdocs.yml")
    assert _export(project, "zensical", monkeypatch) == 0
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH}
    built = subprocess.run(
        [sys.executable, "-m", "zensical", "build", "-f", "zensical/mkdocs.yml"],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert built.returncode == 0, built.stdout + built.stderr
    docs, site = project / "zensical" / "docs", project / "zensical" / "site"
    pages = [p.relative_to(docs) for p in docs.rglob("*.md")]
    missing = [str(p) for p in pages if not (site / _address(p) / "index.html").is_file()]
    assert not missing, f"pages Zensical did not build: {missing[:10]}"
    leaked = [p for p in site.rglob("*.html") if OPEN in p.read_text(encoding="utf-8")]
    assert not leaked, f"scheme fields not kept whole by the Markdown extension: {leaked[:5]}"
    signup = (site / "schemes" / "nottingham-stemm-change" / "sign-up" / "index.html").read_text(encoding="utf-8")
    assert "data-signup-state=" in signup and "assets/schemebook/signup.js" in signup
    assert '<html lang="en-GB"' in signup
