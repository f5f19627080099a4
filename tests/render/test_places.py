"""Who runs a scheme (what and where, as the file says) and a cohort's places, on the pages that describe the
cohort and its sign-up: places as labelled facts in the file's words, in no tense, and only when the file gives
them."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from schemebook.model import Places
from schemebook.render.places import places_sentence
from tests.conftest import MINIMAL, scheme_project
from tests.page_text import page_text
from tests.sites import build_at

OPEN = datetime(2030, 1, 20, 9, tzinfo=UTC)
"""While the 2030 cohort takes applications."""
ENDED = datetime(2031, 1, 20, 9, tzinfo=UTC)
"""After the 2030 cohort's six months of mentoring."""

DESCRIBED = MINIMAL.replace(
    "  name: Test University\n",
    "  name: Test Union\n  kind: trade union\n  place: Ireland\n  url: http://www.union.test/\n",
).replace(
    "    start: 2030-03\n",
    "    start: 2030-03\n    places:\n      count: about 30\n      roles: {mentor: 12, mentee: max 18 participants}\n"
    "      allocation: first come, first served\n",
)


def pages(root: Path, scheme: str, now: datetime) -> dict[str, str]:
    site = build_at(scheme_project(root, scheme), root / "site", now)
    found = {str(p.relative_to(site)): p for p in site.glob("**/*.html")}
    return {name: " ".join(page_text(path.read_text(encoding="utf-8")).split()) for name, path in found.items()}


@pytest.fixture(scope="module")
def described(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return pages(tmp_path_factory.mktemp("described"), DESCRIBED, OPEN)


@pytest.fixture(scope="module")
def ended(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return pages(tmp_path_factory.mktemp("ended"), DESCRIBED, ENDED)


@pytest.fixture(scope="module")
def plain(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return pages(tmp_path_factory.mktemp("plain"), MINIMAL, OPEN)


OVERVIEW = "schemes/test-scheme/index.html"
SIGN_UP = "schemes/test-scheme/sign-up/index.html"
NOW_PLACES = (
    "about 30 places. By role: Reverse mentors, 12 places; Reverse mentees, max 18 participants. "
    "Allocation: first come, first served."
)


def test_the_overview_says_what_and_where_the_runner_is_each_as_a_fact(described: dict[str, str]) -> None:
    assert "Run by: Test Union - Kind of organisation: trade union - Based in: Ireland" in described[OVERVIEW]


def test_the_privacy_notice_names_the_runner_and_claims_nothing_of_what_it_decides(described: dict[str, str]) -> None:
    notice = described["privacy/index.html"]
    assert "Scheme run by: Test Union" in notice and "Test Union, which decides" not in notice


def test_places_are_on_the_overview_the_cohort_list_and_the_sign_up_page(described: dict[str, str]) -> None:
    assert f"Places: {NOW_PLACES} - Deadline" in described[OVERVIEW]  # at a glance
    assert described[OVERVIEW].count(f"Places: {NOW_PLACES}") == 2  # and under the cohort
    assert f"Places: {NOW_PLACES}" in described[SIGN_UP]


def test_places_of_a_cohort_that_has_run_keep_the_file_s_words(ended: dict[str, str]) -> None:
    """A plan ("about 100 new advocates every year") is no record of what happened: no tense is put on it."""
    for name in (OVERVIEW, SIGN_UP):
        assert f"Places: {NOW_PLACES}" in ended[name]
        assert "There were" not in ended[name] and "places were given" not in ended[name]


def test_places_worded_as_a_plan_are_shown_as_written(tmp_path: Path) -> None:
    plan = "    places: {count: about 100 new advocates every year}\n"
    scheme = MINIMAL.replace("    start: 2030-03\n", f"    start: 2030-03\n{plan}")
    page = pages(tmp_path, scheme, ENDED)[OVERVIEW]
    assert "Places: about 100 new advocates every year." in page and "There were" not in page


def test_pages_say_nothing_of_places_or_kind_when_the_file_leaves_them_out(plain: dict[str, str]) -> None:
    for name in (OVERVIEW, SIGN_UP, "privacy/index.html"):
        assert "Places" not in plain[name] and "places" not in plain[name]
    assert "Run by: Test University ## In this handbook" in plain[OVERVIEW]


def test_a_place_alone_follows_the_name(tmp_path: Path) -> None:
    scheme = MINIMAL.replace("  name: Test University\n", "  name: Test Network\n  place: Victoria, Australia\n")
    assert "Run by: Test Network - Based in: Victoria, Australia" in pages(tmp_path, scheme, OPEN)[OVERVIEW]


@pytest.mark.parametrize(
    ("places", "expected"),
    [
        (Places(count=12), "12 places."),
        (Places(count=1), "one place."),
        (Places(count="up to 9"), "up to 9 places."),
        (Places(roles={"mentor": 1, "mentee": 2}), "By role: mentors, one place; mentees, two places."),
        (Places(count="about 18 per role"), "about 18 per role."),
        (Places(count="15-20 pairs"), "15-20 pairs."),
        (Places(roles={"mentor": "about 18"}), "By role: mentors, about 18 places."),
        (Places(allocation="selection by interview."), "Allocation: selection by interview."),
        (Places(), ""),
    ],
)
def test_places_in_words(places: Places, expected: str) -> None:
    assert places_sentence(places, lambda role_id: f"{role_id}s") == expected
