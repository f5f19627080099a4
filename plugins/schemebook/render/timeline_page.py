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
from schemebook.render.facts import audience
from schemebook.render.phrases import plural
from schemebook.render.templates import render as render_template
from schemebook.render.views import SchemeView, scheme_views
from schemebook.when.timeline import SIGN_UP_EVENTS, Dated, after, unplaced


@dataclass(frozen=True)
class Entry:
    """One line of the timeline: an event, or a choose-one-of event with its options."""

    event: Event
    dates: tuple[Dated, ...]
    audience: str
    """Who the event is for, in words ("reverse mentors"), or "" when it is for everyone."""
    placed: bool = True
    """False when no date places it in a year, so it is listed after the dated ones, in the file's order."""
    title: str = ""
    """Its title as the line gives it: an opening of applications in the past tense once its day has passed."""

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
    events = view.cohort_events(cohort)
    apart = {id(d) for d in unplaced(events)}
    for dated in events:
        if role is None or not dated.event.roles or role.id in dated.event.roles:
            found.setdefault(dated.event.id, []).append(dated)
    names = {r.id: plural(r) for r in view.model.roles}
    lines = []
    for dates in found.values():
        event = dates[0].event
        whose = "" if role is not None else audience(event, names)
        lines.append(Entry(event, tuple(dates), whose, id(dates[0]) not in apart, _title(view, dates[0])))
    return lines


def _title(view: SchemeView, dated: Dated) -> str:
    """An event's title on its timeline line: "Applications opened" once an opening's day has passed (calendar
    entries keep the title, which names the day's event in no tense of its own)."""
    opening = dated.event.id.startswith(SIGN_UP_EVENTS[0]) and dated.event.kind == "sign-up"
    if opening and dated.start is not None and after(dated.start, view.zone) <= view.now:
        return "Applications opened"
    return dated.event.title


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
