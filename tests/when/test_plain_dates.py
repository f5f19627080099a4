"""Dates in words become the suggestion a date error offers."""

from __future__ import annotations

import pytest

from schemebook.when.plain_dates import suggest


@pytest.mark.parametrize(
    ("written", "suggestion"),
    [
        ("3 February 2026", "2026-02-03"),
        ("Monday 3rd Feb 2026, 5pm", "2026-02-03 17:00"),
        ("03/02/2026 17:00", "2026-02-03 17:00"),
        ("3.2.2026 at 10.30am", "2026-02-03 10:30"),
        ("12 noon 3 February 2026", ""),
        ("March 2026", "2026-03"),
        ("February 3 2026", "2026-02-03"),
        ("next week", ""),
        ("3 February 2026 25:00", ""),
        (20260203, ""),
    ],
)
def test_suggest(written: object, suggestion: str) -> None:
    assert suggest(written) == suggestion
