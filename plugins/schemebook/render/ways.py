"""The ways to apply a cohort's file gives, as facts with no tense: what a cohort that is not the current one keeps."""

from __future__ import annotations

from dataclasses import dataclass

from schemebook.checks.providers import provider_for
from schemebook.model import Application, Cohort, Document
from schemebook.render.phrases import listed, names_itself


@dataclass(frozen=True)
class Ways:
    """What some roles' applications to one cohort were made with: the same for each role named."""

    roles: tuple[str, ...]
    """The roles' names, as the cohort calls them."""
    ways: str
    """The form, address and route, in words ("by email to x@y.org, or an online form on Microsoft Forms")."""
    application: Application


def ways(application: Application, method: str | None, documents: list[Document]) -> str:
    """One application's ways in, with no tense: "an online form (on Microsoft Forms), or by email to x@y.org";
    a form is named, not linked, since nothing says it still takes answers."""
    found = []
    if application.form:
        provider = provider_for(application.form)
        found.append("an online form" + (f" on {provider.name}" if provider else ""))
    if application.email:
        found.append(f"by email to {application.email}")
    if application.through:
        found.append(("" if names_itself(application.through, method) else "through ") + application.through)
    sent = [d.title for i in application.documents for d in documents if d.id == i]
    said = listed(found, "or")
    if sent:
        said += ("; " if said else "") + f"to fill in and send: {listed(sent)}"
    return said


def cohort_ways(
    cohort: Cohort, names: dict[str, str], methods: dict[str, str | None], documents: list[Document]
) -> list[Ways]:
    """Each distinct way to apply `cohort`'s sign-up gives, with the roles (by `names`, role id to name) it is for;
    roles with the same application are named together."""
    grouped: dict[str, Ways] = {}
    for role_id, application in (cohort.sign_up.roles if cohort.sign_up else {}).items():
        said = ways(application, methods.get(role_id), documents)
        if not (said or application.instructions or application.asks):
            continue
        key = said + application.model_dump_json(include={"instructions", "asks"})
        found = grouped.get(key)
        roles = (*found.roles, names[role_id]) if found else (names[role_id],)
        grouped[key] = Ways(roles, said, application)
    return list(grouped.values())
