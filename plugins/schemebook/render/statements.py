"""The site's accessibility statement and privacy notice, filled from the institution's settings."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from jinja2 import Environment

from schemebook.checks.providers import provider_for
from schemebook.model import Application, Role
from schemebook.project.site import Site
from schemebook.render import Output, page_at
from schemebook.render.recorded_checks import load_checks
from schemebook.render.templates import render as render_template
from schemebook.render.views import SchemeView, scheme_views

SPECIAL_CATEGORIES = {
    "racial-or-ethnic-origin": "racial or ethnic origin",
    "political-opinions": "political opinions",
    "religious-or-philosophical-beliefs": "religious or philosophical beliefs",
    "trade-union-membership": "trade union membership",
    "genetic-data": "genetic data",
    "biometric-data": "biometric data",
    "health": "health, including disability",
    "sex-life": "sex life",
    "sexual-orientation": "sexual orientation",
}


@dataclass(frozen=True)
class Form:
    """One sign-up form, as the privacy notice describes it."""

    scheme: SchemeView
    role: Role
    application: Application
    processor: str

    @property
    def special(self) -> list[str]:
        """The special categories the form asks about, in words."""
        return [SPECIAL_CATEGORIES[q.special_category] for q in self.application.asks if q.special_category]


def forms(site: Site) -> list[Form]:
    """Every way to apply on the site: form links (with their provider) and email addresses."""
    found = []
    for view in scheme_views(site):
        roles = {r.id: r for r in view.model.roles}
        for cohort in view.model.cohorts:
            for role_id, application in (cohort.sign_up.roles if cohort.sign_up else {}).items():
                if not (application.form or application.email):
                    continue  # a way in given only in words (`through`, instructions) hands nothing to a processor
                provider = provider_for(application.form) if application.form else None
                processor = provider.name if provider else "email" if not application.form else "an online form service"
                found.append(Form(view, roles[role_id], application, processor))
    return found


def render(site: Site, env: Environment) -> Iterable[Output]:
    """The accessibility statement and the privacy notice, each where the settings put it, unless switched off."""
    institution = site.settings.institution.name if site.settings.institution else "the publisher of this site"
    context = {"site": site, "settings": site.settings, "institution": institution}
    if address := site.settings.pages.address("accessibility"):
        uri, root = page_at(address)
        yield Output(uri, render_template(env, "accessibility.md.j2", checks=load_checks(), root=root, **context))
    if address := site.settings.pages.address("privacy"):
        uri, root = page_at(address)
        yield Output(uri, render_template(env, "privacy.md.j2", forms=forms(site), root=root, **context))
