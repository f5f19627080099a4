"""Sign-up dates on the timeline: openings and the deadline in force, never a deadline an extension replaced."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
import yaml

from schemebook.model import Cohort, Span, When
from schemebook.when.timeline import Dated, cohort_end, resolve, signup_events, worded_over


def test_an_extension_moves_the_deadline_entry() -> None:
    cohort = Cohort.model_validate(
        {
            "id": "2022",
            "sign_up": {
                "opens": "2022-06-01",
                "deadline": "2022-06-17",
                "history": [{"state": "extended", "until": "2022-06-24"}],
            },
        }
    )
    found = [(d.event.id, str(d.start)) for d in signup_events(cohort)]
    assert found == [("applications-open", "2022-06-01"), ("application-deadline-2", "2022-06-24")]


def test_each_role_its_own_window() -> None:
    cohort = Cohort.model_validate(
        {
            "id": "2030",
            "sign_up": {
                "history": [
                    {"state": "open", "on": "2030-01-01", "roles": ["mentor"]},
                    {"state": "open", "on": "2030-11-01", "until": "2030-11-30", "roles": ["mentee"]},
                ]
            },
        }
    )
    found = [(d.event.id, d.event.roles, str(d.start)) for d in signup_events(cohort)]
    assert found == [
        ("applications-open", ["mentor"], "2030-01-01"),
        ("applications-open-2", ["mentee"], "2030-11-01"),
        ("application-deadline-2", ["mentee"], "2030-11-30"),
    ]


def _one(event: str) -> Dated:
    cohort = Cohort.model_validate({"id": "2030", "events": [yaml.safe_load(event)]})
    return resolve(cohort)[0]


def test_a_postponed_or_cancelled_event_keeps_its_planned_date_but_is_not_held() -> None:
    for state in ("postponed", "cancelled"):
        dated = _one(f"{{id: a, title: A, start: '2030-04-03', location: Hall, status: {{state: {state}}}}}")
        assert dated.start == When(2030, 4, 3) and not dated.held and dated.location == "Hall"


def test_an_event_moved_online_is_held_online_and_keeps_where_it_was_planned() -> None:
    dated = _one("{id: a, title: A, start: '2030-04-03', location: Hall, status: {state: moved-online}}")
    assert dated.held and dated.online and dated.location is None and dated.planned_location == "Hall"


def test_an_event_without_status_is_held_where_it_says() -> None:
    dated = _one("{id: a, title: A, start: '2030-04-03', location: Hall}")
    assert dated.held and not dated.online and dated.location == "Hall" == dated.planned_location


def test_a_length_without_a_start_gives_no_end() -> None:
    assert cohort_end(Cohort(id="x", length=Span(18, 18, "month"))) is None
    assert cohort_end(Cohort(id="x", start=When(2030, 3), length=Span(6, 6, "month"))) == When(2030, 9)


@pytest.mark.parametrize(
    ("words", "over"),
    [
        ("early 2026", True),
        ("autumn 2026", True),
        ("March 2025", True),
        ("late 2026", False),
        ("winter 2026", False),
        ("2026", False),
        ("September 2026 to January 2027", False),
        ("autumn", False),
    ],
)
def test_a_worded_time_is_over_only_when_its_words_end_before_now(words: str, over: bool) -> None:
    assert worded_over(words, datetime(2026, 12, 7, tzinfo=UTC)) is over
