"""Each cohort's state at the build's "now", computed once and handed to every output.

A cohort is in one phase and each role has one window: the change to its sign-up in force at "now", read
from the cohort's `opens`/`deadline`/`rolling` and its `history`. Absent fields mean "not stated": a cohort
with no window is never taken to be upcoming, one that has run is never taking applications, and what a source
said without dates is given as said, with its date, never as the state today.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Literal
from zoneinfo import ZoneInfo

from schemebook.model import Change, Cohort, Role, Scheme, SignUp, When
from schemebook.model.scheme import STANDING
from schemebook.when.overrides import role_in_cohort
from schemebook.when.timeline import after, all_over, cohort_end, exact, resolve, worded_over

Phase = Literal["upcoming", "open", "closed", "running", "started", "ended", "stated", "undated", "invitation"]
"""A cohort's phase: applications to come, open or closed; mentoring running, started or ended; what a source
said without dates; no dates at all; or every role by invitation."""

RoleState = Literal["upcoming", "open", "closed", "invitation", "unannounced", "postponed", "interest", "none"]
"""Whether a role can apply to a cohort. `unannounced`: no window is given (or the source said none was yet)."""


@dataclass(frozen=True)
class Window:
    """One role's sign-up for one cohort at one instant."""

    state: RoleState
    opens_at: datetime | None = None
    """When applications open (for `upcoming`, and `open` when the file says)."""
    closes_at: datetime | None = None
    """The instant past the deadline, when the file gives one."""
    change: Change | None = None
    """The change in force, or (for `upcoming`) the one to come."""
    extended_from: When | None = None
    """The deadline an extension replaced."""
    said: bool = False
    """True when the state is what a source said without dates (`as_of`), not computed from dates."""
    close_unstated: bool = False
    """A window whose opening the file gives and whose close it does not (and not `rolling`): open since then as
    far as the file says, which is not "at any time" and not "open now". It belongs to its cohort's time: once
    the cohort has ended, or a later cohort has begun, it is over (`closed`, with no date of closing)."""
    cohort_only: bool = False
    """A window the file gives for the cohort without naming this role: the sign-up names no roles, and the role's
    way in is not stated, so nothing says the role applies in it; pages word it as the cohort's window."""


@dataclass(frozen=True)
class CohortState:
    """One cohort's state at one instant, and each role's window."""

    cohort: Cohort
    phase: Phase
    starts_at: datetime | None
    ends_at: datetime | None
    """The instant past the mentoring's end, when it is known."""
    windows: dict[str, Window] = field(default_factory=dict)
    """Each role's window, by role id."""
    passed: bool = False
    """True when the cohort has events, every one dated and over: what its status says beside its own dates."""

    @property
    def has_run(self) -> bool:
        """Whether the mentoring has started or ended (so its sign-up is over unless a window is still open)."""
        return self.phase in ("running", "started", "ended")

    @property
    def window(self) -> Window | None:
        """The window the scheme's status speaks of: an open one, else one to come, else the first."""
        for state in ("open", "upcoming", "closed"):
            found = [w for w in self.windows.values() if w.state == state]
            if found:
                return min(found, key=_soonest)
        applying = [w for w in self.windows.values() if w.state != "invitation"]
        return applying[0] if applying else None

    @property
    def opens_at(self) -> datetime | None:
        """When the status's window opens."""
        return self.window.opens_at if self.window else None

    @property
    def closes_at(self) -> datetime | None:
        """When the status's window closes."""
        return self.window.closes_at if self.window else None


def _soonest(w: Window) -> float:
    moment = w.closes_at or w.opens_at
    return moment.timestamp() if moment else float("inf")


def concerns(sign_up: SignUp, role_id: str) -> bool:
    """Whether the sign-up's own window (and each change naming no roles) is for `role_id`: every role when
    `sign_up.roles` names none, else only the roles it names."""
    return not sign_up.roles or role_id in sign_up.roles


def changes(sign_up: SignUp | None, role_id: str) -> list[Change]:
    """The changes to one role's window, oldest first: the `opens`/`deadline`/`rolling` window, then `history`."""
    if sign_up is None:
        return []
    mine = concerns(sign_up, role_id)
    first = []
    if mine and (sign_up.opens or sign_up.deadline or sign_up.rolling):
        first = [Change(state="open", on=sign_up.opens, until=sign_up.deadline)]
    return first + [c for c in sign_up.history if (role_id in c.roles if c.roles else mine)]


