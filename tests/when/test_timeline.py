"""Sign-up dates on the timeline: openings and the deadline in force, never a deadline an extension replaced."""

from __future__ import annotations

from schemebook.model import Cohort
from schemebook.when.timeline import signup_events


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
