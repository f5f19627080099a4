"""What a live preview shows while a scheme file is broken."""

from __future__ import annotations

from schemebook.adapter.preview import notice, with_notice
from schemebook.read.errors import SchemeError

PROBLEM = SchemeError("schemes/x.yml", 2, 1, "unknown field `sumary` <b>", "did you mean `summary`?")


def test_notice_lists_every_problem_escaped() -> None:
    alert = notice([PROBLEM])
    assert alert.startswith('<div class="admonition failure" role="alert">')
    assert "schemes/x.yml:2:1: error: unknown field `sumary` &lt;b&gt;" in alert
    assert "1 error, 0 warnings" in alert and "<b>" not in alert


def test_the_notice_goes_after_the_title_heading() -> None:
    assert with_notice("# Home\n\nText\n", "ALERT\n\n") == "# Home\n\nALERT\n\n\nText\n"
    assert with_notice("Text\n", "ALERT\n\n") == "ALERT\n\nText\n"
    assert with_notice("# Home\n", "") == "# Home\n"
