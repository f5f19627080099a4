"""Hypothesis strategies that generate scheme documents from the published JSON Schema."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

TEXT = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=40)


def from_schema(node: dict[str, Any], defs: dict[str, Any], depth: int = 0) -> st.SearchStrategy[Any]:
    """Values that follow `node` (the subset of JSON Schema that pydantic writes), mixed with its examples."""
    if "$ref" in node:
        return st.deferred(lambda: from_schema(defs[node["$ref"].split("/")[-1]], defs, depth + 1))
    if "anyOf" in node:
        return st.one_of([from_schema(option, defs, depth) for option in node["anyOf"]])
    if "enum" in node:
        return st.sampled_from(node["enum"])
    if "const" in node:
        return st.just(node["const"])
    examples = [st.sampled_from(node["examples"])] if node.get("examples") else []
    kind = node.get("type")
    if kind == "object":
        return st.one_of(*examples, _object(node, defs, depth))
    if kind == "array":
        items = from_schema(node.get("items", {}), defs, depth + 1)
        return st.lists(items, min_size=node.get("minItems", 0), max_size=2 if depth < 4 else 0)
    if kind == "string":
        pattern = node.get("pattern")
        made = st.from_regex(pattern, fullmatch=True) if pattern and len(pattern) < 80 else TEXT
        return st.one_of(*examples, made.filter(lambda s: len(s) <= node.get("maxLength", 10_000)))
    if kind == "integer":
        return st.one_of(*examples, st.integers(node.get("minimum", -(10**6)), node.get("maximum", 10**6)))
    if kind == "number":
        return st.floats(allow_nan=False, allow_infinity=False)
    if kind == "boolean":
        return st.booleans()
    if kind == "null":
        return st.none()
    return st.one_of(*examples, TEXT, st.integers(), st.booleans())


def _object(node: dict[str, Any], defs: dict[str, Any], depth: int) -> st.SearchStrategy[dict[str, Any]]:
    properties = node.get("properties", {})
    required = set(node.get("required", []))
    fixed = {name: from_schema(properties[name], defs, depth + 1) for name in sorted(required)}
    optional = {name: from_schema(p, defs, depth + 1) for name, p in sorted(properties.items()) if name not in required}
    if depth > 5:
        optional = {}
    return st.fixed_dictionaries(fixed, optional=optional)


def scheme_documents(schema: dict[str, Any]) -> st.SearchStrategy[dict[str, Any]]:
    """Whole scheme documents following the schema (whose cross-field rules they may still break)."""
    return from_schema(schema, schema.get("$defs", {}))
