"""Calendar feeds (RFC 5545) of every scheme, every role and the whole site, made with icalendar."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta

from icalendar import Calendar, Event, vDuration
from jinja2 import Environment

from schemebook.render import Output
from schemebook.render.views import SchemeView, scheme_views
from schemebook.site import Site
from schemebook.timeline import Dated, exact

PRODID = "-//schemebook//mentoring scheme calendar//EN"
REFRESH = timedelta(days=1)


def ics_uri(slug: str, role: str | None = None) -> str:
    """Where a scheme's (or one role's) calendar is published, relative to the site root."""
    return f"schemes/{slug}/{role}/calendar.ics" if role else f"schemes/{slug}/calendar.ics"


def event_uid(view: SchemeView, dated: Dated) -> str:
    """A UID that survives rebuilds and edits elsewhere: scheme, cohort, event and option ids only."""
    return ".".join((view.slug, *dated.uid_parts)) + "@schemebook"


def calendar_dates(dated: Dated, view: SchemeView) -> tuple[date | datetime, date | datetime | None] | None:
    """DTSTART and DTEND for an entry: local times in the scheme's zone, or whole days with an exclusive end.

    Events known only to the month or year are left out: a calendar entry needs at least a day.
    """
    start, end = dated.start, dated.end
    if start is None or start.day is None:
        return None
    if start.clock is not None:
        finish = exact(end, view.zone) if end is not None and end.clock is not None else None
        return exact(start, view.zone), finish
    last = end.first_day if end is not None and end.day is not None else start.first_day
    return start.first_day, last + timedelta(days=1)


def _summary(dated: Dated) -> str:
    if dated.option is None:
        return dated.event.title
    count = len(dated.event.options)
    number = dated.event.options.index(dated.option) + 1
    return f"{dated.event.title} (option {number} of {count}: attend one)"


def _description(view: SchemeView, dated: Dated, page: str) -> str:
    lines = [view.model.title]
    if dated.option is not None:
        lines.append(f"Choose one of {len(dated.event.options)} sessions; you need to attend only one.")
    if dated.event.optional:
        lines.append("Optional.")
    if dated.event.description:
        lines.append(dated.event.description)
    if page:
        lines.append(f"More: {page}")
    return "\n\n".join(lines)


def vevent(view: SchemeView, dated: Dated, stamp: datetime, base: str) -> Event | None:
    """One calendar entry, or None when the event has no day yet."""
    dates = calendar_dates(dated, view)
    if dates is None:
        return None
    page = f"{base.rstrip('/')}/schemes/{view.slug}/timeline/" if base else ""
    entry = Event()
    entry.add("uid", event_uid(view, dated))
    entry.add("dtstamp", stamp)
    entry.add("dtstart", dates[0])
    if dates[1] is not None:
        entry.add("dtend", dates[1])
    entry.add("summary", _summary(dated))
    entry.add("description", _description(view, dated, page))
    location = dated.location or ("Online" if dated.online else None)
    if location:
        entry.add("location", location)
    if page:
        entry.add("url", page)
    return entry


def calendar(name: str, entries: Iterable[Event]) -> bytes:
    """A published calendar with its time zones, as bytes (CRLF line ends kept)."""
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("method", "PUBLISH")
    cal.add("name", name)
    cal.add("x-wr-calname", name)
    cal.add("refresh-interval", vDuration(REFRESH), parameters={"VALUE": "DURATION"})
    cal.add("x-published-ttl", vDuration(REFRESH))
    for entry in entries:
        cal.add_component(entry)
    cal.add_missing_timezones()
    return cal.to_ical()


def _entries(view: SchemeView, site: Site, role: str | None = None) -> list[Event]:
    dated = [d for d in view.events if role is None or not d.event.roles or role in d.event.roles]
    made = (vevent(view, d, site.now, site.url) for d in dated)
    return [entry for entry in made if entry is not None]


def render(site: Site, env: Environment) -> Iterable[Output]:
    """A calendar per scheme, per role of each scheme, and one for the whole site."""
    every = []
    for view in scheme_views(site):
        entries = _entries(view, site)
        every += entries
        yield Output(ics_uri(view.slug), calendar(view.model.title, entries), in_nav=False)
        for role in view.model.roles:
            name = f"{view.model.title}: {role.name}"
            yield Output(ics_uri(view.slug, role.id), calendar(name, _entries(view, site, role.id)), in_nav=False)
    yield Output("calendar.ics", calendar("Mentoring schemes", every), in_nav=False)
