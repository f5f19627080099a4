"""What templates see: a scheme with its dates resolved and its state at the build's "now"."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cached_property

from schemebook.model import Cohort, Role, Scheme, When
from schemebook.render import text
from schemebook.site import LoadedScheme, Site
from schemebook.timeline import Dated, State, after, cohort_end, exact, resolve, scheme_events, signup_state


@dataclass(frozen=True)
class Status:
    """A scheme's state in one word (for data attributes) and in a sentence (for readers)."""

    state: State | str
    label: str
    closes: str = ""
    """When an open status ends, ISO 8601 with offset, for the page script."""


class SchemeView:
    """One scheme as the templates use it."""

    def __init__(self, loaded: LoadedScheme, now: datetime) -> None:
        self.loaded, self.now = loaded, now
        self.model: Scheme = loaded.model
        self.slug, self.zone = loaded.slug, loaded.zone

    @cached_property
    def latest(self) -> Cohort | None:
        """The newest cohort: the one sign-up and status speak of."""
        return self.model.cohorts[-1] if self.model.cohorts else None

    @cached_property
    def events(self) -> list[Dated]:
        """Every event of every cohort, in date order."""
        return scheme_events(self.model)

    def cohort_events(self, cohort: Cohort) -> list[Dated]:
        """One cohort's events, in date order."""
        return resolve(cohort)

    def state(self, role: Role) -> State:
        """Whether `role` can apply to the newest cohort now."""
        return signup_state(role, self.latest.sign_up if self.latest else None, self.now, self.zone)

    @cached_property
    def upcoming(self) -> list[Dated]:
        """Events still to come, soonest first."""
        return [d for d in self.events if d.start and after(d.start, self.zone) > self.now]

    @cached_property
    def status(self) -> Status:
        """The scheme's state now, for the home page and the overview."""
        states = {self.state(role) for role in self.model.roles}
        sign_up = self.latest.sign_up if self.latest else None
        if "open" in states and sign_up:
            if sign_up.deadline:
                closes = after(sign_up.deadline, self.zone).isoformat()
                return Status("open", f"Applications open until {self.when(sign_up.deadline)}", closes)
            return Status("open", "Applications open")
        if "upcoming" in states and sign_up and sign_up.opens:
            return Status("upcoming", f"Applications open on {self.when(sign_up.opens)}")
        if "upcoming" in states:
            return Status("upcoming", "Dates to be announced")
        if states == {"invitation"}:
            return Status("invitation", "By invitation")
        end = cohort_end(self.latest) if self.latest else None
        if end and after(end, self.zone) <= self.now:
            return Status("closed", f"Completed ({text.day(end)})")
        if self.latest and self.latest.start and exact(self.latest.start, self.zone) <= self.now:
            return Status("closed", "Running now; applications closed")
        return Status("closed", "Applications closed")

    def when(self, when: When) -> str:
        """A point in words, with the zone when a time is given."""
        return text.moment(when, self.zone)

    def dates(self, dated: Dated) -> str:
        """An event's dates in words, or "date to be confirmed"."""
        return text.span_of(dated.start, dated.end, self.zone) if dated.start else "date to be confirmed"

    def iso(self, when: When) -> str:
        """A point in machine-readable form for `<time datetime>`."""
        return text.iso(when, self.zone)


def scheme_views(site: Site) -> list[SchemeView]:
    """A view of every scheme, in site order."""
    return [SchemeView(loaded, site.now) for loaded in site.schemes]
