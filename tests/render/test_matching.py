"""Who chooses, asks, accepts and ranks, how a match can change and what happens to those not matched: each
said from its own field, on the overview and every role's page; a cohort's own matching, pairing and group size said
under that cohort; nothing when left out."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.conftest import scheme_project
from tests.page_text import page_text
from tests.sites import build_at

HEAD = """\
title: Chosen scheme
summary: A scheme of requests.
organisation: {name: Chosen University}
pairing: one-to-one
roles:
  - {id: mentor, name: Mentor, join: {method: application}}
  - {id: mentee, name: Mentee, join: {method: application}}
"""
CHOSEN = (
    HEAD
    + """\
matching:
  chosen_by: mentee
  requested_by: [mentor, mentee]
  accepted_by: [mentor]
  ranked_by: [mentee, mentor]
  rules: [outside your own department]
  rematch: one re-match within a month
  unmatched: kept on a reserve list for the next intake
cohorts:
  - id: past
    start: 2024-01
    end: 2024-06
    matching: {by: the programme team, accepted_by: [mentee]}
    pairing: group
    group_size: pairs and trios
  - id: now
    start: 2027-01
    end: 2027-06
"""
)
SENTENCES = [
    "Who chooses who they are matched with: Mentees.",
    "Who may ask to be matched with someone: Mentors and Mentees.",
    "Who ranks their possible partners: Mentors and Mentees.",
    "Who accepts or declines each match proposed to them: Mentors.",
    "Re-matching: one re-match within a month.",
    "If not matched: kept on a reserve list for the next intake.",
]
"""What CHOSEN's own matching says."""


def built(root: Path, scheme: str) -> dict[str, str]:
    """The overview and the role pages of `scheme`, built with real MkDocs, as text."""
    site = build_at(scheme_project(root, scheme, "chosen"), root / "site", datetime(2026, 12, 1, 12, tzinfo=UTC))
    folder = site / "schemes" / "chosen"
    return {
        page: page_text((folder / page).read_text(encoding="utf-8")) for page in ("index.html", "mentor/index.html")
    }


@pytest.fixture(scope="module")
def chosen(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return built(tmp_path_factory.mktemp("chosen"), CHOSEN)


@pytest.mark.parametrize("sentence", SENTENCES)
@pytest.mark.parametrize("page", ["index.html", "mentor/index.html"])
def test_each_field_is_its_own_sentence(chosen: dict[str, str], page: str, sentence: str) -> None:
    assert sentence in chosen[page]


def test_a_choice_without_offers_proposes_nothing(chosen: dict[str, str]) -> None:
    assert "proposed, and" not in chosen["index.html"] and "possible match" not in chosen["index.html"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Matching in this cohort:\nMatched by: the programme team.\n"
        "Who accepts or declines each match proposed to them: Mentees.",
        "Pairing in this cohort: group mentoring.",
        "Group size in this cohort: pairs and trios.",
    ],
)
def test_a_past_cohort_says_how_it_differed(chosen: dict[str, str], sentence: str) -> None:
    assert sentence in chosen["index.html"]


def test_the_current_cohort_keeps_the_scheme_s_pairing(chosen: dict[str, str]) -> None:
    assert "Pairing: one-to-one\n" in chosen["index.html"]


def test_the_current_cohort_s_own_pairing_is_in_place(tmp_path: Path) -> None:
    scheme = HEAD + "cohorts:\n  - {id: now, start: 2027-01, pairing: group, group_size: trios, matching: {by: you}}\n"
    text = built(tmp_path, scheme)["index.html"]
    assert "Pairing: group mentoring (trios)" in text
    assert "Matched by: you." in text


def test_nothing_is_said_when_they_are_left_out(tmp_path: Path) -> None:
    pages = built(tmp_path, HEAD + "matching: {by: the team}\ncohorts: [{id: now, start: 2027-01}]\n")
    for text in pages.values():
        assert "Matched by: the team." in text
        for words in (
            "choose",
            "ask to be matched",
            "ranks their",
            "accepts or declines",
            "Re-matching",
            "not matched",
            "reserve",
            "in this cohort",
        ):
            assert words not in text


@pytest.mark.parametrize("page", ["index.html", "mentor/index.html"])
def test_rules_are_a_labelled_list_not_rules_of_each_match(chosen: dict[str, str], page: str) -> None:
    # A rule may be a limit on a person ("a mentor may take up to 3 mentees"), not a rule each match keeps.
    assert "Matching rules:\n- outside your own department" in chosen[page]
    assert "Every match" not in chosen[page] and "these rules" not in chosen[page]


def test_a_current_cohort_s_matching_replaces_the_scheme_s_whole(tmp_path: Path) -> None:
    # never mixed: the cohort's under its title, then the scheme's own under its label, so that neither is lost
    own = "    matching: {notes: A software algorithm aided the pairing.}\n"
    scheme = CHOSEN.split("cohorts:")[0] + "cohorts:\n  - id: now\n    start: 2027-01\n" + own
    for text in built(tmp_path, scheme).values():
        cohort, general = text.split("As the scheme gives it in general:")
        assert "Cohort now:\nA software algorithm aided the pairing." in cohort
        assert not any(sentence in cohort for sentence in SENTENCES) and "Matching rules" not in cohort
        assert all(sentence in general for sentence in SENTENCES) and "Matching rules" in general


@pytest.mark.parametrize(
    ("pairing", "term"), [("reverse", "reverse mentoring"), ("reciprocal", "reciprocal mentoring"), ("team", "team")]
)
def test_a_pairing_is_its_term_with_no_gloss(tmp_path: Path, pairing: str, term: str) -> None:
    scheme = HEAD.replace("pairing: one-to-one", f"pairing: {pairing}") + (
        f"cohorts:\n  - {{id: past, start: 2024-01, pairing: {pairing}}}\n  - {{id: now, start: 2027-01}}\n"
    )
    text = built(tmp_path, scheme)["index.html"]
    assert f"Pairing: {term}" in text and f"Pairing in this cohort: {term}" in text
    for gloss in ("junior", "each other", "the other", "manages itself", "rather than pairs", "a mentor and a mentee"):
        assert gloss not in text


def test_every_pairing_the_file_names_is_given_in_its_order(tmp_path: Path) -> None:
    scheme = HEAD.replace("pairing: one-to-one", "pairing: [one-to-one, group]\ngroup_size: ten makers") + (
        "cohorts:\n  - {id: past, start: 2024-01, pairing: [peer, reverse]}\n"
        "  - {id: now, start: 2027-01, outcomes: {topics_discussed: [Goals]}}\n"
    )
    text = built(tmp_path, scheme)["index.html"]
    assert "Pairing: one-to-one and group mentoring (ten makers)" in text
    assert "Pairing in this cohort: peer mentoring and reverse mentoring." in text
    assert "Topics the pairs and groups discussed:" in text
