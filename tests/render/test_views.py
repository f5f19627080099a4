"""What templates see: the pages a scheme has, its status at the build's instant, its next date."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from schemebook.render.views import SchemeView
from schemebook.site import Site, load_scheme
from tests.conftest import MINIMAL


def view_at(load_full: Callable[..., Site], when: datetime) -> SchemeView:
    return SchemeView(load_full(when).schemes[0], when)


def test_pages_the_data_supports(load_full: Callable[..., Site], write_scheme: Callable[..., Path]) -> None:
    assert view_at(load_full, datetime(2030, 1, 1, tzinfo=UTC)).pages == {
        "sign-up",
        "timeline",
        "themes",
        "support",
        "faq",
    }
    loaded, _ = load_scheme(write_scheme(MINIMAL, "bare.yml"), "schemes/bare.yml")
    assert loaded is not None
    assert SchemeView(loaded, datetime(2030, 1, 1, tzinfo=UTC)).pages == {"sign-up", "timeline", "faq"}


def test_status_and_next_date_follow_the_instant(load_full: Callable[..., Site]) -> None:
    before = view_at(load_full, datetime(2030, 1, 1, tzinfo=UTC))
    assert before.status.label == "Applications open on Sunday 13 January 2030"
    assert before.next_date is not None and before.next_date.label == "Applications open"
    training = view_at(load_full, datetime(2030, 2, 22, tzinfo=UTC)).next_date
    assert training is not None and str(training.sessions[0].start) == "2030-02-28 10:00"
    assert view_at(load_full, datetime(2030, 5, 1, tzinfo=UTC)).status.label == "Running now; applications closed"
    finished = view_at(load_full, datetime(2031, 1, 1, tzinfo=UTC))
    assert finished.status.label == "Completed (September 2030)" and finished.next_date is None
