"""The site's schemes, dates, eligibility, costs and results as a Frictionless data package (/data/)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from typing import Any

from jinja2 import Environment

from schemebook.model.scheme import STANDING
from schemebook.project.evaluation import COLUMNS, FIELDS
from schemebook.project.site import Site
from schemebook.render import Output
from schemebook.render.text import iso
from schemebook.render.views import SchemeView, scheme_views


def _field(name: str, kind: str, description: str, **extra: Any) -> dict[str, Any]:
    return {"name": name, "type": kind, "description": description, **extra}


SCHEMES = {
    "fields": [
        _field("slug", "string", "The scheme's address under /schemes/"),
        _field("cohort", "string", "The cohort's id"),
        _field("title", "string", "The scheme's name"),
        _field("organisation", "string", "Who runs it"),
        _field("organisation_kind", "string", "What sort of organisation it is, as the source says it"),
        _field("organisation_sector", "string", "The sector the organisation works in, as the source says it"),
        _field("organisation_place", "string", "Where the organisation is, as the source says it"),
        _field("part_of", "string", "The wider programme the scheme belongs to, as the source names it"),
        _field(
            "status",
            "string",
            "The cohort's phase when the site was built: "
            "upcoming, open, closed, running, started, ended, undated or invitation",
        ),
        _field("opening", "string", "When applications open: ISO 8601, to the precision known"),
        _field("deadline", "string", "When applications close: ISO 8601 with offset, to the precision known"),
        _field(
            "contact",
            "string",
            "The name and email of the contact marked primary (the first point of contact); empty when none is",
        ),
    ],
    "primaryKey": ["slug", "cohort"],
}
ROLES = {
    "fields": [
        _field("slug", "string", "The scheme"),
        _field("role", "string", "The role's id"),
        _field("name", "string", "The role's name"),
        _field(
            "joins_by",
            "string",
            "application, registration, expression-of-interest, invitation, nomination, membership, recruitment, "
            "appointment, referral, automatic or contact; empty when the scheme does not say",
        ),
        _field("pay", "string", "What people in the role are paid or given for it, exactly as the source words it"),
        _field("volunteer", "string", "true when the source says the role is voluntary (unpaid), false when paid"),
        _field("takes_on", "string", "How many of another role one person in the role takes on, as the source says"),
        _field("mentors", "string", "The ids of the roles this role mentors, space-separated; empty when not given"),
    ],
    "primaryKey": ["slug", "role"],
}
EVENTS = {
    "fields": [
        _field("slug", "string", "The scheme"),
        _field("cohort", "string", "The cohort"),
        _field("event", "string", "The event's id"),
        _field("option", "string", "For a choose-one-of event, the session's id"),
        _field("title", "string", "What it is"),
        _field("kind", "string", "training, meeting, deadline..."),
        _field("start", "string", "ISO 8601: a date-time with offset, a date, or a month"),
        _field("end", "string", "ISO 8601, as start"),
        _field("when", "string", "When it happens as the source words it, for an event with no full date"),
        _field("roles", "string", "The role ids it is for, space-separated; empty for everyone"),
        _field("location", "string", "Where"),
        _field(
            "status",
            "string",
            "postponed, cancelled or moved-online when the source says so (start is then what was planned); "
            "empty otherwise",
        ),
    ],
    "primaryKey": ["slug", "cohort", "event", "option"],
    "foreignKeys": [{"fields": ["slug", "cohort"], "reference": {"resource": "schemes", "fields": ["slug", "cohort"]}}],
}
ELIGIBILITY = {
    "fields": [
        _field("slug", "string", "The scheme"),
        _field("role", "string", "The role"),
        _field(
            "rule",
            "string",
            "any-of: belonging to one group qualifies; all-of: every requirement must hold; "
            "staff-of, student-of, member-of: staff, students or members of one of these organisations",
        ),
        _field("group", "string", "The group or requirement"),
    ],
    "primaryKey": ["slug", "role", "rule", "group"],
    "foreignKeys": [{"fields": ["slug", "role"], "reference": {"resource": "roles", "fields": ["slug", "role"]}}],
}
COSTS = {
    "fields": [
        _field("slug", "string", "The scheme"),
        _field("role", "string", "The role"),
        _field("cohort", "string", "The cohort whose cost this is (the current one); empty for a scheme without"),
        _field("free", "string", "true when the source says it costs nothing, false when it says there is a fee"),
        _field("amount", "string", "The price exactly as the source words it"),
        _field("value", "number", "The price as a number, when the scheme file gives one"),
        _field("currency", "string", "The value's currency, ISO 4217"),
        _field("covered_by", "string", "What already pays for it, in the source's words"),
    ],
    "primaryKey": ["slug", "role"],
    "foreignKeys": [{"fields": ["slug", "role"], "reference": {"resource": "roles", "fields": ["slug", "role"]}}],
}
RESULTS = {
    "fields": [_field("slug", "string", "The scheme"), _field("cohort", "string", "The cohort evaluated"), *FIELDS],
    "primaryKey": ["slug", "statement", "group"],
    "foreignKeys": [{"fields": ["slug", "group"], "reference": {"resource": "roles", "fields": ["slug", "role"]}}],
}


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""How a cell a spreadsheet would run as a formula begins (OWASP, CSV injection)."""


