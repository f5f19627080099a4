"""Heading levels rebased under the heading a text sits in."""

from __future__ import annotations

from schemebook.render.headings import nest


def test_top_heading_moves_to_the_level_and_the_rest_follow() -> None:
    assert nest("# A\ntext\n## B\n#### C\n", 3) == "### A\ntext\n#### B\n###### C\n"


def test_headings_never_pass_h6_or_rise_above_h1() -> None:
    assert nest("# A\n### B\n", 5) == "##### A\n###### B\n"
    assert nest("### A\n", 1) == "# A\n"


def test_code_and_non_headings_are_untouched() -> None:
    text = "## A\n```\n# comment\n```\n#hashtag\n"
    assert nest(text, 3) == "### A\n```\n# comment\n```\n#hashtag\n"
    assert nest("no headings\n", 2) == "no headings\n"
