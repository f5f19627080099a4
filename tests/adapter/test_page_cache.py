"""Under `mkdocs serve`, a rebuild after one save reuses every unchanged page, and equals a fresh build exactly."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.config_options import Plugins
from mkdocs.config.defaults import MkDocsConfig

from tests.conftest import REPO

URL = "http://127.0.0.1:8000/"
SCHEME = "schemes/nottingham-stemm-change.yml"


def forget_plugins() -> None:
    """Drop the plugin instances MkDocs keeps between builds in one process, as a new `mkdocs serve` would."""
    for _, option in MkDocsConfig._schema:
        if isinstance(option, Plugins):
            option.plugin_cache.clear()


@pytest.fixture(autouse=True)
def _no_preview_afterwards() -> Iterator[None]:
    # A preview's plugins stay in MkDocs' cache, in serve mode; later builds in this process must not get them.
    yield
    forget_plugins()


class Preview:
    """Builds as `mkdocs serve` makes them, in this process: one set of plugin instances across rebuilds."""

    def __init__(self, config_file: Path, site_dir: Path) -> None:
        forget_plugins()  # a new preview starts with new plugin instances
        self.config_file, self.site_dir = config_file, site_dir
        config = self._config()
        config.plugins.on_startup(command="serve", dirty=False)
        self.plugin = config.plugins["schemebook"]
        self.build(config)

    def _config(self) -> MkDocsConfig:
        config = load_config(str(self.config_file), site_dir=str(self.site_dir))
        config.site_url = URL
        return config

    def build(self, config: MkDocsConfig | None = None) -> None:
        """One rebuild, as after a save."""
        build(config or self._config(), serve_url=URL)


def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


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
    served = _tree(tmp_path / "served")
    assert "Renamed" in served["schemes/nottingham-stemm-change/index.html"].decode()

    Preview(example / "mkdocs.yml", tmp_path / "fresh")
    fresh = _tree(tmp_path / "fresh")
    assert sorted(served) == sorted(fresh)
    assert [name for name in fresh if served[name] != fresh[name]] == []
