"""Sign-up states at their boundaries, and what a built sign-up page shows in each."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from schemebook.model import Role, SignUp, When
from schemebook.render.signup import time_left
from schemebook.timeline import signup_state
from tests.sites import REPO, SIGN_UP_PAGE, build_at, sign_up_project

LONDON = ZoneInfo("Europe/London")
MENTOR = Role(id="mentor", name="Reverse mentor")
NOTTINGHAM = SignUp.model_validate({"opens": "2020-01-13", "deadline": "2020-02-03 17:00"})


def at(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=LONDON)


@pytest.mark.parametrize(
    ("now", "state"),
    [
        (at(2020, 1, 12, 23, 59), "upcoming"),
        (at(2020, 1, 13, 0, 0), "open"),
        (at(2020, 2, 3, 16, 59), "open"),
        (at(2020, 2, 3, 17, 0), "closed"),
        (at(2020, 2, 4, 9, 0), "closed"),
    ],
)
def test_nottingham_boundaries(now: datetime, state: str) -> None:
    assert signup_state(MENTOR, NOTTINGHAM, now, LONDON) == state


def test_deadline_on_the_day_the_clocks_go_forward() -> None:
    sign_up = SignUp.model_validate({"deadline": "2030-03-31 12:00"})
    assert signup_state(MENTOR, sign_up, datetime(2030, 3, 31, 10, 59, tzinfo=UTC), LONDON) == "open"
    assert signup_state(MENTOR, sign_up, datetime(2030, 3, 31, 11, 0, tzinfo=UTC), LONDON) == "closed"


def test_a_date_alone_closes_at_the_end_of_that_day() -> None:
    sign_up = SignUp(deadline=When(2030, 2, 3))
    assert signup_state(MENTOR, sign_up, at(2030, 2, 3, 23, 59), LONDON) == "open"
    assert signup_state(MENTOR, sign_up, at(2030, 2, 4, 0, 0), LONDON) == "closed"


def test_invitation_rolling_and_undated() -> None:
    invited = Role.model_validate({"id": "mentee", "name": "Mentee", "join": {"method": "invitation"}})
    assert signup_state(invited, NOTTINGHAM, at(2020, 1, 20, 9), LONDON) == "invitation"
    assert signup_state(MENTOR, SignUp(rolling=True), at(2040, 1, 1, 0), LONDON) == "open"
    assert signup_state(MENTOR, SignUp(), at(2040, 1, 1, 0), LONDON) == "upcoming"
    assert signup_state(MENTOR, None, at(2040, 1, 1, 0), LONDON) == "upcoming"


def test_time_left_in_words() -> None:
    closes = at(2020, 2, 3, 17, 0)
    assert time_left(at(2020, 1, 20, 9, 0), closes) == "14 days left"
    assert time_left(at(2020, 2, 3, 12, 0), closes) == "5 hours left"
    assert time_left(at(2020, 2, 3, 16, 30), closes) == "less than an hour left"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    pages = {}
    for label, now in (
        ("before", datetime(2020, 1, 20, 9, tzinfo=UTC)),
        ("after", datetime(2020, 2, 4, 9, tzinfo=UTC)),
    ):
        config = sign_up_project(tmp_path_factory.mktemp(label))
        site = build_at(config, config.parent / "site", now)
        pages[label] = (site / SIGN_UP_PAGE / "index.html").read_text(encoding="utf-8")
    return pages


def test_built_before_the_deadline_it_is_open(built: dict[str, str]) -> None:
    page = built["before"]
    assert page.count('data-signup-state="open"') == 2
    assert 'href="https://forms.office.com/r/TEST-mentor"' in page
    assert "Apply to be a Reverse mentor (form on Microsoft Forms)" in page
    assert "Monday 3 February 2020, 5pm GMT" in page and "14 days left" in page
    assert 'data-closes="2020-02-03T17:00:00+00:00"' in page
    assert "privacy/" in page


def test_built_after_the_deadline_it_is_closed_without_a_form_link(built: dict[str, str]) -> None:
    page = built["after"]
    assert page.count('data-signup-state="closed"') == 2
    assert "forms.office.com" not in page
    assert 'Applications closed on <time datetime="2020-02-03T17:00:00+00:00">Monday 3 February 2020, 5pm GMT' in page
    assert "contact Lucy Williams" in page


def test_invitation_only_roles_say_so(tmp_path: Path) -> None:
    site = build_at(REPO / "mkdocs.yml", tmp_path, datetime(2022, 1, 1, tzinfo=UTC))
    page = (site / "schemes/leeds-institutional/sign-up/index.html").read_text(encoding="utf-8")
    assert 'data-role="mentee"' in page and 'data-signup-state="invitation"' in page
    assert "by invitation from the Director of Educational Engagement" in page
