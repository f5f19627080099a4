"""A scheme as it was in one cohort: the cohort's own roles, partners, meetings, matching, pairing and cost in place of
the scheme's. A cohort's meetings, and a cohort role's `join` without a method, replace the scheme's field by field;
its matching, pairing and cost, and a `join` with a method, replace the scheme's whole; what the cohort leaves out
stays as the scheme says."""

from __future__ import annotations

from pydantic import BaseModel

from schemebook.model import Cohort, Role, Scheme, Strand
from schemebook.model.cohorts import RoleInCohort

_ROLE_FIELDS = ("name", "plural", "summary", "eligibility", "join", "commitment", "cost")
_MERGED = ("meetings",)
"""Parts a cohort gives field by field: each field it sets replaces the scheme's, the rest stay."""
_REPLACED = ("matching", "cost", "pairing", "group_size")
"""Parts a cohort gives whole: its value replaces the scheme's. A matching is one process, so a cohort's is never
mixed with the scheme's (a pilot's algorithm with the programme's choosing by mentees)."""


def role_in_cohort(role: Role, cohort: Cohort | Strand | None) -> Role:
    """`role` with what `cohort` (or a strand) says differed for it."""
    change = next((r for r in cohort.roles if r.id == role.id), None) if cohort else None
    return _changed(role, change) if change else role


def _changed(role: Role, change: RoleInCohort) -> Role:
    update = {name: getattr(change, name) for name in _ROLE_FIELDS if getattr(change, name) is not None}
    if change.name is not None and change.plural is None:  # the scheme's plural is of another name
        update["plural"] = None
    if change.join is not None and change.join.method is None:
        # a cohort that only adds details or a way in keeps the role's method; one that gives a method gives another
        # way of joining, whose `by` or `through` the role's (a nomination's head of school) would make false
        update["join"] = _merged(role.join, change.join)
    return role.model_copy(update=update)


def _merged(base: BaseModel | None, given: BaseModel) -> BaseModel:
    if base is None:
        return given
    update = {name: getattr(given, name) for name in given.model_fields_set}
    if getattr(base, "source", None) != getattr(given, "source", None):
        update["source"] = None  # facts from two sources, or from one the cohort does not name: no one source holds
    return base.model_copy(update=update)


def in_cohort(scheme: Scheme, cohort: Cohort | None) -> Scheme:
    """The scheme as it was in `cohort`: its role changes, extra partners, meetings, matching, pairing and cost."""
    parts = (*_MERGED, *_REPLACED)
    if cohort is None or not (cohort.roles or cohort.partners or any(getattr(cohort, n) for n in parts)):
        return scheme
    update: dict[str, object] = {"roles": [role_in_cohort(r, cohort) for r in scheme.roles]}
    if cohort.partners:
        update["partners"] = [*scheme.partners, *cohort.partners]
    for name in _MERGED:
        if getattr(cohort, name):
            update[name] = _merged(getattr(scheme, name), getattr(cohort, name))
    for name in _REPLACED:
        if getattr(cohort, name):
            update[name] = getattr(cohort, name)
    return scheme.model_copy(update=update)
