"""A role's own facts as coordinators write them from sources: what it pays, how many one person takes on,
what is preferred of them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pydantic import ValidationError

from schemebook.model import Eligibility, Pay, Role
from schemebook.project.site import load_scheme
from tests.conftest import MINIMAL


def errors_of(path: Path) -> list[str]:
    _, problems = load_scheme(path, "schemes/x.yml")
    return [str(p) for p in sorted(problems) if p.level.value == "error"]


def test_pay_is_read_in_the_sources_words() -> None:
    role = Role.model_validate(
        {"id": "mentor", "name": "Mentor", "pay": {"amount": "a $500 yearly stipend", "note": "Paid in June."}}
    )
    assert role.pay == Pay(amount="a $500 yearly stipend", note="Paid in June.")
    assert Role.model_validate({"id": "mentor", "name": "Mentor", "pay": {"volunteer": True}}).pay == Pay(
        volunteer=True
    )
    assert Role.model_validate({"id": "mentor", "name": "Mentor"}).pay is None


@pytest.mark.parametrize("given", [{"amount": ""}, {"volunteer": "sometimes"}, {"stipend": "$500"}, "$500"])
def test_misshapen_pay_is_refused(given: object) -> None:
    with pytest.raises(ValidationError):
        Role.model_validate({"id": "mentor", "name": "Mentor", "pay": given})


def test_a_wrong_pay_is_reported_on_its_line(write_scheme: Callable[..., Path]) -> None:
    text = MINIMAL.replace("    name: Reverse mentor\n", "    name: Reverse mentor\n    pay: {volunteer: maybe}\n")
    found = errors_of(write_scheme(text))
    assert any(p.startswith("schemes/x.yml:8:") and "roles[0].pay.volunteer" in p for p in found), found


def test_a_pay_that_says_nothing_is_reported(write_scheme: Callable[..., Path]) -> None:
    text = MINIMAL.replace("    name: Reverse mentor\n", "    name: Reverse mentor\n    pay: {note: Ask us.}\n")
    found = errors_of(write_scheme(text))
    assert any(p.startswith("schemes/x.yml:8:") and "`pay` says nothing about pay" in p for p in found), found


def test_takes_on_is_read_in_the_sources_words() -> None:
    role = Role.model_validate({"id": "mentor", "name": "Mentor", "takes_on": "up to 3 mentees at a time"})
    assert role.takes_on == "up to 3 mentees at a time"
    assert Role.model_validate({"id": "mentor", "name": "Mentor"}).takes_on is None


@pytest.mark.parametrize("given", ["", ["up to 3 mentees"], "up to 3\nmentees"])
def test_misshapen_takes_on_is_refused(given: object) -> None:
    with pytest.raises(ValidationError):
        Role.model_validate({"id": "mentor", "name": "Mentor", "takes_on": given})


def test_a_wrong_takes_on_is_reported_on_its_line(write_scheme: Callable[..., Path]) -> None:
    text = MINIMAL.replace("    name: Reverse mentor\n", "    name: Reverse mentor\n    takes_on: [three mentees]\n")
    found = errors_of(write_scheme(text))
    assert any(p.startswith("schemes/x.yml:8:") and "roles[0].takes_on" in p for p in found), found


def test_preferred_is_read_apart_from_requirements_and_welcome() -> None:
    eligibility = Eligibility.model_validate({"requirements": ["a manager"], "preferred": ["coaching experience"]})
    assert (eligibility.requirements, eligibility.preferred, eligibility.welcome) == (
        ["a manager"],
        ["coaching experience"],
        [],
    )
    assert Eligibility().preferred == []


@pytest.mark.parametrize("given", ["coaching experience", [""], [["nested"]]])
def test_misshapen_preferred_is_refused(given: object) -> None:
    with pytest.raises(ValidationError):
        Eligibility.model_validate({"preferred": given})


def test_a_wrong_preferred_is_reported_on_its_line(write_scheme: Callable[..., Path]) -> None:
    text = MINIMAL.replace(
        "    name: Reverse mentor\n", "    name: Reverse mentor\n    eligibility:\n      preferred: coaching\n"
    )
    found = errors_of(write_scheme(text))
    assert any(p.startswith("schemes/x.yml:9:") and "roles[0].eligibility.preferred" in p for p in found), found


def test_mentors_names_the_roles_a_role_mentors() -> None:
    role = Role.model_validate({"id": "senior", "name": "Senior mentor", "mentors": ["junior", "student"]})
    assert role.mentors == ["junior", "student"]
    assert Role.model_validate({"id": "mentor", "name": "Mentor"}).mentors == []


@pytest.mark.parametrize("given", ["junior", ["Junior mentor"], [""], [["junior"]]])
def test_misshapen_mentors_is_refused(given: object) -> None:
    with pytest.raises(ValidationError):
        Role.model_validate({"id": "senior", "name": "Senior mentor", "mentors": given})


def test_a_wrong_mentors_is_reported_on_its_line(write_scheme: Callable[..., Path]) -> None:
    text = MINIMAL.replace("    name: Reverse mentor\n", "    name: Reverse mentor\n    mentors: mentee\n")
    found = errors_of(write_scheme(text))
    assert any(p.startswith("schemes/x.yml:8:") and "roles[0].mentors" in p for p in found), found


def test_mentors_naming_an_unknown_role_or_itself_is_reported_on_its_line(write_scheme: Callable[..., Path]) -> None:
    text = MINIMAL.replace(
        "    name: Reverse mentor\n", "    name: Reverse mentor\n    mentors:\n      - mentees\n      - mentor\n"
    )
    found = errors_of(write_scheme(text))
    assert any(p.startswith("schemes/x.yml:9:") and "no role has the id `mentees`" in p for p in found), found
    assert any(p.startswith("schemes/x.yml:10:") and "`mentor` is this role's own id" in p for p in found), found
    assert (
        errors_of(
            write_scheme(
                MINIMAL.replace("    name: Reverse mentor\n", "    name: Reverse mentor\n    mentors: [mentee]\n")
            )
        )
        == []
    )
