"""Every text field the JSON Schema offers reaches a page: a scheme that fills each with a unique marker is built,
and each marker must be on some page (or its field is data-only, with the reason in `DATA_ONLY`)."""

from __future__ import annotations

import itertools
import re
from datetime import UTC, datetime
from typing import Any

import pytest
import yaml

from schemebook.read.loading import parse_text
from schemebook.render.schema import scheme_schema
from tests.conftest import scheme_project
from tests.page_text import page_text
from tests.render.conftest import FULL_SCHEME
from tests.render.test_nothing_lost import DATA_ONLY
from tests.render.test_shapes import SHAPED
from tests.sites import build_at

CLOCKS = (
    datetime(2029, 12, 1, 12, tzinfo=UTC),  # before the full scheme's window opens
    datetime(2030, 1, 5, 12, tzinfo=UTC),  # inside the third scheme's window, before it was postponed
    datetime(2030, 1, 20, 12, tzinfo=UTC),  # inside the full scheme's window
    datetime(2031, 1, 1, 12, tzinfo=UTC),  # after its mentoring ended
)
TYPED = {
    "duration": "a length of time, read and shown in words (test_pages checks them)",
    "length": "a length of time, read and shown in words",
    "offset": "a length of time that moves a date; the date is shown",
    "file": "a path: the file is published and linked (test_shapes)",
}
"""Text-typed fields whose value is read, not shown as written, so a marker cannot ride on it."""
REST = """\
title: Rest scheme
summary: What the other two schemes leave out.
organisation:
  name: Rest University
  kind: rest trade union
  place: Rest Ireland
  other_names: [{name: Rest org name, former: true, until: rest org until}]
places: {count: rest scheme places, allocation: rest scheme allocation, roles: {mentor: rest scheme mentor places}}
partners: [{name: Rest Partner, sector: Rest sector words, contribution: rest contribution words}]
locations: [Rest location]
sector: Rest scheme field
related: [{name: Rest related programme, relation: rest relation words, description: rest related description}]
history: [{when: rest founding year, said: Rest history words}]
other_names: [{name: Rest other name, language: fi}, {name: Rest former name, former: true, until: rest until}]
part_of: {name: Rest wider programme, description: rest wider programme description}
languages: [fi, en]
roles:
  - id: mentor
    name: Rest mentor
    plural: Rest mentors plural
    benefits: [Rest benefit words]
    pay: {amount: rest pay amount, note: Rest pay note}
    takes_on: rest takes on words
    join: {method: application, details: Rest join details, selection: [rest interview words]}
    eligibility:
      levels: {scale: rest band, highest: rest top}
      welcome: [Rest welcome group]
      preferred: [Rest preferred words]
    cost:
      amount: rest role amount
      paid_by: rest role payer
      covered_by: rest role cover
      covers: rest role inclusions
      due: rest role due
      note: Rest role cost note
  - id: mentee
    name: Rest mentee
matching:
  notes: Rest matching notes
  rematch: rest rematch words
  offers: rest offers words
  unmatched: rest unmatched words
meetings: {count: 2, notes: Rest meeting notes, together: rest together words}
reflection: {sessions: Rest reflective sessions}
support:
  wellbeing: [{name: Rest wellbeing, schedule: rest weekly schedule}]
  safeguarding:
    - {name: Rest safeguarding, description: Rest safeguarding words, phone: 0100 000 001, schedule: rest daily}
  peer_support: [{name: Rest peers, description: Rest peer words, phone: 0100 000 002}]
quotes: [{text: Rest quoted words, by: Rest Speaker}]
evaluation: {findings: Rest findings words, recommendations: [Rest recommendation words], authors: [Rest Author]}
contacts:
  - {id: lead, name: Rest Lead, phone: 0100 000 003, responsibility: Rest responsibility words, email: lead@rest.test}
people: [{name: Rest Chair, role: chair, organisation: Rest Organisation, description: Rest chair words}]
sources: [{title: Rest source title, author: Rest Source Author, date: Rest source date, note: Rest source note}]
strands:
  - id: rest-strand
    title: Rest strand title
    summary: Rest strand summary
    other_names:
      - {name: Rest strand other name}
      - {name: Rest strand old name, former: true, until: rest strand until}
    aims: [Rest strand aim]
    status: {state: ended, reason: rest strand ended reason}
    places:
      count: rest strand places
      allocation: rest strand allocation
      roles: {mentor: rest strand mentor places}
    locations: [Rest strand location]
    recurs: rest strand recurs
    applications: rest strand applications
    pairing: [peer, group]
    group_size: rest strand group size
    notes: Rest strand notes
    partners: [{name: Rest strand partner, sector: rest strand sector, contribution: rest strand contribution}]
    cost:
      amount: rest strand amount
      paid_by: rest strand payer
      covered_by: rest strand cover
      covers: rest strand inclusions
      due: rest strand due
      note: Rest strand cost note
    matching:
      by: rest strand matcher
      on: [rest strand matched on]
      rules: [rest strand matching rule]
      offers: rest strand offers
      rematch: rest strand rematch
      unmatched: rest strand unmatched
      notes: Rest strand matching notes
    meetings:
      count: rest strand count
      frequency: rest strand frequency
      period: rest strand period
      arranged_by: rest strand arranger
      place: rest strand meeting place
      together: rest strand together
      parts: [rest strand part]
      rules: [rest strand meeting rule]
      notes: Rest strand meeting notes
      also: [{mode: online, when: rest strand also when}]
    roles:
      - id: mentor
        name: Rest strand mentor
        plural: Rest strand mentors plural
        summary: Rest strand mentor summary
        commitment: Rest strand commitment
        join:
          method: invitation
          by: rest strand inviter
          through: rest strand way in
          details: Rest strand join details
          selection: [rest strand selection]
        eligibility:
          groups: [Rest strand group]
          levels: {scale: rest strand band, lowest: rest strand low, highest: rest strand high}
          staff_of: [Rest strand employer]
          students_of: [Rest strand college]
          members_of: [Rest strand union]
          requirements: [Rest strand requirement]
          preferred: [Rest strand preference]
          welcome: [Rest strand welcome]
          not_eligible: Rest strand not eligible
          notes: Rest strand eligibility notes
        cost:
          amount: rest strand role amount
          paid_by: rest strand role payer
          covered_by: rest strand role cover
          covers: rest strand role inclusions
          due: rest strand role due
          note: Rest strand role cost note
      - id: mentee
        join: {method: membership, of: rest strand members}
cohorts:
  - id: first
    strand: rest-strand
    start: 2030-03
    end: 2030-09
    notes: Rest cohort notes
    cost:
      amount: rest cohort amount
      paid_by: rest cohort payer
      covered_by: rest cohort cover
      covers: rest cohort inclusions
      due: rest cohort due
      note: Rest cohort cost note
    outcomes:
      summary: Rest outcome words
      topics_discussed: [Rest topic words]
      applications: rest over 400
      participants: {mentor: rest about 18 mentors}
      participants_total: rest 55 in all
    partners: [{name: Rest Cohort Partner, sector: Rest cohort sector, contribution: rest cohort contribution}]
    matching:
      by: rest cohort matchers
      on: [rest cohort interest]
      rules: [rest cohort match rule]
      rematch: rest cohort rematch
      unmatched: rest cohort unmatched
      offers: rest cohort offers words
      notes: Rest cohort matching notes
    pairing: group
    group_size: rest cohort group size
    places: {count: rest about 30, roles: {mentor: rest about 18}, allocation: rest first come}
    meetings:
      count: up to 3
      frequency: rest monthly
      period: rest six months
      arranged_by: rest each pair
      place: rest meeting place
      notes: Rest cohort meeting notes
      parts: [rest first part]
      rules: [rest cohort rule]
      also: [{mode: phone, when: rest by agreement}]
      together: rest cohort together words
    roles:
      - id: mentee
        name: Rest cohort mentee
        plural: Rest cohort mentees plural
        commitment: Rest cohort commitment
        cost:
          amount: rest cohort role amount
          paid_by: rest cohort role payer
          covered_by: rest cohort role cover
          covers: rest cohort role inclusions
          due: rest cohort role due
          note: Rest cohort role cost note
        join:
          method: membership
          of: rest cohort group
          through: rest cohort way
          details: Rest cohort join words
          selection: [rest cohort selection]
        eligibility:
          groups: [rest cohort group one]
          welcome: [rest cohort welcome group]
          preferred: [rest cohort preferred words]
          requirements: [rest cohort requirement]
          levels: {scale: rest cohort scale, lowest: rest low, highest: rest high}
          members_of: [Rest Member Org]
          staff_of: [Rest Employer Org]
          students_of: [Rest College Org]
          not_eligible: Rest cohort not eligible
          notes: Rest cohort eligibility notes
    events:
      - {id: talk, title: Rest talk, start: 2030-04-02, location: Rest room, description: Rest event words}
      - {id: party, title: Rest party, start: 2030-05-02, status: {state: postponed, reason: rest party reason}}
    sign_up:
      opens: 2030-01-02
      deadline: 2030-01-30
      history: [{state: postponed, on: 2030-01-10, reason: rest postponed reason}]
      roles:
        mentor:
          form: https://forms.office.com/r/REST
          instructions: Rest instructions words
          next_steps: Rest mentor next steps words
          asks: [{label: Rest asked label}]
  - id: second
    start: 2031-03
"""
"""A third scheme with every text field the other two leave out."""
STANDING = """\
title: Standing scheme
summary: A scheme people join at any time.
organisation: {name: Standing University}
roles:
  - {id: mentor, name: Standing mentor}
  - {id: mentee, name: Standing mentee}
sign_up:
  rolling: true
  next_steps: Standing next steps words
  history: [{state: interest, when: standing each spring, reason: standing interest reason, roles: [mentee]}]
  roles:
    mentor:
      through: standing portal
      instructions: Standing instructions words
      asks: [{label: Standing label}]
      next_steps: Standing mentor next steps words
    mentee: {email: apply@standing.test}
"""
"""A scheme with no cohorts: its own sign-up's text fields."""
ENDED = """\
title: Ended scheme
summary: A scheme that stopped.
organisation: {name: Ended University}
status: {state: ended, as_of: 2025-05-01, reason: ended funding reason}
roles:
  - {id: mentor, name: Ended mentor}
"""
"""A scheme a source says has ended: the reason it gives."""
NOT_FILLED = {
    "cohorts[].sign_up.roles.<id>.prefill.<name>": "a value filled into the form from its link, not shown on a page",
    "sign_up.roles.<id>.prefill.<name>": "a value filled into the form from its link, not shown on a page",
}
"""Text fields no test scheme fills, and why; keep this list short."""


