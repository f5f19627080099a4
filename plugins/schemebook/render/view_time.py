"""What a scheme view says of time: the current cohort, its phase and status, events, calendars and key dates, and
dates in words."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from functools import cached_property
from zoneinfo import ZoneInfo

from schemebook.model import (
    Cohort,
    Role,
    Scheme,
    When,
)
from schemebook.model.scheme import STANDING
from schemebook.project.site import LoadedScheme
from schemebook.render import text
from schemebook.render.facts import KeyDate, TrainingPlan, key_dates, training_plans
from schemebook.render.phrases import plural, repeats
from schemebook.render.status import (
    Status,
    run_sentence,
    running_sentence,
    scheme_status,
    stopped_sentence,
)
from schemebook.when.state import (
    CohortState,
    Phase,
    began,
    current_cohort,
    has_year,
    over_by_events,
    past_by_words,
    ran,
)
from schemebook.when.timeline import Dated, Timed, after, all_over, cohort_end, resolve, scheme_events, worded_over


class TimeView:
    """The time part of `SchemeView`, which mixes it in: it reads the view's scheme, clock and states."""

    loaded: LoadedScheme
    source: Scheme
    now: datetime
    zone: ZoneInfo
    shown_zone: ZoneInfo | None

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

    def as_planned(self, cohort: Cohort) -> bool:
        """Whether the cohort's mentoring was to have begun by now, though the file does not say anyone took part:
        its dates are then a plan, and labelled so ("Mentoring, as planned")."""
        return self.phase(cohort) in ("running", "started", "ended") and not (began(cohort) or ran(cohort))

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
        return stopped_sentence(self.source.status)

    @cached_property
    def running(self) -> str:
        """What a dated source said of the scheme still running ("Said to be running as of May 2025"); empty while
        the file says nothing of it."""
        return running_sentence(self.source.status)

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

    def run_sentence(self) -> str:
        """What the current cohort's mentoring did once begun, as far as the file says (see `status.run_sentence`)."""
        return run_sentence(self.current_state) if self.current_state else ""

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
