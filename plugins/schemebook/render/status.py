"""A scheme's status in words, from its current cohort's state: the one sentence home, overview and data share."""

from __future__ import annotations

from dataclasses import dataclass
from zoneinfo import ZoneInfo

from schemebook.model import Change, When
from schemebook.render import text
from schemebook.when.state import CohortState, Phase
from schemebook.when.timeline import cohort_end


@dataclass(frozen=True)
class Status:
    """A scheme's state in one word (for data attributes) and in a sentence (for readers)."""

    state: Phase
    label: str
    opens: str = ""
    """When an upcoming status opens, ISO 8601 with offset, for the page script."""
    closes: str = ""
    """When an open status ends, ISO 8601 with offset, for the page script."""
    open_label: str = ""
    """What the status reads once `opens` has passed."""
    closed_label: str = ""
    """What the status reads once `closes` has passed."""


def scheme_status(state: CohortState, title: str, zone: ZoneInfo, noun: str = "applications") -> Status:
    """The status sentence for a scheme whose current cohort is in `state`; `title` names the cohort when the
    scheme has several, and `noun` is what its sign-ups are called ("registrations")."""
    cohort, window = state.cohort, state.window
    change = window.change if window else None
    prefix = f"{title}: " if title else ""
    deadline = change.until if change else None
    opens = change.on if change else None
    until = f" until {text.moment(deadline, zone)}" if deadline else ""
    extended = f" (extended from {text.moment(window.extended_from, zone)})" if window and window.extended_from else ""
    open_label = text.capital(f"{prefix}{noun} open{until}{extended}")
    closed_label = text.capital(f"{prefix}{noun} closed" + (f" on {text.moment(deadline, zone)}" if deadline else ""))
    instants = {
        "opens": state.opens_at.isoformat() if state.opens_at else "",
        "closes": state.closes_at.isoformat() if state.closes_at else "",
    }
    if state.phase == "open":
        return Status("open", open_label, closed_label=closed_label, **instants)
    if state.phase == "upcoming" and opens:
        label = text.capital(prefix + f"{noun} open on {text.moment(opens, zone)}")
        return Status("upcoming", label, open_label=open_label, closed_label=closed_label, **instants)
    if state.phase == "closed":
        closed = (
            closed_label
            if deadline or not (change and change.on)
            else closed_label + f" on {text.moment(change.on, zone)}"
        )
        starts = f"; mentoring starts {_at(cohort.start)}" if cohort.start else ""
        return Status("closed", closed + starts)
    end = cohort_end(cohort)
    if state.phase == "running" and cohort.start and cohort.end:
        return Status(
            "running", text.capital(prefix + f"running now, {text.day(cohort.start)} to {text.day(cohort.end)}")
        )
    if state.phase == "running" and cohort.start:
        running = f"running now; it started {_at(cohort.start)} and runs for {cohort.length}"
        return Status("running", text.capital(prefix + running))
    if state.phase == "started" and cohort.start:
        return Status("started", text.capital(prefix + f"started {_at(cohort.start)}; no end date given"))
    if state.phase == "ended":
        if cohort.start and cohort.end:
            ran = f"ended; it ran from {text.day(cohort.start)} to {text.day(cohort.end)}"
            return Status("ended", text.capital(prefix + ran))
        if cohort.start and cohort.length:
            ran = f"ended; it started {_at(cohort.start)} and ran for {cohort.length}"
            return Status("ended", text.capital(prefix + ran))
        if cohort.start:
            return Status("ended", text.capital(prefix + f"has run; it started {_at(cohort.start)}"))
        if end:
            return Status("ended", text.capital(prefix + f"ended {_at(end)}"))
        return Status("ended", text.capital(prefix + "has run; no dates given"))
    if state.phase == "stated" and change:
        return Status("stated", text.capital(prefix + stated_sentence(change)))
    if state.phase == "invitation":
        return Status("invitation", text.capital(prefix + "no public sign-up"))
    return Status("undated", text.capital(prefix + "no dates given"))


def _at(when: When) -> str:
    """ "on Monday 3 February 2020" for a day, "in March 2020" for a month or year."""
    return f"{'on' if when.day else 'in'} {text.day(when)}"


_STATED = {
    "open": "applications were open",
    "extended": "the deadline for applications had been extended",
    "closed": "applications were closed",
    "postponed": "recruitment was postponed",
    "not-announced": "no dates for applications had been announced",
    "interest": "interest was being taken for a later round",
    "none": "there was no public sign-up",
}


_WORDED = {"open": "until", "extended": "to", "interest": "from"}
"""How a date worded by the source (`when`) joins each state: a deadline for open and extended windows."""


def stated_sentence(change: Change) -> str:
    """What a source said of applications, dated by the source: "as of Wednesday 14 July 2021, applications were
    open"; an undated source is said to be undated."""
    said = _STATED[change.state]
    if change.when:
        said += f" {_WORDED.get(change.state, 'on')} {change.when} (as the source gives it)"
    because = f" ({change.reason})" if change.reason else ""
    if change.as_of or change.on:
        return f"as of {text.day(change.as_of or change.on)}, {said}{because}"
    return f"an undated source said {said}{because}"


_RECORDED = {
    "open": "open",
    "extended": "deadline extended",
    "closed": "closed",
    "postponed": "postponed",
    "not-announced": "no dates announced",
    "interest": "interest taken for a later round",
    "none": "no public sign-up",
}


def recorded_sentence(change: Change, zone: ZoneInfo, roles: str) -> str:
    """One change as the file records it, for a cohort's sign-up history: "Open from Monday 13 January 2020 until
    5pm on Monday 3 February 2020 (for mentors)"."""
    words = [_RECORDED[change.state]]
    if change.on:
        words.append(f"{'from' if change.state in ('open', 'interest') else 'on'} {text.moment(change.on, zone)}")
    if change.until:
        words.append(f"{'to' if change.state == 'extended' else 'until'} {text.moment(change.until, zone)}")
    if change.when:
        words.append(f"{_WORDED.get(change.state, 'on')} {change.when} (as the source gives it)")
    if change.as_of:
        words.append(f"(as of {text.day(change.as_of)})")
    if change.reason:
        words.append(f"({change.reason})")
    if roles:
        words.append(f"(for {roles})")
    return text.capital(" ".join(words))
