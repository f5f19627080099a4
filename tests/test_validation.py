"""Schema errors: every problem of a file at once, each on the right line with a useful hint."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from schemebook.site import load_scheme
from tests.conftest import MINIMAL


def problems_of(path: Path) -> list[str]:
    scheme, problems = load_scheme(path, "schemes/x.yml")
    assert scheme is None
    return [str(p) for p in sorted(problems) if p.level.value == "error"]


def test_unknown_keys_get_did_you_mean(write_scheme: Callable[..., Path]) -> None:
    text = MINIMAL.replace("summary:", "sumary:").replace("    name: Reverse mentee", "    nme: Reverse mentee")
    found = problems_of(write_scheme(text))
    assert "schemes/x.yml:2:1: error: unknown field `sumary`\n    did you mean `summary`?" in found
    assert "schemes/x.yml:9:5: error: unknown field `nme`\n    did you mean `name`?" in found
    assert any(p.startswith("schemes/x.yml:1:1: error: `summary` is required") for p in found)
    assert any("`name` is required in roles[1]" in p for p in found)


def test_bad_values_are_all_reported(write_scheme: Callable[..., Path]) -> None:
    text = MINIMAL.replace("deadline: 2030-02-03 17:00", "deadline: 3 February").replace(
        "https://forms.office.com/r/TEST", "javascript:alert(1)"
    )
    found = problems_of(write_scheme(text))
    assert any(
        p.startswith("schemes/x.yml:16:17: error: `cohorts[0].sign_up.deadline`: expected a date") for p in found
    )
    assert any(p.startswith("schemes/x.yml:18:24: error:") and "not allowed" in p for p in found)


def test_choices_suggest_the_closest(write_scheme: Callable[..., Path]) -> None:
    text = MINIMAL.replace("    name: Reverse mentee", "    name: Reverse mentee\n    join: {method: invitaton}")
    found = problems_of(write_scheme(text))
    assert "schemes/x.yml:10:20: error: `invitaton` is not allowed for `roles[1].join.method`" in found[0]
    assert "did you mean `invitation`?" in found[0]


def test_wrong_shapes(write_scheme: Callable[..., Path]) -> None:
    text = MINIMAL.replace("organisation:\n  name: Test University", "organisation: Test University")
    found = problems_of(write_scheme(text))
    assert found[0].startswith("schemes/x.yml:3:15: error: `organisation`: expected a section of fields")
