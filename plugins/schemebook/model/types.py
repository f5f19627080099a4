"""Field types of the scheme model: each parses the text a coordinator writes and says what it expects."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, time
from functools import cache
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo, available_timezones

from pydantic import AfterValidator, BeforeValidator, Field, PlainSerializer, WithJsonSchema
from pydantic_core import PydanticCustomError, PydanticKnownError

from schemebook.escaping import as_uri, web_address_problem


def _fail(kind: str, message: str) -> PydanticCustomError:
    return PydanticCustomError(kind, message)


# ── identifiers and text ────────────────────────────────────────────────────

_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def _as_id(value: Any) -> str:
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise _fail("id", "expected a short id like `mentor` or `2020`")
    text = str(value)
    if not _ID.match(text):
        raise _fail("id", "expected lower-case letters, digits and single hyphens, like `mentor` or `spring-2026`")
    return text


Id = Annotated[
    str,
    BeforeValidator(_as_id),
    WithJsonSchema({"type": "string", "pattern": _ID.pattern, "examples": ["mentor", "2020"]}),
]
"""A short, stable identifier: lower-case letters, digits and hyphens."""


def _says_something(value: str) -> str:
    text = value.rstrip("\r\n")  # the line break a YAML block scalar ends with is not part of the text
    if any(c in text for c in "\n\r\x85\u2028\u2029"):
        raise _fail("one_line", "a line break is not allowed here; write it on one line (`>-` folds a long line)")
    if not any(c.isalnum() for c in text):
        # "," or "-" as a name or a date would print "Run by: ," as if it were a fact
        raise _fail("no_words", "this says nothing: write it with at least one letter or digit, or leave the field out")
    return text


Text = Annotated[str, Field(min_length=1, max_length=1000), AfterValidator(_says_something)]
"""Plain text, shown exactly as written (never read as Markdown or HTML)."""


def _count_up_to(most: int) -> Callable[[Any], Any]:
    def check(value: Any) -> Any:
        # A number is held to a sensible range; words ("up to 6") are kept as written.
        if isinstance(value, int) and not isinstance(value, bool):
            if value < 1:
                raise PydanticKnownError("greater_than_equal", {"ge": 1})
            if value > most:
                raise PydanticKnownError("less_than_equal", {"le": most})
        return value

    return check


MeetingCount = Annotated[int | Text, BeforeValidator(_count_up_to(500))]
"""How many meetings: a number from 1 to 500, or as the source words it ("up to 6")."""

OfferCount = Annotated[int | Text, BeforeValidator(_count_up_to(50))]
"""How many possible partners are proposed: a number from 1 to 50, or as the source words it ("up to 3", "3-4")."""

PlaceCount = Annotated[int | Text, BeforeValidator(_count_up_to(10_000))]
"""How many places: a number from 1 to 10,000, or as the source words it ("about 18", "max 12 participants")."""

Tally = Annotated[int | Text, BeforeValidator(_count_up_to(10_000_000))]
"""How many people there were: a number, or as the source words it ("over 400", "more than 1,700 young people")."""


class MarkdownText(str):
    """A string the file gives as Markdown, so checks and pages can tell it from plain text."""

    __slots__ = ()


Markdown = Annotated[
    str,
    Field(min_length=1, max_length=50_000, json_schema_extra={"contentMediaType": "text/markdown"}),
    AfterValidator(MarkdownText),
]
"""Text with Markdown formatting: paragraphs, lists, **bold**, [links](https://example.org)."""


# ── links and addresses ─────────────────────────────────────────────────────

_EMAIL = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$")


def _check_url(value: str) -> str:
    value = as_uri(value)
    problem = web_address_problem(value)
    if problem:
        raise _fail("url", problem)
    return value


def _check_email(value: str) -> str:
    if value.lower().startswith("mailto:"):
        raise _fail("email", "write the address alone, without `mailto:`")
    if not _EMAIL.match(value):
        raise _fail("email", "expected an email address like mentoring@example.ac.uk")
    return value


HttpsUrl = Annotated[
    str,
    AfterValidator(_check_url),
    WithJsonSchema({"type": "string", "format": "iri", "pattern": "^https://", "examples": ["https://example.org/"]}),
]
"""A web address starting with https://."""


def _check_source_url(value: str) -> str:
    value = as_uri(value)
    problem = web_address_problem(value, plain_http=True)
    if problem:
        raise _fail("url", problem)
    return value


SourceUrl = Annotated[
    str,
    AfterValidator(_check_source_url),
    WithJsonSchema(
        {"type": "string", "format": "iri", "pattern": "^https?://", "examples": ["http://www.example.org/news/1"]}
    ),
]
"""The address of a source as it is published: https://, or http:// where the source has no secure address."""

Email = Annotated[
    str,
    AfterValidator(_check_email),
    WithJsonSchema({"type": "string", "format": "email", "examples": ["mentoring@example.ac.uk"]}),
]
"""An email address."""


@cache
def _zones() -> frozenset[str]:
    return frozenset(available_timezones())


_NOT_PLACES = ("localtime", "Factory", "posixrules")
"""Names in the zone database that are not a place's time: the machine's own setting, and placeholders."""


def _check_zone(value: str) -> str:
    if value not in _zones() or value in _NOT_PLACES or value.startswith(("posix/", "right/")):
        raise _fail("timezone", "unknown time zone; expected a name like Europe/London")
    ZoneInfo(value)
    return value


TimeZone = Annotated[
    str,
    AfterValidator(_check_zone),
    WithJsonSchema({"type": "string", "examples": ["Europe/London"]}),
]
"""An IANA time zone name."""


# ── points in time ──────────────────────────────────────────────────────────

_WHEN = re.compile(
    r"^(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2})(?:[ T](?P<hour>\d{1,2}):(?P<minute>\d{2}))?)?)?$"
)
_CLOCK = re.compile(r"^(?P<hour>\d{1,2}):(?P<minute>\d{2})$")
FIRST_YEAR, LAST_YEAR = 1900, 2200
"""The years a date may name, so that dates moved by lengths and offsets stay real dates."""
WHEN_EXAMPLE = "a date like 2026-02-03, a date and time like 2026-02-03 17:00, or a month like 2026-03"

Precision = Literal["year", "month", "day", "minute"]


@dataclass(frozen=True)
class When:
    """A local point in the scheme's time zone, known to the year, the month, the day or the minute."""

    year: int
    month: int | None = None
    day: int | None = None
    clock: time | None = None

    @property
    def precision(self) -> Precision:
        """How exactly this point is known."""
        if self.month is None:
            return "year"
        return "month" if self.day is None else "day" if self.clock is None else "minute"

    @property
    def first_day(self) -> date:
        """The day this point falls on, or the first day of its month or year."""
        return date(self.year, self.month or 1, self.day or 1)

    @property
    def key(self) -> tuple:
        """A sort key as long as the precision: (year,), (year, month), ... to the minute."""
        parts = (self.year, self.month, self.day, self.clock)
        return tuple(p for p in parts if p is not None)

    def __str__(self) -> str:
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        if self.clock is not None:
            text += f" {self.clock:%H:%M}"
        return text

    @classmethod
    def parse(cls, value: Any) -> When:
        """Read a date, date and time, or month as a coordinator writes it."""
        if isinstance(value, When):
            return value
        text = str(value).strip() if isinstance(value, (str, int)) else ""
        if re.match(r"^\d{4}-\d{2}-\d{2}[ T]\d{1,2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})$", text):
            raise _fail("when", "write the local time without a zone offset; the zone comes from `timezone`")
        match = _WHEN.match(text)
        if not match:
            raise _fail("when", f"expected {WHEN_EXAMPLE}")
        parts = {k: int(v) for k, v in match.groupdict().items() if v is not None}
        if not FIRST_YEAR <= parts["year"] <= LAST_YEAR:
            raise _fail("when", f"the year must be between {FIRST_YEAR} and {LAST_YEAR}; expected {WHEN_EXAMPLE}")
        try:
            date(parts["year"], parts.get("month", 1), parts.get("day", 1))
            clock = time(parts["hour"], parts["minute"]) if "hour" in parts else None
        except ValueError as exc:
            raise _fail("when", f"not a real date or time ({exc}); expected {WHEN_EXAMPLE}") from None
        return cls(parts["year"], parts.get("month"), parts.get("day"), clock)


def _parse_end(value: Any) -> When | time:
    if isinstance(value, str) and (match := _CLOCK.match(value.strip())):
        try:
            return time(int(match["hour"]), int(match["minute"]))
        except ValueError:
            raise _fail("when", "not a real time; expected a time like 14:00") from None
    return When.parse(value)


_WHEN_SCHEMA = {
    "anyOf": [
        {"type": "string", "pattern": r"^\d{4}(-\d{2}(-\d{2}([ T]\d{1,2}:\d{2})?)?)?$"},
        {"type": "integer", "minimum": 1900, "maximum": 2200},
    ],
    "examples": ["2026-02-03 17:00", "2026-02-03", "2026-03", 2026],
}

WhenField = Annotated[When, BeforeValidator(When.parse), PlainSerializer(str), WithJsonSchema(_WHEN_SCHEMA)]
"""A date (2026-02-03), date and time (2026-02-03 17:00), month (2026-03) or year (2026), local to the scheme."""

EndField = Annotated[
    When | time,
    BeforeValidator(_parse_end),
    PlainSerializer(lambda v: str(v) if isinstance(v, When) else f"{v:%H:%M}"),
    WithJsonSchema({"anyOf": [_WHEN_SCHEMA, {"type": "string", "pattern": r"^\d{1,2}:\d{2}$", "examples": ["14:00"]}]}),
]
"""When something ends: a full date and time, or just a time (14:00) on the day it starts."""


# ── lengths of time ─────────────────────────────────────────────────────────

_QUALIFIERS = {
    "about": "about", "approximately": "about", "approx.": "about", "approx": "about", "around": "about",
    "roughly": "about", "circa": "about", "c.": "about",
    "up to": "up to", "at most": "up to", "no more than": "up to", "a maximum of": "up to", "max": "up to",
    "at least": "at least", "a minimum of": "at least", "min": "at least",
    "typically": "about", "usually": "about", "normally": "about", "generally": "about", "on average": "about",
    "an average of": "about", "on average about": "about",
}  # fmt: skip
_UNIT = r"(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)"
_SPAN = re.compile(
    r"^(?:(?P<qualifier>" + "|".join(re.escape(q) for q in sorted(_QUALIFIERS, key=len, reverse=True)) + r")\s+)?"
    r"(?P<between>between\s+)?(?P<sign>-)?\s*(?P<low>\d+(?:\.\d+)?)(?:\s*(?P<low_unit>" + _UNIT + r"))?"
    r"(?:\s*(?P<to>-|–|to|and)\s*(?P<high>\d+(?:\.\d+)?))?\s*"
    r"(?P<unit>" + _UNIT + r")$"
)
_UNITS = {"min": "minute", "hr": "hour"}
_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}  # fmt: skip
_WORD = re.compile(r"\b(half an?|" + "|".join(_WORDS) + r")\s+(?=" + _UNIT + r"\b)")
_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75}
_FRACTION = re.compile(r"(\d*)([½¼¾])")
_SMALLER = {"hour": ("minute", 60), "day": ("hour", 24), "week": ("day", 7)}
"""A length in one unit that is a whole number of the next smaller: what a range across two units is counted in."""
Unit = Literal["minute", "hour", "day", "week", "month", "year"]
Qualifier = Literal["about", "up to", "at least"]
MAX_SPAN = {"minute": 3660 * 24 * 60, "hour": 3660 * 24, "day": 3660, "week": 523, "month": 120, "year": 10}
"""The longest length or offset in each unit: ten years, so no date arithmetic leaves the calendar."""
SPAN_EXAMPLE = "`90 minutes`, `about 90 minutes`, `45 to 60 minutes`, `up to 2 hours` or `6 months`"


