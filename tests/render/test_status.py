"""Status sentences: a window worded by the source is never read as a deadline."""

from __future__ import annotations

from schemebook.model import Change, Cohort, Outcomes, Span
from schemebook.render.status import past_sentence, stated_sentence


def test_a_worded_deadline_joins_with_until() -> None:
    change = Change(state="open", when="Friday 19th February")
    assert stated_sentence(change) == (
        "an undated source said applications were open until Friday 19th February (as the source gives it; no year"
        " given)"
    )


def test_a_worded_window_is_not_read_as_a_deadline() -> None:
    words_about_the_call = "launched in March, on International Women's Day"
    for words in (
        "from 1 to 28 February",
        "1-28 February",
        "between March and May",
        "June / July each year",
        words_about_the_call,
    ):
        said = stated_sentence(Change(state="open", when=words))
        joined = " " if words.startswith(("from", "between")) else ", "
        assert "until" not in said and f"applications were open{joined}{words} (as the source gives it; no year" in said


def test_an_opening_in_words_is_what_a_source_said() -> None:
    said = stated_sentence(Change(state="opening", when="in autumn 2024"))
    assert said == "an undated source said applications were to open in autumn 2024 (as the source gives it)"


def test_a_length_without_a_start_is_said_as_a_length() -> None:
    length = Span(18, 18, "month")
    assert past_sentence(Cohort(id="x", length=length), None) == "was planned to run for 18 months"
    ran = Cohort(id="x", length=length, outcomes=Outcomes(summary="It ran.", completed=True))
    assert past_sentence(ran, None) == "has run; it ran for 18 months, and no dates are given"
    assert past_sentence(Cohort(id="x", outcomes=Outcomes(completed=True)), None) == "has run; no dates given"
    assert past_sentence(Cohort(id="x"), None) == "no dates given"


def test_a_cohort_that_ran_keeps_the_dates_of_its_timeline() -> None:
    event = {"id": "launch", "title": "Launch", "start": "2024-06-16"}
    ran = Cohort.model_validate({"id": "x", "events": [event], "outcomes": {"completed": True}})
    assert past_sentence(ran, None) == "has run; the dates given are on the timeline"


def test_only_a_field_that_says_a_cohort_ended_makes_it_run() -> None:
    length = Span(18, 18, "month")
    for words in (Outcomes(summary="The pilot is being used."), Outcomes(participants={"mentor": 5})):
        assert "has run" not in past_sentence(Cohort(id="x", length=length, outcomes=words), None)
    assert "has run" in past_sentence(Cohort(id="x", length=length, outcomes=Outcomes(pairs_completed=4)), None)


def test_a_worded_date_with_no_year_says_so_wherever_a_sentence_gives_it() -> None:
    from zoneinfo import ZoneInfo

    from schemebook.render.status import recorded_sentence

    change = Change(state="open", when="until Monday, 22 December")
    for said in (stated_sentence(change), recorded_sentence(change, ZoneInfo("UTC"), "mentors")):
        assert "22 December (as the source gives it; no year given" in said, said
    # whom it was for goes in the same brackets, never in a second pair after them
    assert recorded_sentence(change, ZoneInfo("UTC"), "mentors").endswith(
        "(as the source gives it; no year given; roles: mentors)"
    )
    assert ") (" not in stated_sentence(change, roles="mentors")
    dated = Change(state="open", when="until Monday, 22 December 2025")
    assert "no year given" not in stated_sentence(dated)
    assert "no year given" not in stated_sentence(Change(state="open", when="while places last; you may apply"))
