"""Every page and file the schemes make, checked against the limits, with the package's own assets."""

from __future__ import annotations

from jinja2 import Environment, TemplateError
from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger

from schemebook.adapter.page_guard import PageGuard
from schemebook.project.site import Site
from schemebook.read.errors import format_report
from schemebook.render import Output, make_now, render_site
from schemebook.render import limits as output_limits
from schemebook.render.ahead import Ahead
from schemebook.render.assets import static_outputs
from schemebook.render.brand import brand_css
from schemebook.render.cache import RenderCache
from schemebook.render.templates import template_problem

log = get_plugin_logger(__name__)


def site_outputs(
    site: Site, env: Environment, cache: RenderCache, guard: PageGuard, *, ahead: bool
) -> tuple[list[Output], list[Output], Ahead | None]:
    """Every output of `site`; those a second process is making, when `ahead` allows one, and that process."""
    cache.start(site)
    maker = None
    try:
        outputs = render_site(site, env, cache, cache.settings_outputs)
        pending = [output for output in outputs if output.later]
        if pending and ahead:
            maker = Ahead(site, pending, outside_allowed=guard.scanner.outside_allowed)
            guard.scan_in(maker)
            log.debug("making %d scheme pages and files in a second process", len(pending))
        else:
            make_now(pending)  # here, so that a template error is reported below
            pending = []
    except TemplateError as exc:
        raise PluginError(template_problem(exc)) from None
    if too_much := output_limits.problems(site, outputs):
        raise PluginError("schemebook: a scheme makes too much:\n" + format_report(too_much))
    brand = brand_css(site.settings.brand)
    return [*outputs, *static_outputs(), *([brand] if brand else [])], pending, maker
