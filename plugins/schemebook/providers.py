"""Online form providers, recognised by host, and the prefilled links each supports."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal
from urllib.parse import urlsplit

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
)


def provider_for(url: str) -> Provider | None:
    """The provider whose host serves this link, or None for an unknown host."""
    host = (urlsplit(url).hostname or "").lower()
    for provider in PROVIDERS:
        if host in provider.hosts or any(host.endswith(suffix) for suffix in provider.suffixes):
            return provider
    return None
