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
        least = node.get("minItems", 0)  # a list that needs an item (a pairing) has one however deep it is
        return st.lists(items, min_size=least, max_size=max(least, 2 if depth < 4 else 0))
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


# Text that a careless or hostile author might paste: markup, Markdown that once carried script, and prose.
SNIPPETS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "{: onclick=alert(1) }",
    "![x](x.png){: onerror=alert(1) }",
    "[x](https://example.org/ok)",
    "[x][r]\n\n[r]: https://example.org/r",
    "\\[x\\]\\(javascript:alert(1)\\)",
    "**bold** _em_ `code`",
    "- one\n- two",
    "> quoted",
    "# Heading",
    "| a | b |\n|---|---|\n| 1 | 2 |",
    "!!! note\n    inside",
    '=HYPERLINK("https://x")',
    "+1",
    "@SUM(A1)",
    '"><svg onload=alert(1)>',
    "&lt;&amp;&#x3c;",
    "<!-- comment -->",
    "-->",
]
PROSE = st.text(st.characters(codec="utf-8", exclude_categories=["Cs", "Cc", "Zl", "Zp"]), min_size=1, max_size=40)
PLAIN = st.lists(st.one_of(st.sampled_from([s for s in SNIPPETS if "\n" not in s]), PROSE), min_size=1, max_size=4).map(
    lambda parts: " ".join(parts).strip() or "x"
)
MARKDOWN = st.lists(st.one_of(st.sampled_from(SNIPPETS), PROSE), min_size=1, max_size=5).map(
    lambda parts: "\n\n".join(parts).strip() or "x"
)


def _resolve(node: dict[str, Any], defs: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        node = defs[node["$ref"].split("/")[-1]]
    return node


def text_paths(node: dict[str, Any], defs: dict[str, Any], data: Any, loc: tuple = ()) -> list[tuple[tuple, str]]:
    """Where `data` holds free text by the schema: ("markdown" or "plain", not ids, addresses or dates)."""
    node = _resolve(node, defs)
    if "anyOf" in node:
        return [p for option in node["anyOf"] for p in text_paths(option, defs, data, loc)]
    kind = node.get("type")
    if kind == "object" and isinstance(data, dict):
        properties = node.get("properties", {})
        return [
            p
            for key, value in data.items()
            if key in properties
            for p in text_paths(properties[key], defs, value, (*loc, key))
        ]
    if kind == "array" and isinstance(data, list):
        return [p for i, item in enumerate(data) for p in text_paths(node.get("items", {}), defs, item, (*loc, i))]
    if kind == "string" and isinstance(data, str):
        if node.get("contentMediaType") == "text/markdown":
            return [(loc, "markdown")]
        if node.get("maxLength") == 1000 and not {"pattern", "format", "enum"} & set(node):
            return [(loc, "plain")]
    return []


def with_text(document: dict[str, Any], paths: list[tuple[tuple, str]]) -> st.SearchStrategy[dict[str, Any]]:
    """`document` with some of its free text replaced by generated text of the same kind."""
    if not paths:
        return st.just(document)
    changes = st.lists(
        st.sampled_from(paths).flatmap(lambda p: st.tuples(st.just(p[0]), MARKDOWN if p[1] == "markdown" else PLAIN)),
        min_size=1,
        max_size=12,
    )
    return changes.map(lambda found: _replaced(document, found))


def _replaced(document: dict[str, Any], changes: list[tuple[tuple, str]]) -> dict[str, Any]:
    import copy

    result = copy.deepcopy(document)
    for loc, value in changes:
        target = result
        for part in loc[:-1]:
            target = target[part]
        target[loc[-1]] = value
    return result