@dataclass(frozen=True)
class Span:
    """A length of time, a range of lengths in one unit ("45 to 60 minutes"), or an approximate or bounded one
    ("about 90 minutes", "up to 2 hours", "at least 1 hour"), kept with the words the file gives it in."""

    low: float
    high: float
    unit: Unit
    qualifier: Qualifier | None = None
    """`about` (approximate), `up to` (`high` is the most) or `at least` (`low` is the least); None when exact."""
    said: str = field(default="", compare=False)
    """The length as the file writes it, printed for any length that is not exact."""

    @property
    def exact(self) -> bool:
        """True when the length is one amount with no qualifier, so an end can be worked out from it (not half a
        month: months differ in length)."""
        months = self.low * (12 if self.unit == "year" else 1)
        return (
            self.qualifier is None
            and self.low == self.high
            and (self.unit not in ("month", "year") or float(months).is_integer())
        )

    def __str__(self) -> str:
        if self.said:
            return self.said
        amount = _number(self.low) if self.low == self.high else f"{_number(self.low)}–{_number(self.high)}"
        plural = "" if self.high == 1 and self.low == 1 else "s"
        return " ".join(filter(None, (self.qualifier, f"{amount} {self.unit}{plural}")))

    @classmethod
    def parse(cls, value: Any) -> Span:
        """Read a length like `90 minutes`, `about 90 minutes`, `45 to 60 minutes`, `up to 2 hours` or `6 months`."""
        if isinstance(value, Span):
            return value
        said = " ".join(str(value).split()) if isinstance(value, (str, int, float)) else ""
        match = _SPAN.match(_numerals(said.lower()))
        if not match or bool(match["between"]) != (match["to"] == "and") or (match["low_unit"] and not match["high"]):
            raise _fail("span", f"expected a length of time like {SPAN_EXAMPLE}")
        unit = _unit(match["unit"])
        sign = -1 if match["sign"] else 1
        low = float(match["low"]) * sign
        high = float(match["high"] or match["low"]) * sign
        if match["low_unit"] and _unit(match["low_unit"]) != unit:  # "45 minutes to an hour": counted in minutes
            smaller, times = _SMALLER.get(unit, (None, 0))
            if _unit(match["low_unit"]) != smaller:
                raise _fail(
                    "span", "a range across two units must run from one to the next larger, like `45 minutes to 1 hour`"
                )
            unit, high = smaller, high * times
        if abs(high) < abs(low):
            raise _fail("span", "the range runs backwards; write the smaller number first, like `45 to 60 minutes`")
        if not abs(high) <= MAX_SPAN[unit]:
            raise _fail("span", "a length or offset may be at most 10 years (3,660 days, 120 months)")
        qualifier = _QUALIFIERS[match["qualifier"]] if match["qualifier"] else None
        return cls(low, high, unit, qualifier, said)  # type: ignore[arg-type]


