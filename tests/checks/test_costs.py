"""Checks on `cost`: it says something, a free cost names no price, a figure matches its words."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from schemebook.project.site import load_scheme
from tests.conftest import MINIMAL


def with_cost(cost: str) -> str:
    return MINIMAL.replace("organisation:\n", f"cost:\n{cost}organisation:\n", 1)


def errors(path: Path) -> list[str]:
    scheme, problems = load_scheme(path, "schemes/x.yml")
    assert scheme is None, "expected the scheme to be refused"
    return [str(p) for p in sorted(problems) if p.level.value == "error"]


@pytest.mark.parametrize(
    ("cost", "expected"),
    [
        (
            "  free: true\n  amount: £150\n",
            "schemes/x.yml:5:11: error: `amount` is given for a cost that is free\n"
            "    remove `amount`, or `free: true` if the source names a price",
        ),
        (
            '  amount: "currently £150"\n  value: 150\n',
            "schemes/x.yml:5:10: error: `value` is given without `currency`\n"
            "    add `currency:` (e.g. `value: 150` with `currency: GBP`), or remove `value`",
        ),
        (
            "  value: 150\n  currency: GBP\n",
            "schemes/x.yml:4:10: error: `value` is given without `amount`\n"
            '    add `amount:` with the price as the source words it, e.g. "currently £150"; pages show those words',
        ),
        (
            '  amount: "R2 750"\n  value: 2500\n  currency: ZAR\n',
            "schemes/x.yml:5:10: error: the value 2500 is not in `amount`\n"
            "    `amount` says 'R2 750': check the figure, or remove `value`",
        ),
        (
            "  covers: lunch\n",
            "schemes/x.yml:4:3: error: `cost` says nothing about the cost\n"
            "    write `free: true`, `free: false` (a fee, amount not given), the price in `amount` as the source"
            " gives it, `covered_by`, or what the sources say of it in `note`; or remove `cost`",
        ),
    ],
)
def test_a_cost_that_contradicts_itself_is_refused_where_it_is_written(
    write_scheme: Callable[..., Path], cost: str, expected: str
) -> None:
    assert errors(write_scheme(with_cost(cost))) == [expected]


def test_a_currency_is_a_three_letter_code(write_scheme: Callable[..., Path]) -> None:
    found = errors(write_scheme(with_cost('  amount: "£150"\n  value: 150\n  currency: pounds\n')))
    assert found == [
        "schemes/x.yml:6:13: error: `cost.currency`: expected a three-letter currency code in capitals, like GBP,"
        " AUD or ZAR"
    ]


def test_costs_of_roles_and_cohorts_are_checked_too(write_scheme: Callable[..., Path]) -> None:
    text = MINIMAL.replace(
        "    name: Reverse mentee\n", "    name: Reverse mentee\n    cost: {free: true, due: soon}\n"
    )
    text += "    cost: {value: 5, currency: GBP}\n    roles:\n      - id: mentor\n        cost: {covers: lunch}\n"
    found = errors(write_scheme(text))
    assert [f.split(": error: ")[1].split("\n")[0] for f in found] == [
        "`due` is given for a cost that is free",
        "`value` is given without `amount`",
        "`cost` says nothing about the cost",
    ]


@pytest.mark.parametrize(
    "cost",
    [
        "  free: true\n",
        "  free: false\n  note: A processing fee applies.\n",
        "  covered_by: your membership fee\n",
        '  amount: "R2 750"\n  value: 2750\n  currency: ZAR\n  due: with the application\n',
        '  amount: "$1,500 plus GST"\n  value: 1500.00\n  currency: AUD\n  due_date: 2023-08-31\n',
        '  amount: "kr. 1.000,-"\n  value: 1000\n  currency: DKK\n',
        '  amount: "1.500,50 € a year"\n  value: 1500.50\n  currency: EUR\n',
        "  amount: CHF 1'500\n  value: 1500\n  currency: CHF\n",
        "  note: One source says mentees pay an honorarium; another, that they are paid a stipend.\n",
    ],
)
def test_costs_as_sources_state_them_load(write_scheme: Callable[..., Path], cost: str) -> None:
    scheme, problems = load_scheme(write_scheme(with_cost(cost)), "schemes/x.yml")
    assert scheme is not None, [str(p) for p in problems]
