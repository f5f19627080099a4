"""Who runs a scheme and a cohort's places: read as the source words them, numbers held to sense."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from schemebook.model import Organisation, Partner, Places


def test_an_organisation_says_what_and_where_it_is() -> None:
    org = Organisation(name="Forsa", kind="trade union", place="Ireland")
    assert (org.kind, org.place) == ("trade union", "Ireland")
    assert Organisation(name="Forsa").kind is None and Organisation(name="Forsa").place is None


@pytest.mark.parametrize("url", ["http://www.school.test/", "https://www.school.test/"])
def test_organisations_and_partners_may_have_plain_http_sites(url: str) -> None:
    assert Organisation(name="A school", url=url).url == url
    assert Partner(name="A partner", url=url).url == url


@pytest.mark.parametrize("url", ["ftp://school.test/", "javascript:alert(1)", "www.school.test"])
def test_other_addresses_are_refused(url: str) -> None:
    with pytest.raises(ValidationError):
        Organisation(name="A school", url=url)
    with pytest.raises(ValidationError):
        Partner(name="A partner", url=url)


def test_places_keep_the_sources_words_and_numbers() -> None:
    places = Places(count="about 18 per role", roles={"mentor": 9, "mentee": "max 9"}, allocation="first come")
    assert places.count == "about 18 per role" and places.roles == {"mentor": 9, "mentee": "max 9"}
    assert Places(count=12).count == 12


@pytest.mark.parametrize("count", [0, -3, 10_001])
def test_a_number_of_places_is_held_to_sense(count: int) -> None:
    with pytest.raises(ValidationError):
        Places(count=count)
    with pytest.raises(ValidationError):
        Places(roles={"mentor": count})


def test_a_line_break_is_refused_in_the_words() -> None:
    with pytest.raises(ValidationError, match="line break"):
        Places(allocation="first come,\nfirst served")
