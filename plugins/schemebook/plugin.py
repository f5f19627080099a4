"""The MkDocs adapter: validates in on_config, adds generated files in on_files. The only MkDocs-aware module."""

from __future__ import annotations

import logging
import os
from collections import Counter
from datetime import datetime
from pathlib import Path

from jinja2 import Environment, TemplateError
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel, file_sort_key
from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page
from mkdocs.utils import nest_paths
from pydantic import ValidationError

from schemebook import recommended
from schemebook.clock import ClockError, build_now
from schemebook.config import SchemebookConfig
from schemebook.errors import SchemeError, errors_only, format_report
from schemebook.page_cache import PageCache
from schemebook.preview import STALE, notice, with_notice
from schemebook.publish import WarningCount, discard, staging_for, swap_in
from schemebook.render import markers, render_site
from schemebook.render.assets import SCRIPT_URIS, script_outputs
from schemebook.render.brand import BRAND_URI, brand_css, brand_warnings
from schemebook.render.cache import RenderCache
from schemebook.render.navigation import SECTION, site_nav
from schemebook.render.templates import template_problem
from schemebook.search_cache import SearchCache
from schemebook.settings import SiteSettings
from schemebook.site import SchemeCache, Site, last_good_site, load_site, scheme_files
from schemebook.validation import settings_errors

log = get_plugin_logger(__name__)


