"""The timeline page: every event in order, choose-one-of sessions together, calendar links that work."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from icalendar import Calendar

from tests.render.conftest import readable
from tests.sites import example_at

TIMELINE = "schemes/nottingham-stemm-change/timeline/"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return example_at(tmp_path_factory, datetime(2020, 1, 20, 9, tzinfo=UTC))


def test_training_rooms_and_choices(site: Path) -> None:
    page = readable((site / TIMELINE / "index.html").read_text(encoding="utf-8"))
    assert (
        "<strong>Reverse mentor training (half day)</strong>: attend one of these two sessions (roles: Reverse mentors)"
        in page
    )
    assert "attend one of these three sessions (roles: Reverse mentees)" in page
    for room in ("B7, Hemsley", "B23, Pope Building", "A22, Pope Building", "B4, Trent Building"):
        assert room in page
    assert '<time datetime="2020-02-21T10:00:00+00:00">Friday 21 February 2020, 10am to 2pm GMT</time>' in page
    order = [
        page.index(text) for text in ("Application deadline", "Friday 21 February", "Tuesday 3 March", "June 2020")
    ]
    assert order == sorted(order)


def test_relative_events_resolve_to_their_month(site: Path) -> None:
    page = readable((site / TIMELINE / "index.html").read_text(encoding="utf-8"))
    assert (
        '<time datetime="2020-06">June 2020</time>: <strong>Facilitated reflective practice session (3 months in)'
        in page
    )


def test_every_event_link_is_a_one_event_calendar(site: Path) -> None:
    page = readable((site / TIMELINE / "index.html").read_text(encoding="utf-8"))
    links = sorted(set(part.split('"')[0] for part in page.split('class="sb-ics" href="')[1:]))
    assert len(links) == 6  # the deadline and five training sessions; the seed gives no opening date
    for link in links:
        events = list(Calendar.from_ical((site / TIMELINE / link).read_bytes()).walk("VEVENT"))
        assert len(events) == 1


def test_subscribe_link_uses_webcal(site: Path) -> None:
    page = readable((site / TIMELINE / "index.html").read_text(encoding="utf-8"))
    assert 'href="webcal://mentoring.example.ac.uk/schemes/nottingham-stemm-change/calendar.ics"' in page
    assert (site / "schemes/nottingham-stemm-change/calendar.ics").is_file()


def test_calendar_file_names_cannot_collide(tmp_path: Path) -> None:
    from schemebook.model.settings import SiteSettings
    from schemebook.project.site import load_site
    from schemebook.render.templates import environment
    from schemebook.render.timeline_page import render
    from tests.conftest import MINIMAL

    scheme = MINIMAL.replace(
        "    sign_up:",
        "    events:\n"
        "      - {id: a-b, title: First, start: 2030-04-01}\n"
        "      - {id: a, title: Second, options: [{id: b, start: 2030-05-01}]}\n"
        "    sign_up:",
    )
    (tmp_path / "x.yml").write_text(scheme, encoding="utf-8")
    site, problems = load_site([tmp_path / "x.yml"], tmp_path, datetime(2030, 1, 1, tzinfo=UTC), SiteSettings())
    assert site is not None, problems
    uris = [o.uri for o in render(site, environment(None)) if o.uri.endswith(".ics")]
    assert len(uris) == len(set(uris))
    assert {"2030.a-b.ics", "2030.a.b.ics"} <= {u.rsplit("/", 1)[1] for u in uris}
