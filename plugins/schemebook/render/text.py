"""Escaping and formatting shared by every template: plain text stays text, dates read en-GB."""

from __future__ import annotations

import re
from datetime import date, datetime, time
from functools import lru_cache
from zoneinfo import ZoneInfo

from babel.dates import format_date

from schemebook.escaping import text
from schemebook.model import When
from schemebook.render.phrases import worded_date
from schemebook.sanitise import CLOSE, OPEN, field_html
from schemebook.when.timeline import exact


def plain(value: object) -> str:
    """Plain text made inert inside Markdown and HTML alike (see `schemebook.escaping`), on one line."""
    return text(value)


def markdown(value: object, level: int | None = None) -> str:
    """A Markdown field as sanitised HTML, its headings from `level` down; raw HTML in it is shown as text."""
    return f"{OPEN}{field_html(str(value).strip(), level)}{CLOSE}"


def clock(value: time) -> str:
    """A time as en-GB prose: 5pm, 10.30am, 12 noon."""
    if value.hour == 12 and value.minute == 0:
        return "12 noon"
    hour = value.hour % 12 or 12
    minutes = f".{value.minute:02d}" if value.minute else ""
    return f"{hour}{minutes}{'am' if value.hour < 12 else 'pm'}"


def day(when: When, weekday: bool = True) -> str:
    """The day, month or year of a point: "Monday 3 February 2020" (or "3 February 2020"), "March 2020" or
    "2022"."""
    if when.month is None:
        return str(when.year)
    return _formatted(when.first_day, "MMMM y" if when.day is None else "EEEE d MMMM y" if weekday else "d MMMM y")


@lru_cache(maxsize=4096)  # a site says the same few hundred days on many pages; Babel works each out afresh
def _formatted(value: date, pattern: str) -> str:
    return format_date(value, pattern, locale="en_GB")


def _zone_name(when: When, zone: ZoneInfo | None) -> str:
    # No zone when the file states none: the time is shown as the source gives it, never with a guessed zone.
    if zone is None:
        return ""
    name = exact(when, zone).tzname() or ""
    # a zone with no abbreviation is named by its offset ("-03", "+0530"): said as UTC-3, UTC+5:30
    offset = re.fullmatch(r"([+-])(\d\d)(\d\d)?", name)
    if offset:
        sign, hours, minutes = offset.groups()
        name = f"UTC{sign}{int(hours)}" + (f":{minutes}" if minutes and minutes != "00" else "")
    return f" {name}"


def moment(when: When, zone: ZoneInfo | None) -> str:
    """A point in words with its zone where a time is given: "Monday 3 February 2020, 5pm GMT"."""
    if when.clock is None:
        return day(when)
    return f"{day(when)}, {clock(when.clock)}{_zone_name(when, zone)}"


def at(when: When) -> str:
    """ "on Monday 3 February 2020" for a day, "in March 2020" for a month or year."""
    return f"{'on' if when.day else 'in'} {day(when)}"


def period(start: When, end: When) -> str:
    """A run from one point to another: "from March 2022 to June 2022"; "in 2022" (or "in March 2022", "on ...")
    when both ends are the same year, month or day, which is no range."""
    return at(start) if start == end else f"from {day(start)} to {day(end)}"


def span_of(start: When, end: When | None, zone: ZoneInfo | None) -> str:
    """A start and end in words: "Friday 21 February 2020, 10am to 2pm GMT"."""
    if end is None or end == start:
        return moment(start, zone)
    if end.clock is not None and start.clock is not None and end.first_day == start.first_day:
        return f"{day(start)}, {clock(start.clock)} to {clock(end.clock)}{_zone_name(end, zone)}"
    return f"{moment(start, zone)} to {moment(end, zone)}"


def iso(when: When, zone: ZoneInfo | None) -> str:
    """The machine-readable form for `<time datetime>`: a date-time (with its offset when the zone is known), a
    date, a month or a year."""
    if when.clock is not None:
        return exact(when, zone).isoformat() if zone else str(when).replace(" ", "T")
    return str(when).replace(" ", "T")


def instant(value: datetime) -> str:
    """An exact instant as ISO 8601 with its offset."""
    return value.isoformat()


def sentence(value: object) -> str:
    """Text made inert, ending with a full stop unless it already ends a sentence ("accepted." stays one)."""
    ended = str(value).rstrip().endswith((".", "!", "?", "…"))
    return plain(value) if ended else plain(value) + "."


# scheme text is made inert with its punctuation as references (`&#46;`), so a stop a template writes after it is
# the only literal one: "criterion&#46;." reads "criterion.."
_DOUBLED = re.compile(r"(&#46;|&#63;|&#33;|…)\.(?!\.)")


def one_stop(rendered: str) -> str:
    """Rendered text without the full stop a template adds after scheme text that already ends a sentence
    ("criterion." and a closing stop read "criterion.", not "criterion.."; "Why?" not "Why?.")."""
    return _DOUBLED.sub(r"\1", rendered)


def capital(sentence: str) -> str:
    """The sentence with its first letter capitalised, leaving the rest (names the file gives) as written."""
    return sentence[:1].upper() + sentence[1:]


def source_date(given: str) -> str:
    """A source's date in words when it is a date ("13 January 2020"), else as written ("spring 2019")."""
    try:
        return day(When.parse(given), weekday=False)
    except ValueError:
        return worded_date(given)
