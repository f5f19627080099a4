"""Builds as `mkdocs serve` makes them, in this process, for the tests of the live preview."""

from __future__ import annotations

from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.config_options import Plugins
from mkdocs.config.defaults import MkDocsConfig

URL = "http://127.0.0.1:8000/"


def _plugin_cache() -> dict:
    """Where MkDocs keeps plugin instances between the builds of one process."""
    return next(option for _, option in MkDocsConfig._schema if isinstance(option, Plugins)).plugin_cache


def forget_plugins() -> None:
    """Drop the plugin instances MkDocs keeps between builds in one process, as a new `mkdocs serve` would."""
    _plugin_cache().clear()


class Preview:
    """Builds as `mkdocs serve` makes them, in this process: one set of plugin instances across rebuilds."""

    def __init__(self, config_file: Path, site_dir: Path, *, dirty: bool = False) -> None:
        forget_plugins()  # a new preview starts with new plugin instances
        self.config_file, self.site_dir, self.dirty = config_file, site_dir, dirty
        config = self._config()
        config.plugins.on_startup(command="serve", dirty=dirty)
        self.plugin = config.plugins["schemebook"]
        self._plugins = dict(_plugin_cache())
        self.build(config)

    def _config(self) -> MkDocsConfig:
        config = load_config(str(self.config_file), site_dir=str(self.site_dir))
        config.site_url = URL
        return config

    def build(self, config: MkDocsConfig | None = None) -> None:
        """One rebuild, as after a save, with this preview's plugins even if another preview started since."""
        cache = _plugin_cache()
        cache.clear()
        cache.update(self._plugins)
        build(config or self._config(), serve_url=URL, dirty=self.dirty)

    def save(self) -> None:
        """What `mkdocs serve --dirty` does after a save: only what changed when that is exact, else a rebuild."""
        self.plugin.saved(self.build)


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under `folder`, by its path inside it."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}
