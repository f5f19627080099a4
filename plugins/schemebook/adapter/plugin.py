"""The MkDocs adapter: validates in on_config, adds generated files in on_files. The only MkDocs-aware module."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime
from functools import partial
from pathlib import Path

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority, get_plugin_logger
from mkdocs.structure.files import Files, file_sort_key
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils import nest_paths

from schemebook.adapter.clock import site_clock
from schemebook.adapter.config import SchemebookConfig
from schemebook.adapter.engine import listen, settings_file, stop_listening
from schemebook.adapter.host_theme import add_to_theme
from schemebook.adapter.incremental import Incremental
from schemebook.adapter.landmarks import content_as_main
from schemebook.adapter.later_files import generated_file
from schemebook.adapter.outputs import site_outputs
from schemebook.adapter.page_cache import PageCache
from schemebook.adapter.page_guard import PageGuard
from schemebook.adapter.preview import STALE, notice, with_notice
from schemebook.adapter.problems import report
from schemebook.adapter.publish import WarningCount
from schemebook.adapter.quick import QuickSave, built_from
from schemebook.adapter.scheme_navs import scheme_navs
from schemebook.adapter.search_cache import SearchCache
from schemebook.adapter.settings_check import checked_settings
from schemebook.adapter.staging import Staging
from schemebook.checks.clashes import clashes
from schemebook.checks.links import settings_refusals
from schemebook.project.folders import site_dir_problem, source_folders
from schemebook.project.host import blog_entrypoints
from schemebook.project.settings_positions import option_positions
from schemebook.project.site import SchemeCache, Site, last_good_site, load_folder, scheme_files
from schemebook.read.errors import errors_only, format_report
from schemebook.render import Output, markers
from schemebook.render.ahead import Ahead, can_fork
from schemebook.render.brand import BRAND_URI, brand_css, brand_warnings
from schemebook.render.cache import RenderCache
from schemebook.render.fields import FieldsExtension
from schemebook.render.navigation import site_nav

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
        self.guard = PageGuard()
        self.staging = Staging()
        self.ahead: Ahead | None = None
        self.warnings = WarningCount()
        self.own_nav = False
        self.scheme_navs: dict[str, Navigation] = {}
        self.nav: Navigation | None = None
        self.outputs = RenderCache()
        self.pages = PageCache()
        self.search = SearchCache(self.pages)
        self.incremental = Incremental(self.pages)
        self.files: Files | None = None
        self.started: datetime | None = None
        self.quick = QuickSave()
        self.page_env: Environment | None = None
        self.reload: Callable[[], tuple[Site | None, list]] = lambda: (None, [])

    def on_startup(self, *, command: str, dirty: bool) -> None:
        """Keeps this plugin and its scheme cache across `mkdocs serve` rebuilds, and notes if it is serving."""
        self.serving, self.dirty = command == "serve", dirty
        self.incremental.start(serving=self.serving, dirty=dirty)
        if self.serving and not dirty:
            log.info("For a preview that makes again only what each save changes, run `mkdocs serve --dirty`")

    def _root(self, config: MkDocsConfig) -> Path:
        return Path(config.config_file_path or ".").resolve().parent

    @event_priority(100)  # first: Material's search reads the theme's language strings in its own on_config
    def _on_config_theme(self, config: MkDocsConfig) -> MkDocsConfig | None:
        """Add the package's templates, stylesheet and scripts to the site's theme."""
        if self.config.enabled:
            add_to_theme(config)
        return config

    def _on_config_schemes(self, config: MkDocsConfig) -> MkDocsConfig | None:
        """Load and check every scheme before anything is written; stop a build on any error, but not a preview."""
        if not self.config.enabled:
            return config
        # Count warnings from here on, those about the schemes included, so a strict build is judged whole.
        self.warnings.count = 0
        listen(self.warnings)
        root = self._root(config)
        where = settings_file(config)
        given = Path(config.config_file_path) if config.config_file_path else None
        options = option_positions(given, where, self.config)
        sources = source_folders(root, config.docs_dir, self.config.schemes_dir, self.config.templates_dir)
        if not self.serving and (problem := site_dir_problem(Path(config.site_dir), sources)):
            hint = "set `site_dir` to a folder of its own, e.g. `site`"
            raise PluginError(f"{where}:1:1: error: {problem}\n    {hint}")
        now = self.started = site_clock(self.config.now, options, kept=self.started if self.serving else None)
        settings, requests, unchecked = checked_settings(config, options, where)
        folder = root / self.config.schemes_dir
        if not folder.is_dir():
            raise PluginError(f"schemebook: the schemes folder {folder} does not exist; create it or set `schemes_dir`")
        self.reload = partial(load_folder, folder, root, now, settings, self.cache, config.site_url or "")
        paths, (site, problems) = scheme_files(folder), self.reload()
        self.notice = ""
        # A failed rebuild would leave `mkdocs serve` hanging on every request, so a preview keeps going.
        if site is None and self.serving:
            errors = errors_only(problems)
            log.error("%s:\n%s", STALE, format_report(errors))
            site = last_good_site(paths, now, settings, self.cache, config.site_url or "")
            self.notice = notice(errors)
        else:
            report(problems, fatal=site is None, advice=self.config.recommended == "info")
        self.site = site
        self.env = self.outputs.environment(root / self.config.templates_dir, settings.pages)
        self.env.globals.update(outside_requests=requests, unchecked_plugins=unchecked)
        self.guard.start(outside_allowed=bool(requests or unchecked), serving=self.serving)
        self.own_nav = config.nav is None
        if not any(isinstance(e, FieldsExtension) for e in config.markdown_extensions):
            config.markdown_extensions.append(FieldsExtension())  # scheme fields arrive rendered and sanitised
        for warning in [*brand_warnings(settings.brand), *settings_refusals(settings)]:
            log.warning("%s, plugins: schemebook: %s", where, warning)
        if brand_css(settings.brand) and BRAND_URI not in config.extra_css:
            config.extra_css.append(BRAND_URI)
        if not (self.serving or self.dirty):  # a preview and --dirty write in place
            self.staging.begin(config)
        return config

    on_config = CombinedEvent(_on_config_theme, _on_config_schemes)

    @event_priority(100)  # before the search plugin writes its index
    def _on_post_build_index(self, *, config: MkDocsConfig) -> None:
        """In a dirty preview, the search index holds every page, in order, not only those drawn again."""
        if self.incremental.active and self.files is not None:
            self.search.complete([f.src_uri for f in self.files.documentation_pages()])

    @event_priority(-100)  # last: every other plugin has written its files into the staging folder by then
    def _on_post_build_publish(self, *, config: MkDocsConfig) -> None:
        """Swap the new site in, unless a page failed the safety scan or a strict build has warnings."""
        if (unsafe := self.guard.report()) and not self.serving:
            raise PluginError(unsafe)
        if unsafe:
            log.error("%s", unsafe)
        stop_listening(self.warnings)
        self._stop_ahead()
        self.staging.end(config, publish=not (config.strict and self.warnings.count))
        if self.files is not None:
            self.incremental.finish(self.files, Path(config.site_dir))
        self.pages.finish()
        self.search.finish()
        self.quick.remember(built_from(self, config))

    on_post_build = CombinedEvent(_on_post_build_index, _on_post_build_publish)

    def on_build_error(self, *, error: Exception) -> None:
        """Leave the published site as it was."""
        stop_listening(self.warnings)
        self._stop_ahead()
        self.incremental.fail()
        self.quick.remember(None)
        self.staging.abandon()

    def _stop_ahead(self) -> None:
        if self.ahead is not None:
            self.ahead.close()
            self.ahead = None

    @event_priority(50)  # early: other plugins' on_files (the redirects plugin's checks) see the generated pages
    def _add_files(self, files: Files, *, config: MkDocsConfig) -> Files | None:
        """Add every generated page and file; one at the address of a file of the site's own is an error."""
        if self.site is None or self.env is None:
            return files
        templates = self._root(config) / self.config.templates_dir
        # The theme copies every non-HTML file of custom_dir into the site, page templates included.
        for template in [f for f in files if f.abs_src_path and Path(f.abs_src_path).is_relative_to(templates)]:
            files.remove(template)
        outputs, pending = self.made(self.site, ahead=self.config.render_ahead and not self.serving and can_fork())
        later = {id(output): index for index, output in enumerate(pending)}
        generated = []
        for output in outputs:
            file = generated_file(config, output, self.ahead, later.get(id(output)))
            if self.serving:
                self.incremental.made(file, output.digest)
            generated.append(file)
        root = self._root(config)
        theirs = [(os.path.relpath(f.abs_src_path, root) if f.abs_src_path else f.src_uri, f.url) for f in files]
        ours = {f.url: f.src_uri for f in generated}
        if found := clashes(ours, theirs, self.site.settings.pages, settings_file(config)):
            raise PluginError("schemebook: generated pages would replace the site's own:\n" + format_report(found))
        for file in generated:
            files.append(file)
        return files

    def made(self, site: Site, *, ahead: bool = False) -> tuple[list[Output], list[Output]]:
        """Every generated output of `site`, and those a second process is making when `ahead` allows one."""
        assert self.env is not None
        outputs, pending, self.ahead = site_outputs(site, self.env, self.outputs, self.guard, ahead=ahead)
        return outputs, pending

    @event_priority(-60)  # after Material's blog plugin (-50) has taken its posts out of the navigation
    def _set_nav(self, files: Files, *, config: MkDocsConfig) -> Files | None:
        """The site's navigation, unless it has its own: the pages that belong in it, schemes in one section."""
        if self.own_nav and self.site is not None:
            config.nav = self._site_nav(files, self.site, config)
        return files

    def _site_nav(self, files: Files, site: Site, config: MkDocsConfig) -> list:
        pages = sorted((f for f in files.documentation_pages() if f.inclusion.is_in_nav()), key=file_sort_key)
        return site_nav([f.src_uri for f in pages], site, nest_paths, blog_entrypoints(config))

    def same_nav(self, config: MkDocsConfig, files: Files, site: Site) -> bool:
        """True when `site` gives the same navigation as the one the latest build drew."""
        return not self.own_nav or self._site_nav(files, site, config) == config.nav

    def report_loaded(self, problems: list) -> None:
        """Log the warnings of schemes that loaded, as a build does."""
        report(problems, fatal=False, advice=self.config.recommended == "info")

    def report_unsafe(self) -> None:
        """Log what the safety scan of a preview's pages found."""
        if unsafe := self.guard.report():
            log.error("%s", unsafe)

    on_files = CombinedEvent(_add_files, _set_nav)

    def on_nav(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation | None:
        """Give each scheme's pages a navigation with only that scheme's section, so no page grows with the site."""
        self.scheme_navs = scheme_navs(nav) if self.own_nav else {}
        self.nav = nav
        if self.serving:
            self.pages.start(config, files)
            self.incremental.sort(files, config, self.notice)
        return nav

    def nav_of(self, page: Page) -> Navigation | None:
        """The navigation a page is drawn with: its scheme's own, or the site's."""
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
        """Give every template the site-wide pages' addresses (404.html too); under `mkdocs serve`, reuse the HTML
        of every page whose content and navigation are unchanged."""
        if self.site is not None:
            env.globals["schemebook_pages"] = self.site.settings.pages
        if not self.serving:
            return env
        self.search.watch(config)
        self.files = files
        env = self.page_env = self.pages.plan(env, [f.page for f in files.documentation_pages() if f.page], self.nav_of)
        self.incremental.redraw()
        return env

    def on_page_context(self, context: dict, *, page: Page, config: MkDocsConfig, nav: Navigation) -> dict | None:
        """Render a scheme's pages with that scheme's navigation."""
        context["nav"] = self.nav_of(page) or nav
        return self.pages.context(context, page) if self.serving else context

    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str | None:
        """Fill `<!-- schemebook:... -->` markers in hand-written pages with scheme facts; show a preview's errors."""
        markdown = with_notice(markdown, self.notice)
        if self.site is None or self.env is None:
            return markdown
        source = page.file.abs_src_path
        display = os.path.relpath(source, self._root(config)) if source else page.file.src_uri
        text, problems = markers.expand(self.site, self.env, page.file.src_uri, display, markdown)
        report(problems, fatal=False, advice=self.config.recommended == "info")
        return text

    @event_priority(100)  # first: the page as the theme drew it, before other plugins change it
    def _on_post_page_drawn(self, output: str, *, page: Page, config: MkDocsConfig) -> str | None:
        """Keep each page's HTML for the next preview build; leave navigation and contents outside `<main>`."""
        if self.serving:
            self.pages.drawn(output, page)
        return content_as_main(output)

    @event_priority(-100)  # last: the page as it is written, whatever other plugins did to it
    def _on_post_page_guarded(self, output: str, *, page: Page, config: MkDocsConfig) -> str | None:
        """Scan the page and give it its content policy."""
        return self.guard.page(output, page.file.dest_uri)

    on_post_page = CombinedEvent(_on_post_page_drawn, _on_post_page_guarded)

    def on_post_template(self, output_content: str, *, template_name: str, config: MkDocsConfig) -> str | None:
        """The same for pages from theme templates alone, such as 404.html."""
        output = content_as_main(output_content)
        return self.guard.page(output, template_name) if template_name.endswith(".html") else output

    def on_serve(self, server: LiveReloadServer, *, config: MkDocsConfig, builder: object) -> LiveReloadServer:
        """Rebuild when a scheme file, a data file beside it, or a template override changes."""
        root = self._root(config)
        folders = [root / self.config.schemes_dir, root / self.config.templates_dir]
        folders += [Path(config.theme.custom_dir)] if config.theme.custom_dir else []
        for folder in folders:
            if folder.is_dir() and not any(folder != other and folder.is_relative_to(other) for other in folders):
                server.watch(str(folder))
        if self.incremental.active:
            server.builder = partial(self.saved, server.builder)
        return server

    def saved(self, whole: Callable[[], None]) -> None:
        """After a save under `mkdocs serve --dirty`: make only what it changed when that is exact, else build whole."""
        if not self.quick.save(self):
            whole()
