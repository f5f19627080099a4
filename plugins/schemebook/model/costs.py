"""What taking part costs, as the source states it: free, or a price in the source's own words."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Annotated

from pydantic import AfterValidator, Field, WithJsonSchema
from pydantic_core import PydanticCustomError

from schemebook.model.base import StrictModel
from schemebook.model.types import Id, Markdown, Text, WhenField

_CODE = re.compile(r"^[A-Z]{3}$")


def _check_currency(value: str) -> str:
    if not _CODE.match(value):
        raise PydanticCustomError("currency", "expected a three-letter currency code in capitals, like GBP, AUD or ZAR")
    return value


Currency = Annotated[
    str,
    AfterValidator(_check_currency),
    WithJsonSchema({"type": "string", "pattern": _CODE.pattern, "examples": ["GBP", "AUD"]}),
]
"""A three-letter currency code (ISO 4217), e.g. `GBP`, `AUD`, `ZAR`."""


class Cost(StrictModel):
    """What taking part costs; leave the whole section out when the source does not say (pages then say nothing
    about cost, never that it is free)."""

    free: bool | None = None
    """True when the source says taking part costs nothing ("free of charge", "no cost to participate")."""
    amount: Text | None = Field(default=None, examples=["currently £150", "$1500 plus GST"])
    """The price exactly as the source gives it, e.g. "currently £150" or "£40 for members, £60 for others";
    pages show these words, never a figure worked out from `value`."""
    value: Annotated[Decimal, WithJsonSchema({"type": "number", "minimum": 0, "examples": [150]})] | None = Field(
        default=None, ge=0
    )
    """The price as a number, for data exports, e.g. `150`; it must appear in `amount`, written there in any
    country's way (`1,500`, `1.500`, `1 500`, `1'500`). Give `currency` with it."""
    currency: Currency | None = None
    """With `value`: its currency as a three-letter code, e.g. `GBP`, `AUD`, `ZAR`."""
    paid_by: Text | None = Field(default=None, examples=["successful applicants"])
    """Who pays, as the source says, e.g. "successful applicants" or "your employer"."""
    covered_by: Text | None = Field(default=None, examples=["your membership fee"])
    """What already pays for it, when participants pay nothing more, e.g. "your membership fee"."""
    covers: Text | None = Field(default=None, examples=["a minimum of ten hours of a mentor's time"])
    """What the price includes, as the source says, e.g. "a minimum of ten hours of a mentor's time"."""
    due: Text | None = Field(default=None, examples=["with the application", "within 14 days of being matched"])
    """When payment is due, in the source's words, e.g. "with the application" or "within 14 days of being
    matched"; for a date with a year, use `due_date`."""
    due_date: WhenField | None = None
    """The date payment is due by, when the source gives one with its year, e.g. `2026-03-01`."""
    note: Markdown | None = Field(
        default=None,
        examples=["A quote can be provided upon request if your employer is paying for your participation."],
    )
    """Anything else the source says about cost: refunds, instalments, cancellation, quotes for employers; alone,
    what the sources say of a cost they leave unclear (e.g. two sources that disagree on who pays)."""
    source: Id | None = Field(default=None, examples=["faq-2019"])
    """The id of the one source (under `sources`) the cost comes from, when the others do not or say otherwise, e.g.
    `faq-2019`; shown after it as "Cost: free (source: <its title>)", linked to it on the overview. Leave out when every
    source agrees or the file does not know which one said it."""
