"""A scheme as it was in one cohort: the cohort's own roles, partners, meetings and cost in place of the scheme's.
A cohort's fields replace the scheme's one by one; what the cohort leaves out stays as the scheme says."""

from __future__ import annotations

from schemebook.model import Cohort, Role, Scheme
from schemebook.model.cohorts import RoleInCohort

_ROLE_FIELDS = ("name", "summary", "eligibility", "join", "commitment", "cost")


def role_in_cohort(role: Role, cohort: Cohort | None) -> Role:
    """`role` with what `cohort` says differed for it."""
    change = next((r for r in cohort.roles if r.id == role.id), None) if cohort else None
    return _changed(role, change) if change else role


def _changed(role: Role, change: RoleInCohort) -> Role:
    update = {name: getattr(change, name) for name in _ROLE_FIELDS if getattr(change, name) is not None}
    return role.model_copy(update=update)


def in_cohort(scheme: Scheme, cohort: Cohort | None) -> Scheme:
    """The scheme as it was in `cohort`: its role changes, its extra partners, its meetings and cost in place."""
    if cohort is None or not (cohort.roles or cohort.partners or cohort.meetings or cohort.cost):
        return scheme
    update: dict[str, object] = {"roles": [role_in_cohort(r, cohort) for r in scheme.roles]}
    if cohort.partners:
        update["partners"] = [*scheme.partners, *cohort.partners]
    if cohort.meetings:
        given = {name: getattr(cohort.meetings, name) for name in cohort.meetings.model_fields_set}
        update["meetings"] = scheme.meetings.model_copy(update=given) if scheme.meetings else cohort.meetings
    if cohort.cost:
        update["cost"] = cohort.cost
    return scheme.model_copy(update=update)
