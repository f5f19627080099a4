"""The five example schemes load, and hold the facts their published sources state."""

from __future__ import annotations

from datetime import UTC, datetime, time

import pytest

from schemebook.model import When
from schemebook.model.settings import SiteSettings
from schemebook.project.site import LoadedScheme, Site, load_site, scheme_files
from schemebook.when.state import cohort_state, role_state
from schemebook.when.timeline import after, resolve
from tests.conftest import REPO

NAMES = ["imperial", "leeds-institutional", "leeds-law-international", "nottingham-stemm-change",
         "transformation-west-midlands"]  # fmt: skip


@pytest.fixture(scope="module")
def site() -> Site:
    loaded, problems = load_site(
        scheme_files(REPO / "schemes"), REPO, datetime(2020, 1, 20, tzinfo=UTC), SiteSettings()
    )
    assert loaded is not None, "\n".join(map(str, problems))
    return loaded


def scheme(site: Site, slug: str) -> LoadedScheme:
    return site.scheme(slug)


def test_all_five_load_without_errors(site: Site) -> None:
    slugs = [s.slug for s in site.schemes]
    assert [slug for slug in slugs if slug in NAMES] == NAMES


def test_every_example_declares_its_schema() -> None:
    for name in NAMES:
        first = (REPO / "schemes" / f"{name}.yml").read_text(encoding="utf-8").splitlines()[0]
        assert first == "# yaml-language-server: $schema=scheme.schema.json"


def test_nottingham_deadline_and_training(site: Site) -> None:
    nottingham = scheme(site, "nottingham-stemm-change")
    cohort = nottingham.model.cohorts[-1]
    assert nottingham.model.timezone == "Europe/London"
    assert cohort.sign_up is not None and cohort.sign_up.deadline == When(2020, 2, 3, time(17))
    closes = after(cohort.sign_up.deadline, nottingham.zone)
    assert closes == datetime(2020, 2, 3, 17, tzinfo=UTC)
    training = [d for d in resolve(cohort) if d.event.kind == "training"]
    by_role = {
        role: [(str(d.start), d.location) for d in training if role in d.event.roles] for role in ("mentor", "mentee")
    }
    assert by_role["mentor"] == [
        ("2020-02-21 10:00", "B7, Hemsley, University Park"),
        ("2020-02-28 10:00", "B23, Pope Building, University Park"),
    ]
    assert by_role["mentee"] == [
        ("2020-02-24 10:30", "B7, Hemsley, University Park"),
        ("2020-02-28 14:30", "A22, Pope Building, University Park"),
        ("2020-03-03 10:30", "B4, Trent Building, University Park"),
    ]


def test_nottingham_relative_reflection_sessions(site: Site) -> None:
    cohort = scheme(site, "nottingham-stemm-change").model.cohorts[-1]
    reflection = [str(d.start) for d in resolve(cohort) if d.event.kind == "reflection"]
    assert reflection == ["2020-06", "2020-09"]


def test_nottingham_groups_are_any_of(site: Site) -> None:
    mentor = scheme(site, "nottingham-stemm-change").model.roles[0]
    assert "People with flexible work patterns" in mentor.eligibility.groups
    assert len(mentor.eligibility.groups) == 6


def test_leeds_mentees_are_invited_and_outcomes_kept(site: Site) -> None:
    leeds = scheme(site, "leeds-institutional").model
    mentee = next(r for r in leeds.roles if r.id == "mentee")
    assert mentee.join.method == "invitation"
    last = cohort_state(leeds, leeds.cohorts[-1], site.now, scheme(site, "leeds-institutional").zone)
    assert role_state(mentee, last) == "invitation"
    outcomes = leeds.cohorts[-1].outcomes
    assert outcomes is not None and (outcomes.pairs_matched, outcomes.pairs_completed) == (26, 25)
    assert leeds.evaluation is not None and leeds.evaluation.responses == {"mentor": [25, 20], "mentee": [16, 7]}


def test_leeds_law_themes_and_gibbs(site: Site) -> None:
    law = scheme(site, "leeds-law-international").model
    assert len(law.themes) == 4
    assert law.meetings is not None and law.meetings.count == 4 and str(law.meetings.duration) == "1-1.5 hours"
    assert law.reflection is not None and law.reflection.log is not None
    assert [s.name for s in law.reflection.log.stages] == [
        "Description", "Feelings", "Evaluation", "Analysis", "Conclusion", "Action plan",
    ]  # fmt: skip


def test_imperial_first_cohort(site: Site) -> None:
    imperial = scheme(site, "imperial").model
    first = imperial.cohorts[0]
    assert (str(first.start), str(first.end)) == ("2020-01", "2020-07")
    assert first.outcomes is not None and first.outcomes.pairs_matched == 11
    assert len(first.outcomes.topics_discussed) == 6


def test_twm_partners_and_funder(site: Site) -> None:
    twm = scheme(site, "transformation-west-midlands").model
    universities = [p.name for p in twm.partners if p.kind == "university"]
    assert len(universities) == 2 and twm.organisation.name == "Newman University"
    assert {p.name for p in twm.partners if p.since == 2019} >= {"HSBC", "Shoosmiths", "Gowling WLG"}
    assert twm.funders[0].programme == "Challenge Competition: Industrial strategy and skills"
