"""Cohort phases and sign-up states at their boundaries: one source of truth for every output."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from schemebook.model import Cohort, Role, Scheme
from schemebook.when.state import CohortState, cohort_state, current_cohort, role_state

LONDON = ZoneInfo("Europe/London")
MENTOR = Role(id="mentor", name="Reverse mentor")
INVITED = Role.model_validate({"id": "mentee", "name": "Mentee", "join": {"method": "invitation"}})
NOTTINGHAM = {"id": "2020", "start": "2020-03", "length": "6 months",
              "sign_up": {"opens": "2020-01-13", "deadline": "2020-02-03 17:00"}}  # fmt: skip


def at(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=LONDON)


def state(cohort: dict, now: datetime, roles: tuple[Role, ...] = (MENTOR,)) -> CohortState:
    scheme = Scheme.model_validate({"title": "T", "summary": "S", "organisation": {"name": "O"},
                                    "roles": [r.model_dump() for r in roles], "cohorts": [cohort]})  # fmt: skip
    return cohort_state(scheme, Cohort.model_validate(cohort), now, LONDON)


@pytest.mark.parametrize(
    ("now", "phase"),
    [
        (at(2020, 1, 12, 23, 59), "upcoming"),
        (at(2020, 1, 13, 0, 0), "open"),
        (at(2020, 2, 3, 16, 59), "open"),
        (at(2020, 2, 3, 17, 0), "closed"),
        (at(2020, 2, 29, 23, 59), "closed"),
        (at(2020, 3, 1, 0, 0), "running"),
        (at(2020, 9, 30, 23, 59), "running"),
        (at(2020, 10, 1, 0, 0), "ended"),
        (at(2026, 12, 2, 9, 0), "ended"),
    ],
)
def test_nottingham_phases(now: datetime, phase: str) -> None:
    assert state(NOTTINGHAM, now).phase == phase


def test_deadline_on_the_day_the_clocks_go_forward() -> None:
    cohort = {"id": "a", "sign_up": {"deadline": "2030-03-31 12:00"}}
    assert state(cohort, datetime(2030, 3, 31, 10, 59, tzinfo=UTC)).phase == "open"
    assert state(cohort, datetime(2030, 3, 31, 11, 0, tzinfo=UTC)).phase == "closed"


def test_a_date_alone_closes_at_the_end_of_that_day() -> None:
    cohort = {"id": "a", "sign_up": {"deadline": "2030-02-03"}}
    assert state(cohort, at(2030, 2, 3, 23, 59)).phase == "open"
    assert state(cohort, at(2030, 2, 4, 0, 0)).phase == "closed"


def test_an_ended_cohort_is_never_upcoming_or_open_to_applications() -> None:
    ended = state(NOTTINGHAM, at(2026, 12, 2, 9, 0))
    assert role_state(MENTOR, ended) == "closed"
    no_window = state({"id": "a", "start": "2020-01", "end": "2020-07"}, at(2026, 12, 2, 9, 0))
    assert (no_window.phase, role_state(MENTOR, no_window)) == ("ended", "closed")


def test_no_window_is_not_stated_rather_than_upcoming() -> None:
    undated = state({"id": "second"}, at(2026, 12, 2, 9, 0))
    assert (undated.phase, role_state(MENTOR, undated)) == ("undated", "unannounced")
    assert state({"id": "a", "sign_up": {}}, at(2026, 12, 2, 9, 0)).phase == "undated"


def test_undated_cohorts_have_run_only_when_the_file_says_they_ended() -> None:
    for said in ({"completed": True}, {"pairs_completed": 3}):
        assert state({"id": "pilot", "outcomes": said}, at(2026, 12, 2, 9, 0)).phase == "ended"
    for said in ({"pairs_matched": 4}, {"participants": {"mentor": 5}}, {"summary": "The pilot is being used"}):
        assert state({"id": "pilot", "outcomes": said}, at(2026, 12, 2, 9, 0)).phase == "undated"
    started = {"id": "pilot", "start": "2022", "outcomes": {"participants": {"mentor": 5}}}
    assert state(started, at(2026, 12, 2, 9, 0)).phase == "started"


def test_a_start_with_no_end_has_started_not_running() -> None:
    assert state({"id": "2022", "start": "2022"}, at(2026, 12, 2, 9, 0)).phase == "started"


def test_invitation_and_rolling() -> None:
    invited = state({"id": "a"}, at(2040, 1, 1, 0), roles=(INVITED,))
    assert (invited.phase, role_state(INVITED, invited)) == ("invitation", "invitation")
    rolling = state({"id": "a", "sign_up": {"rolling": True}}, at(2040, 1, 1, 0))
    assert (rolling.phase, role_state(MENTOR, rolling)) == ("open", "open")


def test_current_is_the_open_cohort_closing_first_else_next_to_open_else_last() -> None:
    now = at(2030, 4, 1, 9, 0)
    spring = state({"id": "spring", "sign_up": {"deadline": "2030-04-20"}}, now)
    rolling = state({"id": "any", "sign_up": {"rolling": True}}, now)
    autumn = state({"id": "autumn", "sign_up": {"opens": "2030-08-01", "deadline": "2030-09-01"}}, now)
    old = state({"id": "old", "start": "2020-01", "end": "2020-07"}, now)
    assert current_cohort([rolling, spring, autumn]).cohort.id == "spring"
    assert current_cohort([old, autumn]).cohort.id == "autumn"
    assert current_cohort([old]).cohort.id == "old"
    assert current_cohort([]) is None


def test_a_statement_is_what_the_source_said_not_the_state_now() -> None:
    said = state({"id": "second", "sign_up": {"history": [{"state": "open", "as_of": "2021-07-14"}]}}, at(2026, 12, 2))
    assert (said.phase, role_state(MENTOR, said), said.windows["mentor"].said) == ("stated", "unannounced", True)
    dated = state({"id": "b", "sign_up": {"history": [{"state": "open", "until": "2021-08-01"}]}}, at(2026, 12, 2))
    assert dated.phase == "closed", "dates, when given, decide the state"


EXTENDED = {"id": "2022", "sign_up": {"history": [
    {"state": "open", "until": "2022-06-17"}, {"state": "extended", "until": "2022-06-24", "as_of": "2022-06-22"},
]}}  # fmt: skip


def test_an_extended_deadline_keeps_both_dates() -> None:
    before = state(EXTENDED, at(2022, 6, 20, 9, 0))
    mentor = before.windows["mentor"]
    assert (before.phase, str(mentor.extended_from), str(mentor.change.until)) == ("open", "2022-06-17", "2022-06-24")
    assert state(EXTENDED, at(2022, 6, 25, 0, 0)).phase == "closed"


def test_postponed_and_reopening_later() -> None:
    postponed = {"id": "a", "sign_up": {"history": [{"state": "postponed", "reason": "staff shortages"}]}}
    found = state(postponed, at(2030, 1, 1))
    assert (found.phase, role_state(MENTOR, found)) == ("stated", "postponed")
    reopening = {"id": "a", "sign_up": {"history": [
        {"state": "closed", "on": "2030-01-10"}, {"state": "open", "on": "2030-03-01", "until": "2030-03-31"},
    ]}}  # fmt: skip
    assert state(reopening, at(2030, 2, 1)).phase == "upcoming"
    assert state(reopening, at(2030, 3, 2)).phase == "open"


def test_one_role_at_any_time_the_other_in_a_window() -> None:
    mentee = Role(id="mentee", name="Mentee")
    york = {"id": "2030", "sign_up": {"history": [
        {"state": "open", "on": "2029-01-01", "roles": ["mentor"]},
        {"state": "open", "on": "2030-11-01", "until": "2030-11-30", "roles": ["mentee"]},
    ]}}  # fmt: skip
    found = state(york, at(2030, 6, 1), roles=(MENTOR, mentee))
    assert (found.windows["mentor"].state, found.windows["mentee"].state) == ("open", "upcoming")
    assert found.phase == "open"


@pytest.mark.parametrize(
    ("sign_up", "unstated"),
    [
        ({"opens": "2019-08"}, True),  # an opening with no close: not "at any time", not "open now"
        ({"opens": "2019-08", "rolling": True}, False),  # the file says applications are taken at any time
        ({"opens": "2019-08", "deadline": "2019-09-30"}, False),
    ],
)
def test_an_opening_without_a_close_is_told_apart_from_rolling(sign_up: dict, unstated: bool) -> None:
    window = state({"id": "a", "sign_up": sign_up}, at(2026, 12, 6, 9, 0)).windows["mentor"]
    assert window.close_unstated is unstated


def test_a_window_with_no_close_is_over_with_its_cohort_or_a_later_one() -> None:
    ended = {"id": "a", "start": "2026-04", "end": "2026-10", "sign_up": {"opens": "2026-01"}}
    assert state(ended, at(2026, 5, 1)).windows["mentor"].state == "open"
    assert state(ended, at(2026, 11, 1)).windows["mentor"].state == "closed"
    early = {"id": "a", "sign_up": {"opens": "2019-08"}}
    later = {"id": "b", "start": "2024-02-19", "end": "2024-06-18"}
    scheme = Scheme.model_validate({"title": "T", "summary": "S", "organisation": {"name": "O"},
                                    "roles": [MENTOR.model_dump()], "cohorts": [early, later]})  # fmt: skip
    first = scheme.cohorts[0]
    assert cohort_state(scheme, first, at(2024, 2, 18), LONDON).phase == "open"
    superseded = cohort_state(scheme, first, at(2024, 2, 19), LONDON)
    assert (superseded.phase, superseded.windows["mentor"].closes_at) == ("closed", None)  # no date is made up
    states = [cohort_state(scheme, c, at(2026, 12, 7), LONDON) for c in scheme.cohorts]
    found = current_cohort(states)
    assert found is not None and found.cohort.id == "b"
