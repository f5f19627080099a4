"""Sign-up states at their boundaries, and what a built sign-up page shows in each."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from schemebook.project.site import Site, load_scheme
from schemebook.render import render_scheme
from schemebook.render.signup import time_left
from schemebook.render.templates import environment
from tests.conftest import MINIMAL, scheme_project
from tests.page_blocks import read_page
from tests.render.conftest import readable
from tests.sites import REPO, build_at

LONDON = ZoneInfo("Europe/London")


def at(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=LONDON)


def test_time_left_in_words() -> None:
    closes = at(2020, 2, 3, 17, 0)
    assert time_left(at(2020, 1, 20, 9, 0), closes) == "14 days left"
    assert time_left(at(2020, 2, 3, 12, 0), closes) == "5 hours left"
    assert time_left(at(2020, 2, 3, 16, 30), closes) == "less than an hour left"


WITH_CONTACT = (
    MINIMAL.replace("roles:", "timezone: Europe/London\nroles:", 1).replace(
        "        mentee: {email: mentoring@university.test}\n",
        "        mentee: {email: mentoring@university.test}\n      contact: lucy\n",
    )
    + "contacts:\n  - {id: lucy, name: Lucy Williams, email: lucy@university.test}\n"
)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    root = tmp_path_factory.mktemp("signup")
    config = scheme_project(root, WITH_CONTACT)
    pages = {}
    for label, now in (
        ("before", datetime(2030, 1, 20, 9, tzinfo=UTC)),
        ("after", datetime(2030, 2, 4, 9, tzinfo=UTC)),
    ):
        site = build_at(config, root / label, now)
        pages[label] = readable((site / "schemes/test-scheme/sign-up/index.html").read_text(encoding="utf-8"))
    return pages


def test_built_before_the_deadline_it_is_open(built: dict[str, str]) -> None:
    page = built["before"]
    assert page.count('data-signup-state="open"') == 2
    assert 'href="https://forms.office.com/r/TEST"' in page
    assert "Reverse mentor: apply (form on Microsoft Forms)" in page
    assert 'href="mailto:mentoring@university.test"' in page
    assert "Sunday 3 February 2030, 5pm GMT" in page and "14 days left" in page
    assert 'data-closes="2030-02-03T17:00:00+00:00"' in page
    assert "privacy/" in page


def test_built_after_the_deadline_it_is_closed_without_a_form_link(built: dict[str, str]) -> None:
    page = built["after"]
    assert page.count('data-signup-state="closed"') == 2
    assert "forms.office.com" not in page and "mailto:mentoring@" not in page
    assert 'Applications closed on <time datetime="2030-02-03T17:00:00+00:00">Sunday 3 February 2030, 5pm GMT' in page
    assert "contact Lucy Williams" in page
    # the ways in are still named, in the past tense, without a link to a closed form
    assert "applications were made using an online form" in page
    assert "applications were made by email to mentoring@university.test" in page


def test_invitation_only_roles_say_so(tmp_path: Path) -> None:
    site = build_at(REPO / "mkdocs.yml", tmp_path, datetime(2022, 1, 1, tzinfo=UTC))
    page = readable((site / "schemes/leeds-institutional/sign-up/index.html").read_text(encoding="utf-8"))
    assert 'data-role="mentee"' in page and 'data-signup-state="invitation"' in page
    assert "by invitation from the Director of Educational Engagement" in page


def test_an_opening_without_a_close_is_never_open_now_nor_at_any_time(write_scheme: Callable[..., Path]) -> None:
    text = MINIMAL.replace("      opens: 2030-01-13\n      deadline: 2030-02-03 17:00\n", "      opens: 2030-01\n")
    loaded, problems = load_scheme(write_scheme(text), "test-scheme.yml")
    assert loaded is not None, problems
    site = Site((loaded,), datetime(2030, 2, 15, tzinfo=UTC))  # before the cohort ends, which ends the window
    pages = {o.uri: o.content for o in render_scheme(loaded, site, environment(None))}
    said = html.unescape(pages["schemes/test-scheme/sign-up/index.md"] + pages["schemes/test-scheme/faq/index.md"])
    assert (
        "Applications opened in January 2030; no closing date is given, so whether they are still open is not known."
        in said
    )
    claims = said.replace("whether applications are open", "")  # the FAQ's pointer to the sign-up page
    assert "are open" not in claims and "at any time" not in claims


@pytest.mark.parametrize(("now", "said"), [(at(2030, 1, 20, 9, 0), "asks"), (at(2030, 2, 10, 9, 0), "asked")])
def test_what_the_form_asks_stays_on_the_page_once_it_closes(tmp_path: Path, now: datetime, said: str) -> None:
    asks = '{form: "https://forms.office.com/r/TEST", asks: [{label: Your job title}]}'
    project = scheme_project(tmp_path, MINIMAL.replace('{form: "https://forms.office.com/r/TEST"}', asks))
    page = build_at(project, tmp_path / "site", now) / "schemes" / "test-scheme" / "sign-up" / "index.html"
    text = readable(page.read_text(encoding="utf-8"))
    assert f"The application {said} for:" in text and "Your job title" in text


OPENED_LONG_AGO = MINIMAL.replace("    start: 2030-03\n    length: 6 months\n", "").replace(
    "      opens: 2030-01-13\n      deadline: 2030-02-03 17:00\n", "      opens: 2025-02-15\n"
)
"""A cohort with no dates of its own whose applications opened on a day the file gives, with no close."""


@pytest.mark.parametrize(
    ("now", "said", "unsaid"),
    [
        # the hidden "open on" the page's script shows only to a clock before the opening is in the tense of then
        (datetime(2026, 12, 7, 9, tzinfo=UTC), "Applications opened on Saturday 15 February 2025", None),
        (datetime(2025, 1, 7, 9, tzinfo=UTC), "Applications open on Saturday 15 February 2025", None),
    ],
)
def test_an_opening_with_no_close_is_said_once_per_role_in_the_tense_of_the_day(
    tmp_path: Path, now: datetime, said: str, unsaid: str | None
) -> None:
    """Before the opening a page says applications open (and keeps the opened words for the page's clock); after
    it, only that they opened, once for each role: never "open on" a day gone, nor one sentence twice, hidden
    parts included (they are in the page for whoever reads it without its script)."""
    site = build_at(scheme_project(tmp_path, OPENED_LONG_AGO), tmp_path / "site", now)
    page = read_page("sign-up", (site / "schemes/test-scheme/sign-up/index.html").read_text(encoding="utf-8"))
    for role in ("Reverse mentor", "Reverse mentee"):
        section = [b.text for b in page.blocks if b.section == role]
        sentences = [s for b in section for s in re.split(r"(?<=[.])\s+", b) if len(s.split()) >= 5]
        assert any(said in s for s in sentences) and len(sentences) == len(set(sentences)), section
        assert unsaid is None or all(unsaid not in s for s in sentences), section


@pytest.mark.parametrize("now", [datetime(2030, 1, 1, tzinfo=UTC), datetime(2030, 1, 20, tzinfo=UTC)])
def test_with_no_way_to_apply_the_contact_is_given_once_a_role(
    write_scheme: Callable[..., Path], now: datetime
) -> None:
    """Upcoming or open, a window with no form or address names the contact once for each role, the open part the
    page's script shows at the opening included."""
    text = WITH_CONTACT.replace('mentor: {form: "https://forms.office.com/r/TEST"}', "mentor: {}")
    loaded, problems = load_scheme(
        write_scheme(text.replace("mentee: {email: mentoring@university.test}", "mentee: {}")), "x.yml"
    )
    assert loaded is not None, problems
    pages = {o.uri: o.content for o in render_scheme(loaded, Site((loaded,), now), environment(None))}
    page = pages["schemes/test-scheme/sign-up/index.md"]
    assert page.count("No form or address to apply to is given.") == 2
    assert page.count("For questions, contact Lucy Williams") == 2
