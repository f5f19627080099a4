"""A scheme's status in words, from its current cohort's state: the one sentence home, overview and data share."""

from __future__ import annotations

import re
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from schemebook.model import Change, Cohort, When
from schemebook.model.status import SchemeStatus
from schemebook.render import phrases, text
from schemebook.when.state import CohortState, Phase, began, ran
from schemebook.when.timeline import cohort_end, resolve, worded_order

UNDATED = "an undated source said"
"""How a page says what a source gave with no date, of its own or the source's."""


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


def scheme_status(
    state: CohortState,
    title: str,
    zone: ZoneInfo,
    noun: str = "applications",
    said_by: str = UNDATED,
    whose: str = "",
) -> Status:
    """The status sentence for a scheme whose current cohort is in `state`; `title` names the cohort when the
    scheme has several, `noun` is what its sign-ups are called ("registrations"), `said_by` who said a standing
    sign-up (see `attribution`) and `whose` the roles its window is limited to ("Mentees"), named after it."""
    cohort, window = state.cohort, state.window
    change = window.change if window else None
    prefix = f"{title}: " if title else ""
    roles = f" (roles: {whose})" if whose else ""
    deadline = change.until if change else None
    opens = change.on if change else None
    until = f" until {text.moment(deadline, zone)}" if deadline else ""
    extended = f" (extended from {text.moment(window.extended_from, zone)})" if window and window.extended_from else ""
    open_label = text.capital(f"{prefix}{noun} open{until}{extended}")
    if window and window.close_unstated and opens:
        open_label = text.capital(prefix + opened_sentence(opens, noun))
    elif window and window.state == "open" and not deadline and not window.said:
        open_label = text.capital(prefix + standing_sentence(noun, said_by))  # rolling: no dates make it so today
    open_label += roles
    closed_label = text.capital(f"{prefix}{noun} closed" + (f" on {text.moment(deadline, zone)}" if deadline else ""))
    instants = {
        "opens": state.opens_at.isoformat() if state.opens_at else "",
        "closes": state.closes_at.isoformat() if state.closes_at else "",
    }
    if state.phase == "open":
        return Status("open", open_label, closed_label=closed_label + roles, **instants)
    if state.phase == "upcoming" and opens:
        label = text.capital(prefix + f"{noun} open on {text.moment(opens, zone)}") + roles
        return Status("upcoming", label, open_label=open_label, closed_label=closed_label + roles, **instants)
    if state.phase == "closed":
        if window and window.close_unstated and opens:  # over with its cohort's time, on no date the file gives
            closed = text.capital(prefix + opened_sentence(opens, noun))
        elif deadline or not (change and change.on):
            closed = closed_label
        else:
            closed = closed_label + f" on {text.moment(change.on, zone)}"
        starts = f"; mentoring starts {text.at(cohort.start)}" if cohort.start else ""
        return Status("closed", closed + roles + starts)
    end = cohort_end(cohort)
    # Dates say when the mentoring was planned; that it is running, or has started, only the file's record says.
    begun = began(cohort)
    if state.phase == "running" and cohort.start and cohort.end:
        span = text.period(cohort.start, cohort.end)
        # its start has passed: a plan the file does not say was carried out is said in the past tense
        return Status(
            "running", text.capital(prefix + (f"running now, {span}" if begun else f"was planned to run {span}"))
        )
    if state.phase == "running" and cohort.start:
        length = phrases.span(cohort.length) if cohort.length else ""
        running = (
            f"running now; it started {text.at(cohort.start)} and runs for {length}"
            if begun
            else f"was planned to start {text.at(cohort.start)} and to run for {length}"
        )
        return Status("running", text.capital(prefix + running))
    if state.phase == "started" and cohort.start:
        started = f"started {text.at(cohort.start)}" if begun else f"was planned to start {text.at(cohort.start)}"
        if cohort.length:  # a length that is not exact gives no end date, but is said as written
            started += f" and {'runs' if begun else 'to run'} for {phrases.span(cohort.length)}"
        # an end not given, though the timeline's last dates have passed, is no reason to think it still runs
        over = "the dates on the timeline have all passed" if state.passed else "no end date given"
        return Status("started", text.capital(prefix + f"{started}; {over}"))
    if state.phase == "ended":
        return Status("ended", text.capital(prefix + past_sentence(cohort, end)))
    if state.phase == "stated" and change:
        return Status("stated", text.capital(prefix + stated_sentence(change, said_by=said_by, roles=whose)))
    if state.phase == "invitation":
        return Status("invitation", text.capital(prefix + "no public sign-up"))
    return Status("undated", text.capital(prefix + undated_sentence(cohort, state.passed)))


def undated_sentence(cohort: Cohort, passed: bool = False) -> str:
    """A cohort with no sign-up to speak of and no mentoring begun: the dates of its mentoring the file gives
    (which the timeline does not hold), then "other dates are on the timeline" only when its events have some,
    and that they have all passed when they have (`passed`); "no dates given" only when nothing is dated."""
    own = _planned(cohort)
    if passed:
        return f"{own}; the dates on the timeline have all passed" if own else "the dates given have all passed"
    if timeline_dated(cohort):
        return f"{own}; other dates are on the timeline" if own else "the dates given are on the timeline"
    return own or "no dates given"


