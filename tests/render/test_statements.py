"""The accessibility statement and privacy notice: the model headings, and no claim beyond the settings."""

from __future__ import annotations

import re
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config

from schemebook.model.settings import Accessibility
from schemebook.render.recorded_checks import Checks
from schemebook.render.statements import statement_dates
from tests.conftest import MINIMAL
from tests.render.conftest import readable

GOV_UK_HEADINGS = [
    "Accessibility statement",
    "How accessible this website is",
    "Feedback and contact information",
    "Reporting accessibility problems with this website",
    "Enforcement procedure",
    "Technical information about this website's accessibility",
    "Compliance status",
    "Non-accessible content",
    "Non-compliance with the accessibility regulations",
    "Disproportionate burden",
    "Content that's not within the scope of the accessibility regulations",
    "What we're doing to improve accessibility",
    "Preparation of this accessibility statement",
]
"""The GOV.UK model's headings in order; those of the non-accessible content appear only with something under them."""
LISTS = GOV_UK_HEADINGS[7:11]


def headings(html: str) -> list[str]:
    return [re.sub("<[^>]+>", "", h).replace("&#39;", "'") for h in re.findall(r"<h[1-3][^>]*>(.*?)</h[1-3]>", html)]


def build_with(config: Path, settings: str) -> Path:
    text = config.read_text(encoding="utf-8").replace("  - schemebook\n", "  - schemebook:\n" + settings)
    config.write_text(text, encoding="utf-8")
    build(load_config(str(config)))
    return config.parent / "site"


def test_statement_follows_the_model_and_claims_nothing_unset(small_site: Path) -> None:
    site = build_with(small_site, "      institution: {name: Test University}\n")
    html = readable((site / "accessibility" / "index.html").read_text(encoding="utf-8"))
    model = [h for h in GOV_UK_HEADINGS if h not in LISTS]
    assert headings(html) == [*model[:2], "Application forms", *model[2:]]
    assert "has not yet been assessed for compliance" in html
    assert "fully compliant" not in html and "partially compliant" not in html
    assert "Equality and Human Rights Commission" in html and "Test University" in html


def test_statement_says_exactly_what_is_configured(small_site: Path) -> None:
    settings = (
        "      accessibility:\n"
        "        compliance: partially\n"
        "        email: access@example.ac.uk\n"
        "        non_compliant: ['Charts lack text alternatives (1.1.1)']\n"
        "        prepared: 1 March 2030\n"
    )
    html = readable((build_with(small_site, settings) / "accessibility" / "index.html").read_text(encoding="utf-8"))
    assert "partially compliant" in html and "fully compliant" not in html
    assert "Charts lack text alternatives (1.1.1)" in html and "prepared on 1 March 2030" in html
    after = headings(html)[headings(html).index("Compliance status") + 1 :]
    assert after[:3] == [*LISTS[:2], GOV_UK_HEADINGS[-2]]


def test_forms_the_institution_runs_are_its_content_with_the_service_statement_linked(small_site: Path) -> None:
    settings = (
        "      institution: {name: Test University}\n"
        "      accessibility:\n"
        "        form_statements: {Microsoft Forms: 'https://provider.example/accessibility'}\n"
    )
    html = (build_with(small_site, settings) / "accessibility" / "index.html").read_text(encoding="utf-8")
    text = " ".join(re.sub("<[^>]+>", " ", html).split())
    assert "are run by Test University on Microsoft Forms. They are part of this website's content" in text
    assert '<a href="https://provider.example/accessibility">its accessibility statement</a>' in html
    assert "scope" not in text.split("Application forms")[1].split("Feedback")[0]


def test_dates_follow_the_checks_the_statement_reports() -> None:
    checks = Checks("3 December 2026", [], [])
    assert statement_dates(Accessibility(prepared="25 November 2026"), checks) == (
        "25 November 2026",
        "3 December 2026",
    )
    later = Accessibility(prepared="25 November 2026", reviewed="10 December 2026")
    assert statement_dates(later, checks) == ("25 November 2026", "10 December 2026")
    assert statement_dates(Accessibility(), checks) == ("3 December 2026", None)
    assert statement_dates(Accessibility(), Checks("", [], [])) == (None, None)


def test_a_statement_reporting_checks_without_issues_claims_no_more_than_they_found(small_site: Path) -> None:
    settings = "      accessibility:\n        compliance: partially\n"
    html = (build_with(small_site, settings) / "accessibility" / "index.html").read_text(encoding="utf-8")
    assert "We know of no part of this website that is not accessible" not in html
    assert "found no failure, but they cover only part of what" in html


