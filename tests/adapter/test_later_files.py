"""A build that makes the scheme pages in a second process writes the same site as one that makes them first."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.adapter.previews import tree
from tests.conftest import REPO, scheme_project
from tests.engine import run_build

SCHEMES = ("nottingham-stemm-change", "leeds-institutional", "nzbwn-group-mentoring", "oxford-pivot")


def test_an_unsafe_page_fails_a_build_whose_pages_are_scanned_in_the_second_process(tmp_path: Path) -> None:
    config = scheme_project(tmp_path)
    (tmp_path / "content" / "extra.md").write_text('# Extra\n\n<img src="a.png" onerror="alert(1)">\n', "utf-8")
    result = run_build(config, "-v", "-d", str(tmp_path / "site"), env={"SOURCE_DATE_EPOCH": "1893456000"})
    assert result.returncode == 1 and "in a second process" in result.stderr
    assert "extra/index.html: the event handler attribute `onerror` on <img>" in result.stderr
    assert not (tmp_path / "site").exists()


def test_pages_made_ahead_are_the_pages_made_first(tmp_path: Path) -> None:
    for folder in ("content", "overrides"):
        shutil.copytree(REPO / folder, tmp_path / folder)
    (tmp_path / "schemes" / "data").mkdir(parents=True)
    for slug in SCHEMES:
        shutil.copy(REPO / "schemes" / f"{slug}.yml", tmp_path / "schemes")
    shutil.copytree(REPO / "schemes" / "data", tmp_path / "schemes" / "data", dirs_exist_ok=True)
    config = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    assert "\n  - schemebook:\n" in config
    (tmp_path / "ahead.yml").write_text(config, encoding="utf-8")
    first = config.replace("\n  - schemebook:\n", "\n  - schemebook:\n      render_ahead: false\n")
    (tmp_path / "first.yml").write_text(first, encoding="utf-8")
    epoch = {"SOURCE_DATE_EPOCH": "1893456000"}
    logs = {}
    for name in ("ahead", "first"):
        result = run_build(tmp_path / f"{name}.yml", "-v", "-d", str(tmp_path / f"site-{name}"), env=epoch)
        assert result.returncode == 0, result.stderr
        logs[name] = result.stderr
    assert "scheme pages and files in a second process" in logs["ahead"]
    assert "second process" not in logs["first"]
    ahead, first_made = tree(tmp_path / "site-ahead"), tree(tmp_path / "site-first")
    assert len(ahead) > 50 and sorted(ahead) == sorted(first_made)
    assert [name for name in ahead if ahead[name] != first_made[name]] == []
