"""Unquoted numbers, true/false and dates in text fields stay text as written, with a warning where a number
would have changed what was written."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from schemebook.commands.cli import main
from schemebook.project.site import load_scheme
from schemebook.read.errors import Level, errors_only
from schemebook.read.scalars import CODE
from tests.conftest import MINIMAL

CONTACTS = """\
contacts:
  - id: office
    name: Mentoring office
    phone: 02075946708
  - id: abroad
    name: 2020
    unit: true
    phone: +447700900123
meetings:
  count: 6
  duration: 1 hour
"""


def _load(write_scheme: Callable[..., Path], extra: str) -> tuple:
    path = write_scheme(MINIMAL + extra)
    loaded, problems = load_scheme(path, "schemes/test-scheme.yml")
    assert loaded is not None, problems
    return loaded.model, [p for p in problems if p.code == CODE]


def test_a_phone_number_keeps_its_leading_zero_and_plus(write_scheme: Callable[..., Path]) -> None:
    model, warnings = _load(write_scheme, CONTACTS)
    assert [c.phone for c in model.contacts] == ["02075946708", "+447700900123"]
    assert [(w.line, w.col, w.level) for w in warnings] == [(23, 12, Level.WARNING), (27, 12, Level.WARNING)]
    assert "`contacts[0].phone`: YAML reads `02075946708` as the number 2075946708" in warnings[0].message
    assert warnings[0].hint.endswith('`phone: "02075946708"`')


def test_numbers_and_booleans_that_read_back_the_same_are_text_without_a_warning(
    write_scheme: Callable[..., Path],
) -> None:
    model, warnings = _load(write_scheme, CONTACTS)
    assert (model.contacts[1].name, model.contacts[1].unit) == ("2020", "true")
    assert len(warnings) == 2
    assert model.meetings.count == 6  # a number field is still a number


def test_dates_decimals_and_list_items_in_text_fields(write_scheme: Callable[..., Path]) -> None:
    extra = "purpose: 2020-01-13\naims:\n  - 1.50\n  - 12\n"
    model, warnings = _load(write_scheme, extra)
    assert model.purpose == "2020-01-13"
    assert model.aims == ["1.50", "12"]
    assert [w.line for w in warnings] == [22]
    assert warnings[0].hint.endswith('`- "1.50"`')


def test_check_reports_the_warning_with_file_and_line(
    write_scheme: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_scheme(MINIMAL + CONTACTS)
    assert main(["check", str(path)]) == 0
    err = capsys.readouterr().err
    assert f"{path}:23:12: warning: `contacts[0].phone`" in err
    assert main(["check", "--strict", str(path)]) == 1


def test_an_id_written_with_leading_zeros_keeps_them(write_scheme: Callable[..., Path]) -> None:
    path = write_scheme(MINIMAL.replace('id: "2030"', "id: 0030"))
    loaded, problems = load_scheme(path, "schemes/test-scheme.yml")
    assert loaded is not None and not errors_only(problems)
    assert loaded.model.cohorts[0].id == "0030"
