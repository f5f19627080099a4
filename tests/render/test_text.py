"""Dates in words and in machine form, with the zone only where the file states one."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from schemebook.model import When
from schemebook.render import text

LONDON = ZoneInfo("Europe/London")


def test_a_stated_zone_is_named_and_offset() -> None:
    deadline = When.parse("2030-02-03 17:00")
    assert text.moment(deadline, LONDON) == "Sunday 3 February 2030, 5pm GMT"
    assert text.span_of(deadline, When.parse("2030-02-03 18:30"), LONDON) == "Sunday 3 February 2030, 5pm to 6.30pm GMT"
    assert text.iso(deadline, LONDON) == "2030-02-03T17:00:00+00:00"


def test_no_zone_is_named_when_the_file_states_none() -> None:
    deadline = When.parse("2030-07-03 17:00")
    assert text.moment(deadline, None) == "Wednesday 3 July 2030, 5pm"
    assert text.span_of(deadline, When.parse("2030-07-03 18:30"), None) == "Wednesday 3 July 2030, 5pm to 6.30pm"
    assert text.iso(deadline, None) == "2030-07-03T17:00"


def test_a_sentence_ends_with_one_full_stop() -> None:
    assert text.sentence("one rematch within a month") == "one rematch within a month."
    assert text.sentence("Requests will not be accepted.") == "Requests will not be accepted&#46;"
    assert text.sentence("Why not?") == "Why not&#63;"


def test_a_zone_without_an_abbreviation_is_named_by_its_offset_from_utc() -> None:
    walk = When.parse("2026-03-14 08:00")
    assert text.moment(walk, ZoneInfo("America/Argentina/San_Juan")) == "Saturday 14 March 2026, 8am UTC-3"
    assert text.moment(walk, ZoneInfo("Asia/Kathmandu")) == "Saturday 14 March 2026, 8am UTC+5:45"
    assert text.moment(walk, ZoneInfo("Asia/Kolkata")) == "Saturday 14 March 2026, 8am IST"
