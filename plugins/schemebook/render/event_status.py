"""What became of an event after it was planned, in words: postponed, cancelled or moved online."""

from __future__ import annotations

from schemebook.model import EventStatus
from schemebook.render import text

_SAID = {"postponed": "postponed", "cancelled": "cancelled", "moved-online": "moved online"}


def status_words(status: EventStatus, planned_at: str | None = None) -> str:
    """The status as the file records it: "postponed (as of Friday 20 March 2020, due to the pandemic)"; for a
    move online, `planned_at` names where it was to be ("moved online from B7, Hemsley")."""
    said = _SAID[status.state] + (f" from {planned_at}" if planned_at and status.state == "moved-online" else "")
    details = ([f"as of {text.day(status.as_of)}"] if status.as_of else []) + ([status.reason] if status.reason else [])
    return said + (f" ({', '.join(details)})" if details else "")
