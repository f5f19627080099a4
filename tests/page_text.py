"""The visible text of a built page, as a participant reads it: headings, paragraphs, lists and tables."""

from __future__ import annotations

import textwrap
from html.parser import HTMLParser

_BLOCKS = {"p", "div", "section", "article", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "blockquote",
           "figure", "figcaption", "table", "ul", "ol", "dl", "details", "summary", "pre", "br"}  # fmt: skip
_SKIPPED = {"script", "style", "template", "svg", "noscript"}
_VOID = {"br", "img", "hr", "input", "meta", "link", "source", "wbr", "area", "col", "embed", "track"}


class _Text(HTMLParser):
    """Collects the text inside the page's article, one block a line, leaving out what the reader cannot see."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.line = ""
        self.depth = 0  # inside the article when > 0
        self.hidden = 0  # inside a hidden or skipped element when > 0
        self.stack: list[tuple[str, bool]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Open an element: start a block, a heading mark or a list mark."""
        found = dict(attrs)
        if tag == "article":
            self.depth += 1
        if tag in _VOID:
            if tag == "br":
                self._break()
            return
        hides = tag in _SKIPPED or "hidden" in found or "md-sr-only" in (found.get("class") or "")
        hides = hides or "headerlink" in (found.get("class") or "")
        self.stack.append((tag, hides))
        self.hidden += hides
        if tag in _BLOCKS:
            self._break()
        if not self.depth or self.hidden:
            return
        if tag[0] == "h" and tag[1:].isdigit():
            self.line += "#" * int(tag[1:]) + " "
        elif tag == "li":
            self.line += "- "
        elif tag in ("td", "th") and self.line:
            self.line += " | "

    def handle_endtag(self, tag: str) -> None:
        """Close an element, and the block it made."""
        if tag in _VOID:
            return
        while self.stack:
            name, hides = self.stack.pop()
            self.hidden -= hides
            if name == tag:
                break
        if tag in _BLOCKS:
            self._break()
        if tag == "article":
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        """Add visible text to the current line."""
        if self.depth and not self.hidden:
            self.line += data

    def _break(self) -> None:
        words = " ".join(self.line.split())
        if words and words not in ("-", "#"):
            self.lines.append(words)
        self.line = ""


def page_text(html: str, width: int = 100) -> str:
    """The article's visible text, one block a paragraph, wrapped at `width`."""
    parser = _Text()
    parser.feed(html)
    parser.close()
    parser._break()
    wrapped = [textwrap.fill(line, width, subsequent_indent="  ", break_on_hyphens=False) for line in parser.lines]
    return "\n".join(wrapped) + "\n"
