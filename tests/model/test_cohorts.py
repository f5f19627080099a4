"""A cohort's parts as coordinators write them: what became of an event."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from schemebook.model import Event, EventStatus, When


def test_an_event_status_reads_its_state_date_and_reason() -> None:
    event = Event.model_validate(
        {
            "id": "celebration",
            "title": "Mentoring celebration",
            "start": "2020-04-03",
            "status": {"state": "postponed", "as_of": "2020-03-20", "reason": "due to the pandemic"},
        }
    )
    assert event.status == EventStatus(state="postponed", as_of=When(2020, 3, 20), reason="due to the pandemic")


def test_an_event_without_status_has_none() -> None:
    assert Event(id="a", title="A").status is None


@pytest.mark.parametrize("status", [{"state": "delayed"}, {"reason": "no state"}, {"state": "cancelled", "on": 1}])
def test_an_unknown_or_incomplete_status_is_refused(status: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        Event.model_validate({"id": "a", "title": "A", "status": status})
