"""Schema errors: every problem of a file at once, each on the right line with a useful hint."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from schemebook.project.site import load_scheme
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


def test_a_date_in_words_gets_the_form_to_write(write_scheme: Callable[..., Path]) -> None:
    found = problems_of(write_scheme(MINIMAL.replace("deadline: 2030-02-03 17:00", "deadline: 3rd February 2030 5pm")))
    assert found[0].endswith("did you mean `2030-02-03 17:00`?")


def test_missing_fields_get_an_example_line(write_scheme: Callable[..., Path]) -> None:
    text = MINIMAL.replace("    name: Reverse mentee\n", "").replace("title: Test scheme\n", "")
    found = problems_of(write_scheme(text))
    assert any(p.endswith("add a line like `name: Reverse mentor` to this section") for p in found)
    assert any(
        p.endswith("add a line like `title: Reverse Mentoring Programme for STEMM Staff` to this section")
        for p in found
    )


def test_missing_sections_and_lists_say_how_to_add_them(write_scheme: Callable[..., Path]) -> None:
    text = MINIMAL.replace("organisation:\n  name: Test University\n", "").replace("roles:\n", "roles: []\nx:\n", 1)
    found = problems_of(write_scheme(text.split("x:\n")[0]))
    assert any(
        p.endswith("add `organisation:` with its fields indented below it (see the field reference)") for p in found
    )
    assert any("`roles` needs at least 1 entry\n    write each entry on its own line below" in p for p in found)


def test_numbers_out_of_range_say_the_limit(write_scheme: Callable[..., Path]) -> None:
    found = problems_of(write_scheme(MINIMAL + "meetings:\n  count: 0\n"))
    assert "`meetings.count` must be 1 or more\n    you wrote 0; check the number" in found[0]