def test_privacy_notice_names_processors_and_special_categories(small_site: Path) -> None:
    scheme = small_site.parent / "schemes" / "test-scheme.yml"
    asks = (
        '{form: "https://forms.office.com/r/TEST", asks: [{label: Your job title},'
        " {label: Your ethnicity, special_category: racial-or-ethnic-origin}]}"
    )
    scheme.write_text(MINIMAL.replace('{form: "https://forms.office.com/r/TEST"}', asks), encoding="utf-8")
    settings = "      privacy:\n        special_category_condition: Article 9(2)(g) with DPA 2018 Sch 1 para 8\n"
    html = readable((build_with(small_site, settings) / "privacy" / "index.html").read_text(encoding="utf-8"))
    assert "Processed by: Microsoft Forms" in html and "email to mentoring@university.test" in html
    assert "special category: racial or ethnic origin" in html
    assert "Article 9(2)(g) with DPA 2018 Sch 1 para 8" in html
    assert "Information Commissioner" in html and "sets no cookies" in html


def test_privacy_notice_names_the_cohort_a_way_to_apply_belongs_to(small_site: Path) -> None:
    scheme = small_site.parent / "schemes" / "test-scheme.yml"
    later = '  - id: "2031"\n    title: Cohort of 2031\n    start: 2031-03\n'
    scheme.write_text(MINIMAL + later, encoding="utf-8")
    html = readable((build_with(small_site, "") / "privacy" / "index.html").read_text(encoding="utf-8"))
    # the 2030 email route is that cohort's, not the scheme's today
    assert "Test scheme: Reverse mentee (Cohort 2030)" in html


def test_privacy_notice_leaves_out_the_forms_of_a_scheme_that_ended(small_site: Path) -> None:
    scheme = small_site.parent / "schemes" / "test-scheme.yml"
    scheme.write_text(MINIMAL + "status: {state: ended, as_of: 2031-01-01}\n", encoding="utf-8")
    html = readable((build_with(small_site, "") / "privacy" / "index.html").read_text(encoding="utf-8"))
    assert "mentoring@university.test" not in html and "Processed by" not in html


def test_privacy_notice_admits_what_is_not_stated(small_site: Path) -> None:
    scheme = small_site.parent / "schemes" / "test-scheme.yml"
    asks = '{form: "https://forms.office.com/r/TEST", asks: [{label: Disability, special_category: health}]}'
    scheme.write_text(MINIMAL.replace('{form: "https://forms.office.com/r/TEST"}', asks), encoding="utf-8")
    html = readable(
        (build_with(small_site, "      institution: {name: Test University}\n") / "privacy" / "index.html").read_text()
    )
    assert "the condition has not been stated yet" in html
    assert "The retention period has not been stated yet" in html


def test_partial_compliance_with_nothing_listed_does_not_point_to_a_list(small_site: Path) -> None:
    settings = "      accessibility:\n        compliance: partially\n        email: access@example.ac.uk\n"
    html = readable((build_with(small_site, settings) / "accessibility" / "index.html").read_text(encoding="utf-8"))
    assert "partially compliant" in html and "no failure is known" in html
    assert "due to the non-compliances listed below" not in html


def test_privacy_notice_says_nothing_of_its_own_settings_when_every_scheme_is_another_organisations(
    small_site: Path,
) -> None:
    settings = (
        "      institution: {name: Other College}\n"
        "      privacy:\n        retention: Answers are deleted after a year.\n"
        "        automated_decisions: No decision is made automatically.\n"
    )
    html = readable((build_with(small_site, settings) / "privacy" / "index.html").read_text(encoding="utf-8"))
    assert "Every scheme listed on this website is run by another organisation (Test University)" in html
    assert "Other College publishes this website and receives nothing you give when you apply" in html
    for said in ("Answers are deleted after a year", "No decision is made automatically", "lawful basis", "UK GDPR"):
        assert said not in html


def test_privacy_notice_gives_its_settings_for_the_schemes_its_institution_runs(small_site: Path) -> None:
    settings = "      institution: {name: Test University}\n"
    settings += "      privacy:\n        retention: Answers are deleted after a year.\n"
    html = readable((build_with(small_site, settings) / "privacy" / "index.html").read_text(encoding="utf-8"))
    assert "Test University is the data controller for the information you give when you apply." in html
    assert "Answers are deleted after a year." in html and "For the schemes" not in html


def test_privacy_notice_says_nothing_of_forms_when_no_scheme_has_one(small_site: Path) -> None:
    scheme = small_site.parent / "schemes" / "test-scheme.yml"
    ways = "mentor: {through: an email to the office}\n        mentee: {through: the office}\n"
    scheme.write_text(MINIMAL.split("        mentor: {form")[0] + "        " + ways, encoding="utf-8")
    settings = (
        "      institution: {name: Other College}\n"
        "      privacy:\n        email: dataprotection@example.ac.uk\n        dpo_email: dpo@example.ac.uk\n"
    )
    html = readable((build_with(small_site, settings) / "privacy" / "index.html").read_text(encoding="utf-8"))
    text = re.sub(r"<[^>]+>", "", html)
    assert "The forms and what they ask" not in text and "form service" not in text
    assert "No scheme listed on this website gives" not in text
    assert "Data protection contact at Other College: dataprotection@example.ac.uk" in text
    assert "Data Protection Officer at Other College: dpo@example.ac.uk" in text
    assert "To ask Other College about this website:" in text
