"""YAML syntax errors read as plain English, on the line to fix."""

from __future__ import annotations

import pytest

from schemebook.read.loading import parse_text
from schemebook.read.syntax import explain
from tests.conftest import MINIMAL


def only_problem(text: str) -> str:
    doc, problems = parse_text("x.yml", text)
    assert doc is None and len(problems) == 1
    return str(problems[0])


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("title: Test scheme", "title: Test: scheme", "x.yml:1:12: error: YAML syntax: a `: ` where YAML did not"),
        ("title: Test scheme", 'title: "Test scheme', "x.yml:1:8: error: YAML syntax: a quote mark opens the value"),
        ("title: Test scheme", "title: @Test", "x.yml:1:8: error: YAML syntax: a value starts with a character"),
        ("title: Test scheme", "title: *Test", "x.yml:1:8: error: YAML syntax: a value starts with a character"),
        ("title: Test scheme", 'title: "A \\q"', "x.yml:1:11: error: YAML syntax: a backslash"),
        ("  - id: mentee", "   - id: mentee", "x.yml:8:4: error: YAML syntax: a list item `- ` is out of line"),
        (
            "  name: Test University",
            "   name: Test U\n  url: https://x.org",
            "x.yml:5:3: error: YAML syntax: this line",
        ),
        ("{email: mentoring@university.test}", "{email: m@university.test", "YAML syntax: a list in [ ] or a section"),
    ],
)
def test_common_mistakes_are_explained(old: str, new: str, expected: str) -> None:
    assert expected in only_problem(MINIMAL.replace(old, new))


def test_every_explanation_has_a_hint() -> None:
    assert all(explain(words)[1] for words in ["mapping values are not allowed here", "something else entirely"])


def test_unknown_problems_keep_the_parser_words() -> None:
    assert explain("found a thing nobody expected") == (
        "the YAML cannot be read (found a thing nobody expected)",
        "check the indentation and quotes on this line and the line above",
    )
