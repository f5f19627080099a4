"""The site's schemebook settings, checked before any scheme is read: a build stops on settings it cannot keep."""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger

from schemebook.model.settings import SiteSettings
from schemebook.project.host import outside, unsupported
from schemebook.project.site_options import site_url_warning, validate_settings
from schemebook.read.errors import errors_only, format_report

log = get_plugin_logger(__name__)


def checked_settings(config: MkDocsConfig, options: dict, where: str) -> tuple[SiteSettings, list[str], list[str]]:
    """The settings, what the site loads from elsewhere and the plugins not checked for it; warnings logged."""
    settings, problems = validate_settings(options)
    if settings is None:
        raise PluginError("schemebook found problems in the settings:\n" + format_report(problems))
    if missing := site_url_warning(config.site_url or "", where):
        log.warning("%s", missing)
    if refused := unsupported(config, where):
        raise PluginError("schemebook cannot run with another plugin of this site:\n" + format_report(refused))
    requests, unchecked, found = outside(config, settings.privacy.outside_requests, where)
    if errors_only(found):
        raise PluginError("schemebook: the privacy settings cannot be kept:\n" + format_report(found))
    for problem in found:
        log.warning("%s", problem)
    return settings, requests, unchecked
