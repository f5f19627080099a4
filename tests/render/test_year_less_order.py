"""Dates worded without a year are never ordered by their month alone: a cohort's own dated span may place them,
and otherwise they keep the file's order after the dated entries, and the timeline says so."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from tests.conftest import scheme_project
from tests.page_text import page_text
from tests.sites import build_at

SCHEME = """\
title: Test scheme
summary: A small scheme for tests.
organisation:
  name: Test University
roles:
  - {id: mentor, name: Mentor}
cohorts:
  - id: spanned
    title: Spanned season
    start: 2023-11
    end: 2024-05
    events:
      - {id: closing, title: Closing event, when: 6 May}
      - {id: kick-off, title: Kick-off, when: "21 November"}
  - id: unspanned
    title: Unspanned season
    events:
      - {id: question-hours, title: Question hours, when: "15.11."}
      - {id: kick-off, title: Kick-off, when: "21 November"}
      - {id: closing, title: Closing event, when: 6 May}
      - {id: launch, title: Launch, start: 2024-01-10}
"""


def test_year_less_dates_keep_the_files_order_unless_the_cohort_places_them(tmp_path: Path) -> None:
    site = build_at(scheme_project(tmp_path, SCHEME), tmp_path / "site", datetime(2026, 12, 7, tzinfo=UTC))
    text = page_text((site / "schemes/test-scheme/timeline/index.html").read_text(encoding="utf-8"))
    spanned, unspanned = text.split("## Unspanned season")
    assert spanned.index("Kick-off") < spanned.index("Closing event")
    assert "No year places" not in spanned
    order = [unspanned.index(t) for t in ("Launch", "No year places", "Question hours", "Kick-off", "Closing event")]
    assert order == sorted(order)
    # the note is a paragraph of its own between two lists, never run on into the last dated item
    html = (site / "schemes/test-scheme/timeline/index.html").read_text(encoding="utf-8")
    assert "</ul>\n<p>No year places the dates below" in html
