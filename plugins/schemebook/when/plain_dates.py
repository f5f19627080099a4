"""Dates as people write them ("3rd February 2026, 5pm"), read only to suggest the form a scheme file wants."""

from __future__ import annotations

import re
from datetime import datetime

_WEEKDAY = re.compile(r"^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\s+")
_ORDINAL = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)\b")
_AMPM = re.compile(r"\s*(?:at\s+)?(?P<hour>\d{1,2})(?:[:.](?P<minute>\d{2}))?\s*(?P<half>am|pm)$")
_CLOCK = re.compile(r"\s*(?:at\s+)?(?P<hour>\d{1,2})[:.](?P<minute>\d{2})$")
DAY_FORMATS = ("%d %B %Y", "%d %b %Y", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y/%m/%d", "%B %d %Y", "%b %d %Y")
MONTH_FORMATS = ("%B %Y", "%b %Y", "%m/%Y")


def _clock(text: str) -> tuple[str, str]:
    """The text without a trailing time of day, and that time as HH:MM (or "")."""
    if match := _AMPM.search(text):
        hour = int(match["hour"]) % 12 + (12 if match["half"] == "pm" else 0)
        return text[: match.start()], f"{hour:02d}:{match['minute'] or '00'}"
    if match := _CLOCK.search(text):
        return text[: match.start()], f"{int(match['hour']):02d}:{match['minute']}"
    return text, ""


def _parsed(text: str, formats: tuple[str, ...]) -> datetime | None:
    for form in formats:
        try:
            return datetime.strptime(text, form)
        except ValueError:
            continue
    return None


def suggest(value: object) -> str:
    """`value` rewritten as a scheme file writes dates (`2026-02-03 17:00`, `2026-03`), or "" if it cannot be read."""
    text = " ".join(str(value).lower().replace(",", " ").split())
    text = _ORDINAL.sub(r"\1", _WEEKDAY.sub("", text))
    text, clock = _clock(text)
    text = text.strip()
    if clock and (int(clock[:2]) > 23 or int(clock[3:]) > 59):
        return ""
    if (day := _parsed(text, DAY_FORMATS)) is not None:
        return f"{day:%Y-%m-%d}{' ' + clock if clock else ''}"
    if not clock and (month := _parsed(text, MONTH_FORMATS)) is not None:
        return f"{month:%Y-%m}"
    return ""
