"""What became of an event (`events[].status`): said on the timeline, key dates and handbooks, kept out of calendars
when it no longer happens; nothing changes for an event without it."""

from __future__ import annotations

import csv
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from icalendar import Calendar

from schemebook.model import EventStatus, When
from schemebook.render.event_status import status_words
from tests.conftest import MINIMAL, scheme_project
from tests.page_text import page_text
from tests.render.conftest import readable
from tests.sites import build_at

STATUSES = {
    "training": "{state: moved-online, as_of: 2030-02-10, reason: due to the pandemic}",
    "celebration": "{state: postponed, as_of: 2030-03-20, reason: due to the pandemic}",
    "social": "{state: cancelled}",
}
EVENTS = """\
    events:
      - {id: training, title: Mentor training, kind: training, roles: [mentor], start: 2030-02-21 10:00, end: "12:00", location: "B7, Hemsley"%(training)s}
      - {id: celebration, title: Mentoring celebration, start: 2030-04-03, location: Great Hall%(celebration)s}
      - {id: social, title: Social, start: 2030-05-01%(social)s}
      - {id: review, title: Review, start: 2030-05-02}
"""  # noqa: E501
SCHEME = "schemes/test-scheme"


def _build(root: Path, statuses: dict[str, str]) -> Path:
    events = EVENTS % {k: f", status: {statuses[k]}" if k in statuses else "" for k in STATUSES}
    root.mkdir()
    scheme_project(root, MINIMAL.replace("    sign_up:", events + "    sign_up:"))
    return build_at(root / "mkdocs.yml", root / "site", datetime(2030, 1, 20, tzinfo=UTC))


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The same scheme built with each event's status, and without any."""
    root = tmp_path_factory.mktemp("status")
    return _build(root / "with", STATUSES), _build(root / "without", {})


def _text(site: Path, page: str) -> str:
    return page_text(readable((site / SCHEME / page / "index.html").read_text(encoding="utf-8")), width=10_000)


def _summaries(path: Path) -> list[str]:
    return [str(e["summary"]) for e in Calendar.from_ical(path.read_bytes()).walk("VEVENT")]


def test_status_words_carry_the_date_and_reason_only_as_given() -> None:
    full = EventStatus(state="postponed", as_of=When(2020, 3, 20), reason="due to the pandemic")
    assert status_words(full) == "postponed (as of Friday 20 March 2020, due to the pandemic)"
    assert status_words(EventStatus(state="cancelled")) == "cancelled"
    moved = EventStatus(state="moved-online", reason="due to the pandemic")
    assert status_words(moved, "B7, Hemsley") == "moved online from B7, Hemsley (due to the pandemic)"
    assert status_words(EventStatus(state="postponed"), "Hall") == "postponed"


def test_the_timeline_says_what_became_of_each_event(sites: tuple[Path, Path]) -> None:
    page = _text(sites[0], "timeline")
    assert (
        "Mentoring celebration: postponed (as of Wednesday 20 March 2030, due to the pandemic); "
        "it was planned for Wednesday 3 April 2030, Great Hall" in page
    )
    assert "Social: cancelled; it was planned for Wednesday 1 May 2030" in page
    assert (
        "Thursday 21 February 2030, 10am to 12 noon: Mentor training, moved online from B7, Hemsley "
        "(as of Sunday 10 February 2030, due to the pandemic)" in page
    )


def test_key_dates_and_handbooks_say_it_too(sites: tuple[Path, Path]) -> None:
    for page in ("", "mentor/print"):
        text = _text(sites[0], page)
        assert (
            "Mentoring celebration: postponed (as of Wednesday 20 March 2030, due to the pandemic); "
            "it was planned for Wednesday 3 April 2030, Great Hall" in text
        )
        assert "Social: cancelled; it was planned for Wednesday 1 May 2030" in text
    training = "Thursday 21 February 2030, 10am to 12 noon, moved online from B7, Hemsley (as of Sunday 10 February"
    assert f"Mentor training (roles: Reverse mentors): {training}" in _text(sites[0], "")
    assert f"When: {training}" in _text(sites[0], "mentor")


def test_only_events_that_happen_are_in_calendars(sites: tuple[Path, Path]) -> None:
    timeline = sites[0] / SCHEME / "timeline"
    assert sorted(p.name for p in timeline.glob("2030.[!a]*.ics")) == ["2030.review.ics", "2030.training.ics"]
    assert "Add to calendar: Social" not in (timeline / "index.html").read_text(encoding="utf-8")
    for feed in (sites[0] / SCHEME / "calendar.ics", sites[0] / "calendar.ics"):
        assert {"Mentoring celebration", "Social"}.isdisjoint(_summaries(feed))
        assert {"Mentor training", "Review"} <= set(_summaries(feed))
    moved = Calendar.from_ical((timeline / "2030.training.ics").read_bytes()).walk("VEVENT")[0]
    assert str(moved["location"]) == "Online"
    assert "Moved online from B7, Hemsley (as of Sunday 10 February 2030" in str(moved["description"])


def test_the_data_gives_each_status(sites: tuple[Path, Path]) -> None:
    rows = list(csv.DictReader((sites[0] / "data/events.csv").read_text(encoding="utf-8").splitlines()))
    said = {r["event"]: r["status"] for r in rows}
    assert said["celebration"] == "postponed" and said["social"] == "cancelled" and said["review"] == ""


def test_nothing_changes_without_a_status(sites: tuple[Path, Path]) -> None:
    page = _text(sites[1], "timeline")
    assert "Wednesday 3 April 2030: Mentoring celebration, Great Hall" in page
    assert "Thursday 21 February 2030, 10am to 12 noon: Mentor training, B7, Hemsley" in page
    assert not re.search(r"postponed|cancelled|moved online|planned for", page + _text(sites[1], "mentor"))
    timeline = sites[1] / SCHEME / "timeline"
    assert len(list(timeline.glob("2030.[!a]*.ics"))) == 4
    assert "Social" in _summaries(sites[1] / SCHEME / "calendar.ics")
