"""Dates reached through lengths and chains of offsets stay within the years a date may name."""

from __future__ import annotations

from schemebook.model import Cohort, Event, Scheme, When
from schemebook.model.types import FIRST_YEAR, LAST_YEAR
from schemebook.read.errors import SchemeError
from schemebook.read.loading import Document, Loc
from schemebook.when.timeline import cohort_end, event_start

_HINT = f"dates, moved by lengths and offsets, must fall between {FIRST_YEAR} and {LAST_YEAR}: check the numbers"


def _outside(when: When | None) -> bool:
    return when is not None and not FIRST_YEAR <= when.year <= LAST_YEAR


MAX_CHAIN = 50
"""Most events a date may be counted through (`relative_to` another event, and so on)."""


def _chain(cohort: Cohort, event: Event) -> int:
    """How many events `event`'s date is counted through, stopping at a loop (which other checks report)."""
    by_id, seen, length = {e.id: e for e in cohort.events}, set(), 0
    while event is not None and event.relative_to in by_id and event.id not in seen and length <= MAX_CHAIN:
        seen.add(event.id)
        event, length = by_id[event.relative_to], length + 1
    return length


def problems(doc: Document, scheme: Scheme) -> list[SchemeError]:
    """Each cohort end and event date moved outside the calendar, at the length or offset that moved it."""
    found = []
    for c, cohort in enumerate(scheme.cohorts):
        for e, event in enumerate(cohort.events):
            if _chain(cohort, event) > MAX_CHAIN:
                hint = "date some of the events directly, or count them from the cohort's start"
                message = f"the date is counted through more than {MAX_CHAIN} events (the limit)"
                found.append(doc.error(("cohorts", c, "events", e, "relative_to"), message, hint))
        if found:
            return found
        checks: list[tuple[Loc, object]] = [(("cohorts", c, "length"), lambda cohort=cohort: cohort_end(cohort))]
        checks += [
            (("cohorts", c, "events", e, "offset"), lambda cohort=cohort, event=event: event_start(cohort, event))
            for e, event in enumerate(cohort.events)
            if event.offset is not None
        ]
        for loc, compute in checks:
            try:
                outside = _outside(compute())
            except (ValueError, OverflowError):
                outside = True
            if outside:
                found.append(doc.error(loc, f"this moves a date outside the years {FIRST_YEAR} to {LAST_YEAR}", _HINT))
    return found