def _cohort_only(role: Role, sign_up: SignUp | None, change: Change | None) -> bool:
    """Whether nothing names `role` for `change`: no way in stated, no entry in `sign_up.roles`, none in the change."""
    unstated = role.join.method is None and role.join.then is None
    named = bool(sign_up and role.id in sign_up.roles) or bool(change and role.id in change.roles)
    return change is not None and unstated and not named


def window(role: Role, sign_up: SignUp | None, now: datetime, zone: ZoneInfo) -> Window:
    """One role's window at `now`: the last change that has taken effect, or the next one to open."""
    if not role.join.applies:
        return Window("invitation")
    found = changes(sign_up, role.id)
    rolling = bool(sign_up and sign_up.rolling)
    current: Change | None = None
    coming: Change | None = None
    extended_from: When | None = None
    for change in found:
        if change.on is not None and exact(change.on, zone) > now:
            coming = change
            break
        if change.state == "extended" and current is not None and current.until is not None:
            extended_from = current.until
        current = change
    if coming is not None and coming.state in ("open", "extended") and (current is None or current.state != "open"):
        opens = exact(coming.on, zone) if coming.on else None
        cohort_only = _cohort_only(role, sign_up, coming)
        return Window("upcoming", opens, _past(coming.until, zone), coming, cohort_only=cohort_only)
    if current is None:
        return Window("unannounced")
    found_window = _in_force(current, extended_from, rolling and current is found[0], now, zone)
    return replace(found_window, cohort_only=_cohort_only(role, sign_up, current))


def _past(when: When | None, zone: ZoneInfo) -> datetime | None:
    return after(when, zone) if when is not None else None


def _in_force(change: Change, extended_from: When | None, rolling: bool, now: datetime, zone: ZoneInfo) -> Window:
    opens = exact(change.on, zone) if change.on else None
    closes = _past(change.until, zone)
    said = change.on is None and change.until is None and not rolling
    if change.state in ("open", "extended"):
        if said:
            return Window("unannounced", change=change, said=True)  # "is recruiting", as of its source
        state: RoleState = "closed" if closes and now >= closes else "open"
        unstated = closes is None and not rolling and opens is not None
        return Window(state, opens, closes, change, extended_from, close_unstated=unstated)
    if change.state == "closed":
        return Window("closed", None, opens, change, said=change.on is None)
    if change.state in ("not-announced", "recurring", "opening"):
        return Window("unannounced", change=change, said=True)
    return Window(change.state, change=change, said=change.on is None)


def cohort_state(scheme: Scheme, cohort: Cohort, now: datetime, zone: ZoneInfo) -> CohortState:
    """The state of `cohort` at `now`, with each role's window."""
    roles = [role_in_cohort(role, cohort) for role in scheme.roles]
    starts = exact(cohort.start, zone) if cohort.start else None
    ends = _past(cohort_end(cohort), zone)
    others = [c for c in scheme.runs if c.id != cohort.id]
    windows = {
        role.id: _within_its_time(window(role, cohort.sign_up, now, zone), ends, others, now, zone) for role in roles
    }
    phase = _phase(cohort, windows, starts, ends, now)
    return CohortState(cohort, phase, starts, ends, windows, _events_over(cohort, now, zone))


def _events_over(cohort: Cohort, now: datetime, zone: ZoneInfo) -> bool:
    """Whether the cohort has events and every one is over: dated and past, or worded in words that name only past
    times ("Fall/ Winter 2025-2026")."""
    events = resolve(cohort)
    dated = [d for d in events if d.start]
    worded = [d.event.when or "" for d in events if not d.start]
    return bool(events) and (not dated or all_over(dated, now, zone)) and all(worded_over(w, now) for w in worded)


def over_by_events(cohort: Cohort, now: datetime, zone: ZoneInfo) -> bool:
    """Whether the cohort is dated by its events alone, all of them over, and no words of its time name a year
    from `now`'s on: a round known only by what it held ("selection in September 2016"), which nothing can make
    current."""
    if _dated_points(cohort) or cohort.end:
        return False
    years = [int(y) for y in _YEAR.findall(cohort.when or "")]
    return _events_over(cohort, now, zone) and all(y < now.year for y in years)


