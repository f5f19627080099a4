"""English pieces: plurals, articles and lists by inflect and Babel, and meeting plans."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import get_args

import pytest

from schemebook.model import Cost, Meetings, Role
from schemebook.model.roles import JoinMethod
from schemebook.render.phrases import (
    article,
    cost,
    counted,
    joined,
    listed,
    meetings,
    mid_sentence,
    plural,
    repeats,
    with_article,
    worded_date,
)
from schemebook.render.templates import environment
from tests.conftest import MINIMAL
from tests.render.conftest import Article, build_site, page


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Chief of staff", "Chiefs of staff"),  # not "Chief of staffs"
        ("Board member of a local Verein", "Board members of a local Verein"),  # the rest as written
        ("Senior coach", "Senior coaches"),  # not "Senior coachs"
        ("Person", "People"),  # not "Persons"
        ("Reverse mentor", "Reverse mentors"),
        ("Progression Coach", "Progression Coaches"),
        ("Ally", "Allies"),
        ("Buddy", "Buddies"),
        ("LGBTQ+ ally", "LGBTQ+ allies"),
        ("Head of department", "Heads of department"),
        ("Parent or guardian", "Parents or guardians"),  # two nouns, not "Parent or guardians"
        ("Teaching and learning lead", "Teaching and learning leads"),  # one noun
        ("Mentor (senior)", "Mentors (senior)"),
        ("Boss", "Bosses"),
        ("Mentor | coach", "Mentors | coaches"),  # not "mentor"
        ("Mentor / coach", "Mentors / coaches"),
        ("Mentee CSO", "Mentee CSOs"),  # an acronym takes an s, not "CSOES"
        ("MP", "MPs"),
    ],
)
def test_plural_at_the_head_noun_keeping_the_names_case(name: str, expected: str) -> None:
    assert plural(Role(id="x", name=name)) == expected


def test_a_roles_own_plural_wins() -> None:
    assert plural(Role(id="x", name="Person", plural="Persons of note")) == "Persons of note"


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("MP", "an MP"),  # not "a MP"
        ("LGBTQ+ ally", "an LGBTQ+ ally"),  # not "a LGBTQ+ ally"
        ("university", "a university"),
        ("one-to-one", "a one-to-one"),
        ("hour", "an hour"),
        ("Reverse mentor", "a Reverse mentor"),
        ("angel", "an angel"),
        ("8-week course", "an 8-week course"),
        ("11th meeting", "an 11th meeting"),
        ("1-hour meeting", "a 1-hour meeting"),
        ("8000-strong network", "an 8000-strong network"),  # said "eight thousand"
        ("18000 people", "an 18000 people"),
        ("9" * 40 + " mentor", "a " + "9" * 40 + " mentor"),  # past what inflect can say: its first group
    ],
)
def test_articles_by_sound(word: str, expected: str) -> None:
    assert with_article(word) == expected
    assert article(word) == expected.split(" ")[0]


@pytest.mark.parametrize("word", ["the federation of unions", "The Federation", "an umbrella body", "its own charity"])
def test_a_phrase_with_its_own_article_keeps_it(word: str) -> None:
    assert with_article(word) == word


def test_lists_and_counts_in_british_english() -> None:
    assert listed(["Mentors", "Mentees", "Coordinators"]) == "Mentors, Mentees and Coordinators"
    assert listed(["Mentors", "Mentees"]) == "Mentors and Mentees"
    assert listed(["Mentors"]) == "Mentors"
    assert listed(["in person", "online"], "or") == "in person or online"
    assert [counted(n, "theme") for n in (1, 3, 12)] == ["one theme", "three themes", "12 themes"]


def test_templates_have_the_filters_and_keep_names_as_written() -> None:
    env = environment(None)
    roles = [Role(id="a", name="Senior coach"), Role(id="b", name="Chief of staff"), Role(id="c", name="Person")]
    page = env.from_string("{{ roles | map('plural') | listed }}; {{ 'MP' | with_article }}").render(roles=roles)
    assert page == "Senior coaches, Chiefs of staff and People; an MP"
    assert "in_sentence" not in env.filters


def test_meeting_plan_in_one_phrase() -> None:
    plan = Meetings.model_validate(
        {
            "count": 4,
            "frequency": "fortnightly",
            "duration": "1-1.5 hours",
            "period": "one semester",
            "format": "either",
        }
    )
    assert meetings(plan) == (
        "four meetings, fortnightly, 1-1.5 hours each; meeting period: one semester; ways to meet: in person or online"
    )
    assert meetings(Meetings.model_validate({"count": 1, "duration": "1 hour"})) == "one meeting, one hour"
    assert meetings(Meetings.model_validate({"frequency": "monthly", "arranged_by": "each pair"})) == (
        "monthly; meetings arranged by: each pair"
    )
    together = {"count": 6, "together": "three times, to discuss and network"}
    assert (
        meetings(Meetings.model_validate(together))
        == "six meetings; joint sessions: three times, to discuss and network"
    )
    assert meetings(Meetings.model_validate({"together": "twice a term"})) == "joint sessions: twice a term"


ODD_NAMES = (
    MINIMAL.replace("name: Reverse mentor\n", "name: Chief of staff\n    summary: Senior staff.\n")
    .replace("name: Reverse mentee\n", "name: Senior coach\n    join: {method: invitation}\n")
    .replace("        mentee: {email: mentoring@university.test}\n", "")
)


def test_built_pages_name_roles_through_the_filters(small_site: Path, write_scheme: Callable[..., Path]) -> None:
    write_scheme(ODD_NAMES)
    site = build_site(small_site)
    sign_up = Article(page(site, "schemes/test-scheme/sign-up")).text
    overview = Article(page(site, "schemes/test-scheme")).text
    assert "Senior coaches join by invitation." in sign_up and "there is no application" not in sign_up
    assert "Chief of staff: apply" in sign_up
    assert "Chiefs of staff" in overview
    for wrong in ("coachs", "staffs", "chief of staff", "senior coach"):
        assert wrong not in sign_up + overview


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ({"free": True}, "free"),
        ({"free": False}, "a fee is charged; the amount is not given"),
        ({"covered_by": "your membership fee"}, "covered by your membership fee"),
        (
            {"amount": "R2 750", "covers": "a minimum of ten hours of a mentor's time"},
            "R2 750 for a minimum of ten hours of a mentor's time",
        ),
        (
            {"amount": "currently £150", "paid_by": "successful applicants"},
            "currently £150, paid by successful applicants",
        ),
    ],
)
def test_a_cost_is_said_in_the_files_words(given: dict[str, object], expected: str) -> None:
    assert cost(Cost(**given)) == expected


def test_a_worded_date_says_when_it_gives_no_year() -> None:
    assert worded_date("Tuesday 14th September, 10am-12pm") == "Tuesday 14th September, 10am-12pm (no year given)"
    assert worded_date("late August") == "late August (no year given)"
    assert worded_date("late 2023") == "late 2023"
    assert worded_date("to be confirmed") == "to be confirmed"


def test_a_way_in_that_names_the_way_of_joining_is_not_said_after_it() -> None:
    def role(method: str, through: str) -> Role:
        return Role.model_validate({"id": "m", "name": "Mentor", "join": {"method": method, "through": through}})

    assert joined(role("registration", "registration as a mentor on the website")) == (
        "Mentors register. How: registration as a mentor on the website"
    )
    assert joined(role("application", "the application form")) == "Mentors apply through the application form"
    assert joined(role("registration", "registration")) == "Mentors register"


def test_every_way_of_joining_is_said() -> None:
    for method in get_args(JoinMethod):
        role = Role.model_validate({"id": "m", "name": "Mentee", "join": {"method": method, "by": "teachers"}})
        assert joined(role).startswith("Mentees ") and joined(role) != "Mentees join", method
    referred = Role.model_validate({"id": "m", "name": "Mentee", "join": {"method": "referral", "by": "teachers"}})
    assert joined(referred) == "Mentees are referred by teachers"


def test_a_label_the_words_after_it_repeat() -> None:
    assert repeats("2025-2026 academic year", "the 2025-2026 academic year")
    assert repeats("Autumn 2022", "autumn 2022")
    assert not repeats("Nepal phase", "from November 2021") and not repeats("", "autumn")


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("A contract of at most €1,000 a year", "a contract of at most €1,000 a year"),
        ("The Open University", "The Open University"),  # a name keeps its capital
        ("An hour a week", "an hour a week"),
        ("Anna's team", "Anna's team"),
    ],
)
def test_words_written_as_a_start_follow_others(words: str, expected: str) -> None:
    assert mid_sentence(words) == expected
