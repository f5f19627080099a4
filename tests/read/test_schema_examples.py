"""Examples read from a field's JSON Schema."""

from __future__ import annotations

from schemebook.read.schema_examples import field_example


def test_the_description_example_comes_first() -> None:
    prop = {"description": "Its id, e.g. `coordinator`.", "examples": ["mentor"]}
    assert field_example(prop) == "coordinator"
    assert field_example({"description": 'How often, e.g. "monthly".'}) == "monthly"


def test_then_listed_examples_even_nested() -> None:
    assert field_example({"anyOf": [{"examples": ["2026-03"]}, {"type": "null"}]}) == "2026-03"
    assert field_example({"items": {"examples": ["mentor"]}}) == "mentor"
    assert field_example({"type": "string"}) == ""