class SchemebookPlugin(BasePlugin[SchemebookConfig]):
    """Publishes every scheme file under `schemes/` as pages, calendars and data."""

    def __init__(self) -> None:
        self.cache = SchemeCache()
        self.site: Site | None = None
        self.env: Environment | None = None
        self.serving = False
        self.dirty = False
        self.notice = ""
        self.target: Path | None = None
        self.warnings = WarningCount()
        self.own_nav = False
        self.scheme_navs: dict[str, Navigation] = {}
        self.nav: Navigation | None = None
        self.outputs = RenderCache()
        self.pages = PageCache()
        self.search = SearchCache(self.pages)
        self.started: datetime | None = None

    def on_startup(self, *, command: str, dirty: bool) -> None:
        """Keeps this plugin and its scheme cache across `mkdocs serve` rebuilds, and notes if it is serving."""
        self.serving, self.dirty = command == "serve", dirty

    def _root(self, config: MkDocsConfig) -> Path:
        return Path(config.config_file_path or ".").resolve().parent

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        """Load and check every scheme before anything is written; stop a build on any error, but not a preview."""
        if not self.config.enabled:
            return config
        # Count warnings from here on, those about the schemes included, so a strict build is judged whole.
        self.warnings.count = 0
        logging.getLogger("mkdocs").addHandler(self.warnings)
        root = self._root(config)
        try:
            now = build_now(os.environ, self.config.now)
            if self.serving and not self.config.now and "SOURCE_DATE_EPOCH" not in os.environ:
                now = self.started = self.started or now  # one clock per preview, so unchanged pages are kept
            settings = SiteSettings.model_validate(
                {
                    "institution": self.config.institution,
                    "form_hosts": self.config.form_hosts,
                    "accessibility": self.config.accessibility,
                    "privacy": self.config.privacy,
                    "open_data": self.config.open_data,
                    "brand": self.config.brand,
                }
            )
        except ClockError as exc:
            raise PluginError(f"schemebook settings in mkdocs.yml: {exc}") from None
        except ValidationError as exc:
            lines = settings_errors(SiteSettings, exc, "mkdocs.yml, plugins: schemebook")
            raise PluginError("\n".join(lines)) from None
        folder = root / self.config.schemes_dir
        if not folder.is_dir():
            raise PluginError(f"schemebook: the schemes folder {folder} does not exist; create it or set `schemes_dir`")
        paths = scheme_files(folder)
        site, problems = load_site(paths, root, now, settings, self.cache, config.site_url or "")
        self.notice = ""
        # A failed rebuild would leave `mkdocs serve` hanging on every request, so a preview keeps going.
        if site is None and self.serving:
            errors = errors_only(problems)
            log.error("%s:\n%s", STALE, format_report(errors))
            site = last_good_site(paths, now, settings, self.cache, config.site_url or "")
            self.notice = notice(errors)
        else:
            self._report(problems, fatal=site is None)
        self.site = site
        self.env = self.outputs.environment(root / self.config.templates_dir)
        self.own_nav = config.nav is None
        for uri in SCRIPT_URIS:
            if uri not in config.extra_javascript:
                config.extra_javascript.append(uri)
        for warning in brand_warnings(settings.brand):
            log.warning("mkdocs.yml, plugins: schemebook: %s", warning)
        if brand_css(settings.brand) and BRAND_URI not in config.extra_css:
            config.extra_css.append(BRAND_URI)
        self._stage(config)
        return config

    def _stage(self, config: MkDocsConfig) -> None:
        """Write this build beside the published site (a preview and a --dirty build write in place)."""
        if self.serving or self.dirty:
            return
        self.target = Path(config.site_dir)
        staging = staging_for(self.target)
        discard(staging)
        config.site_dir = str(staging)

    def _unstage(self, config: MkDocsConfig, *, publish: bool) -> None:
        logging.getLogger("mkdocs").removeHandler(self.warnings)
        if self.target is None:
            return
        staging, config.site_dir, self.target = Path(config.site_dir), str(self.target), None
        if publish:
            swap_in(staging, Path(config.site_dir))
        else:
            discard(staging)

    @event_priority(-100)  # last: every other plugin has written its files into the staging folder by then
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """Swap the new site in, unless a strict build has warnings and is about to fail."""
        self._unstage(config, publish=not (config.strict and self.warnings.count))
        self.pages.finish()
        self.search.finish()

    def on_build_error(self, *, error: Exception) -> None:
        """Leave the published site as it was."""
        logging.getLogger("mkdocs").removeHandler(self.warnings)
        if self.target is not None:
            discard(staging_for(self.target))
            self.target = None

    def _report(self, problems: list[SchemeError], *, fatal: bool) -> None:
        advice = self.config.recommended == "info"
        if fatal:
            shown = [p for p in problems if not (advice and p.code == recommended.CODE)]  # errors first, not buried
            raise PluginError("schemebook found problems in the scheme files:\n" + format_report(shown))
        for problem in problems:
            if not (advice and problem.code == recommended.CODE):
                log.warning("%s", problem)
        if advice:
            for path, count in sorted(Counter(p.path for p in problems if p.code == recommended.CODE).items()):
                log.info("%s: %d recommended parts missing; `schemebook check --report` lists them", path, count)

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files | None:
        """Add every generated page and file, replacing any file of the same name."""
        if self.site is None or self.env is None:
            return files
        templates = self._root(config) / self.config.templates_dir
        # The theme copies every non-HTML file of custom_dir into the site, page templates included.
        for template in [f for f in files if f.abs_src_path and Path(f.abs_src_path).is_relative_to(templates)]:
            files.remove(template)
        self.outputs.start(self.site)
        try:
            outputs = render_site(self.site, self.env, self.outputs)
        except TemplateError as exc:
            raise PluginError(template_problem(exc)) from None
        brand = brand_css(self.site.settings.brand)
        for output in [*outputs, *script_outputs(), *([brand] if brand else [])]:
            if existing := files.get_file_from_path(output.uri):
                files.remove(existing)
            inclusion = InclusionLevel.UNDEFINED if output.in_nav else InclusionLevel.NOT_IN_NAV
            file = File.generated(config, output.uri, content=output.content, inclusion=inclusion)
            if output.source:
                file.edit_uri = f"../{output.source}"
            files.append(file)
        if self.own_nav:
            pages = sorted((f for f in files.documentation_pages() if f.inclusion.is_in_nav()), key=file_sort_key)
            config.nav = site_nav([f.src_uri for f in pages], self.site, nest_paths)
        return files

    def on_nav(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation | None:
        """Give each scheme's pages a navigation with only that scheme's section, so no page grows with the site."""
        schemes = next((i for i in nav.items if isinstance(i, Section) and i.title == SECTION), None)
        self.scheme_navs = {}
        for section in schemes.children if self.own_nav and schemes else []:
            first = next((c for c in section.children if isinstance(c, Page)), None)
            if first and first.file.src_uri.startswith("schemes/"):
                items = [section if item is schemes else item for item in nav.items]
                self.scheme_navs[first.file.src_uri.split("/")[1]] = Navigation(items, nav.pages)
        self.nav = nav
        if self.serving:
            self.pages.start(config, files)
        return nav

    def _nav_of(self, page: Page) -> Navigation | None:
        parts = page.file.src_uri.split("/")
        if parts[0] == "schemes" and len(parts) > 2 and parts[1] in self.scheme_navs:
            return self.scheme_navs[parts[1]]
        return self.nav

    def on_pre_page(self, page: Page, *, config: MkDocsConfig, files: Files) -> Page | None:
        """Under `mkdocs serve`, convert a page again only if its Markdown changed."""
        if self.serving:
            self.pages.watch(page)
        return page

    def on_env(self, env: Environment, *, config: MkDocsConfig, files: Files) -> Environment | None:
        """Under `mkdocs serve`, reuse the HTML of every page whose content and navigation are unchanged."""
        if not self.serving:
            return env
        self.search.watch(config)
        return self.pages.plan(env, [f.page for f in files.documentation_pages() if f.page], self._nav_of)

    def on_page_context(self, context: dict, *, page: Page, config: MkDocsConfig, nav: Navigation) -> dict | None:
        """Render a scheme's pages with that scheme's navigation."""
        context["nav"] = self._nav_of(page) or nav
        return self.pages.context(context, page) if self.serving else context

    @event_priority(100)  # first: the page as the theme drew it, before other plugins change it
    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str | None:
        """Under `mkdocs serve`, keep each page's HTML for the next build."""
        if self.serving:
            self.pages.drawn(output, page)
        return output

    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str | None:
        """Fill `<!-- schemebook:... -->` markers in hand-written pages with scheme facts; show a preview's errors."""
        markdown = with_notice(markdown, self.notice)
        if self.site is None or self.env is None:
            return markdown
        source = page.file.abs_src_path
        display = os.path.relpath(source, self._root(config)) if source else page.file.src_uri
        text, problems = markers.expand(self.site, self.env, page.file.src_uri, display, markdown)
        self._report(problems, fatal=False)
        return text

    def on_serve(self, server: LiveReloadServer, *, config: MkDocsConfig, builder: object) -> LiveReloadServer:
        """Rebuild when a scheme file, a data file beside it, or a template override changes."""
        root = self._root(config)
        folders = [root / self.config.schemes_dir, root / self.config.templates_dir]
        folders += [Path(config.theme.custom_dir)] if config.theme.custom_dir else []
        for folder in folders:
            if folder.is_dir() and not any(folder != other and folder.is_relative_to(other) for other in folders):
                server.watch(str(folder))
        return server
