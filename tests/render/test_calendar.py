"""Calendars parsed back with icalendar: local times, role feeds, stable UIDs, all-day events."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from jinja2 import Environment

from schemebook.model.settings import SiteSettings
from schemebook.project.site import Site, load_site, scheme_files
from schemebook.render import calendar, render_scheme
from schemebook.render.templates import environment
from tests.conftest import MINIMAL, REPO, scheme_project
from tests.sites import build_at

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2020, 1, 20, tzinfo=UTC)


def load(folder: Path, now: datetime = NOW) -> Site:
    site, problems = load_site(scheme_files(folder), folder, now, SiteSettings(), url="https://example.org/")
    assert site is not None, problems
    return site


def feeds(site: Site) -> dict[str, bytes]:
    env: Environment = environment(None)
    outputs = [*calendar.render(site, env), *calendar.render_site_calendar(site, env)]
    return {o.uri: o.content for o in outputs}  # type: ignore[misc]


@pytest.fixture(scope="module")
def example() -> dict[str, bytes]:
    return feeds(load(REPO / "schemes"))


def events(raw: bytes) -> list:
    return list(Calendar.from_ical(raw).walk("VEVENT"))


def test_every_feed_is_published(example: dict[str, bytes]) -> None:
    assert "calendar.ics" in example
    assert "schemes/nottingham-stemm-change/calendar.ics" in example
    assert "schemes/nottingham-stemm-change/mentor/calendar.ics" in example
    assert "schemes/nottingham-stemm-change/mentee/calendar.ics" in example


def test_nottingham_training_as_local_times(example: dict[str, bytes]) -> None:
    found = events(example["schemes/nottingham-stemm-change/calendar.ics"])
    training = sorted(
        (e.decoded("dtstart"), e.decoded("dtend"), str(e["location"])) for e in found if "attend one" in e["summary"]
    )
    assert [(s.isoformat(), f"{t:%H:%M}", where) for s, t, where in training] == [
        ("2020-02-21T10:00:00+00:00", "14:00", "B7, Hemsley, University Park"),
        ("2020-02-24T10:30:00+00:00", "12:00", "B7, Hemsley, University Park"),
        ("2020-02-28T10:00:00+00:00", "14:00", "B23, Pope Building, University Park"),
        ("2020-02-28T14:30:00+00:00", "16:00", "A22, Pope Building, University Park"),
        ("2020-03-03T10:30:00+00:00", "12:00", "B4, Trent Building, University Park"),
    ]
    assert all(s.tzinfo is not None and s.tzinfo.key == "Europe/London" for s, _, _ in training)
    deadline = next(e for e in found if e["summary"] == "Application deadline")
    assert deadline.decoded("dtstart") == datetime(2020, 2, 3, 17, tzinfo=LONDON)


def test_role_feed_holds_only_that_roles_sessions(example: dict[str, bytes]) -> None:
    summaries = [str(e["summary"]) for e in events(example["schemes/nottingham-stemm-change/mentor/calendar.ics"])]
    assert sum("Reverse mentor training" in s for s in summaries) == 2
    assert not any("mentee" in s.lower() for s in summaries)


def test_feeds_are_well_formed(example: dict[str, bytes]) -> None:
    for uri, raw in example.items():
        parsed = Calendar.from_ical(raw)
        assert parsed.to_ical() == raw, uri
        assert b"\r\n" in raw and parsed["version"] == "2.0" and parsed["method"] == "PUBLISH"
        assert b"REFRESH-INTERVAL;VALUE=DURATION:P1D" in raw
        for entry in parsed.walk("VEVENT"):
            assert entry["uid"] and entry.decoded("dtstamp") == NOW
    assert b"BEGIN:VTIMEZONE\r\nTZID:Europe/London" in example["calendar.ics"]


def test_uids_survive_rebuilds_and_unrelated_edits(write_scheme, tmp_path: Path) -> None:
    text = MINIMAL + "    events:\n      - {id: launch, title: Launch, start: 2030-03-02}\n"
    write_scheme(text)
    first = {str(e["uid"]) for e in events(feeds(load(tmp_path / "schemes"))["calendar.ics"])}
    edited = text.replace("title: Test scheme", "title: Renamed scheme").replace("Launch", "Opening event")
    write_scheme(
        edited.replace("    events:\n", "    events:\n      - {id: kick-off, title: Kick-off, start: 2030-03-01}\n")
    )
    later = load(tmp_path / "schemes", datetime(2030, 1, 1, tzinfo=UTC))
    second = {str(e["uid"]) for e in events(feeds(later)["calendar.ics"])}
    assert first < second and "test-scheme.2030.launch@example.org" in first


def test_uids_are_tied_to_the_site_address() -> None:
    assert calendar.uid_domain("https://uni.github.io/mentoring/") == "uni.github.io/mentoring"
    assert calendar.uid_domain("https://mentoring.uni.test/") == "mentoring.uni.test"
    assert calendar.uid_domain("") == "schemebook"


def test_whole_days_end_the_next_day_and_months_are_left_out(write_scheme, tmp_path: Path) -> None:
    write_scheme(
        MINIMAL
        + "    events:\n"
        + "      - {id: away-day, title: Away day, start: 2030-03-02}\n"
        + "      - {id: midpoint, title: Midpoint, relative_to: start, offset: 3 months}\n"
    )
    found = {str(e["summary"]): e for e in events(feeds(load(tmp_path / "schemes"))["calendar.ics"])}
    assert found["Away day"].decoded("dtstart") == date(2030, 3, 2)
    assert found["Away day"].decoded("dtend") == date(2030, 3, 3)
    assert "Midpoint" not in found


def test_a_calendar_is_made_only_where_it_holds_an_event(write_scheme, tmp_path: Path) -> None:
    rolling = MINIMAL.replace("      opens: 2030-01-13\n      deadline: 2030-02-03 17:00\n", "      rolling: true\n")
    write_scheme(rolling)
    assert feeds(load(tmp_path / "schemes")) == {}
    write_scheme(rolling + "    events:\n      - {id: launch, title: Launch, start: 2030-03-02, roles: [mentor]}\n")
    assert sorted(feeds(load(tmp_path / "schemes"))) == [
        "calendar.ics", "schemes/test-scheme/calendar.ics", "schemes/test-scheme/mentor/calendar.ics",
    ]  # fmt: skip


def test_times_stay_as_written_when_the_file_states_no_zone(write_scheme, tmp_path: Path) -> None:
    timed = "    events:\n      - {id: briefing, title: Briefing, start: 2030-03-02 10:00, end: 11:30}\n"
    write_scheme(MINIMAL + timed)
    raw = feeds(load(tmp_path / "schemes"))["calendar.ics"]
    found = {str(e["summary"]): e for e in events(raw)}
    assert found["Briefing"].decoded("dtstart") == datetime(
        2030, 3, 2, 10, 0
    )  # floating: no zone the source did not give
    assert b"VTIMEZONE" not in raw and b"TZID" not in raw
    write_scheme(MINIMAL.replace("roles:", "timezone: Europe/London\nroles:", 1) + timed)
    raw = feeds(load(tmp_path / "schemes"))["calendar.ics"]
    found = {str(e["summary"]): e for e in events(raw)}
    assert found["Briefing"].decoded("dtstart") == datetime(2030, 3, 2, 10, 0, tzinfo=LONDON)
    assert b"BEGIN:VTIMEZONE" in raw


@pytest.mark.parametrize(
    ("now", "links"), [(datetime(2030, 1, 20, tzinfo=UTC), 1), (datetime(2031, 1, 1, tzinfo=UTC), 0)]
)
def test_calendar_links_are_offered_only_for_dates_still_to_come(tmp_path: Path, now: datetime, links: int) -> None:
    site = build_at(scheme_project(tmp_path, MINIMAL), tmp_path / "site", now)
    timeline = (site / "schemes" / "test-scheme" / "timeline" / "index.html").read_text(encoding="utf-8")
    assert timeline.count(">Add to calendar</a>") == links  # the deadline, not the opening already past
    assert ("subscribe rather than download" in timeline) is bool(links)


@pytest.mark.parametrize(
    ("mentor_only", "links"),
    [("", []), ("      - {id: dinner, title: Dinner, start: 2030-03-03, roles: [mentor]}\n", ["Reverse mentees"])],
)
def test_a_role_calendar_is_offered_only_where_it_holds_fewer_dates(
    write_scheme, tmp_path: Path, mentor_only: str, links: list[str]
) -> None:
    write_scheme(MINIMAL + "    events:\n      - {id: launch, title: Launch, start: 2030-03-02}\n" + mentor_only)
    site = load(tmp_path / "schemes")
    pages = {o.uri: str(o.content) for o in render_scheme(site.schemes[0], site, environment(None))}
    timeline = pages["schemes/test-scheme/timeline/index.md"]
    assert "[Download the calendar of every date]" in timeline
    assert [link.split(":")[0] for link in timeline.split(" · [")[1:]] == links
