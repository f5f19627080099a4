"""The plugin's options in mkdocs.yml."""

from __future__ import annotations

from mkdocs.config import config_options as opt
from mkdocs.config.base import Config


class SchemebookConfig(Config):
    """Options under `plugins: - schemebook:`."""

    enabled = opt.Type(bool, default=True)
    """Turn the plugin off without removing its settings."""
    schemes_dir = opt.Type(str, default="schemes")
    """The folder of scheme files, relative to mkdocs.yml."""
    templates_dir = opt.Type(str, default="overrides/schemebook")
    """A folder of templates that replace the package's own by name, relative to mkdocs.yml."""
    now = opt.Optional(opt.Type(str))
    """Build as if at this instant (`2020-02-04T09:00+00:00`), for previews; else SOURCE_DATE_EPOCH or the clock."""
    institution = opt.Optional(opt.Type(dict))
    """The publishing institution, named on the statements and in the open data."""
    form_hosts = opt.ListOfItems(opt.Type(str), default=[])
    """Form hosts to accept without a warning, besides the known providers."""
    recommended = opt.Choice(("info", "warning"), default="info")
    """How missing recommended parts are logged: `info` (one line for the site, one per scheme under --verbose),
    or `warning` (each part a warning, so --strict fails)."""
    accessibility = opt.Type(dict, default={})
    """What the accessibility statement says; it never claims more than is given."""
    privacy = opt.Type(dict, default={})
    """What the privacy notice says about sign-up forms, and what the site loads from other websites."""
    open_data = opt.Type(dict, default={})
    """The licence of the open data package at /data/datapackage.json."""
    brand = opt.Type(dict, default={})
    """Institution colours, as #rrggbb; each is checked for contrast at build time."""
    render_ahead = opt.Type(bool, default=True)
    """Make the schemes' pages in a second process while MkDocs reads the first ones, where the system can fork
    (Linux, macOS); the pages are the same either way. `false` makes them all first, in one process."""
    pages = opt.Type(dict, default={})
    """Move or switch off a site-wide page: `privacy: about/privacy/`, `accessibility: false` (also `reference`)."""
