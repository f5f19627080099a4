"""A generated page read as the site shows it: its blocks (paragraphs, list items, headings, cells) in reading order,
each with its dates, links, bold text and heading, and the lists a sentence before them calls ordered."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from schemebook.render import Output
from tests.render_checks import page_html

_BLOCKS = {"p", "li", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "figcaption", "summary",
           "blockquote", "pre", "ul", "ol", "table", "div", "details", "dl", "figure", "tr"}  # fmt: skip


@dataclass
class Block:
    """One block of a page (a paragraph, list item, heading or cell) with what it holds."""

    tag: str
    text: str = ""
    times: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    strong: list[str] = field(default_factory=list)
    nested: bool = False
    """A list item holding a list of its own."""
    code: bool = False
    section: str = ""
    """The heading the block stands under."""
    trailing: list[str] = field(default_factory=list)
    """The text straight after each date and bold title in the block (where a place follows ", ")."""


@dataclass
class Page:
    """A page's blocks in reading order, and its lists (each a list of its items)."""

    uri: str
    blocks: list[Block] = field(default_factory=list)
    lists: list[list[Block]] = field(default_factory=list)
    """The lists that a sentence before them calls ordered."""

    @property
    def text(self) -> str:
        """The page's text, one block a line."""
        return "\n".join(b.text for b in self.blocks)

    def headings(self) -> list[str]:
        """The text of every heading."""
        return [b.text for b in self.blocks if b.tag[0] == "h" and b.tag[1:].isdigit()]


_ORDERED = re.compile(r"\bin (?:this |date )?order\b", re.I)


class _Blocks(HTMLParser):
    def __init__(self, page: Page) -> None:
        super().__init__(convert_charrefs=True)
        self.page = page
        self.open: list[Block] = []
        self.lists: list[list[Block]] = []
        self.strong: list[str] | None = None
        self.code = 0
        self.section = ""
        self.level = 0
        self.ordered_under: int | None = None
        """The level of the heading under which a sentence called what follows ordered."""
        self.kept: list[bool] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag in ("code", "pre"):
            self.code += 1
        if tag in ("ul", "ol"):
            if self.open and self.open[-1].tag == "li":
                self.open[-1].nested = True
            self.lists.append([])
            self.kept.append(self.ordered_under is not None)
        if re.fullmatch(r"h[1-6]", tag):
            self.level = int(tag[1])
            if self.ordered_under is not None and self.level <= self.ordered_under:
                self.ordered_under = None
        if tag in _BLOCKS:
            block = Block(tag, code=bool(self.code), section=self.section)
            self.open.append(block)
            if tag == "li" and self.lists:
                self.lists[-1].append(block)
        if tag == "time" and self.open and found.get("datetime"):
            self.open[-1].times.append(found["datetime"] or "")
        if tag == "a" and self.open:
            self.open[-1].links.append(found.get("href") or "")
        if tag == "strong":
            self.strong = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("code", "pre"):
            self.code -= 1
        if tag in ("strong", "time") and self.open:
            self.open[-1].trailing.append("")
        if tag == "strong" and self.strong is not None and self.open:
            self.open[-1].strong.append(" ".join("".join(self.strong).split()))
            self.strong = None
        if tag in _BLOCKS:
            while self.open:
                block = self.open.pop()
                block.text = " ".join(block.text.split())
                if block.text or block.tag == "li":
                    self.page.blocks.append(block)
                if re.fullmatch(r"h[1-6]", block.tag):
                    self.section = block.text
                elif _ORDERED.search(block.text):
                    self.ordered_under = self.level
                if block.tag == tag:
                    break
        if tag in ("ul", "ol") and self.lists:
            items = self.lists.pop()
            if self.kept.pop():
                self.page.lists.append(items)

    def handle_data(self, data: str) -> None:
        if self.open:
            self.open[-1].text += data
            if self.open[-1].trailing and not self.open[-1].trailing[-1]:
                self.open[-1].trailing[-1] = data
        if self.strong is not None:
            self.strong.append(data)


def read_page(uri: str, html: str) -> Page:
    """A page's blocks from its HTML."""
    page = Page(uri)
    parser = _Blocks(page)
    parser.feed(html)
    parser.close()
    return page


def pages_of(outputs: list[Output]) -> dict[str, Page]:
    """Every Markdown page of the outputs, read as the site shows it, by the folder address it is published at."""
    return {
        output.uri.removesuffix("index.md"): read_page(output.uri, page_html(output.content))
        for output in outputs
        if output.uri.endswith(".md") and isinstance(output.content, str)
    }
