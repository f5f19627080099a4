"""Status sentences: a window worded by the source is never read as a deadline."""

from __future__ import annotations

from schemebook.model import Change
from schemebook.render.status import stated_sentence


def test_a_worded_deadline_joins_with_until() -> None:
    change = Change(state="open", when="Friday 19th February")
    assert stated_sentence(change) == (
        "an undated source said applications were open until Friday 19th February (as the source gives it)"
    )


def test_a_worded_window_is_not_read_as_a_deadline() -> None:
    for words in ("from 1 to 28 February", "1-28 February", "between March and May"):
        said = stated_sentence(Change(state="open", when=words))
        assert "until" not in said and f"applications were open, {words} (as the source gives it)" in said
