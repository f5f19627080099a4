"""Online form providers, recognised by host, and the prefilled links each supports."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

from schemebook.model import Scheme
from schemebook.read.errors import Level, SchemeError
from schemebook.read.loading import Document

Prefill = Literal["query", "fragment", "none"]


@dataclass(frozen=True)
class Provider:
    """A form service: its name, the hosts its links use, and how (if at all) a link can prefill answers."""

    name: str
    hosts: tuple[str, ...]
    prefill: Prefill
    suffixes: tuple[str, ...] = ()


PROVIDERS: tuple[Provider, ...] = (
    Provider("Microsoft Forms", ("forms.office.com", "forms.microsoft.com", "forms.cloud.microsoft"), "none"),
    Provider("Google Forms", ("docs.google.com", "forms.gle"), "query"),
    Provider("Jisc Online Surveys", ("onlinesurveys.ac.uk",), "none", (".onlinesurveys.ac.uk",)),
    Provider("Qualtrics", (), "query", (".qualtrics.com",)),
    Provider("Typeform", ("form.typeform.com",), "fragment", (".typeform.com",)),
    Provider("SurveyMonkey", ("www.surveymonkey.com", "surveymonkey.com", "www.surveymonkey.co.uk"), "query"),
    Provider("Tally", ("tally.so",), "query"),
    Provider("SmartSurvey", ("www.smartsurvey.co.uk", "smartsurvey.co.uk"), "query"),
    Provider("Jotform", ("form.jotform.com", "www.jotform.com", "jotform.com"), "query", (".jotform.com",)),
)


def provider_for(url: str) -> Provider | None:
    """The provider whose host serves this link, or None for an unknown host."""
    host = (urlsplit(url).hostname or "").lower()
    for provider in PROVIDERS:
        if host in provider.hosts or any(host.endswith(suffix) for suffix in provider.suffixes):
            return provider
    return None


class PrefillError(ValueError):
    """A prefill the provider cannot take from a link."""


def prefilled(url: str, fields: dict[str, str]) -> str:
    """The form link with `fields` filled in the way its provider reads them, correctly encoded."""
    if not fields:
        return url
    provider = provider_for(url)
    if provider is None or provider.prefill == "none":
        name = provider.name if provider else "this form host"
        raise PrefillError(f"{name} cannot prefill answers from the link")
    parts = urlsplit(url)
    pairs = sorted(fields.items())
    if provider.prefill == "fragment":
        return urlunsplit(parts._replace(fragment=urlencode(pairs, quote_via=quote)))
    if provider.name == "Google Forms":
        if parts.hostname == "forms.gle" or not parts.path.endswith("/viewform"):
            raise PrefillError("Google Forms prefills only on the long link ending in /viewform, not forms.gle")
        if any(not re.fullmatch(r"entry\.\d+", key) for key, _ in pairs):
            raise PrefillError("Google Forms fields are named like entry.123456 (from 'Get pre-filled link')")
        pairs = [("usp", "pp_url"), *pairs]
    query = [*parse_qsl(parts.query, keep_blank_values=True), *pairs]
    return urlunsplit(parts._replace(query=urlencode(query, quote_via=quote)))


def host_warnings(doc: Document, scheme: Scheme, allowed: list[str]) -> list[SchemeError]:
    """A warning for each form link on a host that is neither a known provider nor allowed by the site."""
    problems = []
    at = [(("cohorts", i, "sign_up"), c.sign_up) for i, c in enumerate(scheme.cohorts)] + [
        (("sign_up",), scheme.sign_up)
    ]
    for sloc, sign_up in at:
        for role_id, application in (sign_up.roles if sign_up else {}).items():
            host = urlsplit(application.form or "").hostname or ""
            if application.form and provider_for(application.form) is None and host not in allowed:
                line, col = doc.locate((*sloc, "roles", role_id, "form"))
                hint = f"check the link; if {host} is your own form service, add it to the plugin's `form_hosts`"
                message = f"{host} is not a known form provider"
                problems.append(SchemeError(doc.path, line, col, message, hint, Level.WARNING))
    return problems
