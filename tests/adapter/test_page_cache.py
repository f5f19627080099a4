"""Under `mkdocs serve`, a rebuild after one save reuses every unchanged page, and equals a fresh build exactly."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.adapter.previews import Preview, tree
from tests.conftest import REPO

SCHEME = "schemes/nottingham-stemm-change.yml"


@pytest.fixture
def example(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1893456000")
    for folder in ("content", "schemes", "overrides"):
        shutil.copytree(REPO / folder, tmp_path / "project" / folder)
    shutil.copy(REPO / "mkdocs.yml", tmp_path / "project" / "mkdocs.yml")
    return tmp_path / "project"


def test_a_save_rebuilds_only_what_depends_on_it_and_equals_a_fresh_build(example: Path, tmp_path: Path) -> None:
    preview = Preview(example / "mkdocs.yml", tmp_path / "served")
    plugin = preview.plugin
    pages = plugin.pages.rendered
    assert pages > 0 and plugin.search.indexed == pages
    preview.build()
    assert (plugin.outputs.made, plugin.pages.converted, plugin.pages.rendered, plugin.search.indexed) == (0, 0, 0, 0)

    scheme = example / SCHEME
    scheme.write_text(scheme.read_text(encoding="utf-8").replace("title: ", "title: Renamed ", 1), encoding="utf-8")
    preview.build()
    assert plugin.outputs.made == 1
    assert 0 < plugin.pages.converted < pages / 2
    assert 0 < plugin.pages.rendered < pages
    assert 0 < plugin.search.indexed < pages / 2
    served = tree(tmp_path / "served")
    assert "Renamed" in served["schemes/nottingham-stemm-change/index.html"].decode()

    Preview(example / "mkdocs.yml", tmp_path / "fresh")
    fresh = tree(tmp_path / "fresh")
    assert sorted(served) == sorted(fresh)
    assert [name for name in fresh if served[name] != fresh[name]] == []
