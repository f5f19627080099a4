"""Scheme pages: the example site's facts on the right pages, pages only with data, sound structure and links."""

from __future__ import annotations

import itertools
import posixpath
import re
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.render.conftest import Article, build_site, page
from tests.render.test_views import SEVERAL_COHORTS

NOTTINGHAM = "schemes/nottingham-stemm-change"
DEADLINE = '<time datetime="2020-02-03T17:00:00+00:00">Monday 3 February 2020, 5pm GMT</time>'


def generated_pages(site: Path) -> list[Path]:
    return sorted((site / "schemes").rglob("index.html"))


def test_nottingham_deadline_is_answered_on_its_faq_and_sign_up_page(example_site: Path) -> None:
    faq = page(example_site, f"{NOTTINGHAM}/faq")
    answer = re.search(r"<summary>When is the deadline for applications\?</summary>(.*?)</details>", faq, re.S)
    assert answer and f"The deadline for applications is {DEADLINE}" in answer[1]
    assert DEADLINE in page(example_site, f"{NOTTINGHAM}/sign-up")


def test_nottingham_training_rooms_are_on_its_timeline_and_handbooks(example_site: Path) -> None:
    rooms = [
        "B7, Hemsley, University Park",
        "B23, Pope Building, University Park",
        "A22, Pope Building, University Park",
    ]
    timeline = Article(page(example_site, f"{NOTTINGHAM}/timeline")).text
    assert all(room in timeline for room in rooms)
    mentee = Article(page(example_site, f"{NOTTINGHAM}/mentee")).text
    assert "Attend one of these sessions: Monday 24 February 2020, 10.30am to 12 noon GMT, B7, Hemsley" in mentee
    assert "B23, Pope Building" not in mentee, "the mentors' training room is not the mentees' business"


def test_leeds_law_themes_without_an_order_and_gibbs_stages(example_site: Path) -> None:
    text = Article(page(example_site, "schemes/leeds-law-international/themes")).text
    themes = ["Belonging and community", "Labelling and identity", "Inclusive teaching/practices", "Failure/resilience"]
    assert "in this order" not in text.split("Reflective log")[0], "the source gives no order for the themes"
    listed = text.split("Themes:")[1]
    assert all(theme in listed for theme in themes)
    stages = ["Description", "Feelings", "Evaluation", "Analysis", "Conclusion", "Action plan"]
    log = text.split("Reflective log")[1]
    assert [log.index(stage) for stage in stages] == sorted(log.index(stage) for stage in stages)
    assert 'How important is the label "international student" to my identity?' in text


def test_imperial_topics_from_the_first_cohort(example_site: Path) -> None:
    text = Article(page(example_site, "schemes/imperial/themes")).text
    assert "First cohort (pilot):" in text.split("What earlier pairs talked about")[1]
    for topic in [
        "sexism and racism within the College",
        "impact and reactions to Black Lives Matter",
        "College culture",
    ]:
        assert topic in text


def test_leeds_mentees_join_by_invitation(example_site: Path) -> None:
    handbook = page(example_site, "schemes/leeds-institutional/mentee")
    assert 'data-signup-state="invitation"' in handbook
    faq = Article(page(example_site, "schemes/leeds-institutional/faq")).text
    assert "Staff mentees join by invitation from the Director of Educational Engagement" in faq
    mentee_faq = Article(handbook).text
    assert "When is the deadline for applications?" not in mentee_faq


def test_pages_without_data_are_left_out(example_site: Path) -> None:
    schemes = example_site / "schemes"
    assert not (schemes / "nottingham-stemm-change" / "themes").exists(), "Nottingham has no themes or log"
    assert not (schemes / "imperial" / "support").exists(), "Imperial states no support arrangements"
    assert (schemes / "leeds-law-international" / "support" / "index.html").exists()
    assert (schemes / "transformation-west-midlands" / "progression-coach" / "print" / "index.html").exists()


def test_every_link_leads_to_a_page_that_exists(example_site: Path) -> None:
    broken = []
    for path in [example_site / "index.html", *generated_pages(example_site)]:
        here = "/" + path.parent.relative_to(example_site).as_posix() + "/"
        for href in Article(path.read_text(encoding="utf-8")).links:
            parts = urlsplit(href)
            if parts.scheme or not parts.path:
                continue
            target = example_site / posixpath.normpath(posixpath.join(here, parts.path)).lstrip("/")
            if not (target / "index.html" if parts.path.endswith("/") else target).exists():
                broken.append(f"{here}: {href}")
    assert broken == []


