"""The site's accessibility statement and privacy notice, filled from the institution's settings."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from functools import partial

from jinja2 import Environment

from schemebook.checks.providers import provider_for
from schemebook.model import Application, Role
from schemebook.model.settings import Accessibility
from schemebook.project.site import Site
from schemebook.render import Output, page_at
from schemebook.render.recorded_checks import Checks, load_checks
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
    cohort: str = ""
    """The cohort the way to apply belongs to, when the scheme has several: an earlier cohort's is not today's."""

    @property
    def special(self) -> list[str]:
        """The special categories the form asks about, in words."""
        return [SPECIAL_CATEGORIES[q.special_category] for q in self.application.asks if q.special_category]


def runs_it(organisation: str, controller: str) -> bool:
    """True when a scheme's organisation is the site's data controller (one name holds the other)."""
    return organisation in controller or controller in organisation


def run_by(site: Site, controller: str) -> tuple[list[str], bool]:
    """The other organisations whose schemes the site lists, and whether it lists any the controller runs."""
    others: list[str] = []
    for scheme in site.schemes:
        name = scheme.model.organisation.name
        if not runs_it(name, controller) and name not in others:
            others.append(name)
    own = any(runs_it(scheme.model.organisation.name, controller) for scheme in site.schemes)
    return others, own or not site.schemes


def forms(site: Site) -> list[Form]:
    """Every way to apply on the site: form links (with their provider) and email addresses."""
    found = []
    for view in scheme_views(site):
        if view.stopped:  # a scheme that ended or paused takes no application: its old forms are nobody's today
            continue
        roles = {r.id: r for r in view.model.roles}
        for cohort in view.model.runs:
            for role_id, application in (cohort.sign_up.roles if cohort.sign_up else {}).items():
                if not (application.form or application.email):
                    continue  # a way in given only in words (`through`, instructions) hands nothing to a processor
                provider = provider_for(application.form) if application.form else None
                processor = provider.name if provider else "email" if not application.form else "an online form service"
                title = view.cohort_title(cohort) if len(view.model.runs) > 1 else ""
                found.append(Form(view, roles[role_id], application, processor, title))
    return found


@dataclass(frozen=True)
class FormService:
    """A service the institution runs sign-up forms on, and where its own accessibility statement is, if given."""

    name: str
    statement: str | None


def form_services(site: Site) -> list[FormService]:
    """The form services the site's sign-up links use, each once, in the order first met (email is not one)."""
    given = site.settings.accessibility.form_statements
    names = dict.fromkeys(form.processor for form in forms(site) if form.processor != "email")
    return [FormService(name, given.get(name)) for name in names]


def _day(text: str | None) -> date | None:
    try:
        return datetime.strptime(text or "", "%d %B %Y").date()
    except ValueError:
        return None


def statement_dates(settings: Accessibility, checks: Checks) -> tuple[str | None, str | None]:
    """When the statement was prepared and last reviewed: as the settings say, except that a statement reporting
    checks was prepared or reviewed when they were recorded, since its words come from them."""
    prepared, reviewed = settings.prepared or checks.tested or None, settings.reviewed
    latest = max((d for d in (_day(prepared), _day(reviewed)) if d), default=None)
    if checks.tested and _day(checks.tested) and (latest is None or _day(checks.tested) > latest):
        reviewed = checks.tested
    return prepared, reviewed if reviewed != prepared else None


def render(site: Site, env: Environment) -> Iterable[Output]:
    """The accessibility statement and the privacy notice, each where the settings put it, unless switched off."""
    institution = site.settings.institution.name if site.settings.institution else "the publisher of this site"
    context = {"site": site, "settings": site.settings, "institution": institution}
    if address := site.settings.pages.address("accessibility"):
        uri, root = page_at(address)
        checks = load_checks()
        prepared, reviewed = statement_dates(site.settings.accessibility, checks)
        page = partial(
            render_template,
            env,
            "accessibility.md.j2",
            checks=checks,
            services=form_services(site),
            prepared=prepared,
            reviewed=reviewed,
            root=root,
            **context,
        )
        yield Output(uri, page)
    if address := site.settings.pages.address("privacy"):
        uri, root = page_at(address)
        controller = site.settings.privacy.controller or institution
        others, own = run_by(site, controller)
        own = own or not (site.settings.privacy.controller or site.settings.institution)  # unnamed: cannot tell
        page = partial(render_template, env, "privacy.md.j2", forms=forms(site), others=others, own_schemes=own)
        yield Output(uri, partial(page, root=root, **context))
