"""Adds the package's theme templates, stylesheet and scripts to the host site's Material theme, copying nothing."""

from __future__ import annotations

from importlib.resources import files

from mkdocs.config.defaults import MkDocsConfig

from schemebook.render.assets import SCRIPT_URIS, STYLE_URIS

THEME_DIR = str(files("schemebook").joinpath("theme"))
"""Templates that extend Material: British English, the footer, keyboard and landmark fixes."""


def add_to_theme(config: MkDocsConfig) -> None:
    """Put the package's templates after the site's own `custom_dir` (so the site can still override them) and
    before Material's, and list the package's stylesheet and scripts."""
    dirs = config.theme.dirs
    if THEME_DIR not in dirs:
        dirs.insert(1 if config.theme.custom_dir else 0, THEME_DIR)
    for uri in STYLE_URIS:
        if uri not in config.extra_css:
            # First, so the site's own stylesheets (and the brand colours) come after it and win.
            config.extra_css.insert(0, uri)
    for uri in SCRIPT_URIS:
        if uri not in config.extra_javascript:
            config.extra_javascript.append(uri)
