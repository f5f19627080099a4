"""A dirty preview (`mkdocs serve --dirty`) that is exact: a save converts, draws and writes only what it changed.

MkDocs' dirty mode skips a page when its file looks unchanged, judged by modification times, which generated
pages do not have, and it never removes what a build no longer makes. Here every generated page and file is
judged by its content instead, and every page by what the theme draws around it (navigation, neighbours,
title): a page whose text is unchanged keeps its conversion, and is drawn again only if its surroundings
changed. Hand-written pages are always converted again, as they may show scheme facts. Files the previous
build wrote and this one does not make are deleted, so the preview folder equals a fresh build.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from schemebook.adapter.page_cache import PageCache, digest

DIRTY_WARNING = "A 'dirty' build is being performed"


class _Exact(logging.Filter):
    """Drops MkDocs' warning that a dirty build may be inaccurate, which this preview is not."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith(DIRTY_WARNING)


def _mark(file: File, modified: bool) -> None:
    file.is_modified = (lambda: True) if modified else (lambda: False)  # type: ignore[method-assign]


class Incremental:
    """What one build of a dirty preview may skip, judged against the build before it."""

    def __init__(self, pages: PageCache) -> None:
        self._pages = pages
        self._made: dict[str, str] = {}
        self._before: dict[str, str] = {}
        self._settings = ""
        self._written: set[str] = set()
        self._skipped: list[Page] = []
        self.active = False
        self.skipped = 0
        """Pages the latest build neither converted nor drew."""

    def start(self, *, serving: bool, dirty: bool) -> None:
        """Note whether this is a dirty preview, and quiet MkDocs' warning about dirty builds if it is."""
        self.active = serving and dirty
        if self.active:
            logging.getLogger("mkdocs.commands.build").addFilter(_Exact())

    def made(self, file: File, digest: str) -> None:
        """Note a generated page or file of this build by a digest of its content."""
        self._made[file.src_uri] = digest

    def digest_of(self, uri: str) -> str | None:
        """The digest of a generated page or file of the latest build, by its address in the sources."""
        return self._before.get(uri)

    def saved(self, digests: dict[str, str]) -> None:
        """After a save made without a whole build: the digests the next build is judged against."""
        self._before = dict(digests)

    def sort(self, files: Files, config: MkDocsConfig, notice: str) -> None:
        """Before pages are read: keep every generated page and file whose content and settings are unchanged."""
        if not self.active:
            return
        settings = digest(self._pages.settings, notice)
        same = settings == self._settings
        self._settings, self._skipped = settings, []
        for file in files:
            if file.src_uri not in self._made:
                if file.is_documentation_page():
                    _mark(file, True)
                continue
            kept = same and self._before.get(file.src_uri) == self._made[file.src_uri]
            kept = kept and os.path.isfile(file.abs_dest_path)
            if kept and file.is_documentation_page():
                page = file.page or Page(None, file, config)  # as MkDocs makes a page that is not in the navigation
                kept = self._pages.keep(page, files)
                if kept:
                    self._skipped.append(page)
            _mark(file, not kept)
        self.skipped = len(self._skipped)

    def redraw(self) -> None:
        """Once every page's surroundings are known: draw again each kept page whose surroundings changed."""
        for page in self._skipped:
            if self._pages.redrawn(page):
                _mark(page.file, True)
                self.skipped -= 1

    def fail(self) -> None:
        """After a failed build: the next one reads and draws every page again."""
        self._settings, self._made = "", {}

    def finish(self, files: Files, site_dir: Path) -> None:
        """After a build: delete what the build before wrote and this one did not, and remember this one."""
        if not self.active:
            return
        written = {file.dest_uri for file in files}
        for gone in sorted(self._written - written):
            path = site_dir / gone
            path.unlink(missing_ok=True)
            for parent in path.parents:
                if parent == site_dir or not parent.is_dir() or any(parent.iterdir()):
                    break
                parent.rmdir()
        self._written, self._before, self._made = written, self._made, {}
