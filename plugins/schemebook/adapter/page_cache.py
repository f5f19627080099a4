"""Under `mkdocs serve`, a page is converted and rendered again only when something it shows has changed.

MkDocs rebuilds every page on every save. This keeps, from one build to the next, each page's Markdown-to-HTML
conversion (by its final Markdown, its address, the site's files and settings) and its finished HTML (by its
content, its navigation, its neighbours and the settings), so an unchanged page costs a dictionary lookup.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from jinja2 import BytecodeCache, ChoiceLoader, DictLoader, Environment
from jinja2.bccache import Bucket
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import TableOfContents

from schemebook.render.cache import templates_signature

KEPT_TEMPLATE = "schemebook/kept-page.html"
KEPT_HTML = "schemebook_kept_html"


def digest(*parts: str) -> str:
    """A SHA-256 of the parts, kept apart so that no two lists of parts share one."""
    return hashlib.sha256("\x00".join(parts).encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True)
class Converted:
    """What `Page.render` leaves on a page, with links named by address so they outlive the build."""

    content: str
    toc: TableOfContents
    title: str | None
    anchors: set[str] | None
    links: dict[str, dict[str, str]] | None
    toc_key: str
    meta: dict
    markdown: str

    @classmethod
    def of(cls, page: Page) -> Converted:
        """The converted state of a page just rendered."""
        links = {f.src_uri: dict(v) for f, v in page.links_to_anchors.items()} if page.links_to_anchors else None
        toc = digest(toc_text(page.toc))
        title = page._title_from_render
        meta, markdown = dict(page.meta), page.markdown or ""
        return cls(page.content or "", page.toc, title, page.present_anchor_ids, links, toc, meta, markdown)

    def restore(self, page: Page, files: Files) -> None:
        """Put this state on a page of the current build."""
        page.content, page.toc, page._title_from_render = self.content, self.toc, self.title
        page.present_anchor_ids, page.meta, page.markdown = self.anchors, dict(self.meta), self.markdown
        if self.links is not None:
            found = {uri: files.get_file_from_path(uri) for uri in self.links}
            page.links_to_anchors = {f: v for uri, v in self.links.items() if (f := found[uri]) is not None}


def toc_text(toc: Any) -> str:
    """A page's table of contents as text: every heading's anchor, title and level, nested."""
    return json.dumps([[a.id, a.title, a.level, toc_text(a.children)] for a in toc])


def _nav_text(items: list) -> str:
    """Every entry of a navigation as the theme draws it: kind, title, address, metadata, children."""
    parts = []
    for item in items:
        meta = repr(getattr(item, "meta", None))
        parts.append(f"{type(item).__name__}|{item.title}|{getattr(item, 'url', '')}|{meta}")
        if item.children:
            parts.append(f"[{_nav_text(item.children)}]")
    return "\n".join(parts)


class _Compiled(BytecodeCache):
    """The theme's compiled templates, kept in memory by name and source checksum for the next build."""

    def __init__(self) -> None:
        self._code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        """Give the bucket the kept code for its template, if any."""
        if (code := self._code.get(bucket.key)) is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: Bucket) -> None:
        """Keep a freshly compiled template."""
        self._code[bucket.key] = bucket.bytecode_to_string()


def _neighbour(page: Page | None) -> str:
    return f"{page.title}|{page.url}" if page is not None else ""


