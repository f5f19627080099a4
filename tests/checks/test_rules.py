"""Checks across fields: references, order of dates, clock changes, ways to apply."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from schemebook.project.site import load_scheme
from tests.conftest import MINIMAL


def errors(path: Path) -> list[str]:
    scheme, problems = load_scheme(path, "schemes/x.yml")
    assert scheme is None, "expected the scheme to be refused"
    return [str(p) for p in sorted(problems) if p.level.value == "error"]


def with_events(events: str) -> str:
    return MINIMAL + "    events:\n" + events


def test_valid_minimal_scheme_loads(write_scheme: Callable[..., Path]) -> None:
    scheme, problems = load_scheme(write_scheme(), "schemes/x.yml")
    assert scheme is not None and scheme.slug == "test-scheme"
    assert all(p.level.value == "warning" for p in problems)


def test_events_name_roles_that_exist(write_scheme: Callable[..., Path]) -> None:
    text = with_events("      - id: a\n        title: A\n        start: 2030-03-02\n        roles: [mentr]\n")
    assert errors(write_scheme(text)) == [
        "schemes/x.yml:24:17: error: no role has the id `mentr`\n    did you mean `mentor`?"
    ]


def test_ids_are_unique(write_scheme: Callable[..., Path]) -> None:
    text = with_events("      - {id: a, title: A, start: 2030-03-02}\n      - {id: a, title: B, start: 2030-03-03}\n")
    assert "schemes/x.yml:22:14: error: the event id `a` is used twice" in errors(write_scheme(text))[0]


def test_deadline_after_opening(write_scheme: Callable[..., Path]) -> None:
    text = MINIMAL.replace("opens: 2030-01-13", "opens: 2030-02-10")
    assert "the deadline comes before opening" in errors(write_scheme(text))[0]


def test_training_after_deadline(write_scheme: Callable[..., Path]) -> None:
    text = with_events("      - {id: t, title: Training, kind: training, start: 2030-02-01 10:00}\n")
    assert "training `t` comes before the deadline" in errors(write_scheme(text))[0]


def test_month_precision_compares_fairly(write_scheme: Callable[..., Path]) -> None:
    text = with_events("      - {id: t, title: Training, kind: training, start: 2030-03-03 10:30, end: '12:00'}\n")
    scheme, _ = load_scheme(write_scheme(text), "schemes/x.yml")
    assert scheme is not None


def test_clock_change_times(write_scheme: Callable[..., Path]) -> None:
    text = with_events("      - {id: a, title: A, start: 2030-03-31 01:30}\n")
    found = errors(write_scheme(text))
    assert found == [
        "schemes/x.yml:21:34: error: 2030-03-31 01:30 does not exist: the clocks go forward at that time\n"
        "    in Europe/London; pick a time an hour earlier or later"
    ]


def test_relative_loop(write_scheme: Callable[..., Path]) -> None:
    text = with_events(
        "      - {id: a, title: A, relative_to: b, offset: 1 week}\n"
        "      - {id: b, title: B, relative_to: a, offset: 1 week}\n"
    )
    assert all("in a loop" in p for p in errors(write_scheme(text)))


def test_relative_to_unknown_event(write_scheme: Callable[..., Path]) -> None:
    text = with_events("      - {id: a, title: A, relative_to: strat, offset: 3 months}\n")
    assert "no event has the id `strat`\n    did you mean `start`?" in errors(write_scheme(text))[0]


def test_invitation_roles_have_no_form(write_scheme: Callable[..., Path]) -> None:
    text = MINIMAL.replace("    name: Reverse mentee", "    name: Reverse mentee\n    join: {method: invitation}")
    assert "`mentee` joins by invitation, so it has no application" in errors(write_scheme(text))[0]


def test_a_role_may_apply_in_a_window_with_no_way_given(write_scheme: Callable[..., Path]) -> None:
    """`mentee: {}` says mentees apply in this window, though not how: no error, and the role applies."""
    text = MINIMAL.replace("mentee: {email: mentoring@university.test}", "mentee: {}")
    scheme, problems = load_scheme(write_scheme(text), "schemes/x.yml")
    assert scheme is not None, problems
    assert scheme.model.roles[1].join.method == "application"


def test_unknown_time_zone(write_scheme: Callable[..., Path]) -> None:
    text = MINIMAL + "timezone: Europe/Londn\n"
    scheme, problems = load_scheme(write_scheme(text), "schemes/x.yml")
    assert scheme is None and "unknown time zone" in str(problems[0])


def test_a_role_id_may_not_take_a_page_address(write_scheme: Callable[..., Path]) -> None:
    text = MINIMAL.replace("  - id: mentee\n", "  - id: support\n").replace(
        "        mentee: {email", "        support: {email"
    )
    assert errors(write_scheme(text)) == [
        "schemes/x.yml:8:9: error: the role id `support` is the address of a scheme page\n    choose another id"
    ]


CONTACTS = "contacts:\n  - id: coordinator\n    name: Scheme coordinator\n"


@pytest.mark.parametrize(
    "place",
    [
        MINIMAL.replace("      roles:\n", "      contact: coordinater\n      roles:\n") + CONTACTS,
        MINIMAL + CONTACTS + "support:\n  escalation:\n    - {action: Talk to us, contact: coordinater}\n",
        MINIMAL + CONTACTS + "support:\n  wellbeing:\n    - {name: Helpline, contact: coordinater}\n",
        MINIMAL + CONTACTS + "support:\n  peer_support:\n    - {name: Peers, contact: coordinater}\n",
    ],
    ids=["sign-up", "escalation", "wellbeing", "peer-support"],
)
def test_misspelt_contact_ids_get_did_you_mean(write_scheme: Callable[..., Path], place: str) -> None:
    assert "no contact has the id `coordinater`\n    did you mean `coordinator`?" in errors(write_scheme(place))[0]


def test_a_reference_before_any_contact_says_where_to_add_one(write_scheme: Callable[..., Path]) -> None:
    text = MINIMAL.replace("      roles:\n", "      contact: coordinator\n      roles:\n")
    assert errors(write_scheme(text))[0].endswith("there is no contact yet: add one under `contacts:`")


def test_misspelt_role_ids_in_faq_and_services(write_scheme: Callable[..., Path]) -> None:
    text = MINIMAL + "faq:\n  - {question: Why?, answer: Because., roles: [mentr]}\n"
    assert "no role has the id `mentr`\n    did you mean `mentor`?" in errors(write_scheme(text))[0]


HISTORY = MINIMAL.replace(
    "        mentee: {email: mentoring@university.test}\n",
    "        mentee: {email: mentoring@university.test}\n      history:\n",
)


def test_an_extension_needs_the_deadline_it_replaces(write_scheme: Callable[..., Path]) -> None:
    text = HISTORY + "        - {state: extended, until: 2030-02-10, roles: [mentor]}\n"
    found = errors(write_scheme(text))
    assert any("an extension needs the deadline it replaces" in e for e in found), found


def test_an_extension_moves_the_deadline_later(write_scheme: Callable[..., Path]) -> None:
    text = HISTORY + "        - {state: extended, until: 2030-01-30}\n"
    found = errors(write_scheme(text))
    assert any("old deadline" in e for e in found), found


def test_history_names_roles_that_exist(write_scheme: Callable[..., Path]) -> None:
    text = HISTORY + "        - {state: postponed, roles: [mentr]}\n"
    assert any("no role has the id `mentr`" in e for e in errors(write_scheme(text)))


def test_a_valid_extension_loads(write_scheme: Callable[..., Path]) -> None:
    text = HISTORY + "        - {state: extended, until: 2030-02-10, as_of: 2030-02-01}\n"
    scheme, problems = load_scheme(write_scheme(text), "schemes/x.yml")
    assert scheme is not None, problems


def test_a_length_without_a_start_is_accepted(write_scheme: Callable[..., Path]) -> None:
    path = write_scheme(MINIMAL.replace("    start: 2030-03\n    length: 6 months\n", "    length: 18 months\n"))
    scheme, problems = load_scheme(path, "schemes/x.yml")
    assert scheme is not None and not [p for p in problems if p.level.value == "error"]


def test_places_name_roles_that_exist(write_scheme: Callable[..., Path]) -> None:
    text = MINIMAL + "    places:\n      roles: {mentr: about 18}\n"
    assert errors(write_scheme(text)) == [
        "schemes/x.yml:21:22: error: no role has the id `mentr`\n    did you mean `mentor`?"
    ]


def test_places_say_something(write_scheme: Callable[..., Path]) -> None:
    found = errors(write_scheme(MINIMAL + "    places: {}\n"))
    assert len(found) == 1 and "error: `places` says nothing" in found[0] and "add `count:`" in found[0]


def test_one_training_may_be_written_under_several_roles(write_scheme: Callable[..., Path]) -> None:
    briefing = "    training: [{id: briefing, title: Briefing for everyone}]\n"
    shared = MINIMAL.replace("    name: Reverse mentor\n", "    name: Reverse mentor\n" + briefing)
    shared = shared.replace("    name: Reverse mentee\n", "    name: Reverse mentee\n" + briefing)
    loaded, problems = load_scheme(write_scheme(shared), "schemes/x.yml")
    assert loaded is not None and not [p for p in problems if p.level.value == "error"]
    clash = shared.replace("title: Briefing for everyone", "title: Mentor briefing", 1)
    assert "error: the training id `briefing` is used twice" in errors(write_scheme(clash))[0]
    again = briefing.replace("}]", "}, {id: briefing, title: Briefing for everyone}]")
    twice = MINIMAL.replace("    name: Reverse mentor\n", "    name: Reverse mentor\n" + again)
    assert "error: the training id `briefing` is used twice" in errors(write_scheme(twice))[0]


def test_a_kept_event_id_names_the_kept_ids(write_scheme: Callable[..., Path]) -> None:
    text = MINIMAL + "    events: [{id: applications-open-2, title: Open day, start: 2030-01-20}]\n"
    found = errors(write_scheme(text))[0]
    assert "the id `applications-open-2` is kept for the sign-up dates" in found
    assert "ids starting `applications-open...` and `application-deadline...` are kept" in found


def test_a_person_named_as_a_participant_takes_part_in_a_role_that_exists(write_scheme: Callable[..., Path]) -> None:
    text = MINIMAL + 'people:\n  - {name: Erik Jansen, takes_part_as: mentte, cohort: "2030"}\n'
    assert errors(write_scheme(text)) == [
        "schemes/x.yml:21:40: error: no role has the id `mentte`\n    did you mean `mentee`?"
    ]


def _both_apply(window_roles: str) -> str:
    text = MINIMAL.replace("    name: Reverse mentor\n", "    name: Reverse mentor\n    join: {method: application}\n")
    text = text.replace("    name: Reverse mentee\n", "    name: Reverse mentee\n    join: {method: application}\n")
    return text.split("      roles:\n")[0] + window_roles


def test_a_window_naming_no_roles_while_several_apply_is_asked_about(write_scheme: Callable[..., Path]) -> None:
    scheme, problems = load_scheme(write_scheme(_both_apply("")), "schemes/x.yml")
    assert scheme is not None
    assert [str(p) for p in problems if "names no roles" in p.message] == [
        "schemes/x.yml:17:7: warning: this window names no roles, so the pages tell `mentor` and `mentee` that it is"
        " theirs\n    name the roles the call was for under `roles:` (`mentor: {}` says a role applies, nothing more)"
    ]


@pytest.mark.parametrize("named", ["      roles:\n        mentor: {}\n", "      roles: {mentor: {}, mentee: {}}\n"])
def test_a_window_naming_its_roles_is_not_asked_about(write_scheme: Callable[..., Path], named: str) -> None:
    _, problems = load_scheme(write_scheme(_both_apply(named)), "schemes/x.yml")
    assert not [p for p in problems if "names no roles" in p.message]