def text_paths(schema: dict[str, Any]) -> set[str]:
    """Every field path whose value is free text (a string with no fixed choices, pattern or format)."""
    defs, found = schema["$defs"], set()

    def resolve(node: dict[str, Any]) -> list[dict[str, Any]]:
        if "$ref" in node:
            return [defs[node["$ref"].split("/")[-1]]]
        return [node, *(n for option in node.get("anyOf", []) for n in resolve(option))]

    def walk(node: dict[str, Any], path: str) -> None:
        for option in resolve(node):
            if "properties" in option:
                for name, prop in option["properties"].items():
                    walk(prop, f"{path}.{name}" if path else name)
            if "items" in option:
                walk(option["items"], path + "[]")
            for inner in option.get("patternProperties", {}).values():
                walk(inner, path + ".<id>")
            if isinstance(option.get("additionalProperties"), dict):
                walk(option["additionalProperties"], path + ".<name>")
            if option.get("type") == "string" and not {"enum", "pattern", "format", "const"} & set(option):
                found.add(path)

    walk(schema, "")
    return found


TEXT_PATHS = text_paths(scheme_schema())
_PATTERNS = [
    (re.compile(re.escape(p).replace("<id>", "[^.]+").replace("<name>", "[^.]+") + "$"), p) for p in TEXT_PATHS
]


