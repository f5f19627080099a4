"""The site's settings file (mkdocs.yml, or the file given with -f), read without the engine for `schemebook check`.

The engine reads the same file for a build; this reader resolves what it would for the settings schemebook uses:
`!ENV` tags, `INHERIT`, and the plugin's options in either list or mapping form. Other tags (such as
`!!python/name:`) are read as empty values, since no setting of schemebook's can hold them.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from schemebook.read.errors import SchemeError

CONFIG_NAMES = ("mkdocs.yml", "mkdocs.yaml", "properdocs.yml", "properdocs.yaml")
"""The file names the engines look for when no -f is given, in their order."""
PLUGIN = "schemebook"
MAX_INHERIT = 10


class SettingsLoader(yaml.SafeLoader):
    """Safe YAML with the engine's `!ENV` tag; every other unknown tag reads as nothing."""


def _env(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    """`!ENV NAME` or `!ENV [NAME, OTHER, default]`: the first variable that is set, else the last item."""
    if isinstance(node, yaml.ScalarNode):
        return os.environ.get(str(loader.construct_scalar(node)))
    items = loader.construct_sequence(node) if isinstance(node, yaml.SequenceNode) else []
    for name in items[:-1]:
        if str(name) in os.environ:
            return os.environ[str(name)]
    return os.environ.get(str(items[-1]), items[-1]) if items else None


def _ignored(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> None:
    return None


SettingsLoader.add_constructor("!ENV", _env)
SettingsLoader.add_multi_constructor("!", _ignored)
SettingsLoader.add_multi_constructor("tag:yaml.org,2002:python/", _ignored)


@dataclass(frozen=True)
class SiteConfig:
    """What schemebook needs from the site's settings file."""

    path: Path | None
    """The file read, or None when there is none (scheme files checked on their own)."""
    options: dict[str, Any] = field(default_factory=dict)
    """The options under `plugins: - schemebook:`."""
    site_url: str = ""
    uses_plugin: bool = False
    data: dict[str, Any] = field(default_factory=dict, repr=False)
    """Every setting in the file, as read (for `schemebook export`)."""
    site_dir: str = "site"
    docs_dir: str = "docs"

    @property
    def root(self) -> Path:
        """The folder paths in the settings are relative to."""
        return self.path.resolve().parent if self.path else Path.cwd()

    @property
    def display(self) -> str:
        """The file's name as messages show it."""
        if self.path is None:
            return "mkdocs.yml"
        path = self.path.resolve()
        return str(path.relative_to(Path.cwd())) if path.is_relative_to(Path.cwd()) else str(self.path)


def _merge(base: dict, child: dict) -> dict:
    """`INHERIT`: the child's values over the parent's, mappings merged key by key as the engine does."""
    merged = dict(base)
    for key, value in child.items():
        both = isinstance(value, dict) and isinstance(merged.get(key), dict)
        merged[key] = _merge(merged[key], value) if both else value
    return merged


def _read(path: Path, depth: int = 0) -> dict:
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=SettingsLoader) or {}
    if not isinstance(data, dict):
        raise ValueError("the file is not a mapping of settings")
    parent = data.pop("INHERIT", None)
    if parent and depth < MAX_INHERIT:
        return _merge(_read(path.parent / str(parent), depth + 1), data)
    return data


def plugin_options(plugins: Any) -> tuple[bool, dict[str, Any]]:
    """Whether schemebook is in the plugins list, and its options."""
    entries = (
        plugins.items()
        if isinstance(plugins, Mapping)
        else [
            next(iter(item.items())) if isinstance(item, Mapping) and len(item) == 1 else (item, {})
            for item in plugins or []
        ]
    )
    for name, options in entries:
        if name == PLUGIN:
            return True, dict(options or {})
    return False, {}


def find_config(given: str | None, folder: Path | None = None) -> Path | None:
    """The settings file given, else the first of the engines' default names in `folder` (the working folder)."""
    if given:
        return Path(given)
    folder = folder or Path.cwd()
    return next((folder / name for name in CONFIG_NAMES if (folder / name).is_file()), None)


def read_site_config(path: Path | None) -> tuple[SiteConfig, list[SchemeError]]:
    """The settings file's schemebook options and site address; a file that cannot be read is a located error."""
    if path is None:
        return SiteConfig(None), []
    try:
        data = _read(path)
    except FileNotFoundError:
        return SiteConfig(None), [SchemeError(str(path), 1, 1, "no such settings file", "check the path after -f")]
    except (OSError, ValueError, yaml.YAMLError) as exc:
        mark = getattr(exc, "problem_mark", None)
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        reason = getattr(exc, "problem", None) or str(exc)
        return SiteConfig(None), [SchemeError(str(path), line, col, f"cannot read the settings: {reason}")]
    uses, options = plugin_options(data.get("plugins"))
    folders = {key: str(data[key]) for key in ("site_dir", "docs_dir") if data.get(key)}
    config = SiteConfig(path, options, str(data.get("site_url") or ""), uses, data, **folders)
    return config, []
