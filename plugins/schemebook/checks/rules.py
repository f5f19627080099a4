"""Checks across fields: ids unique, references resolve, dates in order, local times real."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from schemebook.checks import date_bounds
from schemebook.checks.checker import Checker
from schemebook.checks.costs import check_costs, check_pay
from schemebook.checks.links import link_problems
from schemebook.checks.providers import PrefillError, prefilled
from schemebook.checks.shapes import check_shape
from schemebook.model import Application, Cohort, Event, Places, Scheme, SignUp, Training, When
from schemebook.read import size_limits
from schemebook.read.errors import Level, SchemeError
from schemebook.read.loading import Document, Loc
from schemebook.when.timeline import (
    COHORT_ANCHORS,
    SIGN_UP_EVENTS,
    clock_change_within,
    cohort_end,
    end_of,
    event_start,
)

PAGE_FOLDERS = ("faq", "timeline", "themes", "support", "sign-up", "evaluation", "files")
"""Addresses of a scheme's own pages and files; a role's handbook is at its id, so no role may take one of them."""


def check(doc: Document, scheme: Scheme, data_root: Path | None = None) -> list[SchemeError]:
    """Every cross-field problem in one scheme; document files are looked for under `data_root`."""
    if beyond := size_limits.problems(doc, scheme) + date_bounds.problems(doc, scheme):
        return beyond  # the checks below compute these dates
    c = Checker(doc, scheme)
    c.problems += link_problems(doc, scheme)
    c.unique(("roles",), c.role_ids, "role")
    for i, role_id in enumerate(c.role_ids):
        if role_id in PAGE_FOLDERS:
            c.error(("roles", i, "id"), f"the role id `{role_id}` is the address of a scheme page", "choose another id")
    c.unique(("contacts",), c.contact_ids, "contact")
    c.unique(("cohorts",), c.cohort_ids, "cohort")
    c.unique(("themes",), (t.id for t in scheme.themes), "theme")
    c.unique(("sources",), (s.id for s in scheme.sources), "source")
    # One training for several roles (a briefing for everyone) is written under each role with the same id and
    # the same details; an id given to two different trainings is a mistake.
    seen: dict[str, Training] = {}
    for i, role in enumerate(scheme.roles):
        c.unique(("roles", i, "training"), (t.id for t in role.training), "training")
        for j, training in enumerate(role.training):
            if seen.setdefault(training.id, training) != training:
                hint = "give one of them another id, or the same details where it is one training for both roles"
                c.error(("roles", i, "training", j, "id"), f"the training id `{training.id}` is used twice", hint)
    _check_guidance(c)
    check_costs(c)
    check_pay(c)
    for index, cohort in enumerate(scheme.cohorts):
        _check_cohort(c, ("cohorts", index), cohort)
    for loc, part in [((), scheme), *((("strands", i), strand) for i, strand in enumerate(scheme.strands))]:
        if part.places is not None:
            _check_places(c, (*loc, "places"), part.places)
    if scheme.sign_up is not None:
        _check_sign_up(c, ("sign_up",), scheme.runs[-1])
    check_shape(c, data_root)
    return c.problems


def _check_guidance(c: Checker) -> None:
    scheme = c.scheme
    if scheme.support:
        for i, step in enumerate(scheme.support.escalation):
            c.refers(("support", "escalation", i, "contact"), step.contact, c.contact_ids, "contact")
        for group in ("wellbeing", "safeguarding", "peer_support"):
            for i, service in enumerate(getattr(scheme.support, group)):
                c.refers(("support", group, i, "contact"), service.contact, c.contact_ids, "contact")
                c.refers_all(("support", group, i, "roles"), service.roles, c.role_ids, "role")
    for i, entry in enumerate(scheme.faq):
        c.refers_all(("faq", i, "roles"), entry.roles, c.role_ids, "role")
        c.refers(("faq", i, "source"), entry.source, c.source_ids, "source")
    for i, fact in enumerate(scheme.history):
        c.refers(("history", i, "source"), fact.source, c.source_ids, "source")
    for name in ("themes", "documents", "people", "cohorts", "strands", "partners"):
        for i, item in enumerate(getattr(scheme, name)):
            c.refers((name, i, "source"), item.source, c.source_ids, "source")
    for loc, part in _sourced_parts(scheme):
        c.refers((*loc, "source"), part.source, c.source_ids, "source")
    if scheme.meetings:
        c.refers_all(("meetings", "roles"), scheme.meetings.roles, c.role_ids, "role")
    for i, person in enumerate(scheme.people):
        c.refers(("people", i, "takes_part_as"), person.takes_part_as, c.role_ids, "role")
        c.refers(("people", i, "cohort"), person.cohort, c.cohort_ids, "cohort")
    for i, quote in enumerate(scheme.quotes):
        c.refers(("quotes", i, "role"), quote.role, c.role_ids, "role")
        c.refers(("quotes", i, "cohort"), quote.cohort, c.cohort_ids, "cohort")
        c.refers(("quotes", i, "source"), quote.source, c.source_ids, "source")
    evaluation = scheme.evaluation
    if evaluation:
        c.refers(("evaluation", "cohort"), evaluation.cohort, c.cohort_ids, "cohort")
        c.refers_all(("evaluation", "reflective_chats"), evaluation.reflective_chats, c.role_ids, "role")
        for role_id, counts in evaluation.responses.items():
            c.refers(("evaluation", "responses", role_id), role_id, c.role_ids, "role")
            if len(counts) != 2:
                hint = "write them as `[before, after]`, e.g. `[25, 20]`"
                c.error(("evaluation", "responses", role_id), "expected two numbers of responses", hint)


_ROLE_PARTS = ("eligibility", "join", "pay", "cost")
"""The parts of a role (and of a role's entry in a cohort) that may name the source they come from."""
_SCHEME_PARTS = ("meetings", "matching", "support", "cost")
"""The parts of a scheme (and of a cohort) that may name the source they come from."""


def _sourced_parts(scheme: Scheme) -> Iterator[tuple[Loc, Any]]:
    """Every part that may name its source, with where it is: roles, their parts and training, the scheme's parts,
    and the same parts where a cohort or a strand gives its own."""
    for i, role in enumerate(scheme.roles):
        yield ("roles", i), role
        for j, training in enumerate(role.training):
            yield ("roles", i, "training", j), training
    owners: list[tuple[Loc, Any, tuple[str, ...]]] = [((), scheme, _SCHEME_PARTS)]
    owners += [(("roles", i), role, _ROLE_PARTS) for i, role in enumerate(scheme.roles)]
    for name in ("cohorts", "strands"):
        for i, part in enumerate(getattr(scheme, name)):
            owners.append(((name, i), part, _SCHEME_PARTS))
            owners += [((name, i, "roles", j), change, _ROLE_PARTS) for j, change in enumerate(part.roles)]
    for loc, owner, names in owners:
        for name in names:
            if (part := getattr(owner, name, None)) is not None:
                yield (*loc, name), part


def _check_cohort(c: Checker, loc: Loc, cohort: Cohort) -> None:
    c.refers((*loc, "strand"), cohort.strand, [strand.id for strand in c.scheme.strands], "strand")
    if cohort.end is not None and cohort.length is not None:
        c.error((*loc, "length"), "give either `end` or `length`, not both", "remove one of them")
    c.in_order((*loc, "end"), cohort.start, cohort_end(cohort), "the cohort's start", "its end")
    _check_events(c, loc, cohort)
    if cohort.places is not None:
        _check_places(c, (*loc, "places"), cohort.places)
    if cohort.sign_up is not None:
        _check_sign_up(c, (*loc, "sign_up"), cohort)


def _check_sign_up(c: Checker, sloc: Loc, cohort: Cohort) -> None:
    """The sign-up of `cohort` (or of the scheme's standing run), at `sloc`."""
    sign_up = cohort.sign_up
    assert sign_up is not None
    c.refers((*sloc, "contact"), sign_up.contact, c.contact_ids, "contact")
    c.real_time((*sloc, "opens"), sign_up.opens)
    c.real_time((*sloc, "deadline"), sign_up.deadline)
    c.in_order((*sloc, "deadline"), sign_up.opens, sign_up.deadline, "opening", "the deadline")
    c.in_order((*sloc, "deadline"), sign_up.deadline, cohort.start, "the deadline", "the cohort's start")
    if sign_up.rolling and sign_up.deadline is not None:
        c.error((*sloc, "rolling"), "a rolling sign-up has no deadline", "remove `deadline` or `rolling: true`")
    roles = {r.id: r for r in c.scheme.roles}
    _check_window_names_roles(c, sloc, sign_up)
    for role_id, application in sign_up.roles.items():
        aloc = (*sloc, "roles", role_id)
        if role_id not in roles:
            c.refers(aloc, role_id, c.role_ids, "role")
        elif not roles[role_id].join.applies:
            hint = "remove it, or set the role's `join.method` to application, registration or expression-of-interest"
            c.error(aloc, f"`{role_id}` joins by {roles[role_id].join.method}, so it has no application", hint)
        elif application.prefill:
            _check_prefill(c, aloc, application)
    _check_history(c, sloc, sign_up)
    for event in (e for e in cohort.events if e.kind == "training"):
        first = event.options[0].start if event.options else event_start(cohort, event)
        c.in_order((*sloc, "deadline"), sign_up.deadline, first, "the deadline", f"training `{event.id}`")


def _check_window_names_roles(c: Checker, sloc: Loc, sign_up: SignUp) -> None:
    """A window naming no roles is given to every role that says it applies: asked, as a call is often for some."""
    told = [r.id for r in c.scheme.roles if r.join.method and r.join.applies]
    if sign_up.roles or len(told) < 2:
        return
    names = ", ".join(f"`{role_id}`" for role_id in told[:-1]) + f" and `{told[-1]}`"
    hint = f"name the roles the call was for under `roles:` (`{told[0]}: {{}}` says a role applies, nothing more)"
    c.error(sloc, f"this window names no roles, so the pages tell {names} that it is theirs", hint, Level.WARNING)


def _check_places(c: Checker, ploc: Loc, places: Places) -> None:
    """Places name known roles and say something: how many, or how they are given out."""
    for role_id in places.roles:
        c.refers((*ploc, "roles", role_id), role_id, c.role_ids, "role")
    if places.count is None and not places.roles and places.allocation is None:
        hint = "add `count:` (how many, as the source says it), `roles:` or `allocation:`, or remove `places`"
        c.error(ploc, "`places` says nothing", hint)


def _check_history(c: Checker, sloc: Loc, sign_up: SignUp) -> None:
    """Each change names known roles that apply, keeps its dates in order, and an extension has a deadline to move."""
    deadlines: dict[tuple[str, ...], When] = {}
    if sign_up.deadline is not None:
        deadlines[()] = sign_up.deadline
    for i, change in enumerate(sign_up.history):
        hloc = (*sloc, "history", i)
        c.refers_all((*hloc, "roles"), change.roles, c.role_ids, "role")
        invited = [r for r in c.scheme.roles if r.id in change.roles and not r.join.applies]
        if invited:
            said = f"`{invited[0].id}` joins by {invited[0].join.method}, so it has no sign-up"
            c.error((*hloc, "roles"), said, "remove it here")
        c.in_order((*hloc, "until"), change.on, change.until, "the change", "its deadline")
        key = tuple(sorted(change.roles))
        if change.state == "extended":
            if change.until is None:
                if change.when is None:  # a deadline worded without a year moves no date, so it needs no old one
                    hint = "add `until:` with the new deadline (or `when:` as the source words it, if it has no year)"
                    c.error((*hloc, "until"), "an extension needs its new deadline", hint)
            elif key not in deadlines:
                hint = "add the earlier change, with its `until`, before this one"
                c.error((*hloc, "state"), "an extension needs the deadline it replaces", hint)
            else:
                c.in_order((*hloc, "until"), deadlines[key], change.until, "the old deadline", "the new one")
        if change.until is not None:
            deadlines[key] = change.until


def _check_prefill(c: Checker, loc: Loc, application: Application) -> None:
    if application.form is None:
        c.error((*loc, "prefill"), "`prefill` needs a `form` link", "add the form link or remove `prefill`")
        return
    try:
        prefilled(application.form, application.prefill)
    except PrefillError as exc:
        c.error((*loc, "prefill"), str(exc), "remove `prefill`; the form still works without it")


def _check_events(c: Checker, loc: Loc, cohort: Cohort) -> None:
    event_ids = [e.id for e in cohort.events]
    c.unique((*loc, "events"), event_ids, "event")
    anchors = [*COHORT_ANCHORS, *event_ids]
    for i, event in enumerate(cohort.events):
        eloc = (*loc, "events", i)
        if event.id.startswith(SIGN_UP_EVENTS):
            kept = " and ".join(f"`{prefix}...`" for prefix in SIGN_UP_EVENTS)
            c.error(
                (*eloc, "id"),
                f"the id `{event.id}` is kept for the sign-up dates",
                f"ids starting {kept} are kept; choose another id",
            )
        c.refers_all((*eloc, "roles"), event.roles, c.role_ids, "role")
        trainings = [t.id for r in c.scheme.roles if not event.roles or r.id in event.roles for t in r.training]
        c.refers((*eloc, "training"), event.training, trainings, "training")
        c.unique((*eloc, "options"), (o.id for o in event.options), "option")
        if event.start is not None and event.relative_to is not None:
            c.error((*eloc, "relative_to"), "give either `start` or `relative_to`, not both", "remove one of them")
        if event.offset is not None and event.relative_to is None:
            c.error((*eloc, "offset"), "`offset` needs `relative_to`", "say which event it is measured from")
        if event.options and (event.start is not None or event.relative_to is not None):
            c.error((*eloc, "options"), "an event with options takes its dates from them", "remove `start`")
        if event.relative_to is not None:
            c.refers((*eloc, "relative_to"), event.relative_to, anchors, "event")
            if _in_loop(cohort, event.id):
                c.error(
                    (*eloc, "relative_to"),
                    "these events are dated relative to each other in a loop",
                    "date one of them",
                )
        _check_clock_changes(c, eloc, cohort, event)
        for where, start, end in [((*eloc,), event.start, event.end)] + [
            ((*eloc, "options", j), o.start, o.end) for j, o in enumerate(event.options)
        ]:
            c.real_time((*where, "start"), start)
            if start is not None:
                finish = end_of(start, end, None)
                c.real_time((*where, "end"), finish)
                c.in_order((*where, "end"), start, finish, "the start", "the end")


def _check_clock_changes(c: Checker, eloc: Loc, cohort: Cohort, event: Event) -> None:
    """A start reached by an offset must be a real time, and no length in hours may span a clock change."""
    start = event_start(cohort, event) if event.relative_to and not event.options else event.start
    if start is None:
        return
    if event.relative_to:
        c.real_time((*eloc, "offset"), start)
        target = next((e for e in cohort.events if e.id == event.relative_to), None)
        anchor = event_start(cohort, target) if target else None
        if anchor and event.offset and clock_change_within(anchor, event.offset, c.zone):
            hint = "give the event its own `start:` date and time instead of an offset"
            c.error((*eloc, "offset"), f"the clocks change within the {event.offset} of this offset", hint)
    if event.duration and event.duration.exact and clock_change_within(start, event.duration, c.zone):
        hint = "give the time it ends with `end:` instead of `duration:`"
        c.error(
            (*eloc, "duration"), f"the clocks change during this event, so it would not last {event.duration}", hint
        )


def _in_loop(cohort: Cohort, event_id: str) -> bool:
    """Whether following `relative_to` from this event comes back to it."""
    by_id = {e.id: e for e in cohort.events}
    current, seen = by_id[event_id].relative_to, {event_id}
    while current in by_id:
        if current in seen:
            return current == event_id
        seen.add(current)
        current = by_id[current].relative_to
    return False
