"""The plugin's options as a Markdown page, generated from the typed config and the settings model.

`make options` writes it to content/plugin-options.md; a test fails when that page is out of date.
"""

from __future__ import annotations

import ast
import inspect
import sys
from itertools import pairwise
from typing import Any

from mkdocs.config import config_options as opt
from pydantic import BaseModel

from schemebook.adapter import config
from schemebook.adapter.config import SchemebookConfig
from schemebook.model.settings import SiteSettings
from schemebook.read.validation import type_at

INTRO = """\
# Plugin options

The schemebook plugin's options, set under `plugins: - schemebook:` in `mkdocs.yml`. Each option is
optional. This page is generated from the plugin's typed settings (`schemebook/adapter/config.py`, and for
the sections `schemebook/model/settings.py`), so it lists every option the build accepts; a build or
`schemebook check` stops with a located error on any other.

```yaml
plugins:
  - search
  - schemebook:
      schemes_dir: schemes
      institution:
        name: University of Testing
        email: mentoring@university.test
```
"""


def option_docs() -> dict[str, str]:
    """Each option's docstring, as written under it in the config class."""
    tree = ast.parse(inspect.getsource(config))
    [body] = [node.body for node in tree.body if isinstance(node, ast.ClassDef) and node.name == "SchemebookConfig"]
    docs = {}
    for assign, doc in pairwise(body):
        if isinstance(assign, ast.Assign) and isinstance(doc, ast.Expr) and isinstance(doc.value, ast.Constant):
            docs[ast.unparse(assign.targets[0])] = inspect.cleandoc(str(doc.value.value))
    return docs


def _value(value: Any) -> str:
    """A default as it would be written in mkdocs.yml."""
    if value is None or value == {} or value == []:
        return "not set"
    if isinstance(value, bool):
        return f"`{str(value).lower()}`"
    return f"`{value}`"


def _kind(option: opt.BaseConfigOption) -> str:
    """What an option takes, in words."""
    inner = option.option if isinstance(option, opt.Optional) else option
    if isinstance(inner, opt.Choice):
        return "one of " + ", ".join(f"`{c}`" for c in inner.choices)
    if isinstance(inner, opt.ListOfItems):
        return "a list"
    kinds = {bool: "`true` or `false`", str: "text", dict: "a section of settings, below"}
    return kinds.get(getattr(inner, "_type", None), "a value")


def _one_line(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _section(name: str, model: type[BaseModel]) -> list[str]:
    """A table of the settings inside one section option."""
    rows = ["", f"### `{name}`", "", _one_line(model.__doc__ or ""), "", "| setting | default | what it does |"]
    rows.append("|---|---|---|")
    for field_name, field in model.model_fields.items():
        default = "required" if field.is_required() else _value(field.default)
        rows.append(f"| `{name}.{field_name}` | {default} | {_one_line(field.description or '')} |")
    return rows


def options_markdown() -> str:
    """The whole page."""
    docs = option_docs()
    lines = [INTRO, "## Options", "", "| option | default | takes | what it does |", "|---|---|---|---|"]
    sections = []
    for name, option in SchemebookConfig._schema:
        lines.append(f"| `{name}` | {_value(option.default)} | {_kind(option)} | {_one_line(docs[name])} |")
        model = type_at(SiteSettings, (name,))
        if isinstance(model, type) and issubclass(model, BaseModel):
            sections += _section(name, model)
    return "\n".join([*lines, "", "## Sections", *sections, ""])


if __name__ == "__main__":
    sys.stdout.write(options_markdown())
