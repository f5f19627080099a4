"""Source ids: each used once, and every `source` on a fact, an answer or a quote names one, with its line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import MINIMAL
from tests.model.test_sources import SOURCES, problems_of


def test_an_unknown_source_id_is_located(write_scheme: Callable[..., Path]) -> None:
    text = MINIMAL + SOURCES + "faq:\n  - {question: Q?, answer: A., source: faq-2017}\n"
    found = problems_of(write_scheme(text))
    assert any(p.startswith("schemes/x.yml:25:40: error: no source has the id `faq-2017`") for p in found), found


@pytest.mark.parametrize("place", ["history:\n  - {said: It began., ", "quotes:\n  - {text: Good, by: Mentor 1, "])
def test_history_and_quotes_name_a_declared_source(write_scheme: Callable[..., Path], place: str) -> None:
    found = problems_of(write_scheme(MINIMAL + SOURCES + place + "source: faq-2020}\n"))
    assert any("error: no source has the id `faq-2020`" in p and ":25:" in p for p in found), found


def test_a_source_id_used_twice_is_located(write_scheme: Callable[..., Path]) -> None:
    found = problems_of(write_scheme(MINIMAL + SOURCES.replace("id: faq-2019", "id: faq-2016")))
    assert found == ["schemes/x.yml:22:10: error: the source id `faq-2016` is used twice\n    give each a different id"]
