"""Calendar feeds (RFC 5545) of every scheme, every role and the whole site, made with icalendar."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache, partial
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Timezone, vDuration
from jinja2 import Environment

from schemebook.project.site import Site
from schemebook.render import Output, text
from schemebook.render.event_status import status_words
from schemebook.render.views import SchemeView, scheme_views
from schemebook.when.timeline import Dated, exact

PRODID = "-//schemebook//mentoring scheme calendar//EN"
REFRESH = timedelta(days=1)
END = b"END:VCALENDAR\r\n"


def ics_uri(slug: str, role: str | None = None) -> str:
    """Where a scheme's (or one role's) calendar is published, relative to the site root."""
    return f"schemes/{slug}/{role}/calendar.ics" if role else f"schemes/{slug}/calendar.ics"


def uid_domain(base: str) -> str:
    """The part of every UID after `@`: the site's host and path (from `site_url`), so two sites never share a UID;
    `schemebook` when the address is not set (the build warns)."""
    parts = urlsplit(base)
    return f"{parts.hostname}{parts.path.rstrip('/')}" if parts.hostname else "schemebook"


def event_uid(view: SchemeView, dated: Dated, base: str) -> str:
    """A UID that survives rebuilds and edits elsewhere: scheme, cohort, event and option ids, and the site."""
    return ".".join((view.slug, *dated.uid_parts)) + "@" + uid_domain(base)


def calendar_dates(dated: Dated, view: SchemeView) -> tuple[date | datetime, date | datetime | None] | None:
    """DTSTART and DTEND for an entry: local times in the scheme's zone (floating times, as given, when the file
    states none), or whole days with an exclusive end.

    Events known only to the month or year are left out: a calendar entry needs at least a day. So are events
    postponed or cancelled: a postponed event has no date, and a cancelled one is left out rather than sent with
    STATUS:CANCELLED, because calendar programs differ in how they show a cancelled entry of a subscribed feed
    (some as if it happens), while an entry left out of a feed is gone from every one at its next refresh.
    """
    start, end = dated.start, dated.end
    if start is None or start.day is None or not dated.held:
        return None
    if start.clock is not None:
        finish = exact(end, view.shown_zone) if end is not None and end.clock is not None else None
        return exact(start, view.shown_zone), finish
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
    if dated.event.status:
        lines.append(text.capital(status_words(dated.event.status, dated.planned_location)) + ".")
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
    entry.add("uid", event_uid(view, dated, base))
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


@dataclass(frozen=True)
class Entry:
    """A calendar entry serialised once (feeds share it), with the day and zone a calendar needs of it."""

    ical: bytes
    day: date
    zone: str | None


def entry(view: SchemeView, dated: Dated, stamp: datetime, base: str) -> Entry | None:
    """One event as a serialised VEVENT, or None when it has no day yet."""
    made = vevent(view, dated, stamp, base)
    if made is None:
        return None
    start = made.decoded("dtstart")
    timed = isinstance(start, datetime)
    return Entry(made.to_ical(), start.date() if timed else start, view.model.timezone if timed else None)


@lru_cache(maxsize=256)
def _timezone(key: str, first_year: int, last_year: int) -> bytes:
    # Only the years the entries fall in: the default (1970-2038) puts ~5 KB of transitions in every file.
    zone = Timezone.from_tzinfo(ZoneInfo(key), key, date(first_year, 1, 1), date(last_year + 1, 12, 31))
    return zone.to_ical()


def calendar(name: str, entries: list[Entry]) -> bytes:
    """A published calendar with the time zones its entries use, as bytes (CRLF line ends kept)."""
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("method", "PUBLISH")
    cal.add("name", name)
    cal.add("x-wr-calname", name)
    cal.add("refresh-interval", vDuration(REFRESH), parameters={"VALUE": "DURATION"})
    cal.add("x-published-ttl", vDuration(REFRESH))
    years = [e.day.year for e in entries]
    zones = sorted({e.zone for e in entries if e.zone})
    # Components are independent blocks, so each is serialised once by icalendar and the feeds share them.
    body = b"".join(_timezone(zone, min(years), max(years)) for zone in zones) + b"".join(e.ical for e in entries)
    return cal.to_ical().removesuffix(END) + body + END


_made: dict[int, tuple[object, datetime, str, list[tuple[Dated, Entry]]]] = {}
"""Each scheme's serialised events by the loaded scheme, which stays the same object while its file does."""


def _entries(view: SchemeView, site: Site) -> list[tuple[Dated, Entry]]:
    kept = _made.get(id(view.loaded))
    if kept is not None and kept[0] is view.loaded and kept[1:3] == (site.now, site.url):
        return kept[3]
    made = ((d, entry(view, d, site.now, site.url)) for d in view.events)
    found = [(d, e) for d, e in made if e is not None]
    _made[id(view.loaded)] = (view.loaded, site.now, site.url, found)
    return found


def _feed(view: SchemeView, site: Site, name: str, role: str | None) -> bytes:
    """The calendar of a scheme's events, or of one role's."""
    return calendar(
        name, [e for d, e in _entries(view, site) if role is None or not d.event.roles or role in d.event.roles]
    )


def _site_feed(site: Site) -> bytes:
    """The calendar of every scheme's events."""
    return calendar("Mentoring schemes", [e for view in scheme_views(site) for _, e in _entries(view, site)])


def render(site: Site, env: Environment) -> Iterable[Output]:
    """A calendar per scheme and per role of each scheme, where it holds an event (an empty one is never offered)."""
    for view in scheme_views(site):
        # the same events the timeline links a calendar for; `entry` makes one for each of them, and no other
        if view.calendar_events():
            yield Output(ics_uri(view.slug), partial(_feed, view, site, view.model.title, None), in_nav=False)
        for role in view.model.roles:
            if view.calendar_events(role):
                name = f"{view.model.title}: {role.name}"
                yield Output(ics_uri(view.slug, role.id), partial(_feed, view, site, name, role.id), in_nav=False)


def render_site_calendar(site: Site, env: Environment) -> Iterable[Output]:
    """One calendar of every scheme's events."""
    current = {id(loaded) for loaded in site.schemes}
    for gone in [key for key in _made if key not in current]:
        del _made[gone]
    if any(view.calendar_events() for view in scheme_views(site)):
        yield Output("calendar.ics", partial(_site_feed, site), in_nav=False)