def _planned(cohort: Cohort) -> str:
    """The mentoring's dates, from `start`, `end` or `length`, or the source's words in `when` as a labelled fact
    ("the 2025-2026 academic year, as the source words it"); empty without them."""
    end = cohort_end(cohort)
    if cohort.start and end:
        return f"planned to run from {text.day(cohort.start)} to {text.day(end)}"
    if cohort.start:
        return f"planned to start {text.at(cohort.start)}"
    if end:
        return f"planned to end {text.at(end)}"
    if cohort.when:  # the source's words are a fact, never a plan: "2016-2017" read in 2026 is no plan
        return f"{phrases.worded_date(cohort.when)}, as the source words it"
    return f"planned to run for {phrases.span(cohort.length)}" if cohort.length else ""


def timeline_dated(cohort: Cohort) -> bool:
    """Whether any of the cohort's timeline entries has a date or a worded one naming a month or year, so that
    "no dates given" would contradict its timeline."""
    return any(d.start or worded_order(d.event.when or "") for d in resolve(cohort))


def past_sentence(cohort: Cohort, end: When | None) -> str:
    """A cohort whose dates have passed, from `start`, `end` or `length`, and its `outcomes`: "ended; it
    ran from ..." only when the file says it ran to its end (see `state.ran`), otherwise what was planned ("was
    planned to run from ..."); a length without a start is said as a length ("was planned to run for 18 months")."""
    done = ran(cohort)
    # people took part (pairs matched, participants counted), though no record says when, or that it ran to its end
    begun = "began; it " if began(cohort) and not done else ""
    if cohort.start and cohort.end:
        span = text.period(cohort.start, cohort.end)
        return f"ended; it ran {span}" if done else f"{begun}was planned to run {span}"
    if cohort.start and cohort.length:
        length = phrases.span(cohort.length)
        if done:
            return f"ended; it started {text.at(cohort.start)} and ran for {length}"
        return f"{begun}was planned to start {text.at(cohort.start)} and to run for {length}"
    if cohort.start:
        started = text.at(cohort.start)
        return f"has run; it started {started}" if done else f"was planned to start {started}"
    if end:
        return f"ended {text.at(end)}" if done else f"was planned to end {text.at(end)}"
    if cohort.when:  # dated in the source's words, which no "no dates given" may contradict
        length = f", for {phrases.span(cohort.length)}" if cohort.length else ""
        worded = f"{phrases.worded_date(cohort.when)}, as the source words it{length}"
        return f"has run ({worded})" if done else worded
    if cohort.length:  # a length alone gives no dates, so none is worked out from it
        length = phrases.span(cohort.length)
        dates = "the dates given are on the timeline" if timeline_dated(cohort) else "no dates are given"
        return f"has run; it ran for {length}, and {dates}" if done else f"was planned to run for {length}"
    if timeline_dated(cohort):  # its events' dates, which no "no dates given" may contradict
        return "has run; the dates given are on the timeline" if done else "the dates given are on the timeline"
    return "has run; no dates given" if done else "no dates given"


def run_sentence(state: CohortState) -> str:
    """What a cohort whose mentoring has begun did, as far as the file says: "ended; it ran from ...", "has
    started", or (when the file only gives the plan) "was planned to run from ..." or "was planned to start ..."."""
    cohort = state.cohort
    if state.phase == "ended":
        return past_sentence(cohort, cohort_end(cohort))
    return f"was planned to start {text.at(cohort.start)}" if cohort.start and not began(cohort) else "has started"


def attribution(source_dates: list[str], every_source_dated: bool) -> str:
    """Who said what the file gives without a date of its own, from `sources[].date`: "an undated source said",
    "a source dated 13 January 2020 said", or "a source said" when only some sources are dated."""
    if not source_dates:
        return UNDATED
    if every_source_dated:
        return f"a source dated {phrases.listed(source_dates, 'or')} said"
    return "a source said"


def stopped_sentence(status: SchemeStatus | None) -> str:
    """What a source said became of a scheme or a part of it: "Ended as of 3 May 2024: the organisation closed";
    empty when it gives none, or says it runs."""
    if status is None or status.state == "running":
        return ""
    as_of = f" as of {text.day(status.as_of, weekday=False)}" if status.as_of else ""
    return f"{status.state.capitalize()}{as_of}" + (f": {status.reason}" if status.reason else "")


def running_sentence(status: SchemeStatus | None) -> str:
    """What a dated source said of a scheme or a part of it still running: "Said to be running as of May 2025";
    empty when it says nothing of it."""
    if status is None or status.state != "running" or status.as_of is None:
        return ""
    return f"Said to be running as of {text.day(status.as_of, weekday=False)}"


