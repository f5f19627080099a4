"""The field reference page: every field of a scheme file, read from the JSON Schema, one section per part."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache, partial
from typing import Any

from jinja2 import Environment
from markdown.extensions.toc import slugify
from pydantic import TypeAdapter

from schemebook.model import types
from schemebook.project.site import Site
from schemebook.read.loading import parse_text
from schemebook.read.schema_examples import field_example
from schemebook.render import Output, page_at
from schemebook.render.schema import SCHEMA_URI, scheme_schema
from schemebook.render.starter import scheme_text
from schemebook.render.templates import render as render_template

KINDS = {
    "Id": "id",
    "Text": "text",
    "Markdown": "Markdown text",
    "HttpsUrl": "web address",
    "Email": "email address",
    "TimeZone": "time zone",
    "WhenField": "date",
    "EndField": "date or time",
    "SpanField": "length of time",
}
"""Names, in the words of the page's "Kinds of value" list, for the value types of `schemebook.model.types`."""
TOP = "Top of the file"
_LOOSE = ("title", "description", "default")


@dataclass(frozen=True)
class Field:
    """One row of the reference: a field with its kind, whether it is required, an example and what it means."""

    path: str
    kind: str
    required: bool
    default: str
    example: str
    description: str
    section: str = ""
    """The anchor of the section that lists this field's own fields, if it has any."""


@dataclass(frozen=True)
class Section:
    """A part of a scheme file (the top, or one nested part) and its fields."""

    path: str
    description: str
    fields: tuple[Field, ...]


def _without(schema: dict[str, Any], keys: Iterable[str]) -> dict[str, Any]:
    return {k: v for k, v in schema.items() if k not in keys}


@cache
def _known() -> tuple[tuple[str, str], ...]:
    """Each value type's schema as stable text, with its name; exact matches first, then without examples."""
    exact = [
        (json.dumps(TypeAdapter(getattr(types, name)).json_schema(), sort_keys=True), kind)
        for name, kind in KINDS.items()
    ]
    loose = [(json.dumps(_without(json.loads(text), ["examples"]), sort_keys=True), kind) for text, kind in exact]
    return (*exact, *loose)


def _kind_name(schema: dict[str, Any]) -> str | None:
    for keys in (_LOOSE, (*_LOOSE, "examples")):
        text = json.dumps(_without(schema, keys), sort_keys=True)
        matches = {kind for known, kind in _known() if known == text}
        if len(matches) == 1:
            return matches.pop()
    return None


def _plural(kind: str) -> str:
    if kind.startswith("one of "):  # a choice: "values, each one of in-person, online"
        return f"values, each {kind}"
    head, comma, rule = kind.partition(", ")  # "whole number, 0 or more": the noun comes first
    plural = {"text": "texts", "Markdown text": "Markdown texts", "id": "ids", "whole number": "whole numbers"}.get(
        head, head if head.endswith("s") else f"{head}s"
    )
    return plural + comma + rule


class _Walker:
    """Turns the JSON Schema into sections, depth first in the order fields appear in a scheme file."""

    def __init__(self, schema: dict[str, Any], starter: Any) -> None:
        self.defs, self.starter = schema.get("$defs", {}), starter
        self.sections: list[Section] = []

    def model(self, ref: str) -> dict[str, Any]:
        """The schema a `$ref` points to."""
        return self.defs[ref.rsplit("/", 1)[-1]]

    def sample(self, path: str) -> str:
        """The starter file's value at `path`; for the scheme's own `sign_up`, a cohort's (they share one shape)."""
        shared = f"cohorts[].{path}" if path.startswith("sign_up.") else ""
        return _sample(self.starter, path) or (_sample(self.starter, shared) if shared else "")

    def section(self, path: str, schema: dict[str, Any]) -> None:
        """Add the section for the part at `path`, then the sections of its nested parts."""
        required = set(schema.get("required", []))
        fields, nested = [], []
        for name, prop in schema.get("properties", {}).items():
            field_path = f"{path}.{name}" if path else name
            value = _value(prop)
            inner, part = self.inner(field_path, value)
            fields.append(
                Field(
                    path=field_path,
                    kind=self.kind(value),
                    required=name in required,
                    default=_default(prop),
                    example=self.sample(field_path) or field_example(prop) or _example(value),
                    description=prop.get("description", ""),
                    section=_anchor(inner) if part else "",
                )
            )
            if part:
                nested.append((inner, part))
        description = schema.get("description", "")
        self.sections.append(Section(path or TOP, description, tuple(fields)))
        for inner, part in nested:
            self.section(inner, part)

    def inner(self, path: str, value: dict[str, Any]) -> tuple[str, dict[str, Any] | None]:
        """The path and schema of the part a field holds (itself, each list entry, or each keyed entry), if any."""
        if "$ref" in value:
            return path, self.model(value["$ref"])
        if value.get("type") == "array":
            return self.inner(f"{path}[]", value.get("items", {}))
        if value.get("type") == "object" and (entry := _entry(value)):
            return self.inner(f"{path}.<{_key_name(value)}>", entry)
        return path, None

    def kind(self, value: dict[str, Any]) -> str:
        """The kind of value a field takes, in words."""
        if "$ref" in value:
            return "section"
        if named := _kind_name(value):
            return named
        if "enum" in value:
            return "one of " + ", ".join(f"`{v}`" for v in value["enum"])
        kind = value.get("type")
        if kind == "array":
            return f"list of {_plural(self.kind(value.get('items', {})))}"
        if kind == "object":
            return f"{self.kind(_entry(value) or {})} for each {_key_name(value)}"
        if kind == "integer":
            return _bounded("whole number", value)
        if "anyOf" in value:
            return " or ".join(self.kind(option) for option in value["anyOf"])
        return {"boolean": "true or false", "number": "number", "string": "text"}.get(str(kind), "value")


