"""Markdown fields: rendered, sanitised by an allow-list, kept whole in a page; what would be dropped is refused."""

from __future__ import annotations

from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest

from schemebook.project.site import load_scheme
from schemebook.render.fields import FieldsExtension
from schemebook.render.text import markdown as md_filter
from schemebook.sanitise import ATTRIBUTES, TAGS, field_html, refusals
from tests.conftest import MINIMAL

SITE_EXTENSIONS = ["toc", "tables", "attr_list", "md_in_html", "admonition", "pymdownx.details"]
HOSTILE_MARKDOWN = [
    "Hello {: onclick=alert(1) }",
    "![x](x.png){: onerror=alert(1) }",
    "A paragraph.\n{: onmouseover=alert(1) }",
    "<img src=x onerror=alert(1)> and <script>alert(1)</script>",
    '<div markdown="1">*x*</div>',
    "\\[a\\]\\(javascript:alert(1)\\)",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
]


class Elements(HTMLParser):
    """Every element and attribute in some HTML, as a browser's parser reads it."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def elements(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = Elements()
    parser.feed(html)
    return parser.tags


def in_page(page_markdown: str) -> str:
    """A page as the site renders it: the site's extensions and the one that keeps fields whole."""
    return markdown.markdown(page_markdown, extensions=[*SITE_EXTENSIONS, FieldsExtension()])


@pytest.mark.parametrize("text", HOSTILE_MARKDOWN)
@pytest.mark.parametrize(
    "context", ["{}", "- item\n\n    {}", "!!! note\n\n    {}", "1. **When:** {}", "| a |\n|---|\n| {} |"]
)
def test_hostile_markdown_leaves_no_markup(text: str, context: str) -> None:
    html = in_page(context.format(md_filter(text).replace("\n", " ")))
    for tag, attrs in elements(html):
        assert tag not in ("script", "div") or attrs.get("class", "").startswith("admonition"), html
        assert not any(name.startswith("on") for name in attrs), html
        assert "javascript" not in (attrs.get("href") or ""), html


def test_fields_sit_whole_in_lists_and_admonitions() -> None:
    field = md_filter("First.\n\n- one\n- two")
    html = in_page(f"- item\n\n    {field}\n\n!!! note\n\n    {field}\n")
    assert "<p><p>" not in html and html.count("<li>one</li>") == 2


def test_only_allowed_tags_and_attributes_come_out() -> None:
    text = '# H\n\n**b** *i* `c` [l](https://e.org "t") ![a](img/x.png)\n\n> q\n\n1. x\n\n| a |\n|:-|\n| b |\n'
    for tag, attrs in elements(field_html(text)):
        assert tag in TAGS
        assert set(attrs) <= ATTRIBUTES.get(tag, set())


def test_a_star_between_letters_is_a_letter_not_emphasis() -> None:
    # German gender stars: "Mentor*in ... der*die" once came out as "Mentor<em>in ... der</em>die"
    html = field_html("Als Mentor*in füllst Du ihn aus, so auch der*die Mentee. **Fett** und *kursiv*.")
    assert "Mentor&#42;in" in html and "der&#42;die" in html
    assert "<strong>Fett</strong>" in html and "<em>kursiv</em>" in html and html.count("<em>") == 1


def test_formatting_headings_and_inline_paragraphs() -> None:
    assert field_html("**Bold** and [a link](https://example.org/ok).") == (
        '<strong>Bold</strong> and <a href="https&#58;&#47;&#47;example&#46;org&#47;ok">a link</a>&#46;'
    )
    assert "<h3>Top</h3>" in field_html("# Top\n\ntext", 3) and "<h4>Next</h4>" in field_html("# T\n\n## Next", 3)
    assert field_html("<b>x</b>") == "&#60;b&#62;x&#60;&#47;b&#62;"


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("![x](https://any.host/p.gif)", "the image `https://any.host/p.gif` is outside the site"),
        ("![x](//any.host/p.gif)", "is outside the site"),
        ("![x](data:image/png;base64,AAAA)", "is outside the site"),
        ("[x](javascript:alert(1))", "the link `javascript:alert(1)` is not allowed"),
        ("[x](java\tscript:alert(1))", "is not allowed"),
        ("> [x][r]\n>\n> [r]: javascript:alert(1)", "is not allowed"),
        ("- [x]\n\n[x]: javascript:alert(1)", "is not allowed"),
        ("!!! note\n\n    [x][r]\n\n    [r]: javascript:alert(1)", "is not allowed"),
        ("[x](http://example.org)", "is not allowed"),
    ],
)
def test_what_would_be_dropped_is_refused(text: str, refused: str) -> None:
    assert any(refused in message for message, _ in refusals(text))
    assert "javascript" not in field_html(text) and "any.host" not in field_html(text)


def test_allowed_links_and_images_pass() -> None:
    assert refusals("[a](https://e.org) [b](mailto:a@b.org) [c](#faq) [d](../faq/) ![i](../img/x.png)") == []
    assert '<img alt="i" src="&#46;&#46;&#47;img&#47;x&#46;png">' in field_html("![i](../img/x.png)")


def test_refusals_are_located(write_scheme: Callable[..., Path]) -> None:
    text = MINIMAL + "purpose: |\n  See ![x](https://any.host/p.gif).\n"
    scheme, problems = load_scheme(write_scheme(text), "schemes/x.yml")
    assert scheme is None
    assert str(problems[0]).startswith("schemes/x.yml:20:10: error: the image `https://any.host/p.gif`")


def test_markdown_settings_in_mkdocs_yml_are_checked_too() -> None:
    from schemebook.checks.links import settings_refusals
    from schemebook.model.settings import SiteSettings

    settings = SiteSettings.model_validate({"privacy": {"purposes": "See ![x](https://t.example/p.gif)"}})
    assert settings_refusals(settings) == [
        "`privacy.purposes`: the image `https://t.example/p.gif` is outside the site; put the image in the site "
        "and give its relative address; no request may leave the site"
    ]
