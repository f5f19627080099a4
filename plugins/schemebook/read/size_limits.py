"""Limits a scheme file is held to before anything is rendered: calendar entries made by events and their sessions."""

from __future__ import annotations

from schemebook.model import Scheme
from schemebook.read.errors import SchemeError
from schemebook.read.loading import Document

MAX_FILES = 2_000
"""Pages and files one scheme may add to the site (calendars included)."""
MAX_BYTES = 20_000_000
"""Bytes of pages and files one scheme may add, before the theme wraps the pages."""


def problems(doc: Document, scheme: Scheme) -> list[SchemeError]:
    """A located error when the events and sessions would make more calendar files than one scheme may."""
    total = 0
    for c, cohort in enumerate(scheme.cohorts):
        total += sum(max(1, len(event.options)) for event in cohort.events)
        if total > MAX_FILES:
            message = f"the events and their sessions make more than {MAX_FILES:,} calendar files (the limit)"
            hint = "one scheme file holds a few cohorts; move older cohorts into their own file"
            return [doc.error(("cohorts", c, "events"), message, hint)]
    return []