def _unit(word: str) -> str:
    """The unit a word names: `hrs` is `hour`."""
    unit = word.rstrip("s")
    return _UNITS.get(unit, unit)


def _numerals(text: str) -> str:
    """`an hour`, `two weeks`, `half an hour`, `1½ hours` with figures, so one pattern reads them all."""
    text = _WORD.sub(lambda m: ("0.5" if m[1].startswith("half") else str(_WORDS[m[1]])) + " ", text)
    return _FRACTION.sub(lambda m: _number(float(m[1] or 0) + _FRACTIONS[m[2]]), text)


def _number(value: float) -> str:
    return f"{value:g}"


SpanField = Annotated[
    Span,
    BeforeValidator(Span.parse),
    PlainSerializer(str),
    WithJsonSchema(
        {
            "type": "string",
            "examples": ["90 minutes", "about 90 minutes", "45 to 60 minutes", "1-1.5 hours", "up to 2 hours"],
        }
    ),
]
"""A length of time, kept as written: `90 minutes`, `6 months`, `an hour`, `1½ hours`, `two weeks`; approximate
(`about 90 minutes`, `approximately 60 minutes`, `typically 1½ hours`), a range (`45 to 60 minutes`, `45-60 minutes`,
`45 minutes to an hour`) or bounded (`up to 2 hours`, `at least 1 hour`). Only an exact length is used to work out
an end."""


def _exact_offset(value: Span) -> Span:
    if not value.exact:
        raise _fail("offset", "an offset moves a date, so it must be one exact length like `3 months` or `-2 weeks`")
    return value


OffsetField = Annotated[
    Span,
    BeforeValidator(Span.parse),
    AfterValidator(_exact_offset),
    PlainSerializer(str),
    WithJsonSchema({"type": "string", "examples": ["3 months", "-2 weeks"]}),
]
"""How far one date is from another: one exact length, `3 months`, or negative (`-2 weeks`) for before."""
