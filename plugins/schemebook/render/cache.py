"""Outputs kept between the builds of a live preview: a scheme's own files are made again only when it changes."""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment

from schemebook.model.settings import Pages
from schemebook.project.site import LoadedScheme, Site
from schemebook.render import Output, render_scheme, render_settings
from schemebook.render.templates import environment


def templates_signature(folder: Path) -> tuple:
    """What must be unchanged for kept outputs to stand: every template override's name, size and time."""
    if not folder.is_dir():
        return ()
    found = sorted(p for p in folder.rglob("*") if p.is_file())
    return tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in found)


class RenderCache:
    """Each scheme's own outputs, kept while the loaded scheme is the same object.

    The scheme cache hands back the same loaded scheme until its file or a data file it reads changes, so an
    unchanged scheme's pages, calendars and QR code are reused as they were made.
    """

    def __init__(self) -> None:
        self._context: tuple | None = None
        self._env: Environment | None = None
        self._templates: tuple = ()
        self._kept: dict[str, tuple[LoadedScheme, list[Output]]] = {}
        self._settings_outputs: list[Output] | None = None
        self.made = 0
        """Schemes rendered afresh in the latest build."""

    def environment(self, overrides: Path, pages: Pages | None = None) -> Environment:
        """The template environment, kept (with its compiled templates) while no override or page address changes."""
        templates = (templates_signature(overrides), pages)
        if self._env is None or templates != self._templates:
            self._env, self._templates = environment(overrides, pages), templates
        return self._env

    def start(self, site: Site) -> None:
        """Begin a build: forget every output if the clock, settings, address or templates changed."""
        context = (site.now, site.url, site.settings.model_dump_json(), self._templates)
        slugs = {loaded.slug for loaded in site.schemes}
        if context != self._context:
            self._context, self._kept, self._settings_outputs = context, {}, None
        self._kept = {slug: kept for slug, kept in self._kept.items() if slug in slugs}
        self.made = 0

    def __call__(self, loaded: LoadedScheme, site: Site, env: Environment) -> list[Output]:
        """The scheme's outputs, made afresh only if it has changed since they were kept."""
        kept = self._kept.get(loaded.slug)
        if kept is None or kept[0] is not loaded:
            kept = (loaded, render_scheme(loaded, site, env))
            self._kept[loaded.slug] = kept
            self.made += 1
        return kept[1]

    def settings_outputs(self, site: Site, env: Environment) -> list[Output]:
        """The outputs that draw on no scheme, made afresh only when the clock, settings or templates change."""
        if self._settings_outputs is None:
            self._settings_outputs = render_settings(site, env)
        return self._settings_outputs
