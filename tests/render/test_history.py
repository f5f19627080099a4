"""The scheme's past on its overview: each fact in the source's words after its time as written, and nothing worked
out from it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from tests.conftest import MINIMAL
from tests.render.conftest import markdown_pages

HISTORY = """\
history:
  - {when: "2016", said: The programme began at the request of the Postdoc Association}
  - {said: More than 300 pairs matched since 2012}
  - {when: in 2031, said: The scheme ended}
"""
NOW = datetime(2032, 1, 20, 9, tzinfo=UTC)  # after the cohort's mentoring and the year the history names


def test_the_overview_lists_the_history_labelled_by_its_time(write_scheme: Callable[..., Path]) -> None:
    pages = markdown_pages(write_scheme(MINIMAL + HISTORY), NOW)
    history = pages[""].split("\n## History\n", 1)[1].split("\n## ", 1)[0]
    assert "- **2016:** The programme began at the request of the Postdoc Association\n" in history
    assert "- More than 300 pairs matched since 2012\n" in history
    assert "- **in 2031:** The scheme ended\n" in history
    elsewhere = "".join(text for page, text in pages.items() if page)
    assert "Postdoc Association" not in elsewhere and "History" not in elsewhere


def test_history_decides_nothing(write_scheme: Callable[..., Path]) -> None:
    with_history = markdown_pages(write_scheme(MINIMAL + HISTORY), NOW)
    without = markdown_pages(write_scheme(MINIMAL), NOW)
    assert "## History" not in without[""] and "Postdoc" not in "".join(without.values())
    assert with_history.keys() == without.keys()
    for page, text in without.items():
        shown = with_history[page]
        if page == "":
            head, rest = shown.split("\n## History\n", 1)
            shown = head + "\n## " + rest.split("\n## ", 1)[1]
        assert shown == text, page
