"""The timeline page of each scheme: every event in date order, grouped by cohort, with calendar links."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial

from jinja2 import Environment

from schemebook.model import Cohort, Event, Role
from schemebook.project.site import Site
from schemebook.render import Output
from schemebook.render.calendar import calendar, entry, ics_uri
from schemebook.render.phrases import listed, plural
from schemebook.render.templates import render as render_template
from schemebook.render.views import SchemeView, scheme_views
from schemebook.when.timeline import Dated


@dataclass(frozen=True)
class Entry:
    """One line of the timeline: an event, or a choose-one-of event with its options."""

    event: Event
    dates: tuple[Dated, ...]
    audience: str
    """Who the event is for, in words ("reverse mentors"), or "" when it is for everyone."""

    @property
    def choose_one(self) -> bool:
        """True when participants attend one of several sessions."""
        return bool(self.event.options)

    @property
    def held(self) -> bool:
        """False when it was postponed or cancelled: its dates are then the plan."""
        return self.dates[0].held


def event_file(dated: Dated) -> str:
    """The file name of one event's calendar entry, from its stable ids."""
    return ".".join(dated.uid_parts) + ".ics"  # ids hold no dots, so no two events share a name


def entries(view: SchemeView, cohort: Cohort, role: Role | None = None) -> list[Entry]:
    """A cohort's timeline lines for everyone, or for one role, options gathered under their event."""
    found: dict[str, list[Dated]] = {}
    for dated in view.cohort_events(cohort):
        if role is None or not dated.event.roles or role.id in dated.event.roles:
            found.setdefault(dated.event.id, []).append(dated)
    names = {r.id: plural(r) for r in view.model.roles}
    lines = []
    for dates in found.values():
        event = dates[0].event
        everyone = role is not None or not event.roles or set(event.roles) >= set(names)
        audience = "" if everyone else listed(names[r] for r in names if r in event.roles)
        lines.append(Entry(event, tuple(dates), audience))
    return lines


def _event_feed(view: SchemeView, dated: Dated, site: Site) -> bytes:
    made = entry(view, dated, site.now, site.url)
    return calendar(dated.event.title, [made] if made else [])


def render(site: Site, env: Environment) -> Iterable[Output]:
    """A timeline page for every scheme with events, and a calendar file for each dated event."""
    for view in scheme_views(site):
        if not view.events:
            continue
        base = f"schemes/{view.slug}/timeline"
        feed = f"{site.url.rstrip('/')}/{ics_uri(view.slug)}" if site.url else ""
        page = partial(
            render_template, env, "timeline.md.j2", s=view, role=None, entries=entries, event_file=event_file, feed=feed
        )
        yield Output(f"{base}/index.md", page, source=view.loaded.display)
        for dated in view.calendar_events():  # `entry` makes one for each of them, and no other
            yield Output(f"{base}/{event_file(dated)}", partial(_event_feed, view, dated, site), in_nav=False)
