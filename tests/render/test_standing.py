"""A scheme with no cohorts that people join at any time: its own `sign_up`, shown without a made-up cohort."""

from __future__ import annotations

import html
from datetime import UTC, datetime

import pytest

from schemebook.project.site import load_scheme
from schemebook.render.views import SchemeView
from tests.conftest import MINIMAL, scheme_project
from tests.page_text import page_text
from tests.sites import build_at

STANDING = MINIMAL.split("cohorts:\n")[0] + (
    "sign_up:\n"
    "  rolling: true\n"
    "  roles:\n"
    '    mentor: {form: "https://forms.office.com/r/TEST"}\n'
    "    mentee: {through: the member portal}\n"
)


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    root = tmp_path_factory.mktemp("standing")
    site = build_at(scheme_project(root, STANDING), root / "site", datetime(2030, 1, 20, 9, tzinfo=UTC))
    found = site.glob("schemes/test-scheme/**/index.html")
    return {str(p.parent.relative_to(site)): page_text(p.read_text(encoding="utf-8")) for p in found}


def test_a_standing_sign_up_is_open_with_its_ways_in(pages: dict[str, str]) -> None:
    signup = pages["schemes/test-scheme/sign-up"]
    assert "Reverse mentor: apply (form on Microsoft Forms)" in signup
    assert "through the member portal" in signup
    assert "An undated source said applications were taken at any time." in pages["schemes/test-scheme/faq"]


def test_no_page_names_a_cohort_the_file_does_not_give(pages: dict[str, str]) -> None:
    for uri, text in pages.items():
        assert "Cohort" not in text and "cohort" not in text, uri
        assert "When does it run?" not in text, uri


def test_a_standing_sign_up_follows_past_cohorts_and_gives_way_to_a_dated_one(write_scheme) -> None:
    pilot = STANDING.replace("sign_up:", "cohorts:\n  - {id: pilot, start: 2020-03, length: 4 months}\nsign_up:", 1)
    loaded, problems = load_scheme(write_scheme(pilot), "schemes/x.yml")
    assert loaded is not None, problems
    now = datetime(2030, 1, 20, 9, tzinfo=UTC)
    view = SchemeView(loaded, now)
    assert (
        view.cohort_title(view.current) == ""
        and view.status.label == "An undated source said applications were taken at any time"
    )
    dated = pilot.replace(
        "length: 4 months}", "length: 4 months}\n  - {id: next, start: 2030-06, sign_up: {opens: 2030-02-01}}"
    )
    loaded, problems = load_scheme(write_scheme(dated), "schemes/x.yml")
    assert loaded is not None, problems
    view = SchemeView(loaded, now)
    assert view.current is not None and view.cohort_title(view.current) == "Cohort next"


def test_an_ended_scheme_says_so_and_offers_no_way_in(tmp_path_factory: pytest.TempPathFactory) -> None:
    ended = STANDING.replace(
        "sign_up:", "status: {state: ended, as_of: 2025-05-01, reason: the charity closed}\nsign_up:", 1
    )
    root = tmp_path_factory.mktemp("ended")
    site = build_at(scheme_project(root, ended), root / "site", datetime(2030, 1, 20, 9, tzinfo=UTC))
    for name in ("index.html", "sign-up/index.html", "mentor/index.html"):
        shown = page_text((site / "schemes/test-scheme" / name).read_text(encoding="utf-8"))
        assert "Ended as of 1 May 2025: the charity closed." in shown, name
        assert "forms.office.com" not in (site / "schemes/test-scheme" / name).read_text(encoding="utf-8"), name
    faq = site / "schemes/test-scheme/faq/index.html"
    assert not faq.exists() or "How do I apply?" not in page_text(faq.read_text(encoding="utf-8"))


def test_an_organisations_own_privacy_notice_is_pointed_to(tmp_path_factory: pytest.TempPathFactory) -> None:
    notice = "https://union.test/privacy"
    own = STANDING.replace("  name: Test University\n", f"  name: Test Union\n  privacy_url: {notice}\n", 1)
    root = tmp_path_factory.mktemp("notice")
    site = build_at(scheme_project(root, own), root / "site", datetime(2030, 1, 20, 9, tzinfo=UTC))
    signup = (site / "schemes/test-scheme/sign-up/index.html").read_text(encoding="utf-8")
    assert f'href="{notice}"' in html.unescape(signup) and "Test Union's privacy notice" in page_text(signup)
