"""Checks on every `cost` section (it says whether people pay, a free cost names no price, a figure is in its words)
and every role's `pay` (it says something)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation

from schemebook.checks.checker import Checker
from schemebook.model.costs import Cost
from schemebook.read.loading import Loc

_PRICE_FIELDS = ("amount", "value", "currency", "paid_by", "due", "due_date")
"""Fields that say something is paid, so they contradict `free: true`."""


def _costs(c: Checker) -> Iterator[tuple[Loc, Cost]]:
    scheme = c.scheme
    if scheme.cost:
        yield ("cost",), scheme.cost
    for i, role in enumerate(scheme.roles):
        if role.cost:
            yield ("roles", i, "cost"), role.cost
    for name in ("cohorts", "strands"):
        for i, part in enumerate(getattr(scheme, name)):
            if part.cost:
                yield (name, i, "cost"), part.cost
            for j, role in enumerate(part.roles):
                if role.cost:
                    yield (name, i, "roles", j, "cost"), role.cost


_NUMBER = re.compile(r"\d(?:[\d.,'’\u00a0\u202f ]*\d)?")
"""A figure as prices are written in many countries: `1500`, `1,500.50`, `1.500,50`, `1 500`, `1'500`."""


def _figures(amount: str) -> set[Decimal]:
    """Every number `amount` can be read as, with `.` or `,` as the decimal mark (`kr. 1.000,-` holds 1 and 1000)."""
    found = set()
    for match in _NUMBER.findall(amount):
        digits = re.sub(r"['’\u00a0\u202f ]", "", match)
        for decimal_mark, grouping in ((".", ","), (",", ".")):
            whole, _, fraction = digits.replace(grouping, "").rpartition(decimal_mark)
            text = f"{whole}.{fraction}" if whole else fraction
            try:
                found.add(Decimal(text))
            except InvalidOperation:
                continue
    return found


def _figure(value: Decimal) -> str:
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def check_costs(c: Checker) -> None:
    """Every `cost` section in the scheme, wherever it is given."""
    for loc, cost in _costs(c):
        _check_cost(c, loc, cost)


def check_pay(c: Checker) -> None:
    """Every role's `pay` says whether or what people in the role are paid."""
    for i, role in enumerate(c.scheme.roles):
        if role.pay and role.pay.amount is None and role.pay.volunteer is None:
            hint = (
                "write the pay in `amount` as the source gives it, `volunteer: true` (unpaid) or `volunteer: false`"
                " (paid, amount not given); or remove `pay`"
            )
            c.error(("roles", i, "pay"), "`pay` says nothing about pay", hint)


def _check_cost(c: Checker, loc: Loc, cost: Cost) -> None:
    if cost.free is None and cost.amount is None and cost.covered_by is None and cost.value is None and not cost.note:
        hint = (
            "write `free: true`, `free: false` (a fee, amount not given), the price in `amount` as the source gives"
            " it, `covered_by`, or what the sources say of it in `note`; or remove `cost`"
        )
        c.error(loc, "`cost` says nothing about the cost", hint)
    if cost.free:
        for name in _PRICE_FIELDS:
            if getattr(cost, name) is not None:
                hint = f"remove `{name}`, or `free: true` if the source names a price"
                c.error((*loc, name), f"`{name}` is given for a cost that is free", hint)
        return
    if (cost.value is None) != (cost.currency is None):
        missing, present = ("currency", "value") if cost.currency is None else ("value", "currency")
        hint = f"add `{missing}:` (e.g. `value: 150` with `currency: GBP`), or remove `{present}`"
        c.error((*loc, present), f"`{present}` is given without `{missing}`", hint)
    if cost.value is None:
        return
    if cost.amount is None:
        hint = 'add `amount:` with the price as the source words it, e.g. "currently £150"; pages show those words'
        c.error((*loc, "value"), "`value` is given without `amount`", hint)
    elif cost.value not in _figures(cost.amount):
        hint = f"`amount` says {cost.amount!r}: check the figure, or remove `value`"
        c.error((*loc, "value"), f"the value {_figure(cost.value)} is not in `amount`", hint)
