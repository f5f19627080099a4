"""Form providers by host, prefilled links, and the unknown-host warning."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from schemebook.checks.providers import PrefillError, prefilled, provider_for
from schemebook.model.settings import SiteSettings
from schemebook.project.site import load_scheme, load_site
from tests.conftest import MINIMAL


@pytest.mark.parametrize(
    ("url", "name"),
    [
        ("https://forms.office.com/r/AbC123", "Microsoft Forms"),
        ("https://forms.cloud.microsoft/r/AbC123", "Microsoft Forms"),
        ("https://docs.google.com/forms/d/e/1FAIpQ/viewform", "Google Forms"),
        ("https://forms.gle/xyz", "Google Forms"),
        ("https://leeds.onlinesurveys.ac.uk/mentors-2026", "Jisc Online Surveys"),
        ("https://nottingham.eu.qualtrics.com/jfe/form/SV_abc", "Qualtrics"),
        ("https://form.typeform.com/to/abc", "Typeform"),
        ("https://www.surveymonkey.com/r/ABC", "SurveyMonkey"),
        ("https://tally.so/r/abc", "Tally"),
    ],
)
def test_providers_by_host(url: str, name: str) -> None:
    provider = provider_for(url)
    assert provider is not None and provider.name == name


def test_unknown_and_lookalike_hosts() -> None:
    assert provider_for("https://forms.example.ac.uk/apply") is None
    assert provider_for("https://qualtrics.com.evil.example/x") is None


def test_google_prefill_is_encoded_on_the_long_link() -> None:
    url = prefilled(
        "https://docs.google.com/forms/d/e/1FAIpQ/viewform", {"entry.11": "Mentor & mentee", "entry.2": "2030"}
    )
    assert (
        url
        == "https://docs.google.com/forms/d/e/1FAIpQ/viewform?usp=pp_url&entry.11=Mentor%20%26%20mentee&entry.2=2030"
    )
    with pytest.raises(PrefillError, match="long link"):
        prefilled("https://forms.gle/xyz", {"entry.1": "x"})
    with pytest.raises(PrefillError, match=r"entry\.123456"):
        prefilled("https://docs.google.com/forms/d/e/1FAIpQ/viewform", {"role": "x"})


def test_qualtrics_query_and_typeform_fragment() -> None:
    assert (
        prefilled("https://org.eu.qualtrics.com/jfe/form/SV_1?lang=EN", {"Role": "mentor"})
        == "https://org.eu.qualtrics.com/jfe/form/SV_1?lang=EN&Role=mentor"
    )
    assert prefilled("https://form.typeform.com/to/abc", {"cohort": "2030 spring"}) == (
        "https://form.typeform.com/to/abc#cohort=2030%20spring"
    )


def test_microsoft_forms_cannot_prefill(write_scheme: Callable[..., Path]) -> None:
    text = MINIMAL.replace(
        '{form: "https://forms.office.com/r/TEST"}',
        '{form: "https://forms.office.com/r/TEST", prefill: {role: mentor}}',
    )
    scheme, problems = load_scheme(write_scheme(text), "schemes/x.yml")
    assert scheme is None
    assert "schemes/x.yml:18:68: error: Microsoft Forms cannot prefill answers from the link" in str(problems[0])


def test_unknown_host_warns_unless_allowed(write_scheme: Callable[..., Path], tmp_path: Path) -> None:
    path = write_scheme(MINIMAL.replace("forms.office.com/r/TEST", "forms.example.ac.uk/apply"))
    now = datetime(2030, 1, 1, tzinfo=UTC)
    _, problems = load_site([path], tmp_path, now, SiteSettings())
    assert any("forms.example.ac.uk is not a known form provider" in str(p) for p in problems)
    _, problems = load_site([path], tmp_path, now, SiteSettings(form_hosts=["forms.example.ac.uk"]))
    assert not any("not a known form provider" in str(p) for p in problems)
