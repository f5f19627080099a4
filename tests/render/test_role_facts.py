"""A role's own facts on its handbook and the sign-up page, labelled and in the file's words: what it pays,
how many of another role one person takes on, what is preferred without being a condition."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from schemebook.model.settings import SiteSettings
from schemebook.project.site import load_site
from schemebook.render import render_scheme
from schemebook.render.templates import environment
from tests.conftest import MINIMAL
from tests.page_text import page_text
from tests.render_checks import page_html

PAID = MINIMAL.replace(
    "    name: Reverse mentor\n",
    "    name: Reverse mentor\n"
    "    pay:\n      amount: a $500 yearly stipend\n      note: Stipends are paid on the June payroll.\n"
    "    benefits: [a certificate]\n    takes_on: up to 3 mentees at a time\n"
    "    eligibility:\n      requirements: [a member of staff]\n      preferred: [some coaching experience]\n"
    "      welcome: [carers]\n",
).replace("    name: Reverse mentee\n", "    name: Reverse mentee\n    pay: {volunteer: true}\n")


def pages(tmp_path: Path, scheme: str) -> dict[str, str]:
    """The text of each page of `scheme`, by its address under the scheme's folder."""
    path = tmp_path / "test-scheme.yml"
    path.write_text(scheme, encoding="utf-8")
    site, problems = load_site([path], tmp_path, datetime(2030, 1, 20, tzinfo=UTC), SiteSettings())
    assert site is not None, problems
    found = {}
    for page in render_scheme(site.schemes[0], site, environment(None)):
        if page.uri.endswith(".md") and isinstance(page.content, str):
            name = page.uri.removeprefix("schemes/test-scheme/")
            found[name] = page_text(f"<article>{page_html(page.content)}</article>")
    return found


def test_pay_is_a_labelled_fact_on_the_handbook_and_the_sign_up_page(tmp_path: Path) -> None:
    found = pages(tmp_path, PAID)
    mentor, mentee, sign_up = found["mentor/index.md"], found["mentee/index.md"], found["sign-up/index.md"]
    assert "## Pay and benefits\nPay: a $500 yearly stipend.\nStipends are paid on the June payroll." in mentor
    assert "## Pay\nPay: none." in mentee and "$500" not in mentee
    assert "Pay: a $500 yearly stipend.\nStipends are paid on the June payroll." in sign_up
    assert "Pay: none." in sign_up


def test_how_many_one_person_takes_on_is_a_labelled_fact(tmp_path: Path) -> None:
    found = pages(tmp_path, PAID)
    involves = "## What the role involves\nWorks with: up to 3 mentees at a time.\n"
    assert involves in found["mentor/index.md"]
    assert "Works with: up to 3 mentees at a time." in found["sign-up/index.md"]
    assert "Each Reverse mentee has" not in "\n".join(found.values())


def test_what_is_preferred_is_listed_apart_from_conditions_and_welcome(tmp_path: Path) -> None:
    found = pages(tmp_path, PAID)
    listed = (
        "This condition must be met:\n- a member of staff\nPreferred (not a condition):\n- some coaching experience\n"
        "Particularly welcome (not a condition):\n- carers"
    )
    assert listed in found["mentor/index.md"] and listed in found["index.md"]


def test_without_pay_nothing_is_said_of_it(tmp_path: Path) -> None:
    text = "\n".join(pages(tmp_path, MINIMAL).values())
    assert "Pay" not in text and "voluntary" not in text and "stipend" not in text and " has:" not in text
    assert "Preferred" not in text


TIERED = MINIMAL.replace(
    "    name: Reverse mentor\n",
    "    name: Senior mentor\n    mentors: [mentee, student]\n",
).replace(
    "    name: Reverse mentee\n",
    "    name: Junior mentor\n    mentors: [student]\n  - id: student\n    name: Student\n",
)


def test_whom_a_role_mentors_is_a_labelled_fact_on_its_handbook_and_the_overview(tmp_path: Path) -> None:
    found = pages(tmp_path, TIERED)
    senior = "Whom they mentor: Junior mentors and Students."
    assert "## What the role involves\n" + senior in found["mentor/index.md"]
    assert "## What the role involves\nWhom they mentor: Students." in found["mentee/index.md"]
    overview = found["index.md"]
    assert (
        f"## Who it is for\n### Senior mentors\n{senior}\n### Junior mentors\nWhom they mentor: Students." in overview
    )
    assert "Mentors:" not in found["student/index.md"]


def test_without_mentors_no_role_is_said_to_mentor_another(tmp_path: Path) -> None:
    assert "Mentors:" not in "\n".join(pages(tmp_path, PAID).values())