class PageCache:
    """Converted and rendered pages kept between the builds of one `mkdocs serve`."""

    def __init__(self) -> None:
        self._converted: dict[str, Converted] = {}
        self._rendered: dict[str, str] = {}
        self._used: set[str] = set()
        self._planned: dict[str, str] = {}
        self._last_planned: dict[str, str] = {}
        self._conversions: dict[str, str] = {}
        """Each page's latest conversion, by address: what a page skipped by a dirty preview still shows."""
        self._kept: dict[str, str] = {}
        self._tocs: dict[str, tuple[TableOfContents, str]] = {}
        self._compiled = _Compiled()
        self.settings = ""
        self.converted = self.rendered = 0
        """Pages converted and rendered afresh in the latest build."""

    def start(self, config: MkDocsConfig, files: Files) -> None:
        """Begin a build: what every page depends on, the settings and the set of files its links may reach."""
        source = Path(config.config_file_path or "mkdocs.yml")
        custom = Path(config.theme.custom_dir) if config.theme.custom_dir else None
        self.settings = digest(
            source.read_text(encoding="utf-8") if source.is_file() else "",
            repr(templates_signature(custom) if custom else ()),
            repr([str(s) for s in config.extra_javascript]),
            repr(config.extra_css),
            "\n".join(sorted(f"{f.src_uri}|{f.url}" for f in files)),
        )
        self._last_planned = self._planned or self._last_planned
        self._used, self._planned, self._kept, self._tocs = set(), {}, {}, {}
        self.converted = self.rendered = 0

    def watch(self, page: Page) -> None:
        """Have `page` converted from the kept result when its final Markdown is one already converted."""
        if getattr(page.render, "func", None) != self._render:  # a page read again by a quick save is watched
            page.render = partial(self._render, page, page.render)  # type: ignore[method-assign]

    def _render(self, page: Page, render: Any, config: MkDocsConfig, files: Files) -> None:
        key = digest(self.settings, page.file.src_uri, repr(page.meta), page.markdown or "")
        self._used.add(key)
        if (kept := self._converted.get(key)) is not None:
            kept.restore(page, files)
        else:
            render(config, files)
            kept = self._converted[key] = Converted.of(page)
            self.converted += 1
        self._tocs[page.file.src_uri] = (kept.toc, kept.toc_key)
        self._conversions[page.file.src_uri] = key

    def keep(self, page: Page, files: Files) -> bool:
        """Give a page its latest conversion without reading it again; False if it has none to give."""
        key = self._conversions.get(page.file.src_uri)
        if key is None or (kept := self._converted.get(key)) is None:
            return False
        kept.restore(page, files)
        self._used.add(key)
        self._tocs[page.file.src_uri] = (kept.toc, kept.toc_key)
        return True

    def redrawn(self, page: Page) -> bool:
        """True when what the theme draws around a page differs from its latest drawing."""
        src = page.file.src_uri
        return self._planned.get(src) != self._last_planned.get(src)

    def toc_key(self, page: Page) -> str:
        """A digest of the page's table of contents, worked out once per conversion."""
        toc, key = self._tocs.get(page.file.src_uri, (None, ""))
        return key if toc is page.toc else digest(toc_text(page.toc))

    def plan(self, env: Environment, pages: list[Page], nav_of: Any) -> Environment:
        """Before pages are drawn: point each page unchanged since it was last drawn at its kept HTML."""
        env.loader = ChoiceLoader([DictLoader({KEPT_TEMPLATE: "{{ " + KEPT_HTML + " }}"}), env.loader])
        env.bytecode_cache = self._compiled
        self.plan_pages(pages, nav_of)
        return env

    def plan_pages(self, pages: list[Page], nav_of: Any) -> None:
        """Key each page by what the theme draws, and point those drawn before with that key at their kept HTML."""
        navs: dict[int, str] = {}
        for page in pages:
            nav: Navigation = nav_of(page)
            if id(nav) not in navs:
                navs[id(nav)] = digest(_nav_text(nav.items))
            key = digest(
                self.settings,
                navs[id(nav)],
                page.url,
                page.title or "",
                page.content or "",
                self.toc_key(page),
                repr(page.meta),
                page.edit_url or "",
                page.canonical_url or "",
                page.update_date,
                _neighbour(page.previous_page),
                _neighbour(page.next_page),
            )
            self._planned[page.file.src_uri] = key
        for page in pages:  # only once every key is made: a kept page's metadata changes below
            self._kept.pop(page.file.src_uri, None)
            html = self._rendered.get(self._planned[page.file.src_uri])
            if html is not None and "template" not in page.meta:
                self._kept[page.file.src_uri] = html
                page.meta["template"] = KEPT_TEMPLATE

    def context(self, context: dict, page: Page) -> dict:
        """The template context, holding the kept HTML for a page drawn from it."""
        if (html := self._kept.get(page.file.src_uri)) is not None:
            context[KEPT_HTML] = html
        return context

    def drawn(self, output: str, page: Page) -> None:
        """Keep a page freshly drawn by the theme."""
        key = self._planned.get(page.file.src_uri)
        if key is not None and page.file.src_uri not in self._kept:
            self._rendered[key] = output
            self.rendered += 1

    def finish(self) -> None:
        """After a build: forget what it did not use, so the cache holds one site."""
        self._converted = {k: v for k, v in self._converted.items() if k in self._used}
        self._conversions = {src: key for src, key in self._conversions.items() if key in self._used}
        used = set(self._planned.values())
        self._rendered = {k: v for k, v in self._rendered.items() if k in used}
