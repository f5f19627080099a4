"""The scheme's past that no cohort holds: facts in the source's words, each with its time as the source words it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pydantic import ValidationError

from schemebook.model import PastFact
from schemebook.project.site import load_scheme
from tests.conftest import MINIMAL


def test_a_fact_keeps_its_words_and_its_time_as_written() -> None:
    fact = PastFact.model_validate({"when": "since 2012", "said": "More than 300 pairs matched"})
    assert (fact.when, fact.said) == ("since 2012", "More than 300 pairs matched")
    assert PastFact.model_validate({"said": "Formerly Réseau M"}).when is None


@pytest.mark.parametrize("given", [{"when": "2016"}, {"said": "x", "on": "2016"}, {"said": "two\nlines"}])
def test_a_fact_without_words_or_with_other_keys_is_refused(given: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        PastFact.model_validate(given)


def test_a_year_stays_words(write_scheme: Callable[..., Path]) -> None:
    loaded, problems = load_scheme(write_scheme(MINIMAL + "history:\n  - {when: 2016, said: It began.}\n"), "x.yml")
    assert loaded is not None, problems
    assert loaded.model.history == [PastFact(when="2016", said="It began.")]


def test_history_that_is_not_a_list_is_located(write_scheme: Callable[..., Path]) -> None:
    loaded, problems = load_scheme(write_scheme(MINIMAL + "history: It began in 2016.\n"), "schemes/x.yml")
    assert loaded is None
    found = [str(p) for p in problems if p.level.value == "error"]
    assert any(p.startswith("schemes/x.yml:20:10: error: `history`: expected a list") for p in found), found
