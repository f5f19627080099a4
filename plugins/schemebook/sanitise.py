"""Markdown fields rendered to HTML, then cut down by an allow-list sanitiser (nh3) before they join a page."""

from __future__ import annotations

import re
from functools import lru_cache
from html.parser import HTMLParser

import markdown as md
import nh3

from schemebook.escaping import inert, link_allowed, stays_inside

HEADINGS = {f"h{n}" for n in range(1, 7)}
ADMONITIONS = {"note", "abstract", "info", "tip", "success", "question", "warning", "failure", "danger", "bug"}
TAGS = {
    *HEADINGS,
    *("p", "br", "hr", "em", "strong", "code", "pre", "blockquote", "ul", "ol", "li", "a", "img", "div"),
    *("table", "thead", "tbody", "tr", "th", "td"),
}
ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title"},
    "ol": {"start"},
    "th": {"style"},
    "td": {"style"},
}
CLASSES = {"div": {"admonition", *ADMONITIONS}, "p": {"admonition-title"}}
LINK_SCHEMES = {"https", "mailto"}
OPEN, CLOSE = "<!--schemebook-field-->", "<!--/schemebook-field-->"
"""Around a rendered field in a page, so the page's own Markdown pass keeps it as it is (see `fields.py`)."""

_HEADING_LEVEL = re.compile(r"<h([1-6])\b")


def _converter() -> md.Markdown:
    converter = md.Markdown(extensions=["tables", "admonition"])
    # Raw HTML written in a field is text, shown as written, never markup.
    converter.preprocessors.deregister("html_block")
    converter.inlinePatterns.deregister("html")
    return converter


_MARKDOWN = _converter()


def image_allowed(src: str) -> bool:
    """Only images inside the site: a relative address, so no request leaves it."""
    return stays_inside(src)


def _attribute(tag: str, name: str, value: str) -> str | None:
    if tag == "img" and name == "src" and not image_allowed(value):
        return None
    return value


_WORD_STAR = re.compile(r"(?<=\w)\*(?=\w)")
"""An asterisk between two letters ("Mentor*innen", "der*die"): a gender star, never emphasis a coordinator meant."""


@lru_cache(maxsize=4096)
def rendered(text: str) -> str:
    """The field as HTML, before sanitising."""
    _MARKDOWN.reset()
    return _MARKDOWN.convert(_WORD_STAR.sub(r"\*", text))


class _Refusals(HTMLParser):
    """What the sanitiser would drop from a rendered field, in words a coordinator can act on."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag not in TAGS:
            self.found.append((f"`<{tag}>` cannot be published", "remove it; write the text without it"))
        if tag == "a" and not link_allowed(values.get("href") or ""):
            hint = "link to an https:// address or a mailto: address; other kinds of link are refused"
            self.found.append((f"the link `{(values.get('href') or '')[:60]}` is not allowed", hint))
        if tag == "img" and not image_allowed(values.get("src") or ""):
            hint = "put the image in the site and give its relative address; no request may leave the site"
            self.found.append((f"the image `{(values.get('src') or '')[:60]}` is outside the site", hint))


def refusals(text: str) -> list[tuple[str, str]]:
    """Each part of a Markdown field the sanitiser would remove, as (message, hint)."""
    parser = _Refusals()
    parser.feed(rendered(text))
    parser.close()
    return parser.found


class _Inert(HTMLParser):
    """Sanitised HTML written again with headings moved and every text character Markdown reads escaped."""

    def __init__(self, shift: int) -> None:
        super().__init__(convert_charrefs=True)
        self.shift, self.parts, self.depth, self.tops = shift, [], 0, []

    def _tag(self, tag: str) -> str:
        if tag in HEADINGS:
            return f"h{max(1, min(6, int(tag[1]) + self.shift))}"
        return tag

    def _open(self, tag: str, attrs: list[tuple[str, str | None]]) -> str:
        written = "".join(f' {k}="{inert(v or "")}"' for k, v in attrs)
        return f"<{self._tag(tag)}{written}>"

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.depth == 0:
            self.tops.append(tag)
        self.parts.append(self._open(tag, attrs))
        self.depth += tag not in ("br", "hr", "img")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.parts.append(self._open(tag, attrs))

    def handle_endtag(self, tag: str) -> None:
        self.parts.append(f"</{self._tag(tag)}>")
        self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth == 0 and not data.strip():
            return  # whitespace between blocks
        if self.depth == 0:
            self.tops.append("#text")
        self.parts.append(inert(data).replace("\n", "&#10;"))


@lru_cache(maxsize=4096)
def field_html(text: str, level: int | None = None) -> str:
    """The field as sanitised, single-line HTML: headings start at `level`; one paragraph comes as its content."""
    clean = nh3.clean(
        rendered(text),
        tags=TAGS,
        attributes=ATTRIBUTES,
        allowed_classes=CLASSES,
        url_schemes=LINK_SCHEMES,
        filter_style_properties={"text-align"},
        link_rel=None,
        attribute_filter=_attribute,
    )
    levels = [int(n) for n in _HEADING_LEVEL.findall(clean)]
    writer = _Inert(level - min(levels) if level and levels else 0)
    writer.feed(clean)
    writer.close()
    parts = writer.parts
    if writer.tops == ["p"]:
        parts = parts[1:-1]
    return "".join(parts)
