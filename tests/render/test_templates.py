"""Filters of the template environment that keep scheme text from becoming markup."""

from __future__ import annotations

import markdown

from schemebook.escaping import link_target as href
from schemebook.render.templates import front_matter_string


def test_link_targets_survive_brackets_and_spaces() -> None:
    url = "https://example.org/a_(b) c?x=1&y=<2>"
    html = markdown.markdown(f"[page]({href(url)})")
    assert html == '<p><a href="https://example.org/a_%28b%29%20c?x=1&amp;y=%3C2%3E">page</a></p>'


def test_front_matter_titles_are_html_escaped_yaml_strings() -> None:
    assert front_matter_string('<b>"A" & B</b>') == '"&lt;b&gt;&#34;A&#34; &amp; B&lt;/b&gt;"'