def standing_sentence(noun: str, said_by: str) -> str:
    """A standing (`rolling`) sign-up, as what a source said rather than as today's state: "an undated source
    said applications were taken at any time"."""
    return f"{said_by} {noun} were taken at any time"


def opened_sentence(opens: When, noun: str = "applications") -> str:
    """An opening the file gives with no close: "applications opened in January 2026; no closing date is given, so
    whether they are still open is not known", true whenever it is read, where "open" would claim the present."""
    return f"{noun} opened {text.at(opens)}; no closing date is given, so whether they are still open is not known"


_STATED = {
    "open": "applications were open",
    "extended": "the deadline for applications had been extended",
    "closed": "applications were closed",
    "postponed": "recruitment was postponed",
    "not-announced": "no dates for applications had been announced",
    "interest": "interest was being taken",
    "none": "there was no public sign-up",
    "recurring": "applications were taken",
    "opening": "applications were to open",
}


_WORDED = {"open": "until", "extended": "to", "interest": "from"}
"""How a date worded by the source (`when`) joins each state: a deadline for open and extended windows."""


_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_BARE_DATE = re.compile(
    rf"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:{_DAY}\s+(?:of\s+)?{_MONTH}|{_MONTH}\s+{_DAY})"
    r"(?:,?\s+\d{4})?(?:,?\s+(?:at\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm)?)?$",
    re.I,
)
"""A day written as a date and nothing else ("Friday 19th February", "30 November", "July 31, 2020 at 5pm"): the
only words a state's own joining word ("until") may stand before."""
_OWN_PREPOSITION = re.compile(r"^(?:from|until|till|to|by|between|in|on|during|over|since|before|after|at)\b", re.I)
"""Words that bring their own joining word ("from 1 to 28 February", "in autumn 2024"), which is kept."""


def _joined_to(change: Change) -> str:
    """The word that joins a date worded by the source to its state: none when the words bring their own ("open
    from 1 to 28 February", "to open in autumn 2024"), the state's own when they are a day and nothing else ("until
    Friday 19th February"), otherwise a comma, so that how often ("June / July each year") or words about the call
    ("launched in March") are never read as a deadline."""
    words = (change.when or "").strip()
    if change.state == "recurring" or _OWN_PREPOSITION.match(words):  # "taken twice a year", "open from 1 May"
        return ""
    if not _BARE_DATE.match(words):
        return ","
    return f" {_WORDED.get(change.state, 'on')}"


def stated_sentence(change: Change, cohort: str = "", said_by: str = UNDATED, roles: str = "") -> str:
    """What a source said of applications, dated by the source: "as of Wednesday 14 July 2021, applications were
    open"; a change the file does not date is said by `said_by` (see `attribution`). Interest is said to be taken
    for `cohort`, the one the file puts it in, when that is named; `roles` names whom it was for, in the brackets
    of a worded date when one ends the sentence."""
    said = _STATED[change.state]
    if change.state == "interest" and cohort:
        said += f" for {phrases.the(cohort) + ' ' if phrases.the(cohort) else ''}{cohort}"
    whose = f"roles: {roles}" if roles else ""
    if change.when:
        said += f"{_joined_to(change)} {phrases.as_given(change.when, '' if change.reason else whose)}"
    notes = [n for n in (change.reason, whose if change.reason or not change.when else "") if n]
    because = "".join(f" ({n})" for n in notes)
    if change.as_of or change.on:
        return f"as of {text.day(change.as_of or change.on)}, {said}{because}"
    return f"{said_by} {said}{because}"


_RECORDED = {
    "open": "open",
    "extended": "deadline extended",
    "closed": "closed",
    "postponed": "postponed",
    "not-announced": "no dates announced",
    "interest": "interest taken",
    "none": "no public sign-up",
    "recurring": "taken",
    "opening": "to open",
}


def recorded_sentence(change: Change, zone: ZoneInfo, roles: str, said_by: str = UNDATED) -> str:
    """One change as the file records it, for a cohort's sign-up history: "Open from Monday 13 January 2020 until
    5pm on Monday 3 February 2020 (roles: mentors)"; one the file gives no date for is what a source said ("An
    undated source said applications were open (roles: mentors)"), never a state that reads as today's."""
    if not (change.on or change.until or change.as_of):
        return text.capital(stated_sentence(change, said_by=said_by, roles=roles))
    words = [_RECORDED[change.state]]
    if change.on:
        words.append(f"{'from' if change.state in ('open', 'interest') else 'on'} {text.moment(change.on, zone)}")
    if change.until:
        words.append(f"{'to' if change.state == 'extended' else 'until'} {text.moment(change.until, zone)}")
    last = not (change.as_of or change.reason)
    if change.when:
        words[-1] += (
            f"{_joined_to(change)} {phrases.as_given(change.when, f'roles: {roles}' if roles and last else '')}"
        )
    if change.as_of:
        words.append(f"(as of {text.day(change.as_of)})")
    if change.reason:
        words.append(f"({change.reason})")
    if roles and not (change.when and last):
        words.append(f"(roles: {roles})")
    return text.capital(" ".join(words))
