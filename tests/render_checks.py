"""What every rendered output must be, whatever the scheme says: pages with no script, calendars that parse,
open data that no spreadsheet runs as a formula."""

from __future__ import annotations

import csv
import io
import re
from html.parser import HTMLParser
from urllib.parse import urlsplit

import markdown
from icalendar import Calendar

from schemebook.render import Output
from schemebook.render.datapackage import FORMULA_STARTS
from schemebook.render.fields import FieldsExtension

SITE_EXTENSIONS = ["toc", "tables", "attr_list", "md_in_html", "admonition", "pymdownx.details"]
_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)
_FORBIDDEN_TAGS = {"script", "iframe", "object", "embed", "style", "form", "base", "meta", "link"}


class _Markup(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _FORBIDDEN_TAGS:
            self.found.append(f"<{tag}>")
        for name, value in attrs:
            url = urlsplit(re.sub(r"[\x00-\x20]", "", value or ""))
            if name.startswith("on"):
                self.found.append(f"<{tag} {name}>")
            elif name in ("href", "src", "action", "formaction") and url.scheme.lower() in ("javascript", "data"):
                self.found.append(f"<{tag} {name}={value}>")
            elif tag == "img" and name == "src" and (url.scheme or url.netloc):
                self.found.append(f"<img src={value}>")


def page_html(page: str) -> str:
    """A generated page as the site's Markdown turns it into HTML."""
    body = _FRONT_MATTER.sub("", page)
    return markdown.markdown(body, extensions=[*SITE_EXTENSIONS, FieldsExtension()])


def markup_problems(html: str) -> list[str]:
    """Script, frames, event handlers, script or data links, and outside images in some HTML."""
    parser = _Markup()
    parser.feed(html)
    parser.close()
    return parser.found


def _number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


def output_problems(outputs: list[Output]) -> list[str]:
    """Every way the outputs break the site's promises, by address."""
    found = []
    for output in outputs:
        if output.uri.endswith(".md"):
            assert isinstance(output.content, str)
            found += [f"{output.uri}: {p}" for p in markup_problems(page_html(output.content))]
        elif output.uri.endswith(".ics"):
            raw = output.content if isinstance(output.content, bytes) else output.content.encode()
            Calendar.from_ical(raw)
            if re.search(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", raw):
                found.append(f"{output.uri}: a control character")
        elif output.uri.endswith(".csv"):
            raw = output.content if isinstance(output.content, bytes) else output.content.encode()
            for row in csv.reader(io.StringIO(raw.decode("utf-8"))):
                found += [f"{output.uri}: {c!r}" for c in row if c.startswith(FORMULA_STARTS) and not _number(c)]
    return found
