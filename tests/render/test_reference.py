"""The field reference page lists every field of the JSON Schema, with kind, required, example and meaning."""

from __future__ import annotations

from html.parser import HTMLParser
from typing import Any

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

from schemebook.render.reference import reference_sections
from schemebook.render.schema import scheme_schema
from tests.conftest import MINIMAL, MKDOCS_YML


def schema_fields(schema: dict[str, Any]) -> dict[str, bool]:
    """Every field path in the schema, walked from the top, and whether it is required."""
    defs, found = schema["$defs"], {}

    def parts(node: dict[str, Any], path: str) -> list[tuple[dict[str, Any], str]]:
        if "$ref" in node:
            return [(defs[node["$ref"].split("/")[-1]], path)]
        nested = [part for option in node.get("anyOf", []) for part in parts(option, path)]
        if "items" in node:
            nested += parts(node["items"], path + "[]")
        for entry in node.get("patternProperties", {}).values():
            nested += parts(entry, path + ".<id>")
        if isinstance(node.get("additionalProperties"), dict):
            nested += parts(node["additionalProperties"], path + ".<name>")
        return nested

    def walk(model: dict[str, Any], prefix: str) -> None:
        for name, prop in model.get("properties", {}).items():
            path = f"{prefix}.{name}" if prefix else name
            found[path] = name in model.get("required", [])
            for inner, inner_path in parts(prop, path):
                walk(inner, inner_path)

    walk(schema, "")
    return found


class Rows(HTMLParser):
    """Table rows (as cell texts) and every id and in-page link of an HTML page."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[list[str]] = []
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if found.get("id"):
            self.ids.add(str(found["id"]))
        if tag == "a" and str(found.get("href", "")).startswith("#"):
            self.links.append(str(found["href"])[1:])
        if tag == "tr":
            self.rows.append([])
        if tag == "td":
            self.cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "td" and self.cell is not None:
            self.rows[-1].append("".join(self.cell).strip())
            self.cell = None

    def handle_data(self, data: str) -> None:
        if self.cell is not None:
            self.cell.append(data)


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Rows:
    root = tmp_path_factory.mktemp("reference")
    (root / "content").mkdir()
    (root / "content" / "index.md").write_text("# Home\n", encoding="utf-8")
    (root / "schemes").mkdir()
    (root / "schemes" / "test-scheme.yml").write_text(MINIMAL, encoding="utf-8")
    (root / "mkdocs.yml").write_text(MKDOCS_YML, encoding="utf-8")
    build(load_config(str(root / "mkdocs.yml")))
    parsed = Rows()
    parsed.feed((root / "site" / "reference" / "index.html").read_text(encoding="utf-8"))
    return parsed


def test_every_schema_field_has_a_complete_row(page: Rows) -> None:
    fields = schema_fields(scheme_schema())
    rows = {row[0]: row for row in page.rows if row}
    assert len(fields) > 150
    assert sorted(set(fields) - set(rows)) == []
    for path, required in fields.items():
        _, kind, needed, example, meaning = rows[path]
        assert kind and example and meaning, path
        assert needed.startswith("yes" if required else "no"), path


def test_in_page_links_lead_to_sections(page: Rows) -> None:
    assert page.links and set(page.links) <= page.ids


def test_sections_nest_in_file_order() -> None:
    paths = [section.path for section in reference_sections()]
    assert paths[:7] == [
        "Top of the file",
        "other_names[]",
        "part_of",
        "related[]",
        "organisation",
        "organisation.other_names[]",
        "partners[]",
    ]
    assert paths.index("cohorts[]") < paths.index("cohorts[].sign_up") < paths.index("cohorts[].sign_up.roles.<id>")


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("cohorts[].sign_up.deadline", "date"),
        ("cohorts[].events[].end", "date or time"),
        ("cohorts[].sign_up.roles", "section for each id"),
        ("evaluation.responses", "list of whole numbers, 0 or more for each id"),
        ("evaluation.threshold", "whole number from 1 to 1000"),
        ("meetings.format", "one of `in-person`, `online`, `either`"),
        ("meetings.modes", "list of values, each one of `in-person`, `online`, `phone`, `email`"),
        ("roles[].training[].duration", "length of time"),
        ("contacts[].email", "email address"),
    ],
)
def test_kinds_read_as_words(path: str, kind: str) -> None:
    kinds = {field.path: field.kind for section in reference_sections() for field in section.fields}
    assert kinds[path] == kind
