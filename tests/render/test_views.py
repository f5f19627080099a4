"""What templates see: the pages a scheme has, its status at the build's instant, its next date."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from schemebook.model import Cohort
from schemebook.project.site import Site, load_scheme
from schemebook.render.status import past_sentence
from schemebook.render.text import capital
from schemebook.render.views import SchemeView
from tests.conftest import MINIMAL


def view_at(load_full: Callable[..., Site], when: datetime) -> SchemeView:
    return SchemeView(load_full(when).schemes[0], when)


def test_pages_the_data_supports(load_full: Callable[..., Site], write_scheme: Callable[..., Path]) -> None:
    assert view_at(load_full, datetime(2030, 1, 1, tzinfo=UTC)).pages == {
        "sign-up",
        "timeline",
        "themes",
        "support",
        "faq",
    }
    loaded, _ = load_scheme(write_scheme(MINIMAL, "bare.yml"), "schemes/bare.yml")
    assert loaded is not None
    assert SchemeView(loaded, datetime(2030, 1, 1, tzinfo=UTC)).pages == {"sign-up", "timeline", "faq"}


def test_status_and_next_date_follow_the_instant(load_full: Callable[..., Site]) -> None:
    before = view_at(load_full, datetime(2030, 1, 1, tzinfo=UTC))
    assert before.status.label == "Applications open on Sunday 13 January 2030"
    assert before.next_date is not None and before.next_date.label == "Applications open"
    training = view_at(load_full, datetime(2030, 2, 22, tzinfo=UTC)).next_date
    assert training is not None and str(training.sessions[0].start) == "2030-02-28 10:00"
    running = view_at(load_full, datetime(2030, 5, 1, tzinfo=UTC)).status
    assert running.label == "Was planned to start in March 2030 and to run for six months"  # its start has passed
    finished = view_at(load_full, datetime(2031, 1, 1, tzinfo=UTC))
    # the file gives only the plan, so a cohort whose dates have passed is not said to have run
    assert finished.status.label == "Was planned to start in March 2030 and to run for six months"
    assert finished.status.state == "ended" and finished.next_date is None


@pytest.mark.parametrize(
    ("record", "label"),
    [
        (
            {"length": "6 months", "outcomes": {"pairs_matched": 4, "pairs_completed": 4}},
            "Ended; it started in March 2030 and ran for six months",
        ),
        (  # matched pairs say it began, not when, nor that it ran to its end
            {"length": "6 months", "outcomes": {"pairs_matched": 4}},
            "Began; it was planned to start in March 2030 and to run for six months",
        ),
        (  # notes are not evidence that it ran: a plan has notes too
            {"length": "6 months", "notes": "All four pairs met."},
            "Was planned to start in March 2030 and to run for six months",
        ),
        ({"length": "6 months"}, "Was planned to start in March 2030 and to run for six months"),
        ({"end": "2030-08"}, "Was planned to run from March 2030 to August 2030"),
        ({"end": "2030-08", "notes": "Done."}, "Was planned to run from March 2030 to August 2030"),
        ({}, "Was planned to start in March 2030"),
    ],
)
def test_a_past_cohort_has_run_only_when_the_file_says_so(record: dict, label: str) -> None:
    cohort = Cohort.model_validate({"id": "c", "start": "2030-03", **record})
    assert capital(past_sentence(cohort, None)) == label


SEVERAL_COHORTS = """\
title: Two cohorts a year
summary: Carers and senior leaders mentor each other.
organisation:
  name: Test Trust
pairing: reciprocal
contacts:
  - id: team
    name: Mentoring team
    email: team@example.org
    primary: true
roles:
  - id: carer
    name: Carer mentor
  - id: leader
    name: Senior leader
    summary: Senior leaders of the trust.
cohorts:
  - id: spring
    start: 2030-03
    sign_up:
      rolling: true
      roles:
        carer: {email: team@example.org}
  - id: autumn
    start: 2030-09
    sign_up:
      opens: 2030-06-01
      deadline: 2030-07-15 12:00
  - id: next