def test_one_h1_and_no_skipped_heading_levels(example_site: Path) -> None:
    problems = []
    for path in generated_pages(example_site):
        levels = [level for level, _ in Article(path.read_text(encoding="utf-8")).headings]
        if levels.count(1) != 1 or levels[0] != 1:
            problems.append(f"{path}: {levels.count(1)} h1")
        problems += [f"{path}: h{a} then h{b}" for a, b in itertools.pairwise(levels) if b > a + 1]
    assert problems == []


def test_role_handbook_links_its_printable_page_with_every_section(example_site: Path) -> None:
    handbook = page(example_site, "schemes/leeds-law-international/mentor")
    assert '<a class="sb-print" href="print/">Print or save this handbook as a PDF</a>' in handbook
    headings = [
        text
        for level, text in Article(page(example_site, "schemes/leeds-law-international/mentor/print")).headings
        if level == 2
    ]
    for section in ["About the scheme", "Meeting themes", "Support and confidentiality", "Questions and answers"]:
        assert section in headings


def test_faq_answers_follow_the_scheme_file(full_site: Path, write_scheme: Callable[..., Path]) -> None:
    site = build_site(full_site)
    assert "Sunday 3 February 2030, 5pm GMT" in page(site, "schemes/test-scheme/faq")
    scheme = full_site.parent / "schemes" / "test-scheme.yml"
    scheme.write_text(
        scheme.read_text(encoding="utf-8").replace("2030-02-03 17:00", "2030-02-07 12:00"), encoding="utf-8"
    )
    faq = page(build_site(full_site), "schemes/test-scheme/faq")
    assert "Thursday 7 February 2030, 12 noon GMT" in faq and "Sunday 3 February 2030" not in faq


def test_a_template_override_replaces_the_page(full_site: Path) -> None:
    overrides = full_site.parent / "overrides" / "schemebook"
    overrides.mkdir(parents=True)
    (overrides / "support.md.j2").write_text("# Help\n\nAsk {{ s.primary_contact.name | plain }}.\n", encoding="utf-8")
    site = build_site(full_site)
    support = Article(page(site, "schemes/test-scheme/support"))
    assert support.headings == [(1, "Help")]
    assert "Ask Lucy Williams." in support.text
    assert not list(site.rglob("*.j2")), "the theme folder's template overrides are not published"


@pytest.mark.parametrize("title", ["<script>alert(1)</script> & Co", "</title><script>alert(1)</script>"])
def test_markup_in_a_title_is_shown_as_text(small_site: Path, title: str) -> None:
    scheme = small_site.parent / "schemes" / "test-scheme.yml"
    scheme.write_text(
        scheme.read_text(encoding="utf-8").replace("title: Test scheme", f"title: '{title}'"), encoding="utf-8"
    )
    site = build_site(small_site)
    for path in [site / "index.html", *generated_pages(site)]:
        html = path.read_text(encoding="utf-8")
        assert "<script>alert" not in html, path
    overview = Article(page(site, "schemes/test-scheme"))
    assert overview.headings[0] == (1, title)


def test_several_cohorts_a_year_reciprocal_pairs(small_site: Path) -> None:
    (small_site.parent / "schemes" / "test-scheme.yml").write_text(SEVERAL_COHORTS, encoding="utf-8")
    config = small_site.read_text(encoding="utf-8").replace(
        "  - schemebook", '  - schemebook:\n      now: "2030-06-02T09:00:00+00:00"'
    )
    small_site.write_text(config, encoding="utf-8")
    site = build_site(small_site)
    overview = Article(page(site, "schemes/test-scheme"))
    assert "Pairing: reciprocal mentoring" in overview.text
    assert (3, "Carer mentors") not in overview.headings and (3, "Senior leaders") in overview.headings
    sign_up = page(site, "schemes/test-scheme/sign-up")
    assert 'data-signup-state="open"' in sign_up and "Cohort: Cohort autumn" in Article(sign_up).text
    # a contact is for questions: never said to be where applications go
    text = Article(sign_up).text
    assert "No form or address to apply to is given." in text
    contact = "For questions, contact Mentoring team (team@example.org)."
    assert text.count(contact) == text.count("No form or address") == 2
    assert "To apply, contact" not in text and "Before you apply" not in text


def test_an_evaluated_scheme_links_its_impact_page_from_the_overview(example_site: Path) -> None:
    overview = Article(page(example_site, "schemes/leeds-institutional"))
    assert "evaluation/" in overview.links, overview.links
    assert not any("evaluation" in href for href in Article(page(example_site, NOTTINGHAM)).links)