def _within_its_time(
    found: Window, ends: datetime | None, others: list[Cohort], now: datetime, zone: ZoneInfo
) -> Window:
    """An open window with no close given, over once its cohort has ended or a later cohort has begun: the file
    says when it opened, and nothing of it outlives the cohort it opened for."""
    if found.state != "open" or not found.close_unstated or found.opens_at is None:
        return found
    opened = found.opens_at
    later = [moment for c in others for moment in _dated_moments(c, zone) if moment > opened]
    over = min([*later, *([ends] if ends else [])], default=None)
    if over is None or over > now:
        return found
    return replace(found, state="closed", closes_at=None)


def _dated_points(cohort: Cohort) -> list[When]:
    """Every date a cohort's file gives of its mentoring and sign-up: its start, and each opening and close."""
    sign_up = cohort.sign_up
    points = [cohort.start] if cohort.start else []
    if sign_up is not None:
        points += [p for p in (sign_up.opens, sign_up.deadline) if p]
        points += [p for c in sign_up.history for p in (c.on, c.until) if p]
    return points


def _dated_moments(cohort: Cohort, zone: ZoneInfo) -> list[datetime]:
    return [exact(p, zone) for p in _dated_points(cohort)]


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def has_year(cohort: Cohort) -> bool:
    """Whether anything the file says of the cohort's time names a year: a date, an event's date, what a source
    said and when, or words with a year in them ("July 2022"). A cohort without one ("February intake") recurs or
    is not placed in time, so no date can make it the current one."""
    if _dated_points(cohort) or cohort.end or any(d.start for d in resolve(cohort)):
        return True
    changes = cohort.sign_up.history if cohort.sign_up else []
    if any(c.as_of for c in changes):
        return True
    words = [cohort.when, *(e.when for e in cohort.events), *(c.when for c in changes)]
    return any(_YEAR.search(w) for w in words if w)


def ran(cohort: Cohort) -> bool:
    """Whether the file says the cohort ran to its end (`outcomes.completed` or `pairs_completed`); a summary in
    words, or counts of who took part, do not say so."""
    return cohort.outcomes is not None and cohort.outcomes.ran


def began(cohort: Cohort) -> bool:
    """Whether the file says people took part in the cohort (see `Outcomes.began`)."""
    return cohort.outcomes is not None and cohort.outcomes.began


def past_by_words(cohort: Cohort, now: datetime) -> bool:
    """Whether the cohort's time is given only in the source's words (`when`), and every year those words name is
    before `now`'s year ("the academic year 2016-2017" read in 2026): nothing can make it current or to come."""
    if _dated_points(cohort) or cohort.end or not cohort.when or any(d.start for d in resolve(cohort)):
        return False
    years = [int(y) for y in _YEAR.findall(cohort.when)]
    return bool(years) and max(years) < now.year


def _phase(
    cohort: Cohort, windows: dict[str, Window], starts: datetime | None, ends: datetime | None, now: datetime
) -> Phase:
    states = {w.state for w in windows.values()}
    if ends and ends <= now:
        return "ended"
    if "open" in states:
        return "open"  # applications still taken, whether or not the mentoring has started
    if starts and starts <= now:
        if ends:
            return "running"
        return "ended" if ran(cohort) else "started"
    if ran(cohort) and starts is None:  # it has run, though the file gives no dates
        return "ended"
    if "upcoming" in states:
        return "upcoming"
    if "closed" in states and any(w.closes_at or w.close_unstated for w in windows.values()):
        return "closed"
    if any(w.said or w.state in ("postponed", "interest", "none", "closed") for w in windows.values()):
        return "stated"
    if states == {"invitation"}:
        return "invitation"
    return "undated"


def role_state(role: Role, state: CohortState) -> RoleState:
    """Whether `role` can apply to the cohort in `state`: its window, closed once the cohort has run."""
    found = state.windows.get(role.id, Window("unannounced"))
    if state.has_run and found.state not in ("open", "invitation"):
        return "closed"
    return found.state


def current_cohort(states: list[CohortState]) -> CohortState | None:
    """The cohort sign-up and status speak of: one taking applications (the soonest to close), else the next to
    open, else the one running, else the last in the file (the scheme's standing sign-up, when it has one, comes
    last, so a dated cohort open or about to open is spoken of first)."""
    dated = [s for s in states if s.cohort.id != STANDING]
    standing = [s for s in states if s.cohort.id == STANDING]
    if standing and not any(s.phase in ("open", "upcoming") for s in dated):
        return standing[0]
    states = dated
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