def _key(path: str) -> str:
    return path.split(".")[-1].removesuffix("[]")


def schema_path(path: str) -> str | None:
    """The schema's name for a path in a document (map keys become `<id>`), when it is a text field."""
    return next((name for pattern, name in _PATTERNS if pattern.match(path)), None)


def mark(value: Any, path: str, counter: itertools.count, marks: dict[str, str]) -> Any:
    """`value` with a unique marker appended to each free-text string, recorded by marker with its schema path."""
    if isinstance(value, dict):
        return {k: mark(v, f"{path}.{k}" if path else str(k), counter, marks) for k, v in value.items()}
    if isinstance(value, list):
        return [mark(item, path + "[]", counter, marks) for item in value]
    name = schema_path(path)
    if isinstance(value, str) and name and _key(path) not in DATA_ONLY | TYPED.keys():
        marker = f"Qz{next(counter)}x"
        marks[marker] = name
        return f"{value.strip()} {marker}"
    return value


def marked_text(text: str, counter: itertools.count, marks: dict[str, str]) -> str:
    """A scheme file's text with every text field marked, read as schemebook reads it."""
    doc, problems = parse_text("scheme.yml", text)
    assert doc is not None, problems
    return yaml.safe_dump(mark(doc.data, "", counter, marks), sort_keys=False, allow_unicode=True)


@pytest.fixture(scope="module")
def marked(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, str], str]:
    counter, marks = itertools.count(), {}
    root = tmp_path_factory.mktemp("marked")
    full = marked_text(FULL_SCHEME.read_text(encoding="utf-8"), counter, marks)
    shaped = marked_text(SHAPED, counter, marks)
    (root / "schemes").mkdir()
    (root / "schemes" / "rest.yml").write_text(marked_text(REST, counter, marks), encoding="utf-8")
    (root / "schemes" / "standing.yml").write_text(marked_text(STANDING, counter, marks), encoding="utf-8")
    (root / "schemes" / "ended.yml").write_text(marked_text(ENDED, counter, marks), encoding="utf-8")
    config = scheme_project(root, full, "full")
    (root / "schemes" / "shaped.yml").write_text(shaped, encoding="utf-8")
    (root / "schemes" / "files").mkdir()
    (root / "schemes" / "files" / "proforma.txt").write_text("Name:\n", encoding="utf-8")
    text = ""
    for i, now in enumerate(CLOCKS):
        site = build_at(config, root / f"site-{i}", now)
        text += "\n".join(page_text(p.read_text(encoding="utf-8")) for p in site.glob("schemes/**/index.html"))
    return marks, text


def test_every_marked_text_is_on_a_page(marked: tuple[dict[str, str], str]) -> None:
    marks, text = marked
    lost = sorted({path for marker, path in marks.items() if marker not in text})
    assert lost == [], lost


def test_the_marked_schemes_fill_every_text_field(marked: tuple[dict[str, str], str]) -> None:
    filled = set(marked[0].values())
    wanted = {p for p in TEXT_PATHS if _key(p) not in DATA_ONLY | TYPED.keys()}
    missing = sorted(p for p in wanted if p not in filled and p not in NOT_FILLED)
    assert missing == []
