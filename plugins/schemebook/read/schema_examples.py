"""An example value for a field, read from its JSON Schema: for the field reference and for error hints."""

from __future__ import annotations

import re
from typing import Any

_IN_WORDS = re.compile(r"e\.g\. (?:`([^`]+)`|\"([^\"]+)\")")


def _listed(schema: dict[str, Any]) -> str:
    """The first of `examples` here or in a nested alternative or list item."""
    if schema.get("examples"):
        return str(schema["examples"][0])
    for option in [*schema.get("anyOf", []), *([schema["items"]] if "items" in schema else [])]:
        if found := _listed(option):
            return found
    return ""


def field_example(prop: dict[str, Any]) -> str:
    """The example a field's description gives ("e.g. `coordinator`"), else the first its schema lists, else ""."""
    if match := _IN_WORDS.search(prop.get("description", "")):
        return " ".join((match[1] or match[2]).split())  # a docstring may break an example across lines
    return _listed(prop)
