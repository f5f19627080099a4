"""What a scheme view says of signing up: each role's window in the current cohort, its words and whom it is for,
what sources said of sign-up, and every cohort's ways in."""

from __future__ import annotations

from datetime import datetime
from functools import cached_property
from zoneinfo import ZoneInfo

from schemebook.model import (
    Change,
    Cohort,
    Role,
    Scheme,
    Strand,
)
from schemebook.project.site import LoadedScheme
from schemebook.render import text
from schemebook.render.facts import for_role, worded
from schemebook.render.phrases import applications, listed, plural
from schemebook.render.places import places_sentence
from schemebook.render.status import (
    attribution,
    opened_sentence,
    recorded_sentence,
    standing_sentence,
    stated_sentence,
)
from schemebook.render.ways import Ways, cohort_ways
from schemebook.when.state import (
    CohortState,
    RoleState,
    Window,
    role_state,
)


class SignUpView:
    """The sign-up part of `SchemeView`, which mixes it in: it reads the view's scheme, clock and states."""

    loaded: LoadedScheme
    source: Scheme
    now: datetime
    zone: ZoneInfo
    shown_zone: ZoneInfo | None

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

    def cohort_ways(self, cohort: Cohort) -> list[Ways]:
        """The ways to apply `cohort`'s file gives, each with the roles (in their plural, as the cohort names them)
        it is for."""
        roles = [self.cohort_role(cohort, r.id) for r in self.source.roles]
        names = {r.id: plural(r) for r in roles}
        return cohort_ways(cohort, names, {r.id: r.join.method for r in roles}, self.model.documents)

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
    def applications(self) -> str:
        """What the scheme's sign-ups are called, when every role that signs up does so the same way."""
        nouns = {applications(r) for r in self.model.roles if r.join.method and r.join.applies}
        return nouns.pop() if len(nouns) == 1 else "applications"

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
            if source.date and (words := text.source_date(source.date)) not in found:
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

    def places(self, part: Cohort | Strand | None) -> str:
        """The places of a cohort, of a part of the scheme or (for None) of the scheme, in the file's words, in no
        tense; empty when the file gives none."""
        given = self.model.places if part is None else part.places
        if given is None:
            return ""
        return places_sentence(given, lambda role_id: plural(self.cohort_role(part, role_id)))