"""


def test_sign_up_speaks_of_the_cohort_open_now_then_the_next_to_open(write_scheme: Callable[..., Path]) -> None:
    loaded, problems = load_scheme(write_scheme(SEVERAL_COHORTS, "two.yml"), "schemes/two.yml")
    assert loaded is not None, problems

    def current(when: datetime) -> str:
        cohort = SchemeView(loaded, when).current
        return cohort.id if cohort else ""

    assert current(datetime(2030, 1, 1, tzinfo=UTC)) == "spring"  # rolling, open from publication
    assert current(datetime(2030, 6, 2, tzinfo=UTC)) == "autumn"  # both open: the one with a deadline first
    assert current(datetime(2030, 7, 16, tzinfo=UTC)) == "spring"
    assert SchemeView(loaded, datetime(2030, 6, 2, tzinfo=UTC)).status.label.startswith(
        "Cohort autumn: applications open until"
    )


def test_who_it_is_for_lists_only_roles_with_something_to_say(write_scheme: Callable[..., Path]) -> None:
    loaded, _ = load_scheme(write_scheme(SEVERAL_COHORTS, "two.yml"), "schemes/two.yml")
    assert loaded is not None
    assert [r.id for r in SchemeView(loaded, datetime(2030, 1, 1, tzinfo=UTC)).described_roles] == ["leader"]


def test_each_cohort_has_its_own_state(write_scheme: Callable[..., Path]) -> None:
    loaded, _ = load_scheme(write_scheme(SEVERAL_COHORTS, "two.yml"), "schemes/two.yml")
    assert loaded is not None
    view = SchemeView(loaded, datetime(2030, 1, 1, tzinfo=UTC))
    assert [view.phase(c) for c in view.model.cohorts] == ["open", "upcoming", "undated"]


def test_an_undated_cohort_that_completed_has_run(write_scheme: Callable[..., Path]) -> None:
    ran = SEVERAL_COHORTS.split("cohorts:")[0] + "cohorts:\n  - id: pilot\n    title: Pilot study\n"
    loaded, _ = load_scheme(write_scheme(ran + "    outcomes: {completed: true}\n", "ran.yml"), "schemes/ran.yml")
    assert loaded is not None
    assert SchemeView(loaded, datetime(2030, 1, 1, tzinfo=UTC)).status.label == "Has run; no dates given"
    for said in ("", "    outcomes: {pairs_matched: 6, summary: The pilot is being used.}\n"):
        planned, _ = load_scheme(write_scheme(ran + said, "planned.yml"), "schemes/planned.yml")
        assert planned is not None
        assert SchemeView(planned, datetime(2030, 1, 1, tzinfo=UTC)).status.label == "No dates given"


def test_a_stated_state_is_dated_by_its_source() -> None:
    from schemebook.model import Change, When
    from schemebook.render.status import stated_sentence

    said = Change(state="open", as_of=When(2021, 7, 14))
    assert stated_sentence(said) == "as of Wednesday 14 July 2021, applications were open"
    postponed = Change(state="postponed", reason="staff shortages")
    assert stated_sentence(postponed) == "an undated source said recruitment was postponed (staff shortages)"


UNDATED = MINIMAL.replace("    start: 2030-03\n    length: 6 months\n", "").replace(
    "      opens: 2030-01-13\n      deadline: 2030-02-03 17:00\n", ""
)
WORDED = (
    "    events:\n"
    "      - {id: opening, title: Applications open, kind: sign-up, when: 29 September}\n"
    "      - {id: proposals, title: Proposals due, kind: deadline, when: before 28 November, roles: [mentee]}\n"
    "      - {id: workshop-1, title: Workshop 1, kind: training, when: 14 September, training: course}\n"
)


def _view(write_scheme: Callable[..., Path], text: str) -> SchemeView:
    loaded, problems = load_scheme(write_scheme(text), "schemes/x.yml")
    assert loaded is not None, problems
    return SchemeView(loaded, datetime(2030, 1, 1, tzinfo=UTC))


def test_worded_dates_are_never_called_no_dates(write_scheme: Callable[..., Path]) -> None:
    assert _view(write_scheme, UNDATED).status.label == "No dates given"
    worded = _view(write_scheme, UNDATED.replace("    name: Reverse mentee\n", TRAINED) + WORDED)
    assert worded.status.label == "The dates given are on the timeline"
    mentor, mentee = worded.model.roles
    assert worded.applying_dates(mentor) == [("Applications open", "29 September (no year given)")]
    assert worded.applying_dates(mentee) == [
        ("Applications open", "29 September (no year given)"),
        ("Proposals due", "before 28 November (no year given)"),
    ]
    course, skills = worded.training(mentee)  # a session named by `training`, not by its own id
    assert (course.title, course.worded, skills.worded) == ("Induction course", ("14 September (no year given)",), ())


TRAINED = (
    "    name: Reverse mentee\n    training:\n      - {id: course, title: Induction course}\n"
    "      - {id: skills, title: Skills session}\n"
)


def test_dated_sources_are_listed_in_words(write_scheme: Callable[..., Path]) -> None:
    sources = (
        "sources:\n  - {title: Post, date: 2018-01-23}\n  - {title: Page, date: March 2021}\n"
        "  - {title: Again, date: 2018-01-23}\n"
    )
    assert _view(write_scheme, MINIMAL.replace("roles:", sources + "roles:", 1)).source_dates == [
        "23 January 2018",
        "March 2021",
    ]


def test_the_next_date_is_never_one_postponed_or_cancelled(write_scheme: Callable[..., Path]) -> None:
    events = (
        "    events:\n"
        "      - {id: party, title: Party, start: 2030-02-10, status: {state: postponed}}\n"
        "      - {id: talk, title: Talk, start: 2030-02-11, status: {state: cancelled}}\n"
        "      - {id: review, title: Review, start: 2030-02-12, status: {state: moved-online}}\n"
    )
    loaded, _ = load_scheme(write_scheme(MINIMAL.replace("    sign_up:", events + "    sign_up:")), "schemes/x.yml")
    assert loaded is not None
    view = SchemeView(loaded, datetime(2030, 2, 5, tzinfo=UTC))
    assert view.next_date is not None and view.next_date.label == "Review"
    assert [d.event.id for d in view.calendar_events() if d.event.id in ("party", "talk", "review")] == ["review"]


def test_sign_up_dates_say_what_became_of_them(write_scheme: Callable[..., Path]) -> None:
    scheme = MINIMAL.split("    sign_up:")[0] + (
        "    events:\n"
        "      - {id: close, title: Closing date, kind: deadline, start: 2030-02-10, status: {state: postponed}}\n"
        "      - {id: open, title: Opening, kind: sign-up, when: late January}\n"
    )
    loaded, _ = load_scheme(write_scheme(scheme), "schemes/x.yml")
    assert loaded is not None
    view = SchemeView(loaded, datetime(2030, 1, 5, tzinfo=UTC))
    # nothing places "late January" in a year (the cohort's dates run from February), so it comes after the dated
    assert view.applying_dates(view.model.roles[0]) == [
        ("Closing date", "postponed; it was planned for Sunday 10 February 2030"),
        ("Opening", "late January (no year given)"),
    ]


def test_a_scheme_with_no_cohort_or_sign_up_says_which_dates_it_lacks(write_scheme: Callable[..., Path]) -> None:
    # its history may give dates, so not "No dates given"
    bare = MINIMAL.split("cohorts:")[0] + 'history:\n  - {when: "2019", said: It began.}\n'
    assert _view(write_scheme, bare).status.label == "No cohort or sign-up dates given"
