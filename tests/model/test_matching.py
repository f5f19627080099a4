"""Matching and a cohort's own matching: who chooses, asks, accepts and ranks, read as coordinators write them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pydantic import ValidationError

from schemebook.model import Cohort
from schemebook.model.matching import Matching
from schemebook.project.site import load_scheme
from tests.conftest import MINIMAL


def test_who_does_what_is_read() -> None:
    matching = Matching.model_validate(
        {
            "chosen_by": "mentee",
            "requested_by": ["mentor", "mentee"],
            "accepted_by": ["mentor"],
            "ranked_by": ["mentor", "mentee"],
            "rematch": "one re-match within a month",
            "unmatched": "kept on a reserve list for the next intake",
        }
    )
    assert matching.unmatched == "kept on a reserve list for the next intake"
    assert matching.offers is None and matching.chosen_by == "mentee"
    assert (matching.requested_by, matching.accepted_by) == (["mentor", "mentee"], ["mentor"])
    assert matching.ranked_by == ["mentor", "mentee"] and matching.rematch == "one re-match within a month"


def test_left_out_they_are_empty() -> None:
    matching = Matching.model_validate({"by": "the team"})
    assert (matching.requested_by, matching.accepted_by, matching.ranked_by, matching.rematch) == ([], [], [], None)
    assert matching.unmatched is None


@pytest.mark.parametrize(
    "given",
    [
        {"requested_by": "mentee"},
        {"accepted_by": ["Not An Id"]},
        {"ranked_by": ["two words"]},
        {"rematch": ""},
        {"unmatched": ""},
        {"unmatched": ["a reserve list"]},
        {"unmatched": "a reserve\nlist"},
        {"asked_by": []},
    ],
)
def test_misshapen_fields_are_refused(given: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        Matching.model_validate(given)


def test_a_cohort_gives_its_own_matching_pairing_and_group_size() -> None:
    cohort = Cohort.model_validate(
        {"id": "one", "matching": {"by": "the mentees"}, "pairing": "group", "group_size": "trios"}
    )
    assert cohort.matching == Matching(by="the mentees")
    assert (cohort.pairing, cohort.group_size) == (["group"], "trios")


def test_a_cohort_pairing_is_one_of_the_choices() -> None:
    with pytest.raises(ValidationError):
        Cohort.model_validate({"id": "one", "pairing": "trio"})


def test_a_cohort_without_them_has_none() -> None:
    cohort = Cohort.model_validate({"id": "one"})
    assert (cohort.matching, cohort.pairing, cohort.group_size) == (None, None, None)


def test_a_wrong_unmatched_is_reported_on_its_line(write_scheme: Callable[..., Path]) -> None:
    path = write_scheme(MINIMAL + "matching:\n  unmatched: [a reserve list]\n")
    _, problems = load_scheme(path, "schemes/x.yml")
    found = [str(p) for p in problems]
    assert any(p.startswith("schemes/x.yml:21:") and "matching.unmatched" in p for p in found), found


@pytest.mark.parametrize(("given", "kept"), [("group", ["group"]), (["one-to-one", "group"], ["one-to-one", "group"])])
def test_a_pairing_is_one_term_or_several_and_written_back_as_given(given: object, kept: list[str]) -> None:
    cohort = Cohort.model_validate({"id": "now", "pairing": given})
    assert cohort.pairing == kept
    assert cohort.model_dump(mode="json")["pairing"] == given


@pytest.mark.parametrize("given", ["circles", ["group", "group"], [], ["one-to-one", "circles"]])
def test_a_pairing_is_only_known_terms_each_once(given: object) -> None:
    with pytest.raises(ValidationError):
        Cohort.model_validate({"id": "now", "pairing": given})