def _value(prop: dict[str, Any]) -> dict[str, Any]:
    """A property's schema without the `null` that marks it optional."""
    options = [o for o in prop.get("anyOf", []) if o.get("type") != "null"]
    if "anyOf" not in prop:
        return prop
    return {**_without(prop, ["anyOf"]), **(options[0] if len(options) == 1 else {"anyOf": options})}


def _entry(value: dict[str, Any]) -> dict[str, Any] | None:
    entries = list(value.get("patternProperties", {}).values())
    extra = value.get("additionalProperties")
    return entries[0] if entries else extra if isinstance(extra, dict) else None


def _key_name(value: dict[str, Any]) -> str:
    return "id" if value.get("patternProperties") else "name"


def _bounded(kind: str, value: dict[str, Any]) -> str:
    low, high = value.get("minimum"), value.get("maximum")
    if low is not None and high is not None:
        return f"{kind} from {low} to {high}"
    return f"{kind}, {low} or more" if low is not None else kind


def _default(prop: dict[str, Any]) -> str:
    value = prop.get("default")
    return "" if value in (None, [], {}) or isinstance(value, dict) else json.dumps(value).strip('"')


def _example(value: dict[str, Any]) -> str:
    """An example made from the kind of value, for fields whose schema gives none."""
    if "enum" in value:
        return str(value["enum"][0])
    kind = value.get("items", value).get("type")
    if kind == "boolean":
        return "true"
    return str(value.get("minimum", 1)) if kind == "integer" else ""


def _find(data: Any, tokens: list[str]) -> Any:
    """The first value found at `tokens` below `data`, trying every list entry and keyed entry in turn."""
    if not tokens:
        return data
    token, rest = tokens[0], tokens[1:]
    if token == "[]" or token.startswith("<"):
        entries = data if isinstance(data, list) else list(data.values()) if isinstance(data, dict) else []
        return next((found for entry in entries if (found := _find(entry, rest)) is not None), None)
    return _find(data.get(token), rest) if isinstance(data, dict) else None


def _sample(data: Any, path: str) -> str:
    """An example for `path` from `data`, shortened to a line; the first entry of a list of plain values."""
    found = _find(data, re.findall(r"\[\]|<[^>]+>|[^.\[\]<>]+", path))
    if isinstance(found, list):
        found = found[0] if found and not isinstance(found[0], (dict, list)) else None
    if found is None or isinstance(found, dict):
        return ""
    text = json.dumps(found) if isinstance(found, bool) else str(found).split("\n")[0]
    return text if len(text) <= 60 else text[:59].rsplit(" ", 1)[0] + " …"


def _anchor(path: str) -> str:
    """The id Python-Markdown's table of contents gives the section heading of `path`."""
    return slugify(path or TOP, "-")


def reference_sections(starter: Any = None) -> list[Section]:
    """Every part of a scheme file with its fields, from the top of the file down; examples from `starter` first."""
    walker = _Walker(scheme_schema(), starter or {})
    walker.section("", scheme_schema())
    return walker.sections


def starter_data(today: date, env: Environment) -> Any:
    """The data of the file `schemebook new` would write today: a realistic example of most fields."""
    doc, _ = parse_text("new-scheme.yml", scheme_text("Reverse mentoring", today, env))
    return doc.data if doc else {}


def render(site: Site, env: Environment) -> Iterable[Output]:
    """The field reference page, unless the site's settings switch it off."""
    address = site.settings.pages.address("reference")
    if address is None:
        return
    uri, root = page_at(address)
    yield Output(uri, partial(_page, site, env, root))


def _page(site: Site, env: Environment, root: str) -> str:
    sections = reference_sections(starter_data(site.now.date(), env))
    return render_template(env, "reference.md.j2", sections=sections, schema_uri=SCHEMA_URI, root=root)
