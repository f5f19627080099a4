"""Key dates and training sessions of the current cohort, by role."""

from __future__ import annotations

from collections.abc import Callable

from schemebook.model import Cohort, Role
from schemebook.project.site import Site
from schemebook.render.facts import key_dates, training_plans


def test_key_dates_in_order_with_choose_one_sessions(load_full: Callable[..., Site]) -> None:
    scheme = load_full().schemes[0].model
    mentor = scheme.roles[0]
    dates = key_dates(scheme.cohorts[-1], mentor)
    assert [(k.label, str(k.sessions[0].start), k.choose_one) for k in dates] == [
        ("Applications open", "2030-01-13", False),
        ("Application deadline", "2030-02-03 17:00", False),
        ("Reverse mentor training", "2030-02-21 10:00", True),
        ("Mentoring starts", "2030-03", False),
        ("Reflective practice session", "2030-06", False),
    ]  # and no "Mentoring ends": the file gives a length, and an end worked out from it is not a date it gives


def test_training_events_join_the_training_they_belong_to(load_full: Callable[..., Site]) -> None:
    scheme = load_full().schemes[0].model
    mentor, mentee = scheme.roles
    (plan,) = training_plans(scheme.cohorts[-1], mentor)
    assert plan.title == "Half-day training course" and plan.choose_one
    assert [s.location for s in plan.sessions] == [
        "B7, Hemsley, University Park",
        "B23, Pope Building, University Park",
    ]
    (plan,) = training_plans(scheme.cohorts[-1], mentee)
    assert plan.training is not None and not plan.training.required and len(plan.sessions) == 1
    assert training_plans(None, mentor)[0].sessions == ()


def test_an_invited_role_has_no_sign_up_dates(load_full: Callable[..., Site]) -> None:
    scheme = load_full().schemes[0].model
    labels = [k.label for k in key_dates(scheme.cohorts[-1], scheme.roles[1])]
    assert labels == ["Reverse mentee preparation", "Mentoring starts", "Reflective practice session"]


def test_training_says_what_became_of_its_sessions() -> None:
    role = Role.model_validate({"id": "mentor", "name": "Mentor", "training": [{"id": "course", "title": "Course"}]})
    cohort = Cohort.model_validate(
        {
            "id": "2030",
            "events": [
                {"id": "course", "title": "Course", "kind": "training", "when": "late August",
                 "status": {"state": "cancelled", "reason": "too few places taken"}},
                {"id": "extra", "title": "Extra", "kind": "training", "status": {"state": "postponed"},
                 "options": [{"id": "a", "start": "2030-05-01"}, {"id": "b", "start": "2030-05-02"}]},
            ],
        }
    )  # fmt: skip
    course, extra = training_plans(cohort, role)
    assert course.worded == ("cancelled (too few places taken); it was planned for late August (no year given)",)
    assert extra.choose_one and not extra.held
    assert [s.status for s in extra.sessions] == ["postponed", "postponed"]


def test_a_training_event_that_names_no_training_is_not_given_to_the_only_one() -> None:
    # "Training for 40 mentors" may or may not be the role's "Initial Training": the file does not say
    role = Role.model_validate({"id": "mentor", "name": "Mentor", "training": [{"id": "initial", "title": "Initial"}]})
    event = {"id": "forty", "title": "Training for 40 mentors", "kind": "training", "start": "2030-09-01"}
    initial, forty = training_plans(Cohort.model_validate({"id": "2030", "events": [event]}), role)
    assert (initial.title, initial.sessions) == ("Initial", ())
    assert forty.title == "Training for 40 mentors" and forty.training is None and len(forty.sessions) == 1


def test_sessions_of_several_events_are_not_one_of_several() -> None:
    role = Role.model_validate({"id": "mentor", "name": "Mentor", "training": [{"id": "course", "title": "Course"}]})
    events = [
        {"id": f"day-{n}", "title": f"Day {n}", "kind": "training", "training": "course", "start": f"2030-09-0{n}"}
        for n in (1, 2)
    ]
    (plan,) = training_plans(Cohort.model_validate({"id": "2030", "events": events}), role)
    assert not plan.choose_one and [s.title for s in plan.sessions] == ["Day 1", "Day 2"]
