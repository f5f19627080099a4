"""Built sites the page tests read: the example site once per session, and small sites per test."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

from schemebook.model.settings import SiteSettings
from schemebook.project.site import Site, load_scheme, load_site
from schemebook.render import render_scheme
from schemebook.render.templates import environment
from schemebook.sanitise import CLOSE, OPEN
from tests.sites import example_at

# Before Nottingham's deadline (5pm on 3 February 2020): its applications are open.
EXAMPLE_NOW = datetime(2020, 1, 20, 9, tzinfo=UTC)
FULL_SCHEME = Path(__file__).with_name("full_scheme.yml")


def build_site(config: Path) -> Path:
    """Build the MkDocs site of `config` with real MkDocs; returns its output folder."""
    build(load_config(str(config)))
    return config.parent / "site"


@pytest.fixture(scope="session")
def example_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository's example site, built once for the run at EXAMPLE_NOW."""
    return example_at(tmp_path_factory, EXAMPLE_NOW)


@pytest.fixture
def full_site(small_site: Path, write_scheme: Callable[..., Path]) -> Path:
    """A small real site holding one scheme that uses every part the pages render, with a theme folder (like the
    example site's) for template overrides; returns its mkdocs.yml."""
    write_scheme(FULL_SCHEME.read_text(encoding="utf-8"))
    (small_site.parent / "overrides").mkdir()
    theme = "  font: false\n  custom_dir: overrides\n"
    config = small_site.read_text(encoding="utf-8").replace("  font: false\n", theme)
    small_site.write_text(config, encoding="utf-8")
    return small_site


@pytest.fixture
def load_full(tmp_path: Path) -> Callable[..., Site]:
    """Load the full scheme without MkDocs, as a Site at a given instant (by default before its deadline)."""
    path = tmp_path / "full" / "test-scheme.yml"
    path.parent.mkdir()
    path.write_text(FULL_SCHEME.read_text(encoding="utf-8"), encoding="utf-8")

    def at(now: datetime = datetime(2030, 1, 20, tzinfo=UTC)) -> Site:
        site, problems = load_site([path], tmp_path, now, SiteSettings())
        assert site is not None, problems
        return site

    return at


_KEPT = {"<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&#34;", "'": "&#39;"}
_PUNCTUATION_REFERENCE = re.compile(r"&#(3[3-9]|4[0-7]|5[89]|6[0-4]|9[1-6]|12[3-6]);")


def readable(html: str) -> str:
    """HTML with the character references that keep text inert (`&#44;`) written as their characters, as a browser
    reads them; `<`, `>`, `&` and quotes stay escaped."""
    return _PUNCTUATION_REFERENCE.sub(lambda m: _KEPT.get(chr(int(m[1])), chr(int(m[1]))), html)


def page(site: Path, path: str) -> str:
    """The HTML of a built page, by its address (`schemes/x/faq/`), made `readable`."""
    return readable((site / path / "index.html").read_text(encoding="utf-8"))


class Article(HTMLParser):
    """The headings, text and links of a Material page's article (the page's own content, not the theme's)."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.headings: list[tuple[int, str]] = []
        self.links: list[str] = []
        self.text_parts: list[str] = []
        self._heading: list[str] | None = None
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "a" and values.get("href") and self.depth:
            self.links.append(values["href"] or "")
        if tag == "article":
            self.depth += 1
        if self.depth and re.fullmatch(r"h[1-6]", tag):
            self._heading = [tag]

    def handle_endtag(self, tag: str) -> None:
        if tag == "article":
            self.depth -= 1
        if self._heading and tag == self._heading[0]:
            self.headings.append((int(tag[1]), "".join(self._heading[1:]).strip()))
            self._heading = None

    def handle_data(self, data: str) -> None:
        if self._heading is not None:
            self._heading.append(data)
        if self.depth:
            self.text_parts.append(data)

    @property
    def text(self) -> str:
        """The article's text with whitespace collapsed."""
        return " ".join("".join(self.text_parts).split())


def markdown_pages(path: Path, now: datetime) -> dict[str, str]:
    """The Markdown of a scheme file's pages at `now`, rendered without MkDocs, by page under the scheme (`""` for
    the overview, `sign-up`, `mentor`...), with character references and field markers read as a reader sees them."""
    loaded, problems = load_scheme(path, path.name)
    assert loaded is not None, problems
    prefix, suffix = f"schemes/{loaded.slug}/", "index.md"
    return {
        o.uri.removeprefix(prefix).removesuffix(suffix).rstrip("/"): unescape(o.content)
        .replace(OPEN, "")
        .replace(CLOSE, "")
        for o in render_scheme(loaded, Site((loaded,), now), environment(None))
        if o.uri.startswith(prefix) and o.uri.endswith(suffix)
    }
