"""What templates see: a scheme with its dates resolved and its state at the build's "now"."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cached_property

from schemebook.model import Cohort, Contact, Eligibility, Role, Scheme, Service, SignUp, When
from schemebook.render import faq, text
from schemebook.render.facts import KeyDate, TrainingPlan, key_dates, training_plans
from schemebook.site import LoadedScheme, Site
from schemebook.timeline import Dated, State, after, cohort_end, exact, resolve, scheme_events, signup_state


@dataclass(frozen=True)
class Status:
    """A scheme's state in one word (for data attributes) and in a sentence (for readers)."""

    state: State | str
    label: str
    opens: str = ""
    """When an upcoming status opens, ISO 8601 with offset, for the page script."""
    closes: str = ""
    """When an open status ends, ISO 8601 with offset, for the page script."""
    open_label: str = ""
    """What the status reads once `opens` has passed."""
    closed_label: str = ""
    """What the status reads once `closes` has passed."""


class SchemeView:
    """One scheme as the templates use it."""

    def __init__(self, loaded: LoadedScheme, now: datetime) -> None:
        self.loaded, self.now = loaded, now
        self.model: Scheme = loaded.model
        self.slug, self.zone = loaded.slug, loaded.zone

    @cached_property
    def current(self) -> Cohort | None:
        """The cohort sign-up and status speak of: one taking applications now, else the next to open, else the last.

        A scheme may run several cohorts a year, so the last in the file is not always the one to apply to.
        """
        cohorts = self.model.cohorts
        taking = [c for c in cohorts if "open" in self._states(c.sign_up) and c.sign_up]
        if taking:  # the one closing soonest is the one a reader must not miss; rolling windows come last
            never = datetime.max.replace(tzinfo=self.now.tzinfo)
            return min(taking, key=lambda c: after(c.sign_up.deadline, self.zone) if c.sign_up.deadline else never)
        opening = [c for c in cohorts if self._opens_later(c.sign_up)]
        if opening:
            return min(opening, key=lambda c: exact(c.sign_up.opens, self.zone))
        return cohorts[-1] if cohorts else None

    def _states(self, sign_up: SignUp | None) -> set[State]:
        return {signup_state(role, sign_up, self.now, self.zone) for role in self.model.roles}

    def _opens_later(self, sign_up: SignUp | None) -> bool:
        return bool(sign_up and sign_up.opens and exact(sign_up.opens, self.zone) > self.now)

    def cohort_state(self, cohort: Cohort) -> State | str:
        """Whether a cohort takes applications now; the current cohort's is the scheme's status."""
        if cohort is self.current:
            return self.status.state
        if "open" in self._states(cohort.sign_up):
            return "open"
        return "upcoming" if self._opens_later(cohort.sign_up) else "closed"

    @cached_property
    def events(self) -> list[Dated]:
        """Every event of every cohort, in date order."""
        return scheme_events(self.model)

    def cohort_events(self, cohort: Cohort) -> list[Dated]:
        """One cohort's events, in date order."""
        return resolve(cohort)

    def state(self, role: Role) -> State:
        """Whether `role` can apply to the current cohort now."""
        return signup_state(role, self.current.sign_up if self.current else None, self.now, self.zone)

    @cached_property
    def upcoming(self) -> list[Dated]:
        """Events still to come, soonest first."""
        return [d for d in self.events if d.start and after(d.start, self.zone) > self.now]

    @cached_property
    def status(self) -> Status:
        """The scheme's state now, for the home page and the overview."""
        sign_up = self.current.sign_up if self.current else None
        states = self._states(sign_up)
        if "open" in states and sign_up:
            if sign_up.deadline:
                closes = after(sign_up.deadline, self.zone).isoformat()
                return Status("open", f"Applications open until {self.when(sign_up.deadline)}", closes=closes)
            return Status("open", "Applications open")
        if "upcoming" in states and sign_up and sign_up.opens:
            return Status("upcoming", f"Applications open on {self.when(sign_up.opens)}")
        cohort = self.current
        if cohort and cohort.start and exact(cohort.start, self.zone) <= self.now:
            return self._past_status(cohort, cohort.start)
        if cohort and cohort.outcomes:  # it has run, though the file gives no dates
            return Status("closed", f"{self.cohort_title(cohort)} completed")
        if "upcoming" in states:
            return Status("upcoming", "Dates to be announced")
        if states == {"invitation"}:
            return Status("invitation", "By invitation")
        return Status("closed", "Applications closed")

    def _past_status(self, cohort: Cohort, start: When) -> Status:
        """The state of a scheme whose current cohort has started: running, completed, or started on a date."""
        end = cohort_end(cohort)
        if end and after(end, self.zone) <= self.now:
            return Status("closed", f"Completed ({text.day(end)})")
        if end:
            return Status("closed", "Running now; applications closed")
        return Status("closed", f"The newest cohort started {'on' if start.day else 'in'} {text.day(start)}")

    def when(self, when: When) -> str:
        """A point in words, with the zone when a time is given."""
        return text.moment(when, self.zone)

    def dates(self, dated: Dated) -> str:
        """An event's dates in words, or "date to be confirmed"."""
        return text.span_of(dated.start, dated.end, self.zone) if dated.start else "date to be confirmed"

    def iso(self, when: When) -> str:
        """A point in machine-readable form for `<time datetime>`."""
        return text.iso(when, self.zone)

    def span(self, start: When, end: When | None) -> str:
        """A start and optional end in words, with the zone when a time is given."""
        return text.span_of(start, end, self.zone)

    def mentoring(self, cohort: Cohort) -> tuple[When, When | None] | None:
        """When a cohort's mentoring starts and ends (None when it has no start)."""
        return (cohort.start, cohort_end(cohort)) if cohort.start else None

    def cohort_title(self, cohort: Cohort) -> str:
        """A cohort's name: its title, or "Cohort <id>"."""
        return cohort.title or f"Cohort {cohort.id}"

    def contact(self, contact_id: str | None) -> Contact | None:
        """The contact with this id (references are checked when the scheme loads)."""
        return next((c for c in self.model.contacts if c.id == contact_id), None)

    @cached_property
    def primary_contact(self) -> Contact | None:
        """The first point of contact: the one marked primary, else the sign-up contact, else the first."""
        contacts = self.model.contacts
        sign_up = self.current.sign_up if self.current else None
        chosen = next((c for c in contacts if c.primary), None) or self.contact(sign_up and sign_up.contact)
        return chosen or (contacts[0] if contacts else None)

    def key_dates(self, role: Role | None = None) -> list[KeyDate]:
        """The current cohort's milestones and events for `role` (or everyone), in date order."""
        return key_dates(self.current, role) if self.current else []

    @cached_property
    def next_date(self) -> KeyDate | None:
        """The first key date of the current cohort still to come, with its first session still to come."""
        for key in self.key_dates():
            for session in key.sessions:
                if after(session.start, self.zone) > self.now:
                    return KeyDate(key.label, (session,))
        return None

    def training(self, role: Role) -> list[TrainingPlan]:
        """The role's training, each with its sessions in the current cohort."""
        return training_plans(self.current, role)

    def services(self, group: str, role: Role | None = None) -> list[Service]:
        """The support services of one group (`wellbeing`, `safeguarding`, `peer_support`) for `role`."""
        services = getattr(self.model.support, group) if self.model.support else []
        return [x for x in services if role is None or not x.roles or role.id in x.roles]

    def faq(self, role: Role | None = None) -> list[faq.Group]:
        """The questions and answers for everyone, or for one role."""
        return faq.groups(self.model, self.current, role)

    @cached_property
    def described_roles(self) -> list[Role]:
        """The roles with something to say about who takes them: a summary, a way of joining or eligibility."""
        return [
            r for r in self.model.roles if r.summary or r.join.method != "application" or r.eligibility != Eligibility()
        ]

    @cached_property
    def topics(self) -> list[tuple[Cohort, list[str]]]:
        """Topics earlier cohorts discussed, by cohort."""
        cohorts = [c for c in self.model.cohorts if c.outcomes and c.outcomes.topics_discussed]
        return [(c, c.outcomes.topics_discussed) for c in cohorts if c.outcomes]

    @cached_property
    def pages(self) -> frozenset[str]:
        """The scheme's pages besides the overview and handbooks; a link is only ever made to one of these."""
        m, support = self.model, self.model.support
        has = {
            "sign-up": True,
            "timeline": bool(self.events),
            "themes": bool(m.themes or (m.reflection and m.reflection.log) or self.topics),
            "support": bool(support and any(v for v in support.model_dump().values())),
            "faq": bool(self.faq()),
            "evaluation": m.evaluation is not None,
        }
        return frozenset(kind for kind, present in has.items() if present)


def scheme_views(site: Site) -> list[SchemeView]:
    """A view of every scheme, in site order."""
    return [SchemeView(loaded, site.now) for loaded in site.schemes]
