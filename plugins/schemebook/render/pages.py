"""Markdown pages for every scheme, from Jinja2 templates."""

from __future__ import annotations

from collections.abc import Iterable

from jinja2 import Environment

from schemebook.render import Output
from schemebook.render.templates import render as render_template
from schemebook.render.views import SchemeView, scheme_views
from schemebook.site import Site


def scheme_pages(view: SchemeView, env: Environment) -> Iterable[Output]:
    """The pages of one scheme."""
    base = f"schemes/{view.slug}"
    yield Output(f"{base}/index.md", render_template(env, "overview.md.j2", s=view), source=view.loaded.display)


def render(site: Site, env: Environment) -> Iterable[Output]:
    """Every scheme's pages."""
    for view in scheme_views(site):
        yield from scheme_pages(view, env)


def home_list(site: Site, env: Environment) -> str:
    """The list of schemes with their status, for the `<!-- schemebook:schemes -->` marker."""
    return render_template(env, "home-list.md.j2", schemes=scheme_views(site))
