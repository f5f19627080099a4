"""Each cohort's state at the build's "now", computed once and handed to every output.

A cohort is in one phase (upcoming, open, closed, running, started, ended, undated, invitation) and each role
has one sign-up state. Absent fields mean "not stated": a cohort with no sign-up window is never taken to
be upcoming, and one that has run is never taken to be taking applications.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal
from zoneinfo import ZoneInfo

from schemebook.model import Cohort, Role, Scheme, When
from schemebook.timeline import after, cohort_end, exact

Phase = Literal["upcoming", "open", "closed", "running", "started", "ended", "stated", "undated", "invitation"]
"""A cohort's phase: applications to come, open or closed; mentoring running, started, ended; or no dates."""

RoleState = Literal["upcoming", "open", "closed", "invitation", "unannounced"]
"""Whether a role can apply to a cohort: `unannounced` when the file gives no window for a cohort still to run."""

PHASES: tuple[Phase, ...] = (
    "upcoming", "open", "closed", "running", "started", "ended", "stated", "undated", "invitation",
)  # fmt: skip


@dataclass(frozen=True)
class CohortState:
    """One cohort's state at one instant, and the instants at which it changes."""

    cohort: Cohort
    phase: Phase
    opens_at: datetime | None
    """When applications open, when the file says."""
    closes_at: datetime | None
    """The instant past the deadline, when the file gives one."""
    starts_at: datetime | None
    ends_at: datetime | None
    """The instant past the mentoring's end, when it is known."""

    @property
    def has_run(self) -> bool:
        """Whether the mentoring has started or ended (so its sign-up is over)."""
        return self.phase in ("running", "started", "ended")


def _instant(when: When | None, zone: ZoneInfo, *, past: bool = False) -> datetime | None:
    if when is None:
        return None
    return after(when, zone) if past else exact(when, zone)


def cohort_state(scheme: Scheme, cohort: Cohort, now: datetime, zone: ZoneInfo) -> CohortState:
    """The state of `cohort` at `now`."""
    sign_up = cohort.sign_up
    opens = _instant(sign_up.opens if sign_up else None, zone)
    closes = _instant(sign_up.deadline if sign_up else None, zone, past=True)
    starts = _instant(cohort.start, zone)
    ends = _instant(cohort_end(cohort), zone, past=True)
    state = CohortState(cohort, "undated", opens, closes, starts, ends)
    return CohortState(cohort, _phase(scheme, state, now), opens, closes, starts, ends)


def _phase(scheme: Scheme, s: CohortState, now: datetime) -> Phase:
    sign_up = s.cohort.sign_up
    if s.ends_at and s.ends_at <= now:
        return "ended"
    if (
        sign_up
        and sign_up.rolling
        and not (s.opens_at and now < s.opens_at)
        and not (s.closes_at and now >= s.closes_at)
    ):
        return "open"  # a rolling window takes applications whether or not the mentoring has started
    if s.starts_at and s.starts_at <= now:
        if s.ends_at:
            return "running"
        return "ended" if s.cohort.outcomes else "started"  # outcomes are only written once it has run
    if s.cohort.outcomes:  # it has run, though the file gives no dates
        return "ended"
    window = sign_up and (sign_up.opens or sign_up.deadline or sign_up.rolling)
    if window:
        if s.opens_at and now < s.opens_at:
            return "upcoming"
        if s.closes_at and now >= s.closes_at:
            return "closed"
        return "open"
    if sign_up and sign_up.stated:
        return "stated"  # what the source said, when it said it: not a state at `now`
    if scheme.roles and all(r.join.method == "invitation" for r in scheme.roles):
        return "invitation"
    return "undated"


def role_state(role: Role, state: CohortState) -> RoleState:
    """Whether `role` can apply to the cohort in `state`."""
    if role.join.method == "invitation":
        return "invitation"
    if state.has_run:
        return "closed"
    if state.phase in ("upcoming", "open", "closed"):
        return state.phase  # type: ignore[return-value]
    return "unannounced"


def current_cohort(states: list[CohortState]) -> CohortState | None:
    """The cohort sign-up and status speak of: one taking applications (the soonest to close), else the next to
    open, else the one running, else the last in the file."""
    taking = [s for s in states if s.phase == "open"]
    if taking:  # the one closing soonest is the one a reader must not miss; rolling windows come last
        return min(taking, key=lambda s: (s.closes_at is None, s.closes_at.timestamp() if s.closes_at else 0.0))
    opening = [s for s in states if s.phase == "upcoming" and s.opens_at]
    if opening:
        return min(opening, key=lambda s: s.opens_at.timestamp() if s.opens_at else 0.0)
    running = [s for s in states if s.phase == "running"]
    if running:
        return running[-1]
    return states[-1] if states else None
