"""Under `mkdocs serve`, the search index entries of a page are worked out again only when the page changed.

Material's search plugin parses every page's HTML on every build, the largest share of a rebuild once pages
are kept; its entries depend only on the page's content, headings, address, title and metadata.
"""

from __future__ import annotations

import copy
from functools import partial
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from schemebook.adapter.page_cache import KEPT_TEMPLATE, PageCache, digest


def _own_meta(page: Page) -> dict:
    """The page's metadata as its file gives it, without the template a kept page is drawn from."""
    return {k: v for k, v in page.meta.items() if not (k == "template" and v == KEPT_TEMPLATE)}


class SearchCache:
    """Each page's search index entries, kept between builds by what they are made from."""

    def __init__(self, pages: PageCache) -> None:
        self._pages = pages
        self._entries: dict[str, list[dict]] = {}
        self._of_page: dict[str, str] = {}
        self._used: set[str] = set()
        self._search: Any = None
        self.indexed = 0
        """Pages indexed afresh in the latest build."""

    def watch(self, config: MkDocsConfig) -> None:
        """Have the search plugin's index of this build take kept entries for unchanged pages."""
        search = config.plugins.get("material/search") or config.plugins.get("search")
        index = getattr(search, "search_index", None)
        add = getattr(index, "add_entry_from_context", None)
        if index is None or add is None or not hasattr(index, "entries"):
            return
        index.add_entry_from_context = partial(self._add, index, add)
        self._search, self._used, self.indexed = search, set(), 0

    def _add(self, index: Any, add: Any, page: Page) -> None:
        meta = _own_meta(page)
        key = digest(page.url, page.title or "", page.content or "", self._pages.toc_key(page), repr(meta))
        self._used.add(key)
        self._of_page[page.file.src_uri] = key
        if (kept := self._entries.get(key)) is not None:
            index.entries.extend(dict(entry) for entry in kept)  # the index only reads them
            return
        before = len(index.entries)
        saved, page.meta = page.meta, meta
        try:
            add(page)
        finally:
            page.meta = saved
        self._entries[key] = copy.deepcopy(index.entries[before:])
        self.indexed += 1

    def complete(self, pages: list[str]) -> None:
        """Before the index is written by a dirty preview: every page's entries, in the order a full build adds them.

        Pages the build skipped keep their entries from the build that drew them; the search plugin's own merge
        of a dirty build's entries is turned off, as it reorders them and keeps those of deleted pages.
        """
        index = getattr(self._search, "search_index", None)
        if index is None:
            return
        keys = [key for src in pages if (key := self._of_page.get(src)) in self._entries]
        index.entries = [dict(entry) for key in keys for entry in self._entries[key]]
        self._used.update(keys)
        self._search.search_index_prev = None

    def finish(self) -> None:
        """After a build: forget the entries of pages it did not have."""
        self._entries = {k: v for k, v in self._entries.items() if k in self._used}
        self._of_page = {src: key for src, key in self._of_page.items() if key in self._used}
