"""Sources with an id and a note, and the `source` that ties a fact, an answer or a quote to one of them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pydantic import ValidationError

from schemebook.model import FaqEntry, PastFact, Quote, Source
from schemebook.project.site import load_scheme
from tests.conftest import MINIMAL

SOURCES = """\
sources:
  - {id: faq-2016, title: How will mentees be matched?, note: the version of the FAQ stored in 2016}
  - {id: faq-2019, title: How will mentees be matched?, note: the version of the FAQ stored in 2019}
  - title: Welcome
"""


def problems_of(path: Path) -> list[str]:
    loaded, problems = load_scheme(path, "schemes/x.yml")
    assert loaded is None, "expected the scheme to be refused"
    return [str(p) for p in problems if p.level.value == "error"]


def test_a_source_keeps_its_id_and_note_as_written() -> None:
    source = Source.model_validate({"id": "faq-2019", "title": "FAQ", "note": "Portuguese version"})
    assert (source.id, source.note) == ("faq-2019", "Portuguese version")
    assert Source.model_validate({"title": "FAQ"}).id is None
    assert Source.model_validate({"title": "FAQ"}).note is None


@pytest.mark.parametrize("given", [{"id": "Version A"}, {"note": "two\nlines"}, {"note": ""}, {"version": "A"}])
def test_a_source_with_a_wrong_id_or_note_is_refused(given: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        Source.model_validate({"title": "FAQ", **given})


@pytest.mark.parametrize("model", [PastFact, FaqEntry, Quote])
def test_facts_answers_and_quotes_name_their_source_by_id(model: type) -> None:
    given = {"said": "It began.", "question": "Q?", "answer": "A.", "text": "Good", "by": "Mentor 1"}
    fields = set(model.model_fields)
    assert model.model_validate({k: v for k, v in given.items() if k in fields}).source is None
    item = model.model_validate({**{k: v for k, v in given.items() if k in fields}, "source": "faq-2019"})
    assert item.source == "faq-2019"
    with pytest.raises(ValidationError):
        model.model_validate({**{k: v for k, v in given.items() if k in fields}, "source": "FAQ 2019"})


def test_a_scheme_ties_each_kind_of_item_to_a_source(write_scheme: Callable[..., Path]) -> None:
    text = (
        MINIMAL
        + SOURCES
        + (
            "history:\n  - {when: '2016', said: It continued., source: faq-2016}\n"
            "faq:\n  - {question: How are we matched?, answer: By school., source: faq-2019}\n"
            "quotes:\n  - {text: Good, by: Mentor 1, source: faq-2016}\n"
        )
    )
    loaded, problems = load_scheme(write_scheme(text), "schemes/x.yml")
    assert loaded is not None, problems
    m = loaded.model
    assert [s.id for s in m.sources] == ["faq-2016", "faq-2019", None]
    assert (m.history[0].source, m.faq[0].source, m.quotes[0].source) == ("faq-2016", "faq-2019", "faq-2016")


def test_a_note_that_is_not_text_is_located(write_scheme: Callable[..., Path]) -> None:
    found = problems_of(write_scheme(MINIMAL + "sources:\n  - title: FAQ\n    note: [version A, version B]\n"))
    assert any(p.startswith("schemes/x.yml:22:11: error: `sources[0].note`") for p in found), found


def test_a_source_needs_a_title_or_an_address() -> None:
    assert Source.model_validate({"url": "https://yofom.is/en/form/"}).label == "yofom.is/en/form"
    with pytest.raises(ValidationError, match="a source needs a `title`, a `url` or both"):
        Source.model_validate({"note": "the call"})


def test_an_address_with_letters_beyond_ascii_is_kept_and_read_as_letters() -> None:
    source = Source.model_validate({"url": "https://x.at/reverse-mentoring-öffnet/"})
    assert source.url == "https://x.at/reverse-mentoring-%C3%B6ffnet/"
    assert source.label == "x.at/reverse-mentoring-öffnet"
    assert Source.model_validate({"url": "https://x.org/%E2%80%AE"}).label == "x.org/%E2%80%AE"
