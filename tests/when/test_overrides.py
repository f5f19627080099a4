"""A scheme as it was in one cohort: the cohort's matching, pairing and group size in place of the scheme's, whole;
its meetings field by field."""

from __future__ import annotations

from typing import Any

from schemebook.model import Cohort, Scheme
from schemebook.when.overrides import in_cohort

SCHEME: dict[str, Any] = {
    "title": "T",
    "summary": "S.",
    "organisation": {"name": "O"},
    "pairing": "one-to-one",
    "group_size": "a mentor and a mentee",
    "matching": {"by": "the team", "on": ["interests"], "rules": ["not in the same department"]},
    "meetings": {"count": "six"},
    "roles": [{"id": "mentor", "name": "Mentor"}, {"id": "mentee", "name": "Mentee"}],
}


def scheme_with(cohort: dict[str, Any]) -> tuple[Scheme, Cohort]:
    scheme = Scheme.model_validate({**SCHEME, "cohorts": [{"id": "one", **cohort}]})
    return scheme, scheme.cohorts[0]


def test_a_cohort_matching_replaces_the_scheme_s_whole() -> None:
    # A way of matching is one process: the pilot's algorithm is not mixed with the programme's rules.
    scheme, cohort = scheme_with({"matching": {"notes": "A software algorithm aided the pairing."}})
    assert in_cohort(scheme, cohort).matching == cohort.matching


def test_a_cohort_matching_stands_alone_when_the_scheme_has_none() -> None:
    scheme, cohort = scheme_with({"matching": {"ranked_by": ["mentor", "mentee"]}})
    scheme = scheme.model_copy(update={"matching": None})
    assert in_cohort(scheme, cohort).matching == cohort.matching


def test_a_cohort_pairing_and_group_size_replace_the_scheme_s() -> None:
    scheme, cohort = scheme_with({"pairing": "group", "group_size": "trios"})
    changed = in_cohort(scheme, cohort)
    assert (changed.pairing, changed.group_size) == (["group"], "trios")
    assert changed.matching == scheme.matching and changed.meetings == scheme.meetings


def test_a_cohort_group_size_alone_keeps_the_scheme_s_pairing() -> None:
    scheme, cohort = scheme_with({"group_size": "trios"})
    changed = in_cohort(scheme, cohort)
    assert (changed.pairing, changed.group_size) == (["one-to-one"], "trios")


def test_nothing_changes_when_the_cohort_leaves_them_out() -> None:
    scheme, cohort = scheme_with({"title": "First"})
    assert in_cohort(scheme, cohort) is scheme
    assert in_cohort(scheme, None) is scheme


def test_meetings_still_merge_field_by_field() -> None:
    scheme, cohort = scheme_with({"meetings": {"frequency": "monthly"}})
    meetings = in_cohort(scheme, cohort).meetings
    assert meetings is not None and (meetings.count, meetings.frequency) == ("six", "monthly")


def test_a_cohort_s_name_for_a_role_takes_its_own_plural_never_the_scheme_s() -> None:
    roles = [{"id": "mentor", "name": "Member of staff", "plural": "Members of staff"}, {"id": "mentee", "name": "M"}]
    scheme = Scheme.model_validate({**SCHEME, "roles": roles})
    renamed = {"id": "mentor", "name": "Tuakana"}
    for cohort_roles, plural in (
        ([renamed], None),
        ([{**renamed, "plural": "Tuakana"}], "Tuakana"),
        ([], "Members of staff"),
    ):
        cohort = Cohort.model_validate({"id": "one", "roles": cohort_roles})
        assert in_cohort(scheme, cohort).roles[0].plural == plural
