"""Where each of the plugin's options stands in the settings file, so a settings error names its own line."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from schemebook.project.site_config import MAX_INHERIT, PLUGIN, SettingsLoader
from schemebook.read.loading import Document, Loc


def _mark(node: yaml.Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def _walk(node: yaml.Node, loc: Loc, doc: Document) -> None:
    doc.values[loc] = _mark(node)
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            doc.keys[(*loc, str(key.value))] = _mark(key)
            _walk(value, (*loc, str(key.value)), doc)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _walk(item, (*loc, index), doc)


def _get(node: yaml.Node | None, name: str) -> yaml.Node | None:
    """The value under `name` in a mapping node, or None."""
    if not isinstance(node, yaml.MappingNode):
        return None
    return next((value for key, value in node.value if key.value == name), None)


def _plugin_node(plugins: yaml.Node | None) -> yaml.Node | None:
    """The node holding schemebook's options, in the list or the mapping form of `plugins:`."""
    if isinstance(plugins, yaml.SequenceNode):
        entries = [item for item in plugins.value if isinstance(item, yaml.MappingNode) and len(item.value) == 1]
        return next((found for item in entries if (found := _get(item, PLUGIN)) is not None), None)
    return _get(plugins, PLUGIN)


def option_positions(path: Path | None, display: str, options: Mapping[str, Any]) -> Document:
    """The plugin's options with the line and column of each, from the file that sets them (INHERIT followed)."""
    shown = display
    for _ in range(MAX_INHERIT + 1):
        if path is None:
            break
        try:
            root = yaml.compose(path.read_text(encoding="utf-8"), Loader=SettingsLoader)
        except (OSError, UnicodeError, yaml.YAMLError):
            break
        if (node := _plugin_node(_get(root, "plugins"))) is not None:
            doc = Document(shown, dict(options))
            _walk(node, (), doc)
            return doc
        parent = _get(root, "INHERIT")
        path = path.parent / str(parent.value) if isinstance(parent, yaml.ScalarNode) else None
        shown = os.path.relpath(path) if path and path.resolve().is_relative_to(Path.cwd()) else str(path)
    return Document(display, dict(options))
