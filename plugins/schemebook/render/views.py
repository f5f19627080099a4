"""What templates see: a scheme with its dates resolved and its state at the build's "now"."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from functools import cached_property
from pathlib import PurePosixPath

from schemebook.model import (
    Application,
    Change,
    Cohort,
    Contact,
    Cost,
    Document,
    Eligibility,
    Role,
    Scheme,
    Service,
    Strand,
    When,
)
from schemebook.model.scheme import STANDING
from schemebook.project.site import LoadedScheme, Site
from schemebook.render import contents, faq, phrases, text
from schemebook.render.facts import KeyDate, TrainingPlan, for_role, key_dates, training_plans, worded
from schemebook.render.phrases import applications, listed, plural, repeats, worded_date
from schemebook.render.places import places_sentence
from schemebook.render.status import (
    Status,
    attribution,
    opened_sentence,
    recorded_sentence,
    run_sentence,
    scheme_status,
    standing_sentence,
    stated_sentence,
)
from schemebook.render.ways import Ways, cohort_ways
from schemebook.when.overrides import in_cohort, role_in_cohort
from schemebook.when.state import (
    CohortState,
    Phase,
    RoleState,
    Window,
    cohort_state,
    current_cohort,
    has_year,
    over_by_events,
    past_by_words,
    role_state,
)
from schemebook.when.timeline import Dated, Timed, after, all_over, cohort_end, resolve, scheme_events, worded_over


class SchemeView:
    """One scheme as the templates use it."""

    def __init__(self, loaded: LoadedScheme, now: datetime) -> None:
        self.loaded, self.now = loaded, now
        self.source: Scheme = loaded.model
        self.slug, self.zone, self.shown_zone = loaded.slug, loaded.zone, loaded.stated_zone

    @cached_property
    def states(self) -> dict[str, CohortState]:
        """Every cohort's state at the build's "now", by cohort id: the one source every output uses."""
        return {c.id: cohort_state(self.source, c, self.now, self.zone) for c in self.source.runs}

    @cached_property
    def model(self) -> Scheme:
        """The scheme as it is in the current cohort: that cohort's role changes, partners and meetings in place."""
        return in_cohort(self.source, self.current)

    def sign_up_history(self, cohort: Cohort) -> list[str]:
        """Each recorded change to a cohort's sign-up, oldest first, as a sentence; empty without `history`."""
        sign_up = cohort.sign_up
        if sign_up is None or not sign_up.history:
            return []
        first = (
            [Change(state="open", on=sign_up.opens, until=sign_up.deadline)]
            if sign_up.opens or sign_up.deadline
            else []
        )
        return [
            recorded_sentence(c, self.shown_zone, listed(plural(self.role_name(i)) for i in c.roles), self.said_by)
            for c in first + sign_up.history
        ]

    def met_as(self, cohort: Cohort | None = None) -> str:
        """What the people who meet are called, from the pairing the file gives (the cohort's, else the scheme's):
        "pairs", "groups" or "teams" ("pairs and groups" for both), or "participants" when it gives none."""
        pairing = (cohort.pairing if cohort else None) or self.model.pairing or []
        words = dict.fromkeys({"group": "groups", "team": "teams"}.get(term, "pairs") for term in pairing)
        return phrases.listed(words) or "participants"

    def cohort_ways(self, cohort: Cohort) -> list[Ways]:
        """The ways to apply `cohort`'s file gives, each with the roles (in their plural, as the cohort names them)
        it is for."""
        roles = [self.cohort_role(cohort, r.id) for r in self.source.roles]
        names = {r.id: plural(r) for r in roles}
        return cohort_ways(cohort, names, {r.id: r.join.method for r in roles}, self.model.documents)

    def cohort_role(self, cohort: Cohort | Strand | None, role_id: str) -> Role:
        """A role as it was in `cohort` (or as it is in a strand; as the scheme gives it for none)."""
        return role_in_cohort(next(r for r in self.source.roles if r.id == role_id), cohort)

    def documents(self, role: Role | None) -> list[Document]:
        """The scheme's documents for `role` (or all of them)."""
        return [d for d in self.model.documents if role is None or not d.roles or role.id in d.roles]

    def application_documents(self, application: Application | None) -> list[Document]:
        """The documents an application asks to be filled in and sent, in the order it names them."""
        wanted = application.documents if application else []
        return [d for i in wanted for d in self.model.documents if d.id == i]

    def document_path(self, document: Document) -> str:
        """Where a document kept beside the scheme file is published, relative to the site root."""
        return f"schemes/{self.slug}/files/{PurePosixPath(document.file or '').name}"

    @cached_property
    def last_state(self) -> CohortState | None:
        """The state of the cohort the dates make current, else of the last in the file (see `state.current_cohort`)."""
        return current_cohort(list(self.states.values()))

    @cached_property
    def current_state(self) -> CohortState | None:
        """The state of the cohort sign-up and status speak of; None when the only candidate comes last with no year
        to place it (see `unplaced`), so that no page names it, its dates or its sign-up as the current one."""
        state = self.last_state
        return None if state is None or self.unplaced(state) else state

    @property
    def current(self) -> Cohort | None:
        """The cohort sign-up and status speak of: one taking applications now, else the next to open, else the
        one running, else the last in the file."""
        return self.current_state.cohort if self.current_state else None

    def phase(self, cohort: Cohort) -> Phase:
        """A cohort's phase now: upcoming, open, closed, running, started, ended, undated or invitation."""
        return self.states[cohort.id].phase

    @cached_property
    def events(self) -> list[Dated]:
        """Every event of every cohort, in date order."""
        return scheme_events(self.model)

    def calendar_events(self, role: Role | None = None) -> list[Dated]:
        """The events (of `role`, or everyone's) known to the day and not postponed or cancelled: those a
        calendar holds."""
        mine = [d for d in self.events if role is None or not d.event.roles or role.id in d.event.roles]
        return [d for d in mine if d.start and d.start.day and d.held]

    @cached_property
    def role_calendars(self) -> list[Role]:
        """The roles offered a calendar of their own: those whose dates are some, not all, of everyone's."""
        every = len(self.calendar_events())
        return [r for r in self.model.roles if 0 < len(self.calendar_events(r)) < every]

    def cohort_events(self, cohort: Cohort) -> list[Dated]:
        """One cohort's events, in date order."""
        return resolve(cohort)

    def window(self, role: Role) -> Window:
        """The role's window for the current cohort."""
        found = self.current_state.windows.get(role.id) if self.current_state else None
        return found or Window("unannounced" if role.join.applies else "invitation")

    def window_noun(self, role: Role, window: Window) -> str:
        """What a role's window is called: the role's applications ("registrations"), or, for a window the file does
        not name the role for, the cohort's ("applications for the 2025 programme")."""
        if not window.cohort_only:
            return applications(role)
        title = self.cohort_title(self.current) if self.current else ""
        return f"{self.applications} for {title or self.model.title}"

    def audience(self, state: CohortState | None, window: Window | None) -> str:
        """Whom a window is for, in words ("Mentees"), or "" when it is the cohort's or every applying role's."""
        if state is None or window is None or window.cohort_only:
            return ""
        named = [r for r in self.model.roles if r.id in state.windows and r.join.applies]
        named = [r for r in named if not state.windows[r.id].cohort_only]
        mine = [r for r in named if state.windows[r.id] == window]
        return "" if len(mine) == len(named) else listed(plural(r) for r in mine)

    def window_groups(self, role: Role | None = None) -> list[tuple[str, Window, RoleState, Role]]:
        """The current cohort's windows for `role`, or for each role that applies, roles sharing one window given
        once with whom it is for ("" for everyone: see `audience`); beside a window the file names roles for, one
        it names no role for is left out."""
        roles = [role] if role else [r for r in self.model.roles if r.join.applies]
        found = [(r, self.window(r), self.state(r)) for r in roles]
        if role is None and any(not w.cohort_only for _, w, _ in found):
            found = [item for item in found if not item[1].cohort_only]
        groups: list[tuple[str, Window, RoleState, Role]] = []
        for r, w, state in found:
            if not any(g[1] == w and g[2] == state for g in groups):
                whose = "" if role else self.audience(self.current_state, w)
                groups.append((whose, w, state, r))
        return groups

    def said(self, window: Window) -> str:
        """What a source said of a role's window, dated by the source, as a sentence."""
        if window.change is None:
            return ""
        title = self.cohort_title(self.current) if self.current else ""
        return text.capital(stated_sentence(window.change, title, self.said_by))

    def opened(self, window: Window, noun: str = "applications") -> str:
        """A window open since a date the file gives, with no close given, as a sentence."""
        return text.capital(opened_sentence(window.change.on, noun)) if window.change and window.change.on else ""

    def state(self, role: Role) -> RoleState:
        """Whether `role` can apply to the current cohort now; a role that joins without applying never can."""
        if not role.join.applies:
            return "invitation"
        return role_state(role, self.current_state) if self.current_state else "unannounced"

    @cached_property
    def way_in_given(self) -> bool:
        """Whether the file says anything of how some role joins: a method, a way in, details or selection."""
        return any(r.join.method or r.join.stated or r.join.details or r.join.selection for r in self.model.roles)

    @cached_property
    def upcoming(self) -> list[Dated]:
        """Events still to come, soonest first."""
        return [d for d in self.events if self.to_come(d)]

    def passed(self, dates: Sequence[Timed]) -> bool:
        """Whether every one of `dates` is dated and over by now: sessions to attend one of are then no longer
        offered as a choice."""
        return all_over(dates, self.now, self.zone)

    def over(self, words: str) -> bool:
        """Whether a time the source words is over by now (see `worded_over`)."""
        return worded_over(words, self.now)

    def to_come(self, d: Dated) -> bool:
        """Whether `d` is held and has not begun by now: what a calendar link is offered for."""
        return bool(d.start and d.held and after(d.start, self.zone) > self.now)

    @cached_property
    def applications(self) -> str:
        """What the scheme's sign-ups are called, when every role that signs up does so the same way."""
        nouns = {applications(r) for r in self.model.roles if r.join.method and r.join.applies}
        return nouns.pop() if len(nouns) == 1 else "applications"

    @cached_property
    def status(self) -> Status:
        """The scheme's state now, for the home page and the overview, with the labels the page script switches to."""
        if self.stopped:
            return Status(
                "ended" if self.source.status and self.source.status.state == "ended" else "stated", self.stopped
            )
        state = self.current_state
        if state is None:
            label = "no cohort is current by the dates given" if self.last_state else "no cohort or sign-up dates given"
            return Status("undated", text.capital(f"{self.running}; {label}" if self.running else label))
        title = self.cohort_title(state.cohort) if len(self.model.cohorts) > 1 else ""
        title = "" if state.cohort.when and repeats(title, state.cohort.when) else title
        whose = self.audience(state, state.window)
        return scheme_status(state, title, self.shown_zone, self.applications, self.said_by, whose)

    def unplaced(self, state: CohortState) -> bool:
        """Whether `state` is the current cohort only for coming last among several, with no year to place it
        ("February intake" after "September intake"), or only for coming last at all, when the source's words for
        its time name only past years ("the academic year 2016-2017"): the status then names no cohort."""
        if state.phase != "undated" or state.cohort.id == STANDING:
            return False
        cohort = state.cohort
        return (
            past_by_words(cohort, self.now)
            or over_by_events(cohort, self.now, self.zone)
            or (len(self.source.cohorts) > 1 and not has_year(cohort))
        )

    @cached_property
    def stopped(self) -> str:
        """What a source said became of the whole scheme, as a sentence: "Ended as of 3 May 2024: the organisation
        closed"; empty while the file says nothing of it."""
        status = self.source.status
        if status is None or status.state == "running":
            return ""
        as_of = f" as of {text.day(status.as_of, weekday=False)}" if status.as_of else ""
        return f"{status.state.capitalize()}{as_of}" + (f": {status.reason}" if status.reason else "")

    @cached_property
    def running(self) -> str:
        """What a dated source said of the scheme still running ("Said to be running as of May 2025"); empty while
        the file says nothing of it."""
        status = self.source.status
        if status is None or status.state != "running" or status.as_of is None:
            return ""
        return f"Said to be running as of {text.day(status.as_of, weekday=False)}"

    def when(self, when: When) -> str:
        """A point in words, with the zone when a time is given."""
        return text.moment(when, self.shown_zone)

    def dates(self, dated: Dated) -> str:
        """An event's dates in words, or "no date given"."""
        return text.span_of(dated.start, dated.end, self.shown_zone) if dated.start else "no date given"

    def iso(self, when: When) -> str:
        """A point in machine-readable form for `<time datetime>`."""
        return text.iso(when, self.shown_zone)

    def span(self, start: When, end: When | None) -> str:
        """A start and optional end in words, with the zone when a time is given."""
        return text.span_of(start, end, self.shown_zone)

    def mentoring(self, cohort: Cohort) -> tuple[When, When | None] | None:
        """When a cohort's mentoring starts and ends (None when it has no start)."""
        return (cohort.start, cohort_end(cohort)) if cohort.start else None

    def cohort_status(self, cohort: Cohort) -> Status:
        """One cohort's status in words, as the overview's cohort history gives it."""
        state = self.states[cohort.id]
        whose = self.audience(state, state.window)
        return scheme_status(state, "", self.shown_zone, self.applications, self.said_by, whose)

    def role_name(self, role_id: str) -> str:
        """The name of the role with this id (references are checked when the scheme loads)."""
        return next((r.name for r in self.model.roles if r.id == role_id), role_id)

    def run_sentence(self) -> str:
        """What the current cohort's mentoring did once begun, as far as the file says (see `status.run_sentence`)."""
        return run_sentence(self.current_state) if self.current_state else ""

    def applying_dates(self, role: Role) -> list[tuple[str, str]]:
        """The current cohort's `sign-up` and `deadline` events for `role`, each title with its dates or its
        words, for a window the sign-up itself does not date."""
        events = self.cohort_events(self.current) if self.current else []
        return [
            (d.event.title, worded(self.dates(d) if d.start else d.event.when or "", d))
            for d in events
            if d.event.kind in ("sign-up", "deadline") and (d.start or d.event.when) and for_role(d.event, role)
        ]

    @cached_property
    def source_dates(self) -> list[str]:
        """Each distinct `sources[].date`, in words when it is a date ("13 January 2020"), else as written."""
        found: list[str] = []
        for source in self.source.sources:
            if source.date and (words := _date_words(source.date)) not in found:
                found.append(words)
        return found

    @cached_property
    def said_by(self) -> str:
        """Who said what the file gives without a date of its own, from the sources' dates (see `attribution`)."""
        return attribution(self.source_dates, all(source.date for source in self.source.sources))

    def standing(self, noun: str = "applications") -> str:
        """A standing sign-up as a source said it, as a sentence: "An undated source said applications were taken
        at any time"."""
        return text.capital(standing_sentence(noun, self.said_by))

    def places(self, cohort: Cohort) -> str:
        """A cohort's places in the file's words, in no tense; empty when the file gives none."""
        if cohort.places is None:
            return ""
        return places_sentence(cohort.places, lambda role_id: plural(self.cohort_role(cohort, role_id)))

    def cohort_title(self, cohort: Cohort) -> str:
        """A cohort's name: its title, or "Cohort <id>"; empty for the scheme's standing sign-up."""
        if cohort.id == STANDING:
            return ""
        return cohort.title or f"Cohort {cohort.id}"

    def contact(self, contact_id: str | None) -> Contact | None:
        """The contact with this id (references are checked when the scheme loads)."""
        return next((c for c in self.model.contacts if c.id == contact_id), None)

    @cached_property
    def primary_contact(self) -> Contact | None:
        """The first point of contact for questions: only the contact the file marks `primary`, never one picked
        for it (a past season's coordinator, someone mentors report to), so that nobody is told to ask them."""
        return next((c for c in self.model.contacts if c.primary), None)

    def costs_by_role(self) -> list[tuple[Role, Cost]]:
        """What taking each role costs in the current cohort: its own cost, or else the scheme's."""
        given = [(r, r.cost or self.model.cost) for r in self.model.roles]
        return [(r, cost) for r, cost in given if cost is not None]

    def costs(self, role: Role | None = None) -> list[tuple[Role | None, Cost]]:
        """What taking part costs: for `role`, its own cost or else the scheme's; for everyone, the scheme's, or
        each role's when any role has its own."""
        if role is not None:
            given = role.cost or self.model.cost
            return [(role, given)] if given else []
        if not any(r.cost for r in self.model.roles):
            return [(None, self.model.cost)] if self.model.cost else []
        return list(self.costs_by_role())

    def key_dates(self, role: Role | None = None) -> list[KeyDate]:
        """The current cohort's milestones and events for `role` (or everyone), in date order."""
        names = {r.id: plural(r) for r in self.model.roles}
        return key_dates(self.current, role, names) if self.current else []

    @cached_property
    def next_date(self) -> KeyDate | None:
        """The first key date of the current cohort still to come, with its first session still to come."""
        for key in self.key_dates():
            for session in key.sessions:
                if session.held and after(session.start, self.zone) > self.now:
                    return KeyDate(key.label, (session,), key.audience)
        return None

    def training(self, role: Role) -> list[TrainingPlan]:
        """The role's training, each with its sessions in the current cohort."""
        return training_plans(self.current, role)

    def training_dated(self, role: Role) -> dict[str, list[str]]:
        """The titles of the role's trainings that some cohort gives a date or a worded time for, each with the
        titles of those cohorts, so that a pointer to the timeline says where on it to look."""
        found: dict[str, list[str]] = {}
        for cohort in self.model.cohorts:
            for plan in training_plans(cohort, role):
                if plan.sessions or plan.worded:
                    found.setdefault(plan.title, []).append(self.cohort_title(cohort))
        return found

    def services(self, group: str, role: Role | None = None) -> list[Service]:
        """The support services of one group (`wellbeing`, `safeguarding`, `peer_support`) for `role`."""
        services = getattr(self.model.support, group) if self.model.support else []
        return [x for x in services if role is None or not x.roles or role.id in x.roles]

    def faq(self, role: Role | None = None) -> list[faq.Group]:
        """The questions and answers for everyone, or for one role."""
        phase = self.current_state.phase if self.current_state else "undated"
        return faq.groups(self.model, self.current, role, phase)

    @cached_property
    def described_roles(self) -> list[Role]:
        """The roles with something to say about who takes them: a summary, whom they mentor, a way of joining or
        eligibility."""
        return [
            r
            for r in self.model.roles
            if r.summary or r.mentors or r.join.stated or r.join.selection or r.eligibility != Eligibility()
        ]

    @cached_property
    def topics(self) -> list[tuple[Cohort, list[str]]]:
        """Topics earlier cohorts discussed, by cohort."""
        cohorts = [c for c in self.model.cohorts if c.outcomes and c.outcomes.topics_discussed]
        return [(c, c.outcomes.topics_discussed) for c in cohorts if c.outcomes]

    @cached_property
    def support_offers(self) -> list[str]:
        """What the support page holds, as phrases, only as far as the file gives it."""
        support = self.model.support
        if support is None:
            return []
        offers = {
            "what stays confidential": support.confidentiality or support.confidentiality_limits,
            "what to do if something concerns you": support.escalation,
            "wellbeing services": support.wellbeing,
            "safeguarding services": support.safeguarding,
            "peer support": support.peer_support,
            "what happens if plans change": support.contingency,
            "how to end the pairing": support.ending,
        }
        return [phrase for phrase, given in offers.items() if given]

    @cached_property
    def contents(self) -> dict[str, str]:
        """What the timeline, themes and evaluation pages and each role's handbook (`handbook <role id>`) hold, in the
        words a link to each of them uses."""
        return {
            **{f"handbook {r.id}": contents.handbook(r) for r in self.model.roles},
            "timeline": contents.timeline(self.events),
            "training": contents.training(self.events),
            "themes": contents.themes(self.model, bool(self.topics)),
            "theme_details": contents.theme_details(self.model),
            "evaluation": contents.evaluation(self.model, self.loaded.results),
        }

    @cached_property
    def pages(self) -> frozenset[str]:
        """The scheme's pages besides the overview and handbooks; a link is only ever made to one of these."""
        m = self.model
        has = {
            "sign-up": True,
            "timeline": bool(self.events),
            "themes": bool(m.themes or (m.reflection and m.reflection.log) or self.topics),
            "support": bool(self.support_offers),  # `escalation_in_order` alone gives the page nothing to say
            "faq": bool(self.faq()),
            "evaluation": m.evaluation is not None,
        }
        return frozenset(kind for kind, present in has.items() if present)


_VIEWS: dict[int, SchemeView] = {}
"""Each loaded scheme's view at the build's clock: every output module, and every build of a preview while the
scheme's file is unchanged, shares it and what it has worked out."""


def scheme_views(site: Site) -> list[SchemeView]:
    """A view of every scheme, in site order."""
    views = []
    for loaded in site.schemes:
        view = _VIEWS.get(id(loaded))
        if view is None or view.loaded is not loaded or view.now != site.now:
            view = _VIEWS[id(loaded)] = SchemeView(loaded, site.now)
        views.append(view)
    if len(_VIEWS) > 2 * len(views) + 100:  # schemes a preview has changed or removed since
        kept = {id(view.loaded) for view in views}
        for key in [key for key in _VIEWS if key not in kept]:
            del _VIEWS[key]
    return views


def _date_words(given: str) -> str:
    try:
        return text.day(When.parse(given), weekday=False)
    except ValueError:
        return worded_date(given)
