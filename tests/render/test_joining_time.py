"""What pages say of joining and of a cohort's time: a cohort's notes never say it ran, a sign-up a source gave
without a date is said as that source said it, and no cohort is named as current that no date places."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from tests.render.test_cohort_time import HEAD, pages

NOW = datetime(2026, 12, 7, tzinfo=UTC)

NOTED = (
    HEAD
    + """\
cohorts:
  - id: 2017-18
    title: 2017-2018
    start: 2017-09
    end: 2018-05
    notes: The facilitators were named on the earliest page.
"""
)


def test_notes_do_not_say_a_cohort_ran(write_scheme: Callable[..., Path]) -> None:
    found = pages(write_scheme, NOTED, NOW)
    for uri, page in found.items():
        assert "ended; it ran" not in page and "Ended; it ran" not in page, uri
    assert "Was planned to run from September 2017 to May 2018" in found["index.md"]
    ran = NOTED + "    outcomes: {pairs_matched: 12}\n"
    assert "Ended; it ran from September 2017 to May 2018" in pages(write_scheme, ran, NOW)["index.md"]
