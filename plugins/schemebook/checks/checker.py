"""One scheme's cross-field checks share a checker: it walks the scheme and collects located problems."""

from __future__ import annotations

from collections.abc import Iterable
from zoneinfo import ZoneInfo

from schemebook.model import Scheme, When
from schemebook.model.scheme import DEFAULT_ZONE
from schemebook.read.errors import Level, SchemeError
from schemebook.read.loading import Document, Loc
from schemebook.read.validation import did_you_mean
from schemebook.when.timeline import local_time_problem

_LISTS = {
    "role": "`roles:`",
    "contact": "`contacts:`",
    "cohort": "`cohorts:`",
    "strand": "`strands:`",
    "event": "the cohort's `events:`",
    "training": "the `training:` of a role the event is for",
    "source": "`sources:` (an `id` on the source)",
}
"""Where each kind of id is declared, for hints when a file refers to one before declaring any."""


class Checker:
    """Collects located problems while walking one scheme."""

    def __init__(self, doc: Document, scheme: Scheme) -> None:
        self.doc, self.scheme, self.problems = doc, scheme, []
        self.zone = ZoneInfo(scheme.timezone or DEFAULT_ZONE)
        self.role_ids = [r.id for r in scheme.roles]
        self.contact_ids = [c.id for c in scheme.contacts]
        self.cohort_ids = [c.id for c in scheme.cohorts]
        self.source_ids = [s.id for s in scheme.sources if s.id is not None]

    def error(self, loc: Loc, message: str, hint: str = "", level: Level = Level.ERROR) -> None:
        """A problem at `loc`, an error unless `level` says otherwise."""
        line, col = self.doc.locate(loc)
        self.problems.append(SchemeError(self.doc.path, line, col, message, hint, level))

    def unique(self, loc: Loc, ids: Iterable[str | None], what: str) -> None:
        """Each id in `ids` (listed at `loc`, None where an item has none) is used once."""
        seen: set[str] = set()
        for index, value in enumerate(ids):
            if value is None:
                continue
            if value in seen:
                self.error((*loc, index, "id"), f"the {what} id `{value}` is used twice", "give each a different id")
            seen.add(value)

    def refers(self, loc: Loc, value: str | None, choices: list[str], what: str) -> None:
        """`value`, where given, is one of the declared ids."""
        if value is not None and value not in choices:
            hint = did_you_mean(value, choices) or f"there is no {what} yet: add one under {_LISTS.get(what, what)}"
            self.error(loc, f"no {what} has the id `{value}`", hint)

    def refers_all(self, loc: Loc, values: Iterable[str], choices: list[str], what: str) -> None:
        """Every value refers to a declared id."""
        for index, value in enumerate(values):
            self.refers((*loc, index), value, choices, what)

    def in_order(self, loc: Loc, earlier: When | None, later: When | None, first: str, second: str) -> None:
        """`earlier` does not come after `later`, to the precision both give."""
        if earlier is None or later is None:
            return
        precision = min(len(earlier.key), len(later.key))
        if earlier.key[:precision] > later.key[:precision]:
            hint = f"{first} is {earlier}, {second} is {later}: check both dates"
            self.error(loc, f"{second} comes before {first}", hint)

    def real_time(self, loc: Loc, when: When | None) -> None:
        """A local time that exists once in the scheme's zone."""
        problem = when and local_time_problem(when, self.zone)
        if problem:
            level = Level.WARNING if "twice" in problem else Level.ERROR
            hint = f"in {self.scheme.timezone or DEFAULT_ZONE}; pick a time an hour earlier or later"
            self.error(loc, f"{when} {problem}", hint, level)
