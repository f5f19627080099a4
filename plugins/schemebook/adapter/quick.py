"""A save that changes only what scheme files say, under `mkdocs serve --dirty`, remakes only what it changed.

MkDocs' build lists every file, makes every page object and the navigation, and visits every page on every save:
at hundreds of schemes that takes seconds whatever changed. When a save leaves every other input as it was
(settings, hand-written pages, templates, theme, data files), loads without errors, and keeps every page at its
address under its title in the same navigation, this converts and draws again only the pages whose Markdown
changed and the hand-written pages (which may show scheme facts), writes the changed files and the search index,
and keeps the rest of the build before. Anything else makes a whole build, so the preview always equals a fresh one.
"""

from __future__ import annotations

import importlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

if TYPE_CHECKING:
    from schemebook.adapter.plugin import SchemebookPlugin

PLUGINS = {"schemebook", "material/search"}
"""The plugins whose work between pages this path does itself; with any other, every save makes a whole build."""

Stamps = dict[str, tuple[int, int]]


def stamps(folders: list[Path], skip: Path | None = None) -> Stamps:
    """Every file under `folders` (or each file given), with its modification time and size; none under `skip`."""
    found: Stamps = {}
    for folder in folders:
        if folder.is_file():
            info = folder.stat()
            found[str(folder)] = (info.st_mtime_ns, info.st_size)
            continue
        for base, dirs, names in os.walk(folder):
            dirs[:] = [d for d in dirs if skip is None or Path(base, d) != skip]
            for name in names:
                info = os.stat(path := os.path.join(base, name))
                found[path] = (info.st_mtime_ns, info.st_size)
    return found


def _engine_build(config: MkDocsConfig) -> ModuleType:
    """The build module of the engine running (MkDocs or ProperDocs), whose page steps this path reuses."""
    return importlib.import_module(type(config).__module__.split(".")[0] + ".commands.build")


@dataclass
class Built:
    """What the latest whole build left for the next save to reuse."""

    config: MkDocsConfig
    files: Files
    nav: Navigation
    env: Environment
    digests: dict[str, str]
    others: list[Path]
    schemes: Path
    other_stamps: Stamps = field(default_factory=dict)
    scheme_stamps: Stamps = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.other_stamps = stamps(self.others, skip=self.schemes)
        self.scheme_stamps = stamps([self.schemes])

    def changed_schemes(self) -> Stamps | None:
        """The scheme folder now, if only scheme files already there changed; None if anything else did."""
        if stamps(self.others, skip=self.schemes) != self.other_stamps:
            return None
        now = stamps([self.schemes])
        if now.keys() != self.scheme_stamps.keys():
            return None
        changed = [path for path in now if now[path] != self.scheme_stamps[path]]
        return now if all(path.endswith((".yml", ".yaml")) for path in changed) else None


def built_from(plugin: SchemebookPlugin, config: MkDocsConfig) -> Built | None:
    """What a later save may reuse from a whole build: only a dirty preview's, without errors on show."""
    files, nav, env = plugin.files, plugin.nav, plugin.page_env
    if not plugin.incremental.active or plugin.notice or plugin.site is None or None in (files, nav, env):
        return None
    assert files is not None and nav is not None and env is not None
    root = Path(config.config_file_path or ".").resolve().parent
    # The theme's own folders are left out: thousands of files (its icons) that change only when it is upgraded.
    others = [Path(config.docs_dir), root / plugin.config.templates_dir]
    others += [Path(config.theme.custom_dir)] if config.theme.custom_dir else []
    others += [Path(config.config_file_path)] if config.config_file_path else []
    others += [Path(p) for p in config.watch]
    digests = {f.src_uri: d for f in files if (d := plugin.incremental.digest_of(f.src_uri)) is not None}
    schemes = root / plugin.config.schemes_dir
    return Built(config, files, nav, env, digests, [p for p in others if p.exists()], schemes)


class QuickSave:
    """Remembers each whole build of a dirty preview, and makes a later save from it when that is exact."""

    def __init__(self) -> None:
        self.built: Built | None = None
        self.pages = -1
        """Pages the latest save converted and drew again by this path; -1 when it made a whole build."""

    def remember(self, built: Built | None) -> None:
        """After a whole build: what the next save may reuse (None when it may reuse nothing)."""
        usable = built is not None and set(built.config.plugins) <= PLUGINS
        self.built = built if usable else None

    def save(self, plugin: SchemebookPlugin) -> bool:
        """Make the latest save from the build before; False, having changed nothing seen, if a whole build must."""
        self.pages = -1
        built = self.built
        if built is None or (now := built.changed_schemes()) is None:
            return False
        site, problems = plugin.reload()
        if site is None:
            return False
        outputs, _ = plugin.made(site)
        fresh = {output.uri: output for output in outputs}
        if fresh.keys() != built.digests.keys() or not plugin.same_nav(built.config, built.files, site):
            return False
        differ = [uri for uri, out in fresh.items() if out.digest != built.digests[uri]]
        changed = [built.files.get_file_from_path(uri) for uri in differ]
        if any(file is None for file in changed):
            return False
        plugin.report_loaded(problems)
        plugin.site = site
        pages = self._convert(built, [f for f in changed if f is not None], fresh)
        if pages is None:
            self.built = None  # pages were read again under new titles: the next build starts whole
            return False
        self._draw(plugin, built, pages)
        for file in changed:
            if file is not None and not file.is_documentation_page():
                file.copy_file()
        built.digests = {uri: out.digest for uri, out in fresh.items()}
        built.scheme_stamps = now
        plugin.incremental.saved(built.digests)
        self.pages = len(pages)
        return True

    def _convert(self, built: Built, changed: list[File], fresh: dict[str, Any]) -> list[Page] | None:
        """Give each changed file its new content, and convert again its page and every hand-written page."""
        for file in changed:
            content = fresh[file.src_uri].content
            if isinstance(content, bytes):
                file.content_bytes = content
            else:
                file.content_string = content
        own = [f for f in built.files.documentation_pages() if f.src_uri not in fresh]
        pages = [f.page for f in [*changed, *own] if f.is_documentation_page() and f.page is not None]
        titles = {page.file.src_uri: page.title for page in pages}
        build = _engine_build(built.config)
        for page in pages:
            build._populate_page(page, built.config, built.files)
        return pages if all(page.title == titles[page.file.src_uri] for page in pages) else None

    def _draw(self, plugin: SchemebookPlugin, built: Built, pages: list[Page]) -> None:
        """Draw the converted pages with the navigation of the build before, then write the search index."""
        config, build = built.config, _engine_build(built.config)
        plugin.pages.plan_pages(pages, plugin.nav_of)
        plugin.guard.start(outside_allowed=plugin.guard.scanner.outside_allowed, serving=True)
        doc_files = built.files.documentation_pages(inclusion=InclusionLevel.is_in_serve)
        for page in pages:
            build._build_page(page, config, doc_files, built.nav, built.env)
        plugin.search.complete([f.src_uri for f in built.files.documentation_pages()])
        if (search := config.plugins.get("material/search")) is not None:
            search.on_post_build(config=config)
        plugin.report_unsafe()
