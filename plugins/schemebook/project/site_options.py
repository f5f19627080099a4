"""The site-wide settings, validated the same way for a build and for `schemebook check`."""

from __future__ import annotations

from dataclasses import replace

from pydantic import ValidationError

from schemebook.model.settings import SiteSettings
from schemebook.read.errors import Level, SchemeError
from schemebook.read.loading import Document
from schemebook.read.validation import located_errors

NO_SITE_URL = (
    "no `site_url` is set: calendars get no webcal:// subscription links and no links back to the site, and "
    "calendar event ids are not tied to the site's address, so they may clash with another site's"
)


def validate_settings(options: Document) -> tuple[SiteSettings | None, list[SchemeError]]:
    """The settings among the plugin's options, or each problem at its line in the settings file."""
    given = {name: options.data[name] for name in SiteSettings.model_fields if options.data.get(name) is not None}
    try:
        return SiteSettings.model_validate(given), []
    except ValidationError as exc:
        found = located_errors(options, SiteSettings, exc, full_path=True)
        return None, [replace(p, message=f"plugins: schemebook: {p.message}") for p in found]


def site_url_warning(site_url: str, where: str) -> SchemeError | None:
    """A warning saying what a missing `site_url` costs, or None when it is set."""
    if site_url:
        return None
    return SchemeError(where, 1, 1, NO_SITE_URL, "set `site_url` to the site's public address", Level.WARNING)


def now_problem(options: Document, exc: Exception) -> SchemeError:
    """A `now` option that cannot be read, at its line in the settings file."""
    return options.error(("now",), f"plugins: schemebook: {exc}")