def neutral(value: object) -> object:
    """A text cell that would start a formula, prefixed with a quote so spreadsheets show it as text."""
    return f"'{value}" if isinstance(value, str) and value.startswith(FORMULA_STARTS) else value


def _csv(header: list[str], rows: Iterable[Iterable[object]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows([neutral(cell) for cell in row] for row in rows)
    return buffer.getvalue().encode("utf-8")


def _scheme_rows(view: SchemeView) -> Iterable[list[object]]:
    contact = view.primary_contact
    who = f"{contact.name} <{contact.email}>" if contact and contact.email else contact.name if contact else ""
    for cohort in view.model.cohorts:
        sign_up = cohort.sign_up
        status = view.phase(cohort)
        opening = iso(sign_up.opens, view.shown_zone) if sign_up and sign_up.opens else ""
        deadline = iso(sign_up.deadline, view.shown_zone) if sign_up and sign_up.deadline else ""
        org = view.model.organisation
        part_of = view.model.part_of.name if view.model.part_of else ""
        runner = [org.name, org.kind or "", org.sector or "", org.place or "", part_of]
        yield [view.slug, cohort.id, view.model.title, *runner, status, opening, deadline, who]


def _event_rows(view: SchemeView) -> Iterable[list[object]]:
    for d in view.events:
        option = d.option.id if d.option else ""
        start = iso(d.start, view.shown_zone) if d.start else ""
        end = iso(d.end, view.shown_zone) if d.end else ""
        cohort, event = d.cohort.id, d.event
        yield [
            view.slug,
            cohort,
            event.id,
            option,
            event.title,
            event.kind,
            start,
            end,
            event.when or "",
            " ".join(event.roles),
            d.location or "",
            event.status.state if event.status else "",
        ]


def _role_rows(view: SchemeView) -> Iterable[list[object]]:
    for role in view.model.roles:
        pay = role.pay
        volunteer = "" if pay is None or pay.volunteer is None else str(pay.volunteer).lower()
        yield [
            view.slug,
            role.id,
            role.name,
            role.join.method or "",
            (pay.amount or "") if pay else "",
            volunteer,
            role.takes_on or "",
            " ".join(role.mentors),
        ]


def _eligibility_rows(view: SchemeView) -> Iterable[list[object]]:
    for role in view.model.roles:
        yield from ([view.slug, role.id, "any-of", group] for group in role.eligibility.groups)
        yield from ([view.slug, role.id, "all-of", need] for need in role.eligibility.requirements)
        yield from ([view.slug, role.id, "staff-of", name] for name in role.eligibility.staff_of)
        yield from ([view.slug, role.id, "student-of", name] for name in role.eligibility.students_of)
        yield from ([view.slug, role.id, "member-of", name] for name in role.eligibility.members_of)


def _cost_rows(view: SchemeView) -> Iterable[list[object]]:
    cohort = view.current.id if view.current and view.current.id != STANDING else ""
    for role, cost in view.costs_by_role():
        free = "" if cost.free is None else str(cost.free).lower()
        value = "" if cost.value is None else cost.value
        yield [view.slug, role.id, cohort, free, cost.amount or "", value, cost.currency or "", cost.covered_by or ""]


def _result_rows(view: SchemeView) -> Iterable[list[object]]:
    evaluation = view.model.evaluation
    for r in view.loaded.results:
        values = [getattr(r, c) for c in COLUMNS]
        if not r.shown(evaluation.threshold if evaluation else 5):
            values[COLUMNS.index("pre_mean")] = values[COLUMNS.index("post_mean")] = ""
        yield [view.slug, evaluation.cohort if evaluation else "", *values]


def render(site: Site, env: Environment) -> Iterable[Output]:
    """The package descriptor and one CSV file per resource."""
    views = scheme_views(site)
    tables = {
        "schemes": (SCHEMES, [row for v in views for row in _scheme_rows(v)]),
        "roles": (ROLES, [row for v in views for row in _role_rows(v)]),
        "events": (EVENTS, [row for v in views for row in _event_rows(v)]),
        "eligibility": (ELIGIBILITY, [row for v in views for row in _eligibility_rows(v)]),
        "costs": (COSTS, [row for v in views for row in _cost_rows(v)]),
        "results": (RESULTS, [row for v in views for row in _result_rows(v)]),
    }
    resources = []
    for name, (schema, rows) in tables.items():
        header = [f["name"] for f in schema["fields"]]
        yield Output(f"data/{name}.csv", _csv(header, rows), in_nav=False)
        resources.append(
            {
                "name": name,
                "path": f"{name}.csv",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": schema,
            }
        )
    licence = site.settings.open_data
    package = {
        "name": "mentoring-schemes",
        "title": "Mentoring schemes: schemes, dates, eligibility, costs and results",
        "licenses": [{"name": licence.licence, **({"path": licence.licence_url} if licence.licence_url else {})}],
        "resources": resources,
    }
    yield Output(
        "data/datapackage.json",
        (json.dumps(package, indent=2, ensure_ascii=False) + "\n").encode("utf-8"),
        in_nav=False,
    )
