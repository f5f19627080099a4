"""Field types: dates, lengths, links and ids read as coordinators write them."""

from __future__ import annotations

from datetime import time

import pytest
from pydantic import TypeAdapter, ValidationError

from schemebook.model.types import Email, EndField, HttpsUrl, Id, SourceUrl, Span, SpanField, Text, When, WhenField

when = TypeAdapter(WhenField)
text = TypeAdapter(Text)
end = TypeAdapter(EndField)
span = TypeAdapter(SpanField)


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("2020-03", When(2020, 3), "month"),
        ("2020-02-03", When(2020, 2, 3), "day"),
        ("2020-02-03 17:00", When(2020, 2, 3, time(17)), "minute"),
        ("2020-02-03T09:30", When(2020, 2, 3, time(9, 30)), "minute"),
    ],
)
def test_when_forms(text: str, expected: When, precision: str) -> None:
    parsed = when.validate_python(text)
    assert parsed == expected and parsed.precision == precision and str(parsed) == text.replace("T", " ")


@pytest.mark.parametrize("text", ["2020-02-30", "2020-13", "3 Feb 2020", "2020-02-03 25:00", "", "17:00"])
def test_when_refuses(text: str) -> None:
    with pytest.raises(ValidationError, match="expected a date like 2026-02-03"):
        when.validate_python(text)


@pytest.mark.parametrize("value", [",", "-", " . ", "—"])
def test_text_that_says_nothing_is_refused(value: str) -> None:
    with pytest.raises(ValidationError, match="at least one letter or digit"):
        text.validate_python(value)


@pytest.mark.parametrize("value", ["x", "Ärzte", "日本", "2", "Mentor*in"])
def test_text_with_a_letter_or_digit_is_kept(value: str) -> None:
    assert text.validate_python(value) == value


def test_when_refuses_offsets() -> None:
    with pytest.raises(ValidationError, match="without a zone offset"):
        when.validate_python("2020-02-03T17:00+01:00")


def test_end_may_be_a_time_alone() -> None:
    assert end.validate_python("14:00") == time(14)
    assert end.validate_python("2020-02-04") == When(2020, 2, 4)


@pytest.mark.parametrize(
    ("text", "low", "high", "unit", "shown"),
    [
        ("90 minutes", 90, 90, "minute", "90 minutes"),
        ("1-1.5 hours", 1, 1.5, "hour", "1-1.5 hours"),
        ("6 months", 6, 6, "month", "6 months"),
        ("1 hour", 1, 1, "hour", "1 hour"),
        ("-2 weeks", -2, -2, "week", "-2 weeks"),
        ("45 to 60 minutes", 45, 60, "minute", "45 to 60 minutes"),
        ("45-60 minutes", 45, 60, "minute", "45-60 minutes"),
        ("between 45 and 60 minutes", 45, 60, "minute", "between 45 and 60 minutes"),
        ("an hour", 1, 1, "hour", "an hour"),
        ("half an hour", 0.5, 0.5, "hour", "half an hour"),
        ("two weeks", 2, 2, "week", "two weeks"),
        ("1½ hours", 1.5, 1.5, "hour", "1½ hours"),
        ("45 minutes to an hour", 45, 60, "minute", "45 minutes to an hour"),
        ("3 days to 2 weeks", 3, 14, "day", "3 days to 2 weeks"),
    ],
)
def test_span_forms(text: str, low: float, high: float, unit: str, shown: str) -> None:
    parsed = span.validate_python(text)
    assert parsed == Span(low, high, unit) and str(parsed) == shown  # type: ignore[arg-type]
    assert parsed.exact == (low == high)


@pytest.mark.parametrize(
    ("text", "low", "high", "qualifier"),
    [
        ("about 90 minutes", 90, 90, "about"),
        ("Approximately 60 minutes", 60, 60, "about"),
        ("up to 2 hours", 2, 2, "up to"),
        ("at least 1 hour", 1, 1, "at least"),
        ("about 45-60 minutes", 45, 60, "about"),
        ("typically 1½ hours", 1.5, 1.5, "about"),
        ("on average 3 hours", 3, 3, "about"),
        ("an average of 45 minutes", 45, 45, "about"),
    ],
)
def test_span_keeps_its_qualifier_and_words(text: str, low: float, high: float, qualifier: str) -> None:
    parsed = span.validate_python(text)
    assert (parsed.low, parsed.high, parsed.qualifier) == (low, high, qualifier)
    assert str(parsed) == text and not parsed.exact


@pytest.mark.parametrize(
    "text",
    [
        "an",
        "1.5-1 hours",
        "2 hours to 30 minutes",
        "3 days to 2 months",
        "45 minutes 60 minutes",
        "90",
        "3 fortnights",
        "about",
        "nearly 90 minutes",
        "between 45-60 minutes",
    ],
)
def test_span_refuses(text: str) -> None:
    with pytest.raises(ValidationError):
        span.validate_python(text)


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("javascript:alert(1)", "not allowed"),
        ("data:text/html,hi", "not allowed"),
        ("http://forms.office.com/r/x", "plain http:// links are refused"),
        ("https://", "expected a web address"),
        ("https://exa mple.org", "expected a web address"),
    ],
)
def test_links_are_https_only(url: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        TypeAdapter(HttpsUrl).validate_python(url)


def test_a_source_may_be_at_an_http_address_and_is_otherwise_held_to_the_same_rules() -> None:
    source = TypeAdapter(SourceUrl)
    assert source.validate_python("http://www.nzwomen.co.uk/mentoring") == "http://www.nzwomen.co.uk/mentoring"
    assert source.validate_python("https://example.org/a") == "https://example.org/a"
    for bad in ("http://", "http://exa mple.org", "javascript:alert(1)", "http://localhost/", "ftp://example.org/"):
        with pytest.raises(ValidationError):
            source.validate_python(bad)


def test_emails() -> None:
    assert TypeAdapter(Email).validate_python("r.e.oconnor@leeds.ac.uk") == "r.e.oconnor@leeds.ac.uk"
    for bad in ("mailto:a@b.org", "a@b", "a b@c.org"):
        with pytest.raises(ValidationError):
            TypeAdapter(Email).validate_python(bad)


def test_ids_accept_numbers_and_refuse_capitals() -> None:
    assert TypeAdapter(Id).validate_python(2020) == "2020"
    with pytest.raises(ValidationError, match="lower-case"):
        TypeAdapter(Id).validate_python("Mentor")


def test_when_to_the_year() -> None:
    assert when.validate_python(2022) == When(2022) and when.validate_python("2022").precision == "year"
    assert str(When(2022)) == "2022"
